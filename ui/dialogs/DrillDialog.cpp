#include "ui/dialogs/DrillDialog.h"

#include "ui/support/AzureTerms.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Formatting.h"
#include "ui/widgets/AccessTypeWidget.h"
#include "ui/widgets/DrillResultWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Apim::Ui {

DrillDialog::DrillDialog(const Core::ApimService &source, const QList<Core::ApimService> &standbys,
    const QList<Core::CatalogEntry> &backups, const QDateTime &now, const Core::RestoreDrill::Parts &parts,
    DialogProvider *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_standbys(standbys)
    , m_backups(backups)
    , m_parts(parts)
    , m_dialogs(dialogs)
    , m_standby(new QComboBox(this))
    , m_backup(new QComboBox(this))
    , m_access(new AccessTypeWidget(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Start drill"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_progress(new QPlainTextEdit(this))
    , m_result(new DrillResultWidget(dialogs, this))
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Restore drill of %1").arg(source.name));
    auto *intro = new QLabel(tr("Restores a backup of %1 (%2) into a standby service of the same tier, "
                                "measures how long the standby takes to serve again (RTO) and compares "
                                "it with %1 as it is now. %1 itself is not changed.")
                                 .arg(source.name, source.skuName),
        this);
    intro->setWordWrap(true);
    m_standby->setObjectName(QStringLiteral("drillStandbyComboBox"));
    m_backup->setObjectName(QStringLiteral("drillBackupComboBox"));
    m_confirm->setObjectName(QStringLiteral("drillConfirmLineEdit"));
    m_confirm->setAccessibleName(tr("Type the standby service name to confirm"));
    m_confirmLabel->setObjectName(QStringLiteral("drillConfirmLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_start->setObjectName(QStringLiteral("drillStartButton"));
    m_close->setObjectName(QStringLiteral("drillCloseButton"));
    m_progress->setObjectName(QStringLiteral("drillProgressTextEdit"));
    m_progress->setReadOnly(true);
    m_progress->setAccessibleName(tr("Drill progress"));
    m_progress->setPlaceholderText(tr("The drill's steps appear here."));
    m_result->setObjectName(QStringLiteral("drillResultWidget"));
    m_result->hide();

    for (const Core::ApimService &standby : standbys)
        m_standby->addItem(
            tr("%1 (%2, %3)").arg(standby.name, standby.resourceGroup, AzureTerms::regionName(standby.location)));
    fillBackups(now);

    auto *form = new QFormLayout;
    form->addRow(tr("S&tandby:"), m_standby);
    form->addRow(tr("&Backup:"), m_backup);
    form->addRow(tr("&Access:"), m_access);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_result, 2);
    layout->addLayout(buttons);
    resize(720, 640);

    connect(m_standby, &QComboBox::currentIndexChanged, this, &DrillDialog::onStandbyChanged);
    connect(m_backup, &QComboBox::currentIndexChanged, this, &DrillDialog::updateStart);
    connect(m_confirm, &QLineEdit::textChanged, this, &DrillDialog::updateStart);
    connect(m_access, &AccessTypeWidget::changed, this, &DrillDialog::updateStart);
    connect(m_start, &QPushButton::clicked, this, &DrillDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    onStandbyChanged();
    if (standbys.isEmpty())
        appendProgress(tr("No other service of the %1 tier is loaded: a drill needs a standby of the same tier.")
                           .arg(source.skuName));
    if (m_backup->count() == 0)
        appendProgress(tr("No backup of %1 was found in its backup locations.").arg(source.name));
}

void DrillDialog::fillBackups(const QDateTime &now)
{
    auto *model = new QStandardItemModel(m_backup);
    int firstUsable = -1;
    for (int i = 0; i < m_backups.size(); ++i) {
        const Core::CatalogEntry &entry = m_backups.at(i);
        const bool expired = entry.blob.isExpired(now);
        const bool failed = entry.verification.failed();
        QString text = tr("%1 (%2, %3)")
                           .arg(entry.blob.name, Formatting::age(entry.blob.createdOn, now), entry.location.display());
        if (expired)
            text = tr("%1 (expired)").arg(text);
        else if (failed)
            text = tr("%1 (changed since it was made)").arg(text);
        auto *item = new QStandardItem(text);
        item->setData(i, Qt::UserRole);
        if (expired || failed)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else if (firstUsable < 0)
            firstUsable = i;
        model->appendRow(item);
    }
    m_backup->setModel(model);
    m_backup->setCurrentIndex(firstUsable);
}

Core::ApimService DrillDialog::currentStandby() const
{
    const int index = m_standby->currentIndex();
    return index >= 0 && index < m_standbys.size() ? m_standbys.at(index) : Core::ApimService();
}

void DrillDialog::onStandbyChanged()
{
    const Core::ApimService standby = currentStandby();
    m_access->setService(standby);
    m_confirmLabel->setText(standby.isValid()
            ? tr("The configuration of %1 will be replaced by the backup's. Type <b>%1</b> to confirm:")
                  .arg(standby.name.toHtmlEscaped())
            : tr("Choose a standby service."));
    updateStart();
}

void DrillDialog::updateStart()
{
    const Core::ApimService standby = currentStandby();
    const int backup = m_backup->currentIndex();
    const bool backupUsable
        = backup >= 0 && (m_backup->model()->flags(m_backup->model()->index(backup, 0)) & Qt::ItemIsEnabled);
    // The exact name, as the restore dialog asks: a near miss is not agreement.
    const bool typed = standby.isValid() && m_confirm->text() == standby.name;
    m_start->setEnabled(!m_drill && standby.isValid() && backupUsable && typed);
}

Core::DrillRequest DrillDialog::request() const
{
    Core::DrillRequest request;
    request.sourceServiceId = m_source.id;
    request.standbyServiceId = currentStandby().id;
    const int backup = m_backup->currentData(Qt::UserRole).toInt();
    if (m_backup->currentIndex() >= 0 && backup >= 0 && backup < m_backups.size()) {
        const Core::CatalogEntry &entry = m_backups.at(backup);
        request.storageAccount = entry.location.account;
        request.storageSubscriptionId = entry.location.subscriptionId;
        request.container = entry.location.container;
        request.backupName = entry.blob.name;
    }
    request.accessType = m_access->accessType();
    request.identityClientId = m_access->identityClientId();
    request.confirmed = currentStandby().isValid() && m_confirm->text() == currentStandby().name;
    return request;
}

void DrillDialog::start()
{
    if (!m_start->isEnabled())
        return;
    const Core::DrillRequest drillRequest = request();
    auto *drill = new Core::RestoreDrill(m_parts, this);
    drill->setReadyPollIntervalMs(m_readyPollMs);
    m_drill = drill;
    connect(drill, &Core::RestoreDrill::progress, this, &DrillDialog::appendProgress);
    connect(drill, &Core::RestoreDrill::refused, this, &DrillDialog::onRefused);
    connect(drill, &Core::RestoreDrill::finished, this, &DrillDialog::onFinished);
    for (QWidget *input : std::initializer_list<QWidget *> { m_standby, m_backup, m_access, m_confirm })
        input->setEnabled(false);
    m_start->setEnabled(false);
    appendProgress(tr("Starting the drill into %1…").arg(currentStandby().name));
    Core::DrillRefusal refusal;
    if (!drill->start(drillRequest, &refusal))
        onRefused(refusal);
}

void DrillDialog::onRefused(const Core::DrillRefusal &refusal)
{
    appendProgress(tr("Not started: %1").arg(refusal.message));
    if (m_drill)
        m_drill->deleteLater();
    m_drill = nullptr;
    for (QWidget *input : std::initializer_list<QWidget *> { m_standby, m_backup, m_access, m_confirm })
        input->setEnabled(true);
    updateStart();
    m_dialogs->error(this, tr("Drill not started"), refusal.message);
}

void DrillDialog::onFinished(const Core::DrillRecord &record)
{
    m_ended = true;
    appendProgress(tr("Drill ended: %1").arg(record.stateText()));
    m_result->setRecord(record);
    m_result->show();
    emit drillFinished(record);
}

void DrillDialog::appendProgress(const QString &line)
{
    m_progress->appendPlainText(line);
}

} // namespace Apim::Ui
