#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Apim::Core {

// Keeps the promise every asynchronous core API makes: "the callback runs later, on the
// caller's context object, and not at all once that object is gone". Remembers whether a
// context was given at all, so a destroyed context is told apart from none.
class ContextGuard
{
public:
    explicit ContextGuard(QObject *context = nullptr)
        : m_context(context)
        , m_required(context != nullptr)
    { }

    bool isAlive() const { return !m_required || !m_context.isNull(); }

    // Runs function from the event loop (never inside this call), on the context, or on
    // fallback when no context was given; drops it when the context died.
    void post(QObject *fallback, std::function<void()> function) const
    {
        if (!isAlive())
            return;
        QObject *receiver = m_required ? m_context.data() : fallback;
        QTimer::singleShot(0, receiver, std::move(function));
    }

private:
    QPointer<QObject> m_context;
    bool m_required = false;
};

} // namespace Apim::Core
