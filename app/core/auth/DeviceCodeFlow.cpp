#include "auth/DeviceCodeFlow.h"

#include "auth/EntraClient.h"
#include "util/Logging.h"

#include <algorithm>

namespace Apim::Core {

namespace {
constexpr int kMaxNetworkFailures = 3;
// RFC 8628: 5 s when the server names no interval (DeviceCodeInfo's default). At least
// 1 s whatever it says (0 or a negative number would poll in a tight loop), and at most
// 5 minutes (the timer's milliseconds must not overflow; no code waits that long anyway).
constexpr int kMinIntervalSeconds = 1;
constexpr int kMaxIntervalSeconds = 300;
} // namespace

int DeviceCodeFlow::clampInterval(int seconds)
{
    return std::clamp(seconds, kMinIntervalSeconds, kMaxIntervalSeconds);
}

DeviceCodeFlow::DeviceCodeFlow(EntraClient *entra, const Options &options, QObject *parent)
    : QObject(parent)
    , m_entra(entra)
    , m_options(options)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer); // a poll before the interval earns slow_down
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

void DeviceCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_polls = 0;
    m_networkFailures = 0;
    QStringList scopes = m_options.scopes;
    for (const QString &extra :
        { QStringLiteral("offline_access"), QStringLiteral("openid"), QStringLiteral("profile") }) {
        if (!scopes.contains(extra))
            scopes.append(extra);
    }
    m_entra->requestDeviceCode(m_options.tenant, m_options.clientId, scopes.join(QLatin1Char(' ')), this,
        [this](const DeviceCodeInfo &info, const AuthError &error) {
            if (!m_running)
                return;
            if (error.isError()) {
                finish({}, error);
                return;
            }
            m_deviceCode = info.deviceCode;
            m_intervalSeconds = clampInterval(info.intervalSeconds);
            m_deadline = QDeadlineTimer(qint64(std::max(1, info.expiresInSeconds)) * 1000);
            qCInfo(lcAuth) << "device code issued; polling every" << m_intervalSeconds << "s";
            DeviceCodeInfo shown = info;
            shown.deviceCode.clear(); // the user needs the user code, never the device code
            emit deviceCodeReady(shown);
            scheduleNextPoll();
        });
}

void DeviceCodeFlow::scheduleNextPoll()
{
    if (m_deadline.hasExpired()) {
        finish({},
            { AuthError::Kind::Other, QStringLiteral("expired_token"),
                tr("The code expired before the sign-in was completed. Start the sign-in again.") });
        return;
    }
    m_pollTimer.start(m_intervalSeconds * 1000);
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    ++m_polls;
    const EntraClient::FormFields form {
        { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
        { QStringLiteral("client_id"), m_options.clientId },
        { QStringLiteral("device_code"), m_deviceCode },
    };
    m_entra->requestToken(
        m_options.tenant, form, this,
        [this](const TokenResponse &response, const AuthError &error) {
            if (!m_running)
                return;
            if (!error.isError()) {
                finish(response, error);
                return;
            }
            const QString &code = error.code;
            if (code == QLatin1String("authorization_pending")) {
                m_networkFailures = 0;
                scheduleNextPoll();
            } else if (code == QLatin1String("slow_down")) {
                m_intervalSeconds = clampInterval(m_intervalSeconds + 5); // RFC 8628 section 3.5
                qCInfo(lcAuth) << "the sign-in service asked to slow down; polling every" << m_intervalSeconds << "s";
                scheduleNextPoll();
            } else if (code == QLatin1String("authorization_declined")) {
                finish(
                    {}, { AuthError::Kind::Cancelled, code, tr("The sign-in was declined. Start it again to retry.") });
            } else if (code == QLatin1String("expired_token") || code == QLatin1String("code_expired")) {
                finish({},
                    { AuthError::Kind::Other, code,
                        tr("The code expired before the sign-in was completed. Start the sign-in again.") });
            } else if (code == QLatin1String("bad_verification_code")) {
                finish({},
                    { AuthError::Kind::Other, code,
                        tr("The sign-in service did not recognise the device code. Start the sign-in again.") });
            } else if (error.kind == AuthError::Kind::Network && ++m_networkFailures < kMaxNetworkFailures) {
                scheduleNextPoll(); // a blip while the user types the code must not end the sign-in
            } else {
                finish({}, error);
            }
        },
        1);
}

void DeviceCodeFlow::cancel()
{
    finish({}, { AuthError::Kind::Cancelled, QStringLiteral("cancelled"), tr("The sign-in was cancelled.") });
}

void DeviceCodeFlow::finish(const TokenResponse &response, const AuthError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    m_deviceCode.clear();
    emit finished(response, error);
}

} // namespace Apim::Core
