#pragma once

#include "secrets/SecretKey.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Apim::Core {

struct SecretError
{
    enum class Kind {
        None,
        NotFound, // no such entry: not a failure of the store
        Unavailable, // no keychain service (no Secret Service, no D-Bus, no backend)
        Locked, // the keychain refused access (locked, or the user said no)
        Timeout, // the keychain did not answer in time (e.g. an unlock prompt nobody answers)
        Other,
    };
    Kind kind = Kind::None;
    QString message; // translated; says what went wrong and what to do next

    bool isError() const { return kind != Kind::None; }
    // Errors that mean "the keychain itself is not usable right now", not "this entry".
    bool isStoreFailure() const { return kind == Kind::Unavailable || kind == Kind::Locked || kind == Kind::Timeout; }
};

// The one door to secrets: refresh tokens, service-principal secrets, storage account keys.
// Asynchronous because a real keychain may prompt, hang or live behind D-Bus. Every
// callback runs exactly once, later (never inside the call), unless context is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &value, const SecretError &error)>;
    using DoneCallback = std::function<void(const SecretError &error)>;

    using QObject::QObject;

    virtual void read(const SecretKey &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const SecretKey &key, QObject *context, DoneCallback callback) = 0;

    // True when what is written here survives a restart (the OS keychain); false for the
    // session-only store. Callers decide from it whether remembering a sign-in makes sense.
    virtual bool isPersistent() const = 0;
};

} // namespace Apim::Core
