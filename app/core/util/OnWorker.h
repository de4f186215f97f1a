#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Apim::Core {

// Runs work() on Qt's global thread pool, then done() with its result on context's thread
// and only while context lives. work() must touch no QObject and nothing the caller's thread
// may change meanwhile: give it copies (Qt's containers share, so copies are cheap).
template<typename Result>
void runOnWorker(QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace Apim::Core
