#include "secrets/SecretsManager.h"

#include "secrets/ContextGuard.h"
#include "secrets/SecretStoreProbe.h"
#include "util/Logging.h"

namespace Apim::Core {

SecretsManager::SecretsManager(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{ }

QString SecretsManager::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Unchecked:
        return QStringLiteral("unchecked");
    case Mode::Keychain:
        return QStringLiteral("keychain");
    case Mode::SessionOnly:
        return QStringLiteral("session-only");
    case Mode::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

QString SecretsManager::describe() const
{
    switch (m_mode) {
    case Mode::Unchecked:
        return tr("Secrets: OS keychain (not checked yet)");
    case Mode::Keychain:
        return tr("Secrets: OS keychain");
    case Mode::SessionOnly:
        return tr("Secrets: session only (forgotten when the app quits)");
    case Mode::Unavailable:
        return tr("Secrets: keychain unavailable - %1").arg(m_reason);
    }
    return {};
}

bool SecretsManager::sessionOnlyRequested(const QProcessEnvironment &environment)
{
    return environment.value(QStringLiteral("APIM_BACKUP_SECRETS"))
               .compare(QLatin1String("session"), Qt::CaseInsensitive)
        == 0;
}

void SecretsManager::setMode(Mode mode, const QString &reason)
{
    if (mode == m_mode && reason == m_reason)
        return;
    m_mode = mode;
    m_reason = reason;
    qCInfo(lcSecrets) << "secrets mode:" << modeName(mode) << reason;
    emit modeChanged(mode, reason);
}

void SecretsManager::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    auto *probe = new SecretStoreProbe(m_keychain, this);
    probe->run(this, [this, probe](const SecretStoreProbe::Result &result) {
        probe->deleteLater();
        m_probing = false;
        if (result.available)
            setMode(Mode::Keychain, {});
        else
            setMode(Mode::Unavailable, result.error.message);
        emit probeFinished(m_mode, m_reason);
    });
}

void SecretsManager::useSessionOnly()
{
    setMode(Mode::SessionOnly, {});
}

SecretStore *SecretsManager::target()
{
    switch (m_mode) {
    case Mode::Unchecked:
    case Mode::Keychain:
        return m_keychain;
    case Mode::SessionOnly:
        return &m_session;
    case Mode::Unavailable:
        break;
    }
    return nullptr;
}

SecretError SecretsManager::unavailableError() const
{
    return { SecretError::Kind::Unavailable,
        m_reason.isEmpty() ? tr("The keychain is unavailable. Retry it, or continue in session-only mode.")
                           : m_reason };
}

void SecretsManager::observe(const SecretError &error)
{
    // A keychain that failed once is not tried behind the user's back again: the mode says
    // so, and the user retries or chooses session-only mode.
    if (error.isStoreFailure() && (m_mode == Mode::Unchecked || m_mode == Mode::Keychain))
        setMode(Mode::Unavailable, error.message);
}

void SecretsManager::read(const SecretKey &key, QObject *context, ReadCallback callback)
{
    SecretStore *store = target();
    const ContextGuard guard(context);
    if (!store) {
        guard.post(this, [callback, error = unavailableError()] { callback({}, error); });
        return;
    }
    store->read(key, this, [this, guard, callback](const QString &value, const SecretError &error) {
        observe(error);
        guard.post(this, [callback, value, error] { callback(value, error); });
    });
}

void SecretsManager::write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback)
{
    SecretStore *store = target();
    const ContextGuard guard(context);
    if (!store) {
        guard.post(this, [callback, error = unavailableError()] { callback(error); });
        return;
    }
    store->write(key, value, this, [this, guard, callback](const SecretError &error) {
        observe(error);
        guard.post(this, [callback, error] { callback(error); });
    });
}

void SecretsManager::remove(const SecretKey &key, QObject *context, DoneCallback callback)
{
    SecretStore *store = target();
    const ContextGuard guard(context);
    if (!store) {
        guard.post(this, [callback, error = unavailableError()] { callback(error); });
        return;
    }
    store->remove(key, this, [this, guard, callback](const SecretError &error) {
        observe(error);
        guard.post(this, [callback, error] { callback(error); });
    });
}

} // namespace Apim::Core
