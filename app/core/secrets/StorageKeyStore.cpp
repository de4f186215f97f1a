#include "secrets/StorageKeyStore.h"

#include "secrets/ContextGuard.h"
#include "settings/Settings.h"

#include <QRegularExpression>

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

bool StorageKeyStore::isValidAccountName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{3,24}$"));
    return pattern.match(name).hasMatch();
}

bool StorageKeyStore::looksLikeAccountKey(const QString &key)
{
    // Account keys are 64 random bytes in base64 (88 characters); accept any non-trivial base64.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9+/]{16,}={0,2}$"));
    return pattern.match(key.trimmed()).hasMatch()
        && !QByteArray::fromBase64(key.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors).isEmpty();
}

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
    if (!isValidAccountName(accountName)) {
        refuse(tr("\"%1\" is not a storage account name: use 3 to 24 lowercase letters and digits.").arg(accountName));
        return;
    }
    if (!looksLikeAccountKey(key)) {
        refuse(tr("The key for %1 is not a storage account key. Copy key1 or key2 from the storage account's "
                  "\"Access keys\" page (a base64 string of about 88 characters).")
                   .arg(accountName));
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
