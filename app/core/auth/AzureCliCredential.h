#pragma once

#include "auth/CachingCredential.h"

#include <QByteArray>

namespace Apim::Core {

// Borrows the Azure CLI's sign-in: runs `az account get-access-token --resource <resource>
// --output json [--tenant T]` and reads accessToken, expires_on/expiresOn and tenant. The
// program is injectable so a test can run a fake `az` script (a real process).
class AzureCliCredential : public CachingCredential
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30000;

    // tenantId empty: the az CLI's current tenant. program empty: "az" from PATH.
    AzureCliCredential(
        const Clock &clock, const QString &tenantId = {}, const QString &program = {}, QObject *parent = nullptr);

    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    QString accountName() const override;
    QString tenantId() const override { return m_tenantId.isEmpty() ? m_lastTenant : m_tenantId; }

    // Parses az's JSON; sets *error (Other) when it is not a token.
    static AccessToken parseOutput(const QByteArray &output, AuthError *error);
    // A tenant az may be given: a GUID or a domain name (letters, digits, '.', '-'). On
    // Windows az runs through cmd.exe, which would interpret anything else.
    static bool isValidTenant(const QString &tenant);

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;

private:
    // What a failed az run means, from its exit code and what it wrote to stderr.
    static AuthError failureOf(int exitCode, const QByteArray &errors);

    QString m_tenantId;
    QString m_program;
    int m_timeoutMs = kDefaultTimeoutMs;
    QString m_lastTenant;
    QString m_lastUser;
};

} // namespace Apim::Core
