#pragma once

#include "CliCommand.h"

#include "notify/NotificationEvent.h"
#include "notify/WebhookStore.h"

#include <QObject>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace Apim::Core {
class WebhookSender;
} // namespace Apim::Core

namespace Apim::Cli {

class CliContext;

// --notify NAME [--notify-on failure|always] of a backup: looks the webhook up when the
// command starts (so a wrong name is said at once, not after an hour of backups), and
// posts how the run ended before the command exits. A notification that cannot be sent
// is reported on stderr and leaves the exit code alone: the backup's result is what
// the exit code tells. An interrupted run (exit 6) notifies nobody: it is being stopped.
class JobNotifier : public QObject
{
    Q_OBJECT
public:
    enum class When { Failure, Always };

    using QObject::QObject;

    static void addOptions(QCommandLineParser &parser);
    // false + *error (a usage message) for a bad name or --notify-on; true with nothing to
    // do when --notify is not given.
    bool read(CliContext &context, QString *error);
    bool isEnabled() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }

    // Starts looking the webhook up; a problem is reported on stderr right away.
    void prepare(CliContext &context);
    bool wants(ExitCode code) const;
    // Posts event when wants(code), then calls done - always, exactly once.
    void notify(CliContext &context, ExitCode code, const Core::NotificationEvent &event, std::function<void()> done);

private:
    void sendWhenResolved(CliContext &context);

    QString m_name;
    When m_when = When::Failure;
    Core::WebhookStore *m_store = nullptr;
    Core::WebhookSender *m_sender = nullptr;
    bool m_resolved = false;
    std::optional<Core::Webhook> m_webhook; // set when resolved without a problem
    std::optional<Core::NotificationEvent> m_event; // waiting for the webhook
    std::function<void()> m_done;
};

} // namespace Apim::Cli
