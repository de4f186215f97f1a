#include "DeviceCodeFlow.h"

#include "EntraErrors.h"
#include "GrantStore.h"
#include "SimContext.h"
#include "TokenIssuer.h"

namespace Apim::Sim {

namespace {
// Clients time their polls with timers that may fire a little early.
constexpr qint64 PollTolerance = 250;
} // namespace

SimResponse DeviceCodeFlow::start(const SimRequest &request, const QString &tenantPath)
{
    const QString clientId = request.formValue(QStringLiteral("client_id"));
    const QString scope = request.formValue(QStringLiteral("scope"));
    if (clientId.isEmpty() || scope.isEmpty())
        return entraError(400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.")
                .arg(clientId.isEmpty() ? QStringLiteral("client_id") : QStringLiteral("scope")),
            request);
    if (!m_context.estate.isPublicClient(clientId))
        return entraError(400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory.").arg(clientId), request);
    const bool generic = tenantPath.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
        || tenantPath.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0;
    if (!generic && !m_context.estate.findTenant(tenantPath))
        return entraError(400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found.").arg(tenantPath), request);
    DeviceCodeGrant grant;
    grant.userCode = GrantStore::randomUserCode();
    grant.clientId = clientId;
    grant.scope = scope;
    grant.tenantPath = tenantPath;
    grant.expiresAtMs = m_context.clock.nowMs() + qint64(m_context.config.deviceCodeExpiresInSeconds) * 1000;
    const QString deviceCode = QStringLiteral("DAQABAAEAAAD") + GrantStore::randomToken(90);
    m_grants.deviceCodes.insert(deviceCode, grant);
    const QString uri = request.baseUrl() + QStringLiteral("/devicelogin");
    return SimResponse::json(200,
        QJsonObject {
            { QStringLiteral("user_code"), grant.userCode },
            { QStringLiteral("device_code"), deviceCode },
            { QStringLiteral("verification_uri"), uri },
            { QStringLiteral("expires_in"), m_context.config.deviceCodeExpiresInSeconds },
            { QStringLiteral("interval"), m_context.config.deviceCodeIntervalSeconds },
            { QStringLiteral("message"),
                QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                               "authenticate.")
                    .arg(uri, grant.userCode) },
        });
}

SimResponse DeviceCodeFlow::poll(const SimRequest &request)
{
    const QString deviceCode = request.formValue(QStringLiteral("device_code"));
    auto it = m_grants.deviceCodes.find(deviceCode);
    if (deviceCode.isEmpty() || it == m_grants.deviceCodes.end()
        || it->clientId != request.formValue(QStringLiteral("client_id")))
        return entraError(400, QStringLiteral("bad_verification_code"), 70000,
            QStringLiteral("The provided value for the input parameter 'device_code' is not valid."), request);
    DeviceCodeGrant &grant = it.value();
    const qint64 now = m_context.clock.nowMs();
    if (grant.state == DeviceCodeGrant::State::Redeemed)
        return entraError(400, QStringLiteral("invalid_grant"), 54005,
            QStringLiteral("The device code was already redeemed."), request);
    if (now > grant.expiresAtMs)
        return entraError(
            400, QStringLiteral("expired_token"), 70019, QStringLiteral("Verification code expired."), request);
    if (grant.state == DeviceCodeGrant::State::Declined)
        return entraError(400, QStringLiteral("authorization_declined"), 65004,
            QStringLiteral("User declined to consent to access the app."), request);
    const qint64 sinceLast = now - grant.lastPollMs;
    const qint64 interval = qint64(m_context.config.deviceCodeIntervalSeconds) * 1000;
    const bool tooSoon = grant.lastPollMs != 0 && sinceLast < interval - PollTolerance;
    grant.lastPollMs = now;
    if (tooSoon)
        return entraError(400, QStringLiteral("slow_down"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Polling too fast: wait at least %1 seconds "
                           "between requests.")
                .arg(m_context.config.deviceCodeIntervalSeconds),
            request);
    const int autoAfter = m_context.config.deviceCodeAutoApproveAfterPolls;
    if (grant.state == DeviceCodeGrant::State::Pending && autoAfter >= 0 && grant.pendingPolls >= autoAfter)
        grant.state = DeviceCodeGrant::State::Approved;
    if (grant.state == DeviceCodeGrant::State::Pending) {
        ++grant.pendingPolls;
        return entraError(400, QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."), request);
    }
    const User *user = m_context.estate.findUser(grant.upn);
    if (!user)
        user = m_context.estate.defaultUser();
    if (!user)
        return unknownUserError(request);
    SimResponse response = m_issuer.issueForUser(request, *user, grant.tenantPath, grant.clientId, grant.scope,
        grant.scope.contains(QLatin1String("offline_access")));
    if (response.status == 200)
        grant.state = DeviceCodeGrant::State::Redeemed;
    return response;
}

QString DeviceCodeFlow::approve(const QString &userCode, const QString &upn)
{
    const QString deviceCode = m_grants.findDeviceCodeByUserCode(userCode);
    if (deviceCode.isEmpty())
        return QStringLiteral("unknown user code '%1'").arg(userCode);
    DeviceCodeGrant &grant = m_grants.deviceCodes[deviceCode];
    if (grant.state != DeviceCodeGrant::State::Pending)
        return QStringLiteral("the code is no longer pending");
    const User *user = upn.isEmpty() ? m_context.estate.defaultUser() : m_context.estate.findUser(upn);
    if (!user)
        return QStringLiteral("unknown user '%1'").arg(upn);
    grant.upn = user->upn;
    grant.state = DeviceCodeGrant::State::Approved;
    return {};
}

QString DeviceCodeFlow::decline(const QString &userCode)
{
    const QString deviceCode = m_grants.findDeviceCodeByUserCode(userCode);
    if (deviceCode.isEmpty())
        return QStringLiteral("unknown user code '%1'").arg(userCode);
    DeviceCodeGrant &grant = m_grants.deviceCodes[deviceCode];
    if (grant.state != DeviceCodeGrant::State::Pending)
        return QStringLiteral("the code is no longer pending");
    grant.state = DeviceCodeGrant::State::Declined;
    return {};
}

SimResponse DeviceCodeFlow::loginPage(const SimRequest &request)
{
    QString message;
    if (request.method == "POST") {
        const QString userCode = request.formValue(QStringLiteral("user_code"));
        const bool declining = request.formValue(QStringLiteral("action")) == QLatin1String("decline");
        const QString error
            = declining ? decline(userCode) : approve(userCode, request.formValue(QStringLiteral("upn")));
        message = error.isEmpty() ? (declining ? QStringLiteral("Sign-in declined. You can close this window.")
                                               : QStringLiteral("You have signed in. You can close this window."))
                                  : QStringLiteral("That did not work: ") + error;
    }
    const User *user = m_context.estate.defaultUser();
    return SimResponse::html(200,
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>Enter code - azure-sim</title>"
                       "</head><body style=\"font-family:sans-serif;max-width:28em;margin:3em auto\">"
                       "<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>"
                       "<p><b>%1</b></p>"
                       "<form method=\"post\" action=\"/devicelogin\">"
                       "<input name=\"user_code\" placeholder=\"Code\" autofocus> "
                       "<input name=\"upn\" value=\"%2\" size=\"32\"> "
                       "<button name=\"action\" value=\"approve\">Next</button> "
                       "<button name=\"action\" value=\"decline\">Decline</button>"
                       "</form></body></html>")
            .arg(message.toHtmlEscaped(), user ? user->upn.toHtmlEscaped() : QString()));
}

} // namespace Apim::Sim
