#include "auth/SessionStore.h"

#include "auth/RefreshTokenSession.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace Apim::Core {

namespace {

const QString kGroup = QStringLiteral("session/");

QString key(const char *name)
{
    return kGroup + QLatin1String(name);
}

bool isUserMethod(SignInMethod method)
{
    return method == SignInMethod::Browser || method == SignInMethod::DeviceCode;
}

} // namespace

// The messages of restoring are AccountManager's to the user and keep its translation context.

SessionStore::SessionStore(SecretStore *secrets, Settings *settings, const CloudEnvironment &cloud, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_cloud(cloud)
{ }

bool SessionStore::isPersistent() const
{
    return m_secrets->isPersistent();
}

AccountInfo SessionStore::savedAccount() const
{
    return savedAccount(*m_settings);
}

void SessionStore::saveSecret(
    const AccountInfo &info, RefreshTokenSession *session, const QString &clientSecret, SecretStore::DoneCallback done)
{
    const SecretKey secretKey = secretKeyFor(info);
    if (isUserMethod(info.method) && session)
        session->persistTo(m_secrets, secretKey, this, done);
    else if (info.method == SignInMethod::ServicePrincipal)
        m_secrets->write(secretKey, clientSecret, this, done);
    else
        QTimer::singleShot(0, this, [done] { done({}); }); // az and the environment keep their own secrets
}

QString SessionStore::saveAccount(const AccountInfo &info)
{
    m_settings->remove(QStringLiteral("session"));
    m_settings->setValue(key("method"), signInMethodName(info.method));
    m_settings->setValue(key("cloud"), info.cloudName);
    m_settings->setValue(
        key("cloudDefinition"), QString::fromUtf8(QJsonDocument(m_cloud.toJson()).toJson(QJsonDocument::Compact)));
    m_settings->setValue(key("tenant"), info.tenantId);
    m_settings->setValue(key("homeTenant"), info.homeTenantId);
    m_settings->setValue(key("clientId"), info.clientId);
    m_settings->setValue(key("account"), info.accountName);
    m_settings->setValue(key("displayName"), info.displayName);
    m_settings->setValue(key("objectId"), info.objectId);
    m_settings->setValue(key("signedInAt"), info.signedInAt.toString(Qt::ISODate));
    QString error;
    m_settings->sync(&error);
    return error;
}

void SessionStore::removeSecret(const SecretKey &secretKey)
{
    m_secrets->remove(secretKey, this, [](const SecretError &) {});
}

void SessionStore::restore(RestoreCallback done)
{
    const AccountInfo saved = savedAccount();
    auto finishLater = [this, done](const AccountInfo &info, const AuthError &error) {
        QTimer::singleShot(0, this, [done, info, error] { done(info, {}, error); });
    };
    if (!saved.isSignedIn()) {
        finishLater(saved, {});
        return;
    }
    if (saved.cloudName != m_cloud.name()) {
        finishLater(saved,
            { AuthError::Kind::SignInRequired, QStringLiteral("other_cloud"),
                QCoreApplication::translate("Apim::Core::AccountManager",
                    "The saved sign-in belongs to the cloud %1, not %2. Sign in again, or choose the cloud %1.")
                    .arg(saved.cloudName, m_cloud.name()) });
        return;
    }
    if (!secretKeyFor(saved).isValid()) {
        finishLater(saved, {}); // az and the environment keep their own secrets
        return;
    }
    readSecret(saved, done);
}

void SessionStore::readSecret(const AccountInfo &saved, RestoreCallback done)
{
    m_secrets->read(secretKeyFor(saved), this, [saved, done](const QString &secret, const SecretError &error) {
        if (error.kind == SecretError::Kind::NotFound || (!error.isError() && secret.isEmpty())) {
            done(saved, {},
                { AuthError::Kind::SignInRequired, QStringLiteral("secret_missing"),
                    QCoreApplication::translate("Apim::Core::AccountManager",
                        "The saved sign-in of %1 has no secret in the keychain any more. Sign in again.")
                        .arg(saved.accountName) });
            return;
        }
        if (error.isError()) {
            // Keep the saved session: the keychain may work again after an unlock.
            done(saved, {},
                { AuthError::Kind::Other, QStringLiteral("keychain"),
                    QCoreApplication::translate(
                        "Apim::Core::AccountManager", "The saved sign-in of %1 could not be read from the keychain: %2")
                        .arg(saved.accountName, error.message) });
            return;
        }
        done(saved, secret, {});
    });
}

void SessionStore::attach(RefreshTokenSession *session, const AccountInfo &saved)
{
    session->attachStore(m_secrets, secretKeyFor(saved));
}

void SessionStore::forget(const SecretKey &secretKey, ForgetCallback done)
{
    m_settings->remove(QStringLiteral("session"));
    QString settingsError;
    m_settings->sync(&settingsError);
    if (!secretKey.isValid()) {
        QTimer::singleShot(0, this, [done, settingsError] { done(settingsError, {}); });
        return;
    }
    m_secrets->remove(secretKey, this, [done, settingsError](const SecretError &error) { done(settingsError, error); });
}

AccountInfo SessionStore::savedAccount(const Settings &settings)
{
    AccountInfo info;
    const auto method = signInMethodFromName(settings.value(key("method")).toString());
    if (!method)
        return info;
    info.method = *method;
    info.cloudName = settings.value(key("cloud")).toString();
    info.tenantId = settings.value(key("tenant")).toString();
    info.homeTenantId = settings.value(key("homeTenant")).toString();
    info.clientId = settings.value(key("clientId")).toString();
    info.accountName = settings.value(key("account")).toString();
    info.displayName = settings.value(key("displayName")).toString();
    info.objectId = settings.value(key("objectId")).toString();
    info.signedInAt = QDateTime::fromString(settings.value(key("signedInAt")).toString(), Qt::ISODate);
    info.remembered = true;
    return info;
}

std::optional<CloudEnvironment> SessionStore::savedCloud(const Settings &settings)
{
    const QString name = settings.value(key("cloud")).toString();
    if (name.isEmpty())
        return std::nullopt;
    if (const auto builtIn = CloudEnvironment::builtIn(name))
        return builtIn;
    QString error;
    const CloudEnvironment cloud
        = CloudEnvironment::fromJson(settings.value(key("cloudDefinition")).toString().toUtf8(), &error);
    if (!cloud.isValid())
        return std::nullopt;
    return cloud;
}

SecretKey SessionStore::secretKeyFor(const AccountInfo &info)
{
    switch (info.method) {
    case SignInMethod::Browser:
    case SignInMethod::DeviceCode:
        return SecretKey::refreshToken(info.cloudName, info.homeTenantId, info.clientId, info.accountName);
    case SignInMethod::ServicePrincipal:
        return SecretKey::clientSecret(info.cloudName, info.tenantId, info.clientId);
    case SignInMethod::AzureCli:
    case SignInMethod::Environment:
    case SignInMethod::None:
        break;
    }
    return {};
}

} // namespace Apim::Core
