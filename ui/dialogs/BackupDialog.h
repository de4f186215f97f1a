#pragma once

#include "inventory/ApimService.h"
#include "operations/OperationRequest.h"
#include "ui/models/ServiceTreeEntries.h"
#include "ui/widgets/FindingView.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace Apim::Core {
class StorageService;
}

namespace Apim::Ui {

class AccessTypeWidget;
class DialogProvider;
class FindingsWidget;
class StorageTargetWidget;

// One dialog for a backup: where to (subscription, account, container), how the service reaches the
// storage (key or identity), the blob name, the preflight findings inline (blocking ones
// disable Start), what a backup leaves out, and "Copy as command". It runs nothing
// itself: it asks for preflight and start through signals.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    struct Defaults
    {
        QString storageAccount;
        QString container;
        QString blobName;
        QString storageSubscriptionId; // of storageAccount; empty: the service's
        // The signed-in tenant's subscriptions to pick the storage from (the service's first).
        QVector<SubscriptionEntry> subscriptions;
    };

    BackupDialog(const Core::ApimService &service, Core::StorageService *storage, DialogProvider *dialogs,
        const Defaults &defaults, QWidget *parent = nullptr);

    Core::ApimService service() const { return m_service; }
    Core::OperationRequest request() const;
    bool rememberAsDefault() const;
    // Ready to ask preflight: the storage and the name are chosen.
    bool isComplete() const;

    void setChecking();
    void setFindings(const FindingViews &findings);
    FindingsWidget *findings() const { return m_findings; }
    StorageTargetWidget *storageTarget() const { return m_storage; }
    QPushButton *startButton() const { return m_start; }
    QCheckBox *overwriteCheckBox() const { return m_overwrite; }

signals:
    // The request changed and settled: run the preflight for request().
    void preflightRequested();
    void startRequested();
    void copyCommandRequested();

private:
    // What each input changes: preflight after a pause, the start button, the signals.
    void connectInputs(QDialogButtonBox *buttons);
    void onInputChanged();
    void updateStart();

    Core::ApimService m_service;
    StorageTargetWidget *m_storage;
    AccessTypeWidget *m_access;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QCheckBox *m_remember;
    QCheckBox *m_overwrite;
    FindingsWidget *m_findings;
    QPushButton *m_copy;
    QPushButton *m_start;
    QTimer *m_settle;
    QScrollArea *m_scroll = nullptr;
};

} // namespace Apim::Ui
