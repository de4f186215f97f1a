#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Apim::Test {

// A real forward proxy for the proxy tests: tinyproxy (from the distribution) on a free
// loopback port, with Basic authentication when a user is given, logging every connection
// (its CONNECT lines) to a file. Stopped when destroyed.
class TinyProxy
{
public:
    TinyProxy() = default;
    ~TinyProxy();
    TinyProxy(const TinyProxy &) = delete;
    TinyProxy &operator=(const TinyProxy &) = delete;

    bool start(const QString &user = {}, const QString &password = {});
    void stop();

    // http://[USER@]127.0.0.1:PORT - never with a password: that goes to the keychain.
    QString url(const QString &user = {}) const;
    quint16 port() const { return m_port; }
    QString logFile() const;
    QString log() const;
    // True when the log shows a CONNECT to host:port.
    bool connected(const QString &host, int port) const;
    // Empties the log, so that a test sees only its own CONNECTs.
    void clearLog() const;
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Apim::Test
