#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Apim::Test {

// A private azure-sim for one test: its own estate (seed), clock and faults, on a free
// loopback port, writing blobs to the shared Azurite. Stopped when destroyed.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // seedFile empty: the demo estate. extraArgs: any azure-sim flags (faults, token lifetime).
    bool start(const QString &seedFile = {}, const QStringList &extraArgs = {});
    void stop();

    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    QString requestLog() const; // what the simulator served, secrets redacted
    QString cloudFile() const { return m_cloudFile; } // az-cloud-show JSON pointing at it

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QString m_cloudFile;
};

} // namespace Apim::Test
