#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Apim::Core {

struct BatchSummary;
struct OperationRecord;

// What an unattended run tells a webhook: one backup or a batch, how it ended, in words,
// with every service's result, message, backup file and times. Plain data; WebhookPayload
// turns it into each receiver's JSON.
struct NotificationEvent
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::NotificationEvent)

public:
    enum class Result { Succeeded, Failed, Skipped, Test };

    struct Service
    {
        QString id;
        QString name;
        QString result; // Succeeded, Failed, Skipped (BatchItem::stateName)
        QString reason; // a skip's reason (TierUnsupported, Busy, ...)
        QString code; // ARM error or finding code
        QString message;
        QString storageAccount;
        QString container;
        QString blobName;
        QString operationId;
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    QString operation = QStringLiteral("backup");
    Result result = Result::Succeeded;
    QString title; // one line
    QString message; // what happened, what to look at
    QString host; // the machine the job ran on
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<Service> services;

    int count(const QString &serviceResult) const;
    static QString resultName(Result result); // succeeded, failed, skipped, test

    static NotificationEvent fromBatch(const BatchSummary &summary, const QString &host);
    static NotificationEvent fromOperation(const OperationRecord &record, const QString &host);
    // Backups that ended before any operation ran (sign-in, listing, preflight, usage):
    // skipped when preflight refused them, else failed.
    static NotificationEvent fromEarlyEnd(const QStringList &serviceIds, bool refused, const QString &message,
        const QDateTime &startedAt, const QDateTime &now, const QString &host);
    static NotificationEvent test(const QString &host, const QDateTime &now);
};

} // namespace Apim::Core
