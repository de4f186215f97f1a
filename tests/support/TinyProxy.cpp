#include "TinyProxy.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Apim::Test {

TinyProxy::~TinyProxy()
{
    stop();
}

bool TinyProxy::start(const QString &user, const QString &password)
{
    if (!m_dir.isValid())
        return false;
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("tinyproxy"), { QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin") });
    if (program.isEmpty()) {
        m_error = QStringLiteral("tinyproxy is not installed: run scripts/setup.sh");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            continue;
        m_port = probe.serverPort();
        probe.close();
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray text = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nTimeout 30\n" + "LogFile \""
            + logFile().toUtf8() + "\"\nLogLevel Connect\nMaxClients 20\nAllow 127.0.0.1\n" + "DisableViaHeader Yes\n";
        if (!user.isEmpty())
            text += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        config.write(text);
        config.close();
        QFile::remove(logFile());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, { QStringLiteral("-d"), QStringLiteral("-c"), config.fileName() });
        if (!m_process.waitForStarted(5000))
            continue;
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        m_error = QString::fromUtf8(m_process.readAll());
        stop();
    }
    return false;
}

void TinyProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString TinyProxy::url(const QString &user) const
{
    // Not "%1127.0.0.1": arg() would read %11 as the placeholder.
    return QStringLiteral("http://") + (user.isEmpty() ? QString() : user + QLatin1Char('@'))
        + QStringLiteral("127.0.0.1:") + QString::number(m_port);
}

QString TinyProxy::logFile() const
{
    return m_dir.filePath(QStringLiteral("tinyproxy.log"));
}

QString TinyProxy::log() const
{
    QFile file(logFile());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TinyProxy::connected(const QString &host, int port) const
{
    return log().contains(QStringLiteral("CONNECT %1:%2").arg(host).arg(port), Qt::CaseInsensitive);
}

void TinyProxy::clearLog() const
{
    // tinyproxy keeps the file open in append mode: truncating it in place keeps its writes.
    QFile file(logFile());
    if (file.open(QIODevice::ReadWrite))
        file.resize(0);
}

} // namespace Apim::Test
