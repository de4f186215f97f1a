#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Apim::Core {

namespace {
// Queued even though the answer is known now: callers rely on "never inside the call".
template<typename Function>
void later(QObject *context, QObject *fallback, Function function)
{
    QTimer::singleShot(0, context ? context : fallback, std::move(function));
}
} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::read(const SecretKey &key, QObject *context, ReadCallback callback)
{
    SecretError error = m_failure;
    QString value;
    if (!error.isError()) {
        const auto it = m_values.constFind(key.toString());
        if (it == m_values.constEnd())
            error = { SecretError::Kind::NotFound,
                QCoreApplication::translate("Apim::Core::MemorySecretStore", "No secret is stored under %1.")
                    .arg(key.toString()) };
        else
            value = it.value();
    }
    later(context, this, [callback = std::move(callback), value, error] { callback(value, error); });
}

void MemorySecretStore::write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback)
{
    const SecretError error = m_failure;
    if (!error.isError())
        m_values.insert(key.toString(), value);
    later(context, this, [callback = std::move(callback), error] { callback(error); });
}

void MemorySecretStore::remove(const SecretKey &key, QObject *context, DoneCallback callback)
{
    const SecretError error = m_failure;
    if (!error.isError())
        m_values.remove(key.toString());
    later(context, this, [callback = std::move(callback), error] { callback(error); });
}

} // namespace Apim::Core
