#pragma once

#include <QString>

namespace Apim::Sim {

// Which resource a scope asks for, and which token audiences each API accepts.
// ARM accepts both of its historical audiences, and the simulator's own URL so a client
// that derives the scope from a custom cloud's resourceManager endpoint works too.
class Audiences
{
public:
    enum class Resource { Unknown, Arm, Storage, Graph };

    // "https://management.core.windows.net//.default offline_access" -> Arm, audience out.
    static Resource fromScope(const QString &scope, const QString &simBaseUrl, QString *audience);
    static bool isArm(const QString &audience, const QString &simBaseUrl);
    static QString armAudiencesText();
};

} // namespace Apim::Sim
