#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>

namespace Apim::Core {

// Frees value on Qt's global thread pool instead of the caller's thread: the ten thousand
// rows of a Recovery view or a tree's marks took the GUI thread milliseconds to free, each
// time they were replaced. value must be the last reference the caller's thread holds to
// what it owns (Qt's shared containers: the other owners just drop a reference).
template<typename T>
void releaseOnWorker(T &&value)
{
    static_assert(!std::is_lvalue_reference_v<T>, "move the value in: releaseOnWorker(std::move(old))");
    auto held = std::make_shared<T>(std::move(value));
    QThreadPool::globalInstance()->start([held = std::move(held)]() mutable { held.reset(); });
}

// Runs work() on a thread of pool (Qt's global one unless given), then done() with its
// result on context's thread and only while context lives. work() must touch no QObject and
// nothing the caller's thread may change meanwhile: give it copies (Qt's containers share,
// so copies are cheap). A pool of one thread runs the works, and answers, in order.
// done() may take the result's parts (it is done()'s alone: the future no longer holds it),
// and what it does not keep is freed on a worker: a journal's 3,000 records, read for their
// rows, took the GUI thread over 10 ms to free.
template<typename Result>
void runOnWorker(QObject *context, std::function<Result()> work, std::function<void(Result &)> done,
    QThreadPool *pool = QThreadPool::globalInstance())
{
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        QFuture<Result> future = watcher->future();
        if (future.resultCount() == 0)
            return;
        Result result = future.takeResult();
        done(result);
        releaseOnWorker(std::move(result));
    });
    watcher->setFuture(promise->future());
    promise->start();
    pool->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace Apim::Core
