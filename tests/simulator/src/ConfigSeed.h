#pragma once

#include "ServiceConfig.h"

namespace Apim::Sim {

// Reads a seed service's child resources (or an existing backup's) into a ServiceConfig:
//   "apis": ["echo-api", {"id": "orders-api", "displayName": ..., "revisions": ["2", {"apiRevision": "3"}]}],
//   "products" / "namedValues" / "backends" / "subscriptions" / "users": ["id", {"id": ..., property: value}],
//   "policy": "<policies>...</policies>" (or {"value": ..., "format": ...})
// Properties left out get APIM's defaults (ChildKinds).
class ConfigSeed
{
public:
    // *given: the collections the object names. Returns an empty string, or what is wrong.
    static QString read(const QJsonObject &object, const QString &now, ServiceConfig *config, QStringList *given);
};

} // namespace Apim::Sim
