#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// Runs the scheduler's own tools (systemctl, crontab, schtasks) for ScheduleCatalog.
// Blocking by design: the CLI calls it directly, the app only from a worker thread. Tests
// hand in a recording double, so no test touches the real user's timers or crontab.
class ScheduleProcessRunner
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray output; // stdout
        QString errorText; // stderr, or why it did not start
        bool ok() const { return started && exitCode == 0; }
    };

    virtual ~ScheduleProcessRunner() = default;
    virtual Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {}) = 0;
};

// The real one: QProcess, waited for (up to a minute) on the calling thread.
class SystemProcessRunner final : public ScheduleProcessRunner
{
public:
    Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {}) override;
};

} // namespace Apim::Core
