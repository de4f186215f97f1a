#include "ui/widgets/ServiceDetailsPane.h"

#include "inventory/AzureRegion.h"
#include "ui/support/AzureTerms.h"
#include "ui/support/FocusChain.h"
#include "ui/support/Formatting.h"
#include "ui/support/Icons.h"
#include "ui/widgets/BannerWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Apim::Ui {

ServiceDetailsPane::ServiceDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("serviceDetailsWidget"));
    setAccessibleName(tr("Service details"));

    m_placeholder = new QLabel(tr("Select an API Management service to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void ServiceDetailsPane::ensurePage()
{
    // Built when the first service is shown, not at startup: until then the pane is the
    // placeholder, and the page's labels (a bold title font, wrapped text) only cost.
    if (m_title)
        return;
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("serviceNameLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // names and errors from Azure: never markup
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("serviceLocationLabel"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_operationBanner = new BannerWidget(page);
    m_operationBanner->setObjectName(QStringLiteral("operationBannerWidget"));
    m_operationBanner->setKind(BannerWidget::Kind::Warning);
    m_operationBanner->hide();
    layout->addWidget(m_operationBanner);

    m_resultBanner = new BannerWidget(page);
    m_resultBanner->setObjectName(QStringLiteral("resultBannerWidget"));
    m_resultBanner->hide();
    layout->addWidget(m_resultBanner);

    m_supportBanner = new BannerWidget(page);
    m_supportBanner->setObjectName(QStringLiteral("backupSupportBannerWidget"));
    m_supportBanner->setKind(BannerWidget::Kind::Warning);
    m_supportBanner->hide();
    layout->addWidget(m_supportBanner);

    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tier = addRow(form, tr("Tier and capacity:"), QStringLiteral("tierLabel"));
    m_region = addRow(form, tr("Region:"), QStringLiteral("regionLabel"));
    m_state = addRow(form, tr("State:"), QStringLiteral("stateLabel"));
    m_identities = addRow(form, tr("Managed identities:"), QStringLiteral("identitiesLabel"));
    m_platform = addRow(form, tr("Platform version:"), QStringLiteral("platformVersionLabel"));
    m_support = addRow(form, tr("Backup and restore:"), QStringLiteral("backupSupportLabel"));
    m_latestBackup = addRow(form, tr("Latest backup:"), QStringLiteral("latestBackupLabel"));
    m_expired = addRow(form, tr("Expired backups:"), QStringLiteral("expiredBackupsLabel"));
    layout->addLayout(form);

    layout->addStretch(1);

    // The actions stay below the scrolling details, so banners and long values can never
    // push them out of sight.
    auto *detailsPage = new QWidget(this);
    auto *buttons = new QHBoxLayout();
    m_backup = new QPushButton(Icons::backup(), tr("&Back up now"), detailsPage);
    m_backup->setObjectName(QStringLiteral("detailsBackupButton"));
    m_backup->setToolTip(tr("Back up this service (Ctrl+B)"));
    m_restore = new QPushButton(Icons::restore(), tr("&Restore…"), detailsPage);
    m_restore->setObjectName(QStringLiteral("detailsRestoreButton"));
    m_restore->setToolTip(tr("Restore a backup into this service (Ctrl+R)"));
    buttons->addWidget(m_backup);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);

    auto *scroll = new QScrollArea(detailsPage);
    scroll->setObjectName(QStringLiteral("serviceDetailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *pageLayout = new QVBoxLayout(detailsPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addLayout(buttons);
    const QMargins margins = layout->contentsMargins(); // line up with the details above
    buttons->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    m_stack->addWidget(detailsPage);

    connect(m_backup, &QPushButton::clicked, this, &ServiceDetailsPane::backupRequested);
    connect(m_restore, &QPushButton::clicked, this, &ServiceDetailsPane::restoreRequested);
    // Tab from the service tree goes on to the buttons, not after the status bar.
    FocusChain::placeInside(this);
}

FieldValueLabel *ServiceDetailsPane::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new FieldValueLabel(QString(label).remove(QLatin1Char(':')), this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void ServiceDetailsPane::showPlaceholder(const QString &text)
{
    m_hasService = false;
    m_view = {};
    m_placeholder->setText(text.isEmpty() ? tr("Select an API Management service to see its details.") : text);
    m_stack->setCurrentIndex(0);
}

void ServiceDetailsPane::setService(const ServiceDetailsView &view)
{
    ensurePage();
    const bool sameService = m_hasService && view.resourceId.compare(m_view.resourceId, Qt::CaseInsensitive) == 0;
    m_view = view;
    m_hasService = true;
    m_title->setText(view.name);
    m_subtitle->setText(tr("Resource group %1 · subscription %2").arg(view.resourceGroup, view.subscriptionName));
    m_tier->setText(view.capacity > 0 ? tr("%1, %n unit(s)", nullptr, view.capacity).arg(view.sku) : view.sku);
    // In the user's language; what Azure wrote in the tooltip.
    m_region->setText(AzureTerms::regionName(view.location));
    m_region->setToolTip(Core::AzureRegion::canonical(view.location));
    m_state->setText(Formatting::provisioningState(view.provisioningState));
    m_state->setToolTip(view.provisioningState);
    m_identities->setText(view.identities.isEmpty() ? tr("None") : view.identities.join(QLatin1Char('\n')));
    m_platform->setText(view.platformVersion.isEmpty() ? tr("Unknown") : view.platformVersion);
    m_support->setText(view.backupSupported ? tr("Supported") : tr("Not supported"));
    m_supportBanner->setText(view.backupUnsupportedReason);
    m_supportBanner->setVisible(!view.backupSupported && !view.backupUnsupportedReason.isEmpty());
    if (!sameService) {
        m_latestBackup->setText(tr("Not checked yet"));
        m_expired->setText(QString());
        m_operationBanner->hide();
        m_resultBanner->hide();
    }
    m_stack->setCurrentIndex(1);
}

void ServiceDetailsPane::setBackupSummary(const BackupSummaryView &summary, const QDateTime &now)
{
    ensurePage();
    switch (summary.state) {
    case BackupSummaryView::State::Unknown:
        m_latestBackup->setText(tr("Not checked yet"));
        m_expired->clear();
        return;
    case BackupSummaryView::State::Loading:
        m_latestBackup->setText(tr("Looking in %1…").arg(summary.location));
        m_expired->clear();
        return;
    case BackupSummaryView::State::NoDefaultLocation:
        m_latestBackup->setText(tr("No default backup location for this subscription yet: back up once "
                                   "and the account and container you choose are remembered."));
        m_expired->setText(tr("Not known: there is no default backup location to look in. Back up once with "
                              "\"Remember this account and container\" ticked to set one; Settings lists them."));
        return;
    case BackupSummaryView::State::Failed:
        m_latestBackup->setText(tr("Could not list the backups in %1: %2").arg(summary.location, summary.error));
        m_expired->clear();
        return;
    case BackupSummaryView::State::Loaded:
        break;
    }
    if (summary.latestTime.isValid()) {
        m_latestBackup->setText(
            tr("%1, %2 (%3) in %4")
                .arg(summary.latestName, QLocale().toString(summary.latestTime.toLocalTime(), QLocale::ShortFormat),
                    Formatting::age(summary.latestTime, now), summary.location));
    } else {
        m_latestBackup->setText(tr("No usable backup in %1").arg(summary.location));
    }
    m_expired->setText(summary.expiredCount == 0
            ? tr("None")
            : tr("%n backup(s) older than 30 days can no longer be restored; delete them "
                 "from the container to save storage.",
                nullptr, summary.expiredCount));
}

void ServiceDetailsPane::setOperationBanner(const QString &text)
{
    ensurePage();
    m_operationBanner->setText(text);
    m_operationBanner->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_resultBanner->hide(); // the running operation is the state now, not the last outcome
}

void ServiceDetailsPane::setResult(const QString &text, BannerWidget::Kind kind)
{
    ensurePage();
    m_resultBanner->setKind(kind);
    m_resultBanner->setText(text);
    m_resultBanner->setVisible(!text.isEmpty() && m_operationBanner->isHidden());
}

void ServiceDetailsPane::setActionsEnabled(bool backup, bool restore)
{
    ensurePage();
    m_backup->setEnabled(backup);
    m_restore->setEnabled(restore);
}

} // namespace Apim::Ui
