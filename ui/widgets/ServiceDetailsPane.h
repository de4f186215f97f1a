#pragma once

#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/FieldValueLabel.h"
#include "ui/widgets/ServiceDetailsView.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Apim::Ui {

// The right-hand pane: the selected service's tier and capacity, region, state,
// identities, platform version, whether it can be backed up (and why not), its latest
// successful backup and expired ones; a banner while an operation runs on it; the
// result and change report of its last backup; Back up / Restore buttons.
class ServiceDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceDetailsPane(QWidget *parent = nullptr);

    void showPlaceholder(const QString &text);
    void setService(const ServiceDetailsView &view);
    bool hasService() const { return m_hasService; }
    QString resourceId() const { return m_view.resourceId; }

    void setBackupSummary(const BackupSummaryView &summary, const QDateTime &now);
    // Shown while an operation runs on the service; empty text hides it. One banner tells
    // the service's current state: while it shows, the last outcome is hidden.
    void setOperationBanner(const QString &text);
    // The outcome of the last finished operation on this service (with the change report
    // after a backup): Success, Warning (a backup that may be missing changes) or Error.
    // Empty text hides it.
    void setResult(const QString &text, BannerWidget::Kind kind);
    // Greys out the actions while an operation runs or the service cannot be backed up.
    void setActionsEnabled(bool backup, bool restore);

signals:
    void backupRequested();
    void restoreRequested();

private:
    void ensurePage();
    FieldValueLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    BannerWidget *m_operationBanner = nullptr;
    BannerWidget *m_resultBanner = nullptr;
    BannerWidget *m_supportBanner = nullptr;
    FieldValueLabel *m_tier = nullptr;
    FieldValueLabel *m_region = nullptr;
    FieldValueLabel *m_state = nullptr;
    FieldValueLabel *m_identities = nullptr;
    FieldValueLabel *m_platform = nullptr;
    FieldValueLabel *m_support = nullptr;
    FieldValueLabel *m_latestBackup = nullptr;
    FieldValueLabel *m_expired = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
    ServiceDetailsView m_view;
    bool m_hasService = false;
};

} // namespace Apim::Ui
