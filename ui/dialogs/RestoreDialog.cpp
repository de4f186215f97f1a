#include "ui/dialogs/RestoreDialog.h"

#include "operations/TierCompatibility.h"
#include "ui/models/FindingPresenter.h"

#include "ui/support/AzureTerms.h"
#include "ui/support/Icons.h"
#include "ui/widgets/AccessTypeWidget.h"
#include "ui/widgets/BackupExclusionsBox.h"
#include "ui/widgets/BackupListWidget.h"
#include "ui/widgets/BackupLister.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Apim::Ui {

RestoreDialog::RestoreDialog(const QList<Core::ApimService> &candidates, Core::StorageService *storage,
    BackupLister *lister, DialogProvider *dialogs, const Defaults &defaults, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_lister(lister)
    , m_now(now)
    , m_storage(new StorageTargetWidget(false, dialogs, this))
    , m_backups(new BackupListWidget(this))
    , m_target(new QComboBox(this))
    , m_access(new AccessTypeWidget(this))
    , m_findings(new FindingsWidget(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_copy(new QPushButton(Icons::copy(), tr("Cop&y as command"), this))
    , m_restore(new QPushButton(Icons::restore(), tr("&Restore"), this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    const QString selectedName = candidates.isEmpty() ? QString() : candidates.first().name;
    setWindowTitle(tr("Restore into %1").arg(selectedName));
    setAttribute(Qt::WA_DeleteOnClose);

    m_target->setObjectName(QStringLiteral("targetServiceComboBox"));
    m_target->setAccessibleName(tr("Target service"));
    for (int i = 0; i < candidates.size(); ++i) {
        const Core::ApimService &service = candidates[i];
        m_target->addItem(i == 0 ? tr("This service: %1 (%2)").arg(service.name, service.skuName)
                                 : tr("%1 (%2, %3, resource group %4)")
                                       .arg(service.name, service.skuName, AzureTerms::regionName(service.location),
                                           service.resourceGroup),
            i);
    }
    m_confirm->setObjectName(QStringLiteral("confirmNameLineEdit"));
    m_confirm->setAccessibleName(tr("Type the target service name to confirm"));
    m_confirmLabel->setObjectName(QStringLiteral("confirmNameLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    m_restore->setObjectName(QStringLiteral("startRestoreButton"));

    auto *source = new QFormLayout();
    source->addRow(m_storage);
    source->addRow(tr("&Backup:"), m_backups);
    auto *targetForm = new QFormLayout();
    auto *targetLabel = new QLabel(tr("Restore &into:"), this);
    targetLabel->setBuddy(m_target);
    targetForm->addRow(targetLabel, m_target);
    targetForm->addRow(m_access);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    // Our own label: Qt's translations of its standard buttons may not be installed.
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *sourceTitle = new QLabel(tr("<b>Source</b>"), this);
    auto *targetTitle = new QLabel(tr("<b>Target</b>"), this);
    layout->addWidget(sourceTitle);
    layout->addLayout(source);
    layout->addWidget(targetTitle);
    layout->addLayout(targetForm);
    layout->addWidget(m_findings);
    layout->addWidget(new BackupExclusionsBox(BackupExclusionsBox::Kind::Restore, this));
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    resize(700, 780);

    connectInputs(buttons);

    updateTarget();
    m_storage->setStorageService(storage);
    if (!candidates.isEmpty()) {
        const QString own = candidates.first().subscriptionId;
        m_storage->setSubscriptions(defaults.subscriptions, own);
        m_storage->load(defaults.storageSubscriptionId.isEmpty() ? own : defaults.storageSubscriptionId,
            defaults.storageAccount, defaults.container);
    }
}

void RestoreDialog::connectInputs(QDialogButtonBox *buttons)
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isComplete() && localFindings().isEmpty())
            emit preflightRequested();
        else
            m_findings->showUnchecked(localFindings());
        updateRestore();
    });
    connect(m_storage, &StorageTargetWidget::selectionChanged, this, &RestoreDialog::listBackups);
    connect(m_storage, &StorageTargetWidget::loadingChanged, this, &RestoreDialog::updateRestore);
    connect(m_backups, &BackupListWidget::selectionChanged, this, &RestoreDialog::onInputChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RestoreDialog::updateTarget);
    connect(m_access, &AccessTypeWidget::changed, this, &RestoreDialog::onInputChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreDialog::updateRestore);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_restore->isEnabled())
            emit startRequested();
    });
    connect(m_copy, &QPushButton::clicked, this, &RestoreDialog::copyCommandRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Core::ApimService RestoreDialog::target() const
{
    const int index = m_target->currentData().toInt();
    return index >= 0 && index < m_candidates.size() ? m_candidates[index] : Core::ApimService();
}

Core::OperationRequest RestoreDialog::request() const
{
    Core::OperationRequest request;
    request.kind = Core::OperationKind::Restore;
    const Core::ApimService service = target();
    request.serviceId = service.id;
    request.storageAccount = m_storage->accountName();
    request.storageSubscriptionId = m_storage->subscriptionId();
    request.container = m_storage->container();
    const Core::BackupBlob *blob = m_backups->selected();
    request.blobName = blob ? blob->name : QString();
    request.accessType = m_access->accessType();
    request.identityClientId = m_access->identityClientId();
    return request;
}

bool RestoreDialog::isComplete() const
{
    return target().isValid() && !m_storage->accountName().isEmpty() && !m_storage->container().isEmpty()
        && m_backups->selected() != nullptr;
}

bool RestoreDialog::isConfirmed() const
{
    const Core::ApimService service = target();
    return service.isValid() && m_confirm->text() == service.name;
}

void RestoreDialog::listBackups()
{
    const Core::StorageAccount account = m_storage->account();
    const QString container = m_storage->container();
    const int generation = ++m_listGeneration;
    if (!account.isValid() || container.isEmpty() || !m_lister) {
        m_backups->setError(QString());
        return;
    }
    m_backups->setLoading(account.name + QLatin1Char('/') + container);
    m_lister->listBackups(
        account, container, this, [this, generation](const QList<Core::BackupBlob> &blobs, const QString &error) {
            if (generation != m_listGeneration)
                return;
            if (!error.isEmpty())
                m_backups->setError(tr("Could not list the backups: %1").arg(error));
            else
                m_backups->setBackups(blobs, m_now);
        });
}

void RestoreDialog::updateTarget()
{
    const Core::ApimService service = target();
    m_access->setService(service);
    m_confirm->clear();
    m_confirmLabel->setText(tr("To confirm, type the name of the service the backup will overwrite: <b>%1</b>")
                                .arg(service.name.toHtmlEscaped()));
    onInputChanged();
}

FindingViews RestoreDialog::localFindings() const
{
    const Core::BackupBlob *blob = m_backups->selected();
    const Core::ApimService service = target();
    if (!blob || !service.isValid())
        return {};
    // Only what blocks: the unknown-tier warning waits for the full check.
    const auto tier = Core::TierCompatibility::restoreFinding(*blob, service);
    if (!tier || !tier->isBlocking())
        return {};
    return findingViews({ *tier });
}

void RestoreDialog::onInputChanged()
{
    m_remoteFindings.clear();
    m_findings->showUnchecked(localFindings());
    m_findings->setChecking(isComplete() && localFindings().isEmpty());
    m_settle->start();
    updateRestore();
}

void RestoreDialog::setChecking()
{
    m_findings->setChecking(true);
    updateRestore();
}

void RestoreDialog::setFindings(const FindingViews &findings)
{
    m_remoteFindings = findings;
    FindingViews all = localFindings();
    for (const FindingView &finding : findings) {
        const bool duplicate
            = std::any_of(all.cbegin(), all.cend(), [&](const FindingView &f) { return f.code == finding.code; });
        if (!duplicate)
            all << finding;
    }
    m_findings->setFindings(all);
    updateRestore();
}

void RestoreDialog::updateRestore()
{
    const bool ready = isComplete() && isConfirmed() && !m_storage->isLoading() && !m_findings->isChecking()
        && !m_settle->isActive() && !m_findings->hasBlocking();
    m_restore->setEnabled(ready);
    m_copy->setEnabled(isComplete());
}

} // namespace Apim::Ui
