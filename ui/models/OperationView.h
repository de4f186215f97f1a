#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Apim::Ui {

// One backup or restore as the operations panel and the history show it. Filled from
// the core's operation record (OperationsAdapter) or by hand in tests.
struct OperationView
{
    enum class Kind { Backup, Restore };
    enum class Status { Starting, Running, Succeeded, Failed, Canceled, Unknown };

    QString id;
    Kind kind = Kind::Backup;
    QString serviceName;
    QString serviceResourceId;
    QString storageAccount;
    QString container;
    QString backupName;
    QDateTime started; // UTC
    QDateTime finished; // UTC, invalid while running
    Status status = Status::Starting;
    QString statusText; // the service's own state word, e.g. "InProgress"
    QDateTime statusReadAt; // UTC, when statusText was read; invalid when unknown
    int percent = -1; // -1: the service gives no percentage
    QDateTime nextPoll; // UTC, invalid when not waiting
    QStringList requestIds;
    QString errorText; // verbatim, as the service gave it
    QString errorSummary; // one line for the table and the notification
    QString changeReport; // after a backup: configuration changes made while it ran
    int changeCount = 0; // how many configuration changes the Activity Log showed while it ran
    bool resumed = false; // picked up from the journal after a restart

    bool isFinished() const
    {
        return status == Status::Succeeded || status == Status::Failed || status == Status::Canceled;
    }
    // A backup that succeeded while the configuration changed: it may be missing those
    // changes, so it is shown as a warning, not a success.
    bool mayMissChanges() const { return kind == Kind::Backup && status == Status::Succeeded && changeCount > 0; }
};

} // namespace Apim::Ui

Q_DECLARE_METATYPE(Apim::Ui::OperationView)
