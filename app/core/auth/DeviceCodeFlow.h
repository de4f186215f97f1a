#pragma once

#include "auth/AuthDefaults.h"
#include "auth/TokenCredential.h"
#include "auth/TokenResponse.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Apim::Core {

class EntraClient;

// One device code sign-in (RFC 8628), for machines without a browser: asks for a code,
// reports what the user must type where (deviceCodeReady), then polls the token endpoint
// at the interval the server gives - slower after slow_down - until the user approves,
// declines, the code expires, or cancel().
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString tenant = AuthDefaults::interactiveTenant();
        QString clientId = AuthDefaults::publicClientId();
        QStringList scopes; // offline_access openid profile are added
    };

    DeviceCodeFlow(EntraClient *entra, const Options &options, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int pollCount() const { return m_polls; }
    int currentIntervalSeconds() const { return m_intervalSeconds; }
    // The polling interval actually used for what the server said: 1 s to 5 min.
    static int clampInterval(int seconds);

signals:
    void deviceCodeReady(const Apim::Core::DeviceCodeInfo &info);
    void finished(const Apim::Core::TokenResponse &response, const Apim::Core::AuthError &error);

private:
    void poll();
    void scheduleNextPoll();
    void finish(const TokenResponse &response, const AuthError &error);

    EntraClient *m_entra;
    Options m_options;
    QTimer m_pollTimer;
    QDeadlineTimer m_deadline;
    QString m_deviceCode;
    int m_intervalSeconds = 5;
    int m_polls = 0;
    int m_networkFailures = 0;
    bool m_running = false;
};

} // namespace Apim::Core
