#pragma once

#include "inventory/ApimService.h"
#include "operations/OperationRequest.h"
#include "ui/models/ServiceTreeEntries.h"
#include "ui/widgets/FindingView.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QVector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Apim::Core {
class StorageService;
}

namespace Apim::Ui {

class AccessTypeWidget;
class BackupLister;
class BackupListWidget;
class DialogProvider;
class FindingsWidget;
class StorageTargetWidget;

// Restore: the source (account, container, then the backups with date, size and age;
// expired ones visible but disabled), the target service (this one, or another one for
// disaster recovery), the tier check, and a typed confirmation: Restore stays disabled
// until the target's name is typed exactly. Runs nothing itself.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    struct Defaults
    {
        QString storageAccount;
        QString container;
        QString storageSubscriptionId; // of storageAccount; empty: the selected service's
        // The signed-in tenant's subscriptions to pick the storage from (the service's first).
        QVector<SubscriptionEntry> subscriptions;
    };

    // candidates: services the user may restore into; the first is the selected service.
    RestoreDialog(const QList<Core::ApimService> &candidates, Core::StorageService *storage, BackupLister *lister,
        DialogProvider *dialogs, const Defaults &defaults, const QDateTime &now, QWidget *parent = nullptr);

    Core::ApimService target() const;
    Core::OperationRequest request() const;
    bool isComplete() const;
    bool isConfirmed() const;

    void setChecking();
    void setFindings(const FindingViews &findings);
    FindingsWidget *findings() const { return m_findings; }
    StorageTargetWidget *storageTarget() const { return m_storage; }
    BackupListWidget *backupList() const { return m_backups; }
    QPushButton *restoreButton() const { return m_restore; }

signals:
    void preflightRequested();
    void startRequested();
    void copyCommandRequested();

private:
    // What each input changes: preflight after a pause, the start button, the signals.
    void connectInputs(QDialogButtonBox *buttons);
    void listBackups();
    void onInputChanged();
    void updateTarget();
    void updateRestore();
    FindingViews localFindings() const;

    QList<Core::ApimService> m_candidates;
    BackupLister *m_lister;
    QDateTime m_now;
    StorageTargetWidget *m_storage;
    BackupListWidget *m_backups;
    QComboBox *m_target;
    AccessTypeWidget *m_access;
    FindingsWidget *m_findings;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_copy;
    QPushButton *m_restore;
    QTimer *m_settle;
    FindingViews m_remoteFindings;
    int m_listGeneration = 0;
};

} // namespace Apim::Ui
