#include "ui/dialogs/BackupDialog.h"

#include "storage/StorageNames.h"
#include "ui/support/AzureTerms.h"
#include "ui/support/DialogLayout.h"
#include "ui/support/Icons.h"
#include "ui/widgets/AccessTypeWidget.h"
#include "ui/widgets/BackupExclusionsBox.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Apim::Ui {

BackupDialog::BackupDialog(const Core::ApimService &service, Core::StorageService *storage, DialogProvider *dialogs,
    const Defaults &defaults, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_storage(new StorageTargetWidget(true, dialogs, this))
    , m_access(new AccessTypeWidget(this))
    , m_name(new QLineEdit(defaults.blobName, this))
    , m_nameProblem(new QLabel(this))
    , m_remember(new QCheckBox(tr("Remember this account and container for the subscription"), this))
    , m_overwrite(new QCheckBox(tr("Replace the existing backup of the same name"), this))
    , m_findings(new FindingsWidget(this))
    , m_copy(new QPushButton(Icons::copy(), tr("Cop&y as command"), this))
    , m_start(new QPushButton(Icons::backup(), tr("&Start backup"), this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up %1").arg(service.name));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *heading = new QLabel(tr("<b>%1</b> · %2 × %3 · %4")
                                   .arg(service.name.toHtmlEscaped(), service.skuName)
                                   .arg(service.skuCapacity)
                                   .arg(AzureTerms::regionName(service.location)),
        this);
    heading->setObjectName(QStringLiteral("backupHeadingLabel"));

    m_name->setObjectName(QStringLiteral("backupNameLineEdit"));
    m_name->setAccessibleName(tr("Backup name"));
    m_nameProblem->setObjectName(QStringLiteral("backupNameProblemLabel"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->hide();
    m_remember->setObjectName(QStringLiteral("rememberDefaultCheckBox"));
    m_remember->setChecked(true);
    m_access->setService(service);
    // Offered only once preflight finds a backup of that name: replacing one is a choice.
    m_overwrite->setObjectName(QStringLiteral("overwriteCheckBox"));
    m_overwrite->hide();

    auto *nameForm = new QFormLayout();
    auto *nameLabel = new QLabel(tr("Backup &name:"), this);
    nameLabel->setBuddy(m_name);
    nameForm->addRow(nameLabel, m_name);
    nameForm->addRow(QString(), m_nameProblem);
    nameForm->addRow(QString(), m_overwrite);
    nameForm->addRow(QString(), m_remember);
    // The storage, access and name rows come from three forms: one label column for all.
    DialogLayout::alignFormLabels({ DialogLayout::formOf(m_storage), DialogLayout::formOf(m_access), nameForm });

    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    m_copy->setToolTip(tr("Copy the equivalent az rest command, without the storage key"));
    m_start->setObjectName(QStringLiteral("startBackupButton"));
    m_start->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    // Our own label: Qt's translations of its standard buttons may not be installed.
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(m_storage);
    layout->addWidget(m_access);
    layout->addLayout(nameForm);
    layout->addWidget(m_findings);
    layout->addWidget(new BackupExclusionsBox(BackupExclusionsBox::Kind::Backup, this));
    layout->addStretch(1);
    m_scroll = new QScrollArea(this);
    auto *scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);

    connectInputs(buttons);

    m_storage->setStorageService(storage);
    m_storage->setSubscriptions(defaults.subscriptions, service.subscriptionId);
    m_storage->load(Core::storageSubscriptionFor(defaults.storageSubscriptionId, service.id), defaults.storageAccount,
        defaults.container);
    updateStart();
    // As tall as what it shows (more once findings arrive), not a fixed guess.
    DialogLayout::fitToContent(this, m_scroll, 640);
}

void BackupDialog::connectInputs(QDialogButtonBox *buttons)
{
    // Preflight runs once the user pauses, not on every keystroke of the name.
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isComplete())
            emit preflightRequested();
        updateStart();
    });
    connect(m_storage, &StorageTargetWidget::selectionChanged, this, &BackupDialog::onInputChanged);
    connect(m_storage, &StorageTargetWidget::loadingChanged, this, &BackupDialog::updateStart);
    connect(m_access, &AccessTypeWidget::changed, this, &BackupDialog::onInputChanged);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_overwrite->setChecked(false);
        m_overwrite->hide();
        onInputChanged();
    });
    connect(m_overwrite, &QCheckBox::toggled, this, &BackupDialog::onInputChanged);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_start->isEnabled())
            emit startRequested();
    });
    connect(m_copy, &QPushButton::clicked, this, &BackupDialog::copyCommandRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Core::OperationRequest BackupDialog::request() const
{
    Core::OperationRequest request;
    request.kind = Core::OperationKind::Backup;
    request.serviceId = m_service.id;
    request.storageAccount = m_storage->accountName();
    request.storageSubscriptionId = m_storage->subscriptionId();
    request.container = m_storage->container();
    request.blobName = m_name->text().trimmed();
    request.accessType = m_access->accessType();
    request.identityClientId = m_access->identityClientId();
    request.overwriteConfirmed = m_overwrite->isChecked();
    return request;
}

bool BackupDialog::rememberAsDefault() const
{
    return m_remember->isChecked();
}

bool BackupDialog::isComplete() const
{
    return !m_storage->accountName().isEmpty() && !m_storage->container().isEmpty()
        && Core::StorageNames::blobNameError(m_name->text().trimmed()).isEmpty() && !m_name->text().trimmed().isEmpty();
}

void BackupDialog::onInputChanged()
{
    const QString name = m_name->text().trimmed();
    const QString problem
        = name.isEmpty() ? tr("Enter a name for the backup file.") : Core::StorageNames::blobNameError(name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    // Old findings no longer describe this request: Start waits for the new ones.
    m_findings->showUnchecked();
    m_findings->setChecking(isComplete());
    m_settle->start();
    updateStart();
}

void BackupDialog::setChecking()
{
    m_findings->setChecking(true);
    updateStart();
}

void BackupDialog::setFindings(const FindingViews &findings)
{
    for (const FindingView &finding : findings) {
        if (finding.code == QLatin1String("BlobExists"))
            m_overwrite->show();
    }
    m_findings->setFindings(findings);
    updateStart();
    DialogLayout::growToContent(this, m_scroll);
}

void BackupDialog::updateStart()
{
    const bool ready = isComplete() && !m_storage->isLoading() && !m_findings->isChecking() && !m_settle->isActive()
        && !m_findings->hasBlocking();
    m_start->setEnabled(ready);
    m_copy->setEnabled(isComplete());
}

} // namespace Apim::Ui
