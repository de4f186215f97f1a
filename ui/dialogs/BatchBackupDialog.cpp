#include "ui/dialogs/BatchBackupDialog.h"

#include "operations/BackupNaming.h"
#include "storage/StorageNames.h"
#include "ui/models/BatchPresenter.h"
#include "ui/support/Icons.h"
#include "ui/widgets/AccessTypeWidget.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Apim::Ui {

namespace {
// The access type widget explains identities a service lacks; for many services it offers
// what any of them has, and preflight names the services that lack the chosen one.
Core::ApimService identitiesOf(const QList<Core::BatchTarget> &targets)
{
    Core::ApimService merged;
    for (const Core::BatchTarget &target : targets) {
        if (!target.service)
            continue;
        if (merged.id.isEmpty())
            merged = *target.service;
        if (merged.systemAssignedPrincipalId.isEmpty())
            merged.systemAssignedPrincipalId = target.service->systemAssignedPrincipalId;
        for (const Core::UserAssignedIdentity &identity : target.service->userAssignedIdentities) {
            const bool known = std::any_of(merged.userAssignedIdentities.cbegin(), merged.userAssignedIdentities.cend(),
                [&](const Core::UserAssignedIdentity &other) { return other.clientId == identity.clientId; });
            if (!known)
                merged.userAssignedIdentities.append(identity);
        }
    }
    return merged;
}

QTreeWidget *makeList(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}
} // namespace

BatchBackupDialog::BatchBackupDialog(const QList<Core::BatchTarget> &targets, Core::StorageService *storage,
    DialogProvider *dialogs, const Defaults &defaults, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_storage(new StorageTargetWidget(true, dialogs, this))
    , m_access(new AccessTypeWidget(this))
    , m_pattern(new QLineEdit(defaults.namingPattern, this))
    , m_patternProblem(new QLabel(this))
    , m_findings(new FindingsWidget(this))
    , m_services(
          makeList(QStringLiteral("batchServicesTreeWidget"), { tr("Service"), tr("Status"), tr("Details") }, this))
    , m_skipped(
          makeList(QStringLiteral("batchSkippedTreeWidget"), { tr("Service"), tr("Reason"), tr("Details") }, this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(Icons::backup(), tr("&Start backups"), this))
    , m_cancelPending(new QPushButton(tr("Cancel &pending"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("batchBackupDialog"));
    setWindowTitle(tr("Back up %n service(s)", nullptr, int(targets.size())));

    for (const Core::BatchTarget &target : targets) {
        Core::BatchItem item;
        item.serviceId = target.serviceId;
        item.serviceName = target.service ? target.service->name : target.serviceId.section(QLatin1Char('/'), -1);
        item.requested = target.requested;
        m_items.append(item);
    }

    auto *heading = new QLabel(
        tr("Each service is backed up to the same container, named by the pattern. A service that cannot be "
           "backed up is skipped, and the others go on when one fails."),
        this);
    heading->setWordWrap(true);
    m_access->setService(identitiesOf(targets));
    m_pattern->setObjectName(QStringLiteral("batchNamingPatternLineEdit"));
    m_pattern->setAccessibleName(tr("Naming pattern"));
    m_pattern->setToolTip(tr("{service}, {sku}, {resourceGroup}, {subscription}; anything else in braces is a UTC "
                             "date and time format such as {yyyyMMdd-HHmmss}."));
    m_patternProblem->setObjectName(QStringLiteral("batchNamingProblemLabel"));
    m_patternProblem->setWordWrap(true);
    m_patternProblem->hide();
    auto *nameForm = new QFormLayout();
    auto *patternLabel = new QLabel(tr("&Naming pattern:"), this);
    patternLabel->setBuddy(m_pattern);
    nameForm->addRow(patternLabel, m_pattern);
    nameForm->addRow(m_patternProblem);

    m_services->setAccessibleName(tr("Services of the batch"));
    m_skipped->setAccessibleName(tr("Skipped services"));
    auto *skippedBox = new QGroupBox(tr("Skipped"), this);
    auto *skippedLayout = new QVBoxLayout(skippedBox);
    skippedLayout->addWidget(m_skipped);
    m_progress->setObjectName(QStringLiteral("batchProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_progressLabel->setObjectName(QStringLiteral("batchProgressLabel"));
    m_progressLabel->hide();
    m_summary->setObjectName(QStringLiteral("batchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_start->setObjectName(QStringLiteral("startBatchButton"));
    m_start->setDefault(true);
    m_cancelPending->setObjectName(QStringLiteral("cancelPendingButton"));
    m_cancelPending->setToolTip(tr("Skip the services whose backup has not started; started ones run to their end"));
    m_cancelPending->hide();
    m_close->setObjectName(QStringLiteral("closeBatchButton"));
    // Our own labels: Qt's translations of its standard buttons may not be installed.
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancelPending, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(m_storage);
    layout->addWidget(m_access);
    layout->addLayout(nameForm);
    layout->addWidget(m_findings);
    layout->addWidget(m_services, 2);
    layout->addWidget(skippedBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_progressLabel);
    outer->addWidget(m_progress);
    outer->addWidget(m_summary);
    outer->addWidget(buttons);
    resize(760, 820);

    connectInputs();
    showItems();

    const QString firstSubscription = targets.isEmpty() ? QString()
        : targets.first().service                       ? targets.first().service->subscriptionId
                                                        : QString();
    const QString firstService = targets.isEmpty() ? QString() : targets.first().serviceId;
    m_storage->setStorageService(storage);
    m_storage->setSubscriptions(defaults.subscriptions, firstSubscription);
    m_storage->load(Core::storageSubscriptionFor(defaults.storageSubscriptionId, firstService), defaults.storageAccount,
        defaults.container);
    onInputChanged();
}

void BatchBackupDialog::connectInputs()
{
    // The checks run once the user pauses, not on every keystroke of the pattern.
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isComplete() && !m_running)
            emit preflightRequested();
        updateStart();
    });
    connect(m_storage, &StorageTargetWidget::selectionChanged, this, &BatchBackupDialog::onInputChanged);
    connect(m_storage, &StorageTargetWidget::loadingChanged, this, &BatchBackupDialog::updateStart);
    connect(m_access, &AccessTypeWidget::changed, this, &BatchBackupDialog::onInputChanged);
    connect(m_pattern, &QLineEdit::textChanged, this, &BatchBackupDialog::onInputChanged);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_start->isEnabled())
            emit startRequested();
    });
    connect(m_cancelPending, &QPushButton::clicked, this, [this] {
        m_cancelPending->setEnabled(false);
        emit cancelPendingRequested();
    });
    // While backups run, closing only hides the dialog: the run goes on and the operations
    // panel follows it.
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

Core::OperationRequest BatchBackupDialog::commonRequest() const
{
    Core::OperationRequest request;
    request.kind = Core::OperationKind::Backup;
    request.storageAccount = m_storage->accountName();
    request.storageSubscriptionId = m_storage->subscriptionId();
    request.container = m_storage->container();
    request.accessType = m_access->accessType();
    request.identityClientId = m_access->identityClientId();
    return request;
}

QString BatchBackupDialog::namingPattern() const
{
    const QString pattern = m_pattern->text().trimmed();
    return pattern.isEmpty() ? Core::BackupNaming::kDefaultPattern : pattern;
}

bool BatchBackupDialog::isComplete() const
{
    return !m_storage->accountName().isEmpty() && !m_storage->container().isEmpty()
        && Core::BackupNaming(namingPattern()).validate().isEmpty();
}

void BatchBackupDialog::onInputChanged()
{
    if (m_running)
        return;
    const QString problem = Core::BackupNaming(namingPattern()).validate();
    m_patternProblem->setText(problem);
    m_patternProblem->setVisible(!problem.isEmpty());
    // Old results no longer describe this request: Start waits for the new ones.
    m_checked = false;
    m_findings->showUnchecked();
    m_findings->setChecking(isComplete());
    m_settle->start();
    updateStart();
}

void BatchBackupDialog::setChecking()
{
    m_checked = false;
    m_findings->setChecking(true);
    for (int i = 0; i < m_items.size(); ++i) {
        Core::BatchItem &item = m_items[i];
        item.state = Core::BatchItem::State::Checking;
        item.skipReason = Core::BatchItem::SkipReason::None;
        item.message.clear();
    }
    showItems();
    updateStart();
}

void BatchBackupDialog::setPlan(const QList<Core::BatchItem> &items, const FindingViews &findings)
{
    if (m_running)
        return;
    m_items = items;
    m_checked = true;
    m_findings->setFindings(findings);
    showItems();
    updateStart();
}

int BatchBackupDialog::runnableCount() const
{
    if (!m_checked)
        return 0;
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const Core::BatchItem &item) { return item.state == Core::BatchItem::State::Pending; }));
}

void BatchBackupDialog::updateStart()
{
    const bool ready
        = !m_running && isComplete() && !m_storage->isLoading() && !m_settle->isActive() && runnableCount() > 0;
    m_start->setEnabled(ready);
    m_start->setText(ready ? tr("&Start %n backup(s)", nullptr, runnableCount()) : tr("&Start backups"));
}

void BatchBackupDialog::setRunning(const QList<Core::BatchItem> &items)
{
    m_running = true;
    m_settle->stop();
    m_items = items;
    m_storage->setEnabled(false);
    m_access->setEnabled(false);
    m_pattern->setEnabled(false);
    m_start->hide();
    m_cancelPending->show();
    m_cancelPending->setEnabled(true);
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("The backups go on; the operations panel follows them"));
    m_progress->show();
    m_progressLabel->show();
    setProgress(0, int(items.size()), 0);
    showItems();
}

void BatchBackupDialog::setItem(int index, const Core::BatchItem &item)
{
    if (index < 0 || index >= m_items.size())
        return;
    const bool skippedNow
        = item.state == Core::BatchItem::State::Skipped && m_items.at(index).state != Core::BatchItem::State::Skipped;
    m_items[index] = item;
    showItem(index);
    if (skippedNow)
        showSkipped();
}

void BatchBackupDialog::setProgress(int finished, int total, double percent)
{
    m_progress->setValue(int(percent));
    m_progressLabel->setText(tr("%1 of %2 services finished").arg(finished).arg(total));
}

void BatchBackupDialog::setSummary(const Core::BatchSummary &summary)
{
    m_items = summary.items;
    showItems();
    m_cancelPending->hide();
    m_progress->setValue(100);
    m_summary->setText(BatchPresenter::summaryText(summary));
    m_summary->show();
}

void BatchBackupDialog::showItems()
{
    m_services->clear();
    for (int i = 0; i < m_items.size(); ++i) {
        auto *row = new QTreeWidgetItem(m_services);
        row->setData(0, Qt::UserRole, m_items.at(i).serviceId);
        showItem(i);
    }
    showSkipped();
}

void BatchBackupDialog::showItem(int index)
{
    QTreeWidgetItem *row = m_services->topLevelItem(index);
    if (!row)
        return;
    const Core::BatchItem &item = m_items.at(index);
    const bool planned = !m_running && m_checked && item.state == Core::BatchItem::State::Pending;
    row->setText(0, item.serviceName);
    const bool blocked = !m_running && item.state == Core::BatchItem::State::Failed;
    row->setText(1, planned ? tr("Ready") : blocked ? tr("Blocked") : BatchPresenter::stateText(item));
    row->setText(2, BatchPresenter::detailsText(item));
    row->setToolTip(2, row->text(2));
}

void BatchBackupDialog::showSkipped()
{
    m_skipped->clear();
    for (const Core::BatchItem &item : std::as_const(m_items)) {
        if (item.state != Core::BatchItem::State::Skipped)
            continue;
        auto *row = new QTreeWidgetItem(m_skipped);
        row->setData(0, Qt::UserRole, item.serviceId);
        row->setText(0, item.serviceName);
        row->setText(1, Core::BatchItem::skipReasonText(item.skipReason));
        row->setText(2, item.message.simplified());
        row->setToolTip(2, row->text(2));
    }
}

} // namespace Apim::Ui
