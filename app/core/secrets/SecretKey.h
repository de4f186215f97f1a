#pragma once

#include <QString>
#include <QUrl>

namespace Apim::Core {

// The name of one secret in the SecretStore: what it is (kind) and whose it is (cloud,
// tenant, client, account), so that two clouds, tenants or app registrations never
// overwrite each other's refresh tokens.
struct SecretKey
{
    QString kind; // refresh-token, client-secret, storage-key, webhook, probe
    QString cloud;
    QString tenant;
    QString client;
    QString account;

    // "kind/cloud/tenant/client/account"; empty parts become "-", and '/' inside a part is
    // percent-encoded so the parts stay apart.
    QString toString() const
    {
        const auto part = [](const QString &value) {
            return value.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(QUrl::toPercentEncoding(value, "@.-_:"));
        };
        return part(kind) + QLatin1Char('/') + part(cloud) + QLatin1Char('/') + part(tenant) + QLatin1Char('/')
            + part(client) + QLatin1Char('/') + part(account);
    }

    bool isValid() const { return !kind.isEmpty(); }

    static SecretKey refreshToken(
        const QString &cloud, const QString &tenant, const QString &clientId, const QString &account)
    {
        return { QStringLiteral("refresh-token"), cloud, tenant.toLower(), clientId.toLower(), account.toLower() };
    }
    static SecretKey clientSecret(const QString &cloud, const QString &tenant, const QString &clientId)
    {
        return { QStringLiteral("client-secret"), cloud, tenant.toLower(), clientId.toLower(), {} };
    }
    static SecretKey storageKey(const QString &cloud, const QString &storageAccount)
    {
        return { QStringLiteral("storage-key"), cloud, {}, {}, storageAccount.toLower() };
    }
    // A notification webhook's URL (its path is the secret); the same in every cloud.
    static SecretKey webhook(const QString &name) { return { QStringLiteral("webhook"), {}, {}, {}, name.toLower() }; }
};

} // namespace Apim::Core
