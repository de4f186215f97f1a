#pragma once

#include "secrets/ContextGuard.h"
#include "secrets/SecretStore.h"

#include <QStringList>

namespace Apim::Core {

// SecretStore over the OS keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows).
//
// What QtKeychain leaves to its users, done here: one job per operation, created
// dynamically and left on autoDelete; no insecure fallback, ever; a job that does not
// finish in time (a locked keyring whose prompt nobody answers) is abandoned - never
// deleted while it runs, which crashes - and the caller gets a Timeout error; values
// larger than 2048 bytes are split into chunks (key#0..#n-1, the key itself holding the
// count) because of the Windows credential size limit; no D-Bus session bus on Linux
// fails at once instead of autolaunching one that hangs.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;
    static constexpr int kChunkBytes = 2048;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("APIM Backup"), QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    QString service() const { return m_service; }

    void read(const SecretKey &key, QObject *context, ReadCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override;
    void remove(const SecretKey &key, QObject *context, DoneCallback callback) override;
    bool isPersistent() const override { return true; }

    // None when a session bus can be reached (Linux); Unavailable with a clear message when
    // DBUS_SESSION_BUS_ADDRESS is empty and there is no $XDG_RUNTIME_DIR/bus either.
    static SecretError sessionBusProblem();
    static QString chunkName(const QString &name, int index);
    static QStringList splitIntoChunks(const QString &value); // UTF-8 chunks of <= kChunkBytes

private:
    enum class Operation { Read, Write, Delete };
    using RawCallback = std::function<void(const QString &value, const SecretError &error)>;

    // One QtKeychain job with a timeout; done runs once, from the event loop.
    void runJob(Operation operation, const QString &name, const QString &value, RawCallback done);
    // Reads the entry under name and tells how many chunks it points to (0: a plain value).
    void readHeader(
        const QString &name, std::function<void(const QString &value, int chunks, const SecretError &)> done);
    void readChunks(const QString &name, int index, int count, const QString &collected, const ContextGuard &guard,
        const ReadCallback &callback);
    void writeChunks(
        const QString &name, const QStringList &chunks, int index, std::function<void(const SecretError &)> done);
    void deleteChunks(const QString &name, int from, int to, std::function<void()> done);
    SecretError timeoutError() const;
    SecretError busyError() const;

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_abandonedJobs = 0; // jobs that timed out and still have not finished
};

} // namespace Apim::Core
