#include "secrets/StorageKeyStore.h"

#include "secrets/ContextGuard.h"
#include "settings/Settings.h"
#include "storage/StorageNames.h"

#include <memory>

namespace Apim::Core {

namespace {
QString indexKey(const QString &cloud)
{
    return QStringLiteral("storageKeyIndex/") + cloud;
}
} // namespace

StorageKeyStore::StorageKeyStore(SecretStore *secrets, Settings *settings, const QString &cloudName, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_cloud(cloudName)
{ }

QStringList StorageKeyStore::savedAccounts() const
{
    return m_settings ? m_settings->value(indexKey(m_cloud)).toStringList() : QStringList();
}

void StorageKeyStore::setSaved(const QString &accountName, bool saved)
{
    if (!m_settings)
        return;
    QStringList accounts = savedAccounts();
    accounts.removeAll(accountName);
    if (saved)
        accounts.append(accountName);
    accounts.sort();
    if (accounts.isEmpty())
        m_settings->remove(indexKey(m_cloud));
    else
        m_settings->setValue(indexKey(m_cloud), accounts);
    m_settings->sync();
}

void StorageKeyStore::storageKey(const QString &accountName, QObject *context, SecretStore::ReadCallback callback)
{
    m_secrets->read(SecretKey::storageKey(m_cloud, accountName), context, std::move(callback));
}

void StorageKeyStore::saveStorageKey(
    const QString &accountName, const QString &key, QObject *context, SecretStore::DoneCallback callback)
{
    const ContextGuard guard(context);
    auto refuse = [this, guard, callback](const QString &message) {
        guard.post(this, [callback, message] { callback({ SecretError::Kind::Other, message }); });
    };
    if (const QString problem = StorageNames::accountNameError(accountName); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    if (const QString problem = StorageNames::accessKeyError(key); !problem.isEmpty()) {
        refuse(tr("The key for %1 was not saved. %2").arg(accountName, problem));
        return;
    }
    m_secrets->write(SecretKey::storageKey(m_cloud, accountName), key.trimmed(), this,
        [this, accountName, guard, callback](const SecretError &error) {
            if (!error.isError())
                setSaved(accountName, true);
            guard.post(this, [callback, error] { callback(error); });
        });
}

void StorageKeyStore::forgetStorageKey(const QString &accountName, QObject *context, SecretStore::DoneCallback callback)
{
    const ContextGuard guard(context);
    m_secrets->remove(SecretKey::storageKey(m_cloud, accountName), this,
        [this, accountName, guard, callback](const SecretError &error) {
            if (!error.isError())
                setSaved(accountName, false);
            guard.post(this, [callback, error] { callback(error); });
        });
}

void StorageKeyStore::forgetAll(QObject *context, SecretStore::DoneCallback callback)
{
    const QStringList accounts = savedAccounts();
    const ContextGuard guard(context);
    if (accounts.isEmpty()) {
        guard.post(this, [callback] { callback({}); });
        return;
    }
    // Forget one after the other; report the first failure but try them all.
    auto remaining = std::make_shared<int>(static_cast<int>(accounts.size()));
    auto firstError = std::make_shared<SecretError>();
    for (const QString &account : accounts) {
        forgetStorageKey(account, this, [this, remaining, firstError, guard, callback](const SecretError &error) {
            if (error.isError() && !firstError->isError())
                *firstError = error;
            if (--*remaining == 0)
                guard.post(this, [callback, error = *firstError] { callback(error); });
        });
    }
}

} // namespace Apim::Core
