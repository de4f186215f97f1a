#pragma once

#include <QJsonObject>
#include <QString>

namespace Apim::Sim {

struct ApimService;

// A service's child resources as APIM's ARM API shows them (the shapes of the official
// examples: ApiManagementListApis.json, ...ListNamedValues.json, ...). Secrets stay
// hidden: a named value's value never appears in a list, nor in a single GET of a secret
// one; subscription keys never appear (APIM has listSecrets actions for both).
class ChildJson
{
public:
    enum class View { List, Single };

    // {id, type, name, properties}
    static QJsonObject item(const ApimService &service, const QString &collection, const QString &name,
        const QJsonObject &properties, View view);
    // An ApiRevisionContract (GET .../apis/{apiId}/revisions) for the API stored under name.
    static QJsonObject revision(const ApimService &service, const QString &name, const QJsonObject &properties);
    // "/products/starter" -> the full resource id under service; full ids are kept.
    static QString absolute(const ApimService &service, const QString &reference);
    // A full resource id under any API Management service -> "/products/starter".
    static QString relative(const QString &reference);
};

} // namespace Apim::Sim
