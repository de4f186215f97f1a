#pragma once

#include "ArmGuard.h"
#include "ServiceConfig.h"

#include <QJsonObject>
#include <QString>

namespace Apim::Sim {

// What a backup or restore request asked for, with the storage key already decided
// (the given access key, or the account's real key for a managed identity).
struct StorageTarget
{
    QString account;
    QString container;
    QString blob;
    QByteArray key; // empty: the account does not exist
};

// One long-running backup or restore, from the 202 to its end.
struct Operation
{
    enum class Kind { Backup, Restore };
    enum class Status { Running, Succeeded, Failed };

    QString id;
    Kind kind = Kind::Backup;
    QString subscriptionId;
    QString resourceGroup;
    QString serviceName;
    QString location;
    QString apiVersion;
    StorageTarget target;
    qint64 startMs = 0; // simulator clock
    qint64 endMs = 0;
    qint64 durationMs = 0;
    Status status = Status::Running;
    bool ioDone = false;
    // Set when the storage work (or an injected fault) decided the operation fails.
    int errorStatus = 0;
    QString errorCode;
    QString errorMessage;
    ServiceConfig restoredConfig; // what a successful restore puts in place of the service's
    Caller caller;
    QString correlationId;

    QString kindName() const { return kind == Kind::Backup ? QStringLiteral("backup") : QStringLiteral("restore"); }
    QString statusName() const;
    QString serviceId() const;
    void fail(int status, const QString &code, const QString &message);
    QJsonObject errorJson() const;
    QJsonObject toJson() const;
};

} // namespace Apim::Sim
