#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace Apim::Cli {

// Turns SIGINT and SIGTERM (Ctrl+C, Ctrl+Break and console close on Windows) into a Qt
// signal delivered by the event loop, so that a command can write its state and end
// cleanly instead of being killed mid-write. While one exists, the default action (end
// the process at once) is replaced; the destructor restores it. One at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_active; }

signals:
    // name: "SIGINT" or "SIGTERM".
    void interrupted(const QString &name);

private:
    void deliver(int signalNumber);

    bool m_active = false;
#ifdef Q_OS_UNIX
    QSocketNotifier *m_notifier = nullptr;
#endif
};

} // namespace Apim::Cli
