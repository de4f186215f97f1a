// Turning raw Activity Log events into the change report of a backup: only writes,
// deletes and actions on the service and its children, not the backup itself, one entry
// per operation.
#include "operations/ChangeReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Apim::Core;

namespace {
const QString kService
    = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/svc");

QJsonObject logEvent(const QString &operation, const QString &resourceId, const QString &status, const QString &time,
    const QString &operationId)
{
    return QJsonObject { { QStringLiteral("operationName"),
                             QJsonObject { { QStringLiteral("value"), operation },
                                 { QStringLiteral("localizedValue"), operation + QStringLiteral(" (nice)") } } },
        { QStringLiteral("resourceId"), resourceId },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("value"), status } } },
        { QStringLiteral("eventTimestamp"), time }, { QStringLiteral("operationId"), operationId },
        { QStringLiteral("caller"), QStringLiteral("admin@contoso.com") } };
}
} // namespace

class TestChangeReport : public QObject
{
    Q_OBJECT
private slots:
    void changesFrom_keepsOnlyConfigurationChanges()
    {
        const QJsonArray events {
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/apis/write"),
                kService + QStringLiteral("/apis/echo"), QStringLiteral("Started"),
                QStringLiteral("2025-01-01T10:00:01Z"), QStringLiteral("op1")),
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/apis/write"),
                kService + QStringLiteral("/apis/echo"), QStringLiteral("Succeeded"),
                QStringLiteral("2025-01-01T10:00:02Z"), QStringLiteral("op1")),
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/backup/action"), kService,
                QStringLiteral("Succeeded"), QStringLiteral("2025-01-01T10:00:00Z"), QStringLiteral("op0")),
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/read"), kService, QStringLiteral("Succeeded"),
                QStringLiteral("2025-01-01T10:00:03Z"), QStringLiteral("op2")),
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/apis/delete"),
                kService + QStringLiteral("/apis/old"), QStringLiteral("Succeeded"),
                QStringLiteral("2025-01-01T10:00:04Z"), QStringLiteral("op3")),
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/apis/write"),
                kService + QStringLiteral("2/apis/x"), QStringLiteral("Succeeded"),
                QStringLiteral("2025-01-01T10:00:05Z"), QStringLiteral("op4")), // another service
            logEvent(QStringLiteral("Microsoft.ApiManagement/service/write"), kService, QStringLiteral("Failed"),
                QStringLiteral("2025-01-01T10:00:06Z"), QStringLiteral("op5")),
        };
        const QList<ChangeEvent> changes = ChangeReport::changesFrom(events, kService);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).operationName, QStringLiteral("Microsoft.ApiManagement/service/apis/write"));
        QCOMPARE(changes.at(0).status, QStringLiteral("Succeeded")); // the final status of op1
        QCOMPARE(changes.at(0).time, QDateTime(QDate(2025, 1, 1), QTime(10, 0, 1), Qt::UTC)); // when it began
        QCOMPARE(changes.at(0).displayName, QStringLiteral("Microsoft.ApiManagement/service/apis/write (nice)"));
        QCOMPARE(changes.at(0).caller, QStringLiteral("admin@contoso.com"));
        QCOMPARE(changes.at(1).operationName, QStringLiteral("Microsoft.ApiManagement/service/apis/delete"));
        QCOMPARE(changes.at(2).status, QStringLiteral("Failed"));
    }

    // ARM lists the newest event first; a write's Started, Accepted and Succeeded events share
    // the request's correlation id (their operation ids may differ): one change, final status.
    void changesFrom_eventsOfOneCorrelationId_oneChangeWithFinalStatus()
    {
        const QString api = kService + QStringLiteral("/apis/echo");
        const QString write = QStringLiteral("Microsoft.ApiManagement/service/apis/write");
        const auto withCorrelation = [](QJsonObject event, const QString &correlationId) {
            event.insert(QStringLiteral("correlationId"), correlationId);
            return event;
        };
        const QJsonArray events {
            withCorrelation(logEvent(write, api, QStringLiteral("Succeeded"), QStringLiteral("2025-01-01T10:00:09Z"),
                                QStringLiteral("end")),
                QStringLiteral("c2")),
            withCorrelation(logEvent(write, api, QStringLiteral("Started"), QStringLiteral("2025-01-01T10:00:08Z"),
                                QStringLiteral("begin")),
                QStringLiteral("c2")),
            withCorrelation(logEvent(write, api, QStringLiteral("Succeeded"), QStringLiteral("2025-01-01T10:00:03Z"),
                                QStringLiteral("end")),
                QStringLiteral("c1")),
            withCorrelation(logEvent(write, api, QStringLiteral("Accepted"), QStringLiteral("2025-01-01T10:00:02Z"),
                                QStringLiteral("mid")),
                QStringLiteral("c1")),
            withCorrelation(logEvent(write, api, QStringLiteral("Started"), QStringLiteral("2025-01-01T10:00:01Z"),
                                QStringLiteral("begin")),
                QStringLiteral("c1")),
        };
        const QList<ChangeEvent> changes = ChangeReport::changesFrom(events, kService);
        QCOMPARE(changes.size(), 2); // two writes (c1, c2), not five events
        QCOMPARE(changes.at(0).status, QStringLiteral("Succeeded"));
        QCOMPARE(changes.at(0).time, QDateTime(QDate(2025, 1, 1), QTime(10, 0, 1), Qt::UTC));
        QCOMPARE(changes.at(1).status, QStringLiteral("Succeeded"));
        QCOMPARE(changes.at(1).time, QDateTime(QDate(2025, 1, 1), QTime(10, 0, 8), Qt::UTC));

        // An operation that has only begun so far shows as Started.
        const QList<ChangeEvent> running = ChangeReport::changesFrom(QJsonArray { events.at(1) }, kService);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.at(0).status, QStringLiteral("Started"));
    }

    void filter_hasWindowAndResource()
    {
        const QString filter = ChangeReport::filterFor(kService, QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC),
            QDateTime(QDate(2025, 1, 1), QTime(10, 5), Qt::UTC));
        QCOMPARE(filter,
            QStringLiteral("eventTimestamp ge '2025-01-01T10:00:00.000Z' and eventTimestamp le "
                           "'2025-01-01T10:05:00.000Z' and resourceUri eq '%1'")
                .arg(kService));
    }

    void changesFrom_garbage_empty()
    {
        QVERIFY(ChangeReport::changesFrom(QJsonArray { 1, QStringLiteral("x"), QJsonObject {} }, kService).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangeReport)
#include "tst_changereport.moc"
