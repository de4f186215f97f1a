#include "recovery/RecoveryReadiness.h"

#include <QtTest>

using namespace Apim::Core;

namespace {
const QDateTime kNow(QDate(2026, 12, 5), QTime(12, 0, 0), Qt::UTC);

BackupBlob backupAged(qint64 seconds, const QString &name = QStringLiteral("contoso-Premium.apimbackup"))
{
    BackupBlob blob;
    blob.name = name;
    blob.size = 1024;
    blob.createdOn = kNow.addSecs(-seconds);
    return blob;
}

ReadinessInput supported(const QList<BackupBlob> &backups)
{
    ReadinessInput input;
    input.support.supported = true;
    input.backups = backups;
    input.targetRpoSeconds = 24 * 3600;
    return input;
}
} // namespace

class ReadinessTest : public QObject
{
    Q_OBJECT

private slots:
    void assess_ageAgainstTarget_data()
    {
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<QString>("state");
        const qint64 target = 24 * 3600;
        const qint64 atRisk = qint64(0.8 * target); // 19.2 h
        QTest::newRow("fresh") << qint64(60) << "ready";
        QTest::newRow("just under 80 %") << atRisk - 1 << "ready";
        QTest::newRow("at 80 %") << atRisk << "at-risk";
        QTest::newRow("just under the target") << target - 1 << "at-risk";
        QTest::newRow("at the target") << target << "breached";
        QTest::newRow("29 days") << qint64(29) * 86400 << "breached";
    }
    void assess_ageAgainstTarget()
    {
        QFETCH(qint64, ageSeconds);
        QFETCH(QString, state);
        const Readiness readiness = RecoveryReadiness::assess(supported({ backupAged(ageSeconds) }), kNow);
        QCOMPARE(recoveryStateCode(readiness.state), state);
        QCOMPARE(readiness.ageSeconds, ageSeconds);
        QVERIFY(readiness.lastGood);
        QCOMPARE(readiness.expiresOn, kNow.addSecs(-ageSeconds).addDays(30));
        QVERIFY(!readiness.reason.isEmpty());
    }

    void assess_newestRestorableCounts()
    {
        const Readiness readiness = RecoveryReadiness::assess(
            supported({ backupAged(40 * 86400, QStringLiteral("old")), backupAged(3600, QStringLiteral("new")),
                backupAged(7200, QStringLiteral("middle")) }),
            kNow);
        QCOMPARE(readiness.state, RecoveryState::Ready);
        QCOMPARE(readiness.lastGood->name, QStringLiteral("new"));
    }

    void assess_noBackups_noBackup()
    {
        QCOMPARE(RecoveryReadiness::assess(supported({}), kNow).state, RecoveryState::NoBackup);
    }

    void assess_expiryBoundary()
    {
        // 30 days exactly is still restorable; a second more is not.
        QCOMPARE(RecoveryReadiness::assess(supported({ backupAged(30 * 86400) }), kNow).state, RecoveryState::Breached);
        QCOMPARE(RecoveryReadiness::assess(supported({ backupAged(30 * 86400 + 1) }), kNow).state,
            RecoveryState::OnlyExpired);
    }

    void assess_failedVerification_notCounted()
    {
        ReadinessInput input = supported({ backupAged(3600, QStringLiteral("changed")) });
        input.failedVerification.insert(QStringLiteral("changed"));
        QCOMPARE(RecoveryReadiness::assess(input, kNow).state, RecoveryState::NoBackup);
        input.backups->append(backupAged(20 * 3600, QStringLiteral("older")));
        const Readiness readiness = RecoveryReadiness::assess(input, kNow);
        QCOMPARE(readiness.state, RecoveryState::AtRisk);
        QCOMPARE(readiness.lastGood->name, QStringLiteral("older"));
    }

    void assess_unlisted_unknownNeverBreached()
    {
        ReadinessInput input;
        input.support.supported = true;
        input.listingProblem = QStringLiteral("This request is not authorized to perform this operation.");
        const Readiness readiness = RecoveryReadiness::assess(input, kNow);
        QCOMPARE(readiness.state, RecoveryState::Unknown);
        QVERIFY(readiness.reason.contains(input.listingProblem));
        QVERIFY(needsAttention(readiness.state));
    }

    void assess_unsupportedTier_saysWhy()
    {
        ReadinessInput input = supported({ backupAged(60) });
        input.support = { false, QStringLiteral("The Consumption tier has no backup and restore.") };
        const Readiness readiness = RecoveryReadiness::assess(input, kNow);
        QCOMPARE(readiness.state, RecoveryState::NotSupported);
        QCOMPARE(readiness.reason, input.support.reason);
        QVERIFY(!needsAttention(readiness.state));
    }

    void assess_customTarget()
    {
        ReadinessInput input = supported({ backupAged(2 * 3600) });
        input.targetRpoSeconds = 3600;
        QCOMPARE(RecoveryReadiness::assess(input, kNow).state, RecoveryState::Breached);
        input.targetRpoSeconds = 7 * 86400;
        QCOMPARE(RecoveryReadiness::assess(input, kNow).state, RecoveryState::Ready);
    }
};

QTEST_GUILESS_MAIN(ReadinessTest)
#include "tst_readiness.moc"
