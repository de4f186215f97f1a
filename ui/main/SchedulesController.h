#pragma once

#include "schedule/ScheduleCatalog.h"
#include "schedule/ScheduleEntry.h"
#include "schedule/ScheduleSpec.h"
#include "ui/main/UiContext.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace Apim::Core {
class ScheduleProcessRunner;
class SecretStore;
} // namespace Apim::Core

namespace Apim::Ui {

class MainWindow;
class ScheduleDialog;
class SchedulesView;

// The Schedules page between the core's ScheduleCatalog and the window: reads the
// installed schedules, installs, replaces and removes them - each on a worker thread,
// because the catalog waits for files, systemctl and crontab - and starts a job now
// without waiting for it. New and Edit open the ScheduleDialog, whose spec goes through
// the same ScheduleTemplate as `apim-backup-cli schedule`.
class SchedulesController : public QObject
{
    Q_OBJECT
public:
    // Where the schedules live and what a new one runs. fromEnvironment() is the app's;
    // tests point it at temporary folders and hand in a recording runner and launcher.
    struct Setup
    {
        Core::ScheduleCatalog::Locations locations;
        QString configDir; // where a new job's credentials file goes
        QString home; // APIM_BACKUP_HOME handed to the job; empty: none
        QString program; // the apim-backup-cli a new job runs
        QProcessEnvironment environment; // for a webhook URL set there
        std::shared_ptr<Core::ScheduleProcessRunner> runner;
        // Starts a program without waiting (QProcess::startDetached in the app).
        std::function<bool(const QString &program, const QStringList &arguments)> startDetached;

        static Setup fromEnvironment(const QProcessEnvironment &environment, const QString &dataDir);
    };

    SchedulesController(MainWindow *window, const UiContext &context, Setup setup, QObject *parent = nullptr);
    ~SchedulesController() override;

    // The keychain a webhook's URL is saved to (nullptr: "Save URL…" says to use the CLI).
    void setSecretStore(Core::SecretStore *secrets) { m_secrets = secrets; }

    // Reads the catalog again (on a worker thread); reloaded() when it is shown.
    void reload();
    void openNewDialog();
    void openEditDialog(const Core::ScheduleEntry &entry);
    // Asks first; the entry's files and timer go on a worker thread.
    void remove(const Core::ScheduleEntry &entry);
    void runNow(const Core::ScheduleEntry &entry);

    bool isBusy() const { return m_pending > 0; }
    const QList<Core::ScheduleEntry> &entries() const { return m_entries; }
    ScheduleDialog *dialog() const;
    const Setup &setup() const { return m_setup; }

signals:
    void reloaded();
    // After an install or a removal ended (ok or not) and the list was read again.
    void changed(bool ok);

private:
    struct Loaded
    {
        QList<Core::ScheduleEntry> entries;
        QStringList warnings;
    };
    Core::ScheduleCatalog catalog() const;
    Core::ScheduleSpec newSpec() const;
    QList<Core::ScheduleSpec::Format> formats() const;
    void openDialog(const Core::ScheduleSpec &base, const Core::ScheduleEntry *editing);
    void install(const Core::ScheduleSpec &spec);
    void saveWebhookUrl(const QString &name);
    void onLoaded(const Loaded &loaded);
    void onOutcome(const Core::ScheduleCatalog::Outcome &outcome, const QString &what, bool fromDialog);
    void setBusy(int delta);
    QDateTime now() const;

    MainWindow *m_window;
    UiContext m_context;
    SchedulesView *m_view;
    Setup m_setup;
    Core::SecretStore *m_secrets = nullptr;
    QThreadPool m_pool; // one worker: catalog calls never overlap
    QList<Core::ScheduleEntry> m_entries;
    QPointer<ScheduleDialog> m_dialog;
    std::optional<Core::ScheduleEntry> m_editing;
    int m_pending = 0;
    QStringList m_notes; // of the last install or removal, shown with the next list
};

} // namespace Apim::Ui
