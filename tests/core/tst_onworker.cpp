// util/OnWorker.h: work on Qt's thread pool, its result back on the caller's thread, and
// big containers freed off the caller's thread.
#include "util/OnWorker.h"

#include <QList>
#include <QSharedPointer>
#include <QThread>
#include <QtTest>

#include <atomic>

using Apim::Core::releaseOnWorker;
using Apim::Core::runOnWorker;

namespace {
// Records the thread that destroys it.
struct Probe
{
    explicit Probe(std::atomic<QThread *> *where)
        : destroyedOn(where)
    { }
    Q_DISABLE_COPY_MOVE(Probe)
    ~Probe() { destroyedOn->store(QThread::currentThread()); }
    std::atomic<QThread *> *destroyedOn;
};
} // namespace

class TestOnWorker : public QObject
{
    Q_OBJECT

private slots:
    void runOnWorker_worksElsewhere_answersOnTheContextsThread()
    {
        QObject context;
        QThread *workedOn = nullptr;
        QThread *answeredOn = nullptr;
        int answer = 0;
        runOnWorker<int>(
            &context,
            [&workedOn] {
                workedOn = QThread::currentThread();
                return 42;
            },
            [&](const int &result) {
                answeredOn = QThread::currentThread();
                answer = result;
            });
        QTRY_COMPARE(answer, 42);
        QVERIFY(workedOn && workedOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void runOnWorker_contextGone_noAnswer()
    {
        bool answered = false;
        std::atomic<bool> worked = false;
        {
            QObject context;
            runOnWorker<int>(
                &context,
                [&worked] {
                    QThread::msleep(50);
                    worked = true;
                    return 1;
                },
                [&answered](const int &) { answered = true; });
        }
        QTRY_VERIFY(worked.load());
        QTest::qWait(50);
        QVERIFY(!answered);
        QThreadPool::globalInstance()->waitForDone();
    }

    void releaseOnWorker_freesTheLastReferenceOnAWorker()
    {
        std::atomic<QThread *> destroyedOn = nullptr;
        QList<QSharedPointer<Probe>> rows { QSharedPointer<Probe>::create(&destroyedOn) };
        releaseOnWorker(std::move(rows));
        QVERIFY(rows.isEmpty()); // moved from: nothing left here
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(destroyedOn.load() != nullptr);
        QVERIFY(destroyedOn.load() != QThread::currentThread());
    }

    void releaseOnWorker_anotherOwnerHere_keepsItAlive()
    {
        std::atomic<QThread *> destroyedOn = nullptr;
        auto probe = QSharedPointer<Probe>::create(&destroyedOn);
        QList<QSharedPointer<Probe>> rows { probe };
        releaseOnWorker(std::move(rows));
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(destroyedOn.load(), nullptr); // still ours
        probe.reset();
        QCOMPARE(destroyedOn.load(), QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(TestOnWorker)
#include "tst_onworker.moc"
