#pragma once

#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"

#include <QProcessEnvironment>

namespace Apim::Core {

class SecretStoreProbe;

// The SecretStore the rest of the app uses. It holds the current mode - the OS keychain,
// or session-only (memory) - and the reason when the keychain is unusable. It never falls
// back silently: when the keychain fails, operations fail with the reason until the user
// retries the keychain or explicitly chooses session-only mode (GUI: a question; CLI:
// --session-only-secrets or APIM_BACKUP_SECRETS=session).
class SecretsManager : public SecretStore
{
    Q_OBJECT
public:
    enum class Mode {
        Unchecked, // the keychain is used; no probe has run yet
        Keychain, // the probe passed
        SessionOnly, // the user chose it: secrets live in memory until the app quits
        Unavailable, // the keychain failed (reason() says how); secrets are refused
    };
    Q_ENUM(Mode)

    explicit SecretsManager(SecretStore *keychain, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString reason() const { return m_reason; } // why Unavailable; empty otherwise
    QString describe() const; // one translated line for a status bar or `account`
    static QString modeName(Mode mode); // keychain, session-only, unavailable, unchecked
    bool isProbing() const { return m_probing; }

    // Checks the keychain with a real write/read/delete; ends with probeFinished.
    void probe();
    void retryKeychain() { probe(); }
    void useSessionOnly();
    // APIM_BACKUP_SECRETS=session asks for session-only mode.
    static bool sessionOnlyRequested(const QProcessEnvironment &environment);

    void read(const SecretKey &key, QObject *context, ReadCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override;
    void remove(const SecretKey &key, QObject *context, DoneCallback callback) override;
    bool isPersistent() const override { return m_mode == Mode::Keychain || m_mode == Mode::Unchecked; }

signals:
    void modeChanged(Apim::Core::SecretsManager::Mode mode, const QString &reason);
    void probeFinished(Apim::Core::SecretsManager::Mode mode, const QString &reason);

private:
    void setMode(Mode mode, const QString &reason);
    SecretStore *target();
    SecretError unavailableError() const;
    void observe(const SecretError &error);

    SecretStore *m_keychain;
    MemorySecretStore m_session;
    Mode m_mode = Mode::Unchecked;
    QString m_reason;
    bool m_probing = false;
};

} // namespace Apim::Core
