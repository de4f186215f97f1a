#pragma once

#include "auth/CachingCredential.h"

namespace Apim::Core {

class EntraClient;

// A service principal signing in with a client secret (OAuth client credentials): a new
// access token per scope and no refresh token. The secret stays in memory here; the
// AccountManager keeps its copy in the SecretStore.
class ClientSecretCredential : public CachingCredential
{
    Q_OBJECT
public:
    ClientSecretCredential(EntraClient *entra, const QString &tenantId, const QString &clientId,
        const QString &clientSecret, QObject *parent = nullptr);

    QString accountName() const override { return m_clientId; }
    QString tenantId() const override { return m_tenantId; }
    QString clientId() const { return m_clientId; }

    // Client credentials need one specific tenant: a GUID or a domain, not "organizations",
    // "common" or "consumers". Empty when fine, else the message.
    static QString tenantProblem(const QString &tenantId);

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;

private:
    EntraClient *m_entra;
    QString m_tenantId;
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace Apim::Core
