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

    // The one rule for a tenant given by a person (--tenant, AZURE_TENANT_ID, the sign-in
    // dialog): a GUID or a domain name (labels of letters, digits and hyphens separated by
    // dots, at most 253 characters). With specificTenant (client credentials), one tenant
    // and not "organizations", "common" or "consumers", and not empty; without it, empty
    // and those aliases pass. Empty when fine, else the message saying what is allowed.
    static QString tenantProblem(const QString &tenantId, bool specificTenant = true);

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;

private:
    EntraClient *m_entra;
    QString m_tenantId;
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace Apim::Core
