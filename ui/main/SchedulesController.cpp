#include "ui/main/SchedulesController.h"

#include "batch/BatchBackup.h"
#include "notify/WebhookStore.h"
#include "schedule/ScheduleProcessRunner.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "ui/dialogs/ScheduleDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/UiContext.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/SchedulesView.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace Apim::Ui {

using Core::ScheduleCatalog;
using Core::ScheduleEntry;
using Core::ScheduleSpec;

SchedulesController::Setup SchedulesController::Setup::fromEnvironment(
    const QProcessEnvironment &environment, const QString &dataDir)
{
    Setup setup;
    setup.locations = ScheduleCatalog::locationsFor(environment, dataDir);
    setup.configDir = Core::AppPaths::fromEnvironment().configDir();
    const QString home = environment.value(QStringLiteral("APIM_BACKUP_HOME"));
    if (!home.isEmpty())
        setup.home = QFileInfo(home).absoluteFilePath();
#if defined(Q_OS_WIN)
    const QString cli = QStringLiteral("apim-backup-cli.exe");
#else
    const QString cli = QStringLiteral("apim-backup-cli");
#endif
    // Installed side by side with the app (the .deb, the AppImage); else the one on PATH.
    setup.program = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(cli);
    if (!QFileInfo::exists(setup.program)) {
        const QString onPath = QStandardPaths::findExecutable(cli);
        if (!onPath.isEmpty())
            setup.program = QFileInfo(onPath).absoluteFilePath();
    }
    setup.environment = environment;
    setup.runner = std::make_shared<Core::SystemProcessRunner>();
    setup.startDetached = [](const QString &program, const QStringList &arguments) {
        return QProcess::startDetached(program, arguments);
    };
    return setup;
}

SchedulesController::SchedulesController(MainWindow *window, const UiContext &context, Setup setup, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_view(window->schedulesView())
    , m_setup(std::move(setup))
{
    m_pool.setMaxThreadCount(1);
    connect(m_view, &SchedulesView::firstShown, this, &SchedulesController::reload);
    connect(m_view, &SchedulesView::reloadRequested, this, &SchedulesController::reload);
    connect(m_view, &SchedulesView::newRequested, this, &SchedulesController::openNewDialog);
    connect(m_view, &SchedulesView::editRequested, this, &SchedulesController::openEditDialog);
    connect(m_view, &SchedulesView::deleteRequested, this, &SchedulesController::remove);
    connect(m_view, &SchedulesView::runNowRequested, this, &SchedulesController::runNow);
}

SchedulesController::~SchedulesController()
{
    // A worker still reading or writing finishes first: it holds no pointer to the window.
    m_pool.waitForDone();
    delete m_dialog.data();
}

ScheduleDialog *SchedulesController::dialog() const
{
    return m_dialog;
}

QDateTime SchedulesController::now() const
{
    return m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
}

ScheduleCatalog SchedulesController::catalog() const
{
    return ScheduleCatalog(m_setup.locations, m_setup.runner.get());
}

void SchedulesController::setBusy(int delta)
{
    m_pending += delta;
    m_view->setBusy(m_pending > 0);
}

void SchedulesController::reload()
{
    setBusy(+1);
    const ScheduleCatalog schedules = catalog();
    const auto runner = m_setup.runner; // alive while the worker uses it
    const QDateTime at = now().toLocalTime();
    m_pool.start([this, schedules, runner, at] {
        (void)runner;
        Loaded loaded;
        loaded.entries = schedules.load(at, &loaded.warnings);
        QMetaObject::invokeMethod(
            this, [this, loaded] { onLoaded(loaded); }, Qt::QueuedConnection);
    });
}

void SchedulesController::onLoaded(const Loaded &loaded)
{
    setBusy(-1);
    m_entries = loaded.entries;
    m_view->setEntries(m_entries, now());
    QStringList lines = m_notes + loaded.warnings;
    const bool isError = !loaded.warnings.isEmpty();
    if (m_setup.locations.systemdDirectory.isEmpty() && !m_setup.locations.useCrontab
        && m_setup.locations.windowsDirectory.isEmpty())
        lines << tr("Neither systemd nor cron was found on this computer: schedules cannot be installed here.");
    m_notes.clear();
    m_view->setMessage(lines.join(QLatin1Char('\n')), isError);
    emit reloaded();
}

QList<ScheduleSpec::Format> SchedulesController::formats() const
{
    QList<ScheduleSpec::Format> formats;
    if (!m_setup.locations.systemdDirectory.isEmpty())
        formats << ScheduleSpec::Format::Systemd;
    if (m_setup.locations.useCrontab)
        formats << ScheduleSpec::Format::Cron;
    if (!m_setup.locations.windowsDirectory.isEmpty())
        formats << ScheduleSpec::Format::Windows;
    return formats;
}

ScheduleSpec SchedulesController::newSpec() const
{
    ScheduleSpec spec;
    QString name = ScheduleSpec::kDefaultName;
    auto taken = [this](const QString &candidate) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&candidate](const ScheduleEntry &entry) { return entry.name == candidate; });
    };
    for (int n = 2; taken(name); ++n)
        name = ScheduleSpec::kDefaultName + QLatin1Char('-') + QString::number(n);
    spec.name = name;
    spec.environmentFile = QDir(m_setup.configDir).absoluteFilePath(name + QStringLiteral(".env"));
    spec.program = m_setup.program;
    spec.home = m_setup.home;
    if (const QList<ScheduleSpec::Format> available = formats(); !available.isEmpty())
        spec.format = available.first();
    // The services selected in the tree, and where the first one's backups usually go.
    QString subscription;
    for (const Core::BatchTarget &target : m_window->selectedBatchTargets()) {
        spec.services << target.serviceId;
        if (subscription.isEmpty() && target.service)
            subscription = target.service->subscriptionId;
    }
    const UiSettings settings(m_context.settings);
    if (settings.isValid()) {
        if (!subscription.isEmpty()) {
            spec.account = settings.defaultStorageAccount(subscription);
            spec.container = settings.defaultContainer(subscription);
            spec.storageSubscription = settings.defaultStorageSubscription(subscription);
        }
        // The job reaches the same cloud; a service principal's ids (never its secret) prefill its file.
        const QString cloud = settings.cloud();
        if (!cloud.isEmpty() && cloud.compare(QLatin1String("AzureCloud"), Qt::CaseInsensitive) != 0)
            spec.cloud = cloud;
        if (settings.signInMethod() == QLatin1String("sp")) {
            spec.tenantId = settings.tenant();
            spec.clientId = settings.clientId();
        }
    }
    return spec;
}

void SchedulesController::openNewDialog()
{
    openDialog(newSpec(), nullptr);
}

void SchedulesController::openEditDialog(const ScheduleEntry &entry)
{
    if (!entry.isEditable()) {
        m_context.dialogs->information(m_window, tr("Cannot edit %1").arg(entry.name),
            entry.state == ScheduleEntry::State::Damaged
                ? tr("%1\n\nDelete it and create it again with New….").arg(entry.problem)
                : tr("It was installed by an older version, which did not keep its settings in it. Delete it and "
                     "create it again with New…."));
        return;
    }
    openDialog(entry.spec, &entry);
}

void SchedulesController::openDialog(const ScheduleSpec &base, const ScheduleEntry *editing)
{
    delete m_dialog.data();
    m_editing.reset();
    if (editing)
        m_editing = *editing;
    QStringList webhooks;
    if (m_context.settings)
        webhooks = Core::WebhookStore(nullptr, m_context.settings, m_setup.environment).names();
    auto *dialog = new ScheduleDialog(base, editing != nullptr, formats(), webhooks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ScheduleDialog::installRequested, this, &SchedulesController::install);
    connect(dialog, &ScheduleDialog::webhookUrlRequested, this, &SchedulesController::saveWebhookUrl);
    m_context.dialogs->showDialog(dialog);
}

void SchedulesController::install(const ScheduleSpec &requested)
{
    ScheduleSpec spec = requested;
    // A new job's credentials file is named after it; an edited job keeps its file, which
    // may hold the secret by now.
    if (!m_editing)
        spec.environmentFile = QDir(m_setup.configDir).absoluteFilePath(spec.name + QStringLiteral(".env"));
    const ScheduleEntry::Kind kind
        = spec.format == ScheduleSpec::Format::Cron ? ScheduleEntry::Kind::Cron : ScheduleEntry::Kind::Systemd;
    const bool sameEntry = m_editing && m_editing->name == spec.name && m_editing->kind == kind;
    for (const ScheduleEntry &entry : std::as_const(m_entries)) {
        if (!sameEntry && entry.name == spec.name && entry.kind == kind
            && !m_context.dialogs->confirm(m_dialog, tr("Replace %1?").arg(spec.name),
                tr("A schedule named %1 is installed already. Replace it with this one?").arg(spec.name),
                tr("Replace")))
            return;
    }
    if (m_dialog)
        m_dialog->setBusy(true);
    setBusy(+1);
    const ScheduleCatalog schedules = catalog();
    const auto runner = m_setup.runner;
    const std::optional<ScheduleEntry> replacing = m_editing;
    const QDateTime at = now().toLocalTime();
    m_pool.start([this, schedules, runner, spec, replacing, at] {
        (void)runner;
        const ScheduleCatalog::Outcome outcome = schedules.install(spec, at, true, replacing ? &*replacing : nullptr);
        QMetaObject::invokeMethod(
            this,
            [this, outcome, name = spec.name] {
                setBusy(-1);
                onOutcome(outcome, tr("Installed %1.").arg(name), true);
            },
            Qt::QueuedConnection);
    });
}

void SchedulesController::remove(const ScheduleEntry &entry)
{
    QString text = tr("Delete the schedule %1? It stops running and its files are deleted.").arg(entry.name);
    if (entry.state == ScheduleEntry::State::Current && entry.spec.auth == ScheduleSpec::Auth::Environment)
        text += QLatin1Char(' ') + tr("Its credentials file is kept.");
    if (!m_context.dialogs->confirm(m_window, tr("Delete schedule"), text, tr("&Delete")))
        return;
    setBusy(+1);
    const ScheduleCatalog schedules = catalog();
    const auto runner = m_setup.runner;
    m_pool.start([this, schedules, runner, entry] {
        (void)runner;
        const ScheduleCatalog::Outcome outcome = schedules.remove(entry);
        QMetaObject::invokeMethod(
            this,
            [this, outcome, name = entry.name] {
                setBusy(-1);
                onOutcome(outcome, tr("Deleted %1.").arg(name), false);
            },
            Qt::QueuedConnection);
    });
}

void SchedulesController::onOutcome(const ScheduleCatalog::Outcome &outcome, const QString &what, bool fromDialog)
{
    if (!outcome.ok) {
        if (fromDialog && m_dialog) {
            m_dialog->setBusy(false);
            m_dialog->showProblem(outcome.error);
        } else {
            m_context.dialogs->error(m_window, tr("The schedule was not changed"), outcome.error);
        }
        m_notes = outcome.notes;
        reload();
        emit changed(false);
        return;
    }
    if (fromDialog && m_dialog) {
        m_dialog->accept();
        m_dialog->deleteLater();
        m_editing.reset();
    }
    m_notes = QStringList { what } + outcome.notes;
    connect(
        this, &SchedulesController::reloaded, this, [this] { emit changed(true); }, Qt::SingleShotConnection);
    reload();
}

void SchedulesController::runNow(const ScheduleEntry &entry)
{
    const QStringList command = ScheduleCatalog::runNowCommand(entry);
    if (command.isEmpty() || !m_setup.startDetached) {
        m_context.dialogs->error(m_window, tr("Cannot run %1").arg(entry.name),
            tr("What this schedule runs cannot be told from its files. Delete it and create it again."));
        return;
    }
    if (!m_setup.startDetached(command.first(), command.mid(1))) {
        m_context.dialogs->error(m_window, tr("Cannot run %1").arg(entry.name),
            tr("%1 could not be started. Check that it is installed, or run the job yourself:").arg(command.first()),
            command.join(QLatin1Char(' ')));
        return;
    }
    m_view->setMessage(
        tr("Started %1. Its result shows under Last result once the backups end: choose Reload then.").arg(entry.name),
        false);
}

void SchedulesController::saveWebhookUrl(const QString &name)
{
    if (!m_dialog)
        return;
    if (const QString problem = Core::WebhookStore::nameError(name); !problem.isEmpty()) {
        m_dialog->showProblem(problem);
        return;
    }
    if (!m_secrets || !m_context.settings) {
        m_dialog->showProblem(
            tr("The keychain is not available here: save the URL with 'apim-backup-cli notify set %1'.").arg(name));
        return;
    }
    const QString url = m_context.dialogs->secretInput(m_dialog, tr("Webhook %1").arg(name),
        tr("The incoming webhook's URL (Microsoft Teams, Slack or any HTTPS address). It is kept in the keychain; "
           "the job's files only name it."));
    if (url.isEmpty())
        return;
    auto *store = new Core::WebhookStore(m_secrets, m_context.settings, m_setup.environment, this);
    store->save(name, QUrl(url.trimmed()), Core::WebhookFormat::Kind::Auto, this,
        [this, store, name](const Core::SecretError &error) {
            store->deleteLater();
            if (!m_dialog)
                return;
            if (error.isError()) {
                m_dialog->showProblem(error.message);
                return;
            }
            m_dialog->addWebhookName(name);
            m_dialog->showProblem(QString());
        });
}

} // namespace Apim::Ui
