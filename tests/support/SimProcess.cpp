#include "SimProcess.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace Apim::Test {

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QString &seedFile, const QStringList &extraArgs)
{
    const QUrl azurite = TestEnvironment::azuriteUrl();
    if (azurite.isEmpty()) {
        m_error = QStringLiteral("Azurite is not running (no azurite.url in %1): run the tests through ctest")
                      .arg(TestEnvironment::stateDir());
        return false;
    }
    const QString urlFile = m_dir.filePath(QStringLiteral("sim.url"));
    QStringList args { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--url-file"), urlFile,
        QStringLiteral("--azurite"), azurite.toString(), QStringLiteral("--log"),
        m_dir.filePath(QStringLiteral("requests.log")) };
    if (!seedFile.isEmpty())
        args << QStringLiteral("--seed") << seedFile;
    args << extraArgs;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(TestEnvironment::simBinary(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("azure-sim did not start: %1").arg(m_process.errorString());
        return false;
    }
    // The address is reported once the seed is in Azurite; on a loaded machine, or when the
    // Blob endpoint does not resolve (every seeding request waits for DNS), that takes a while.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QFile file(urlFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(file.readAll()).trimmed();
            if (!text.isEmpty()) {
                m_url = QUrl(text);
                m_cloudFile = TestEnvironment::writeCloudFile(m_url, m_dir.path());
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(20);
    }
    m_error = QStringLiteral("azure-sim did not report its address: %1")
                  .arg(QString::fromUtf8(m_process.readAllStandardOutput()));
    stop();
    return false;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString SimProcess::requestLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("requests.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace Apim::Test
