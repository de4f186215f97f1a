#include "secrets/KeychainSecretStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Apim::Core {

namespace {

const QString kChunkMarker = QStringLiteral("apim-backup-chunks:");

QString unavailableMessage(const QString &detail)
{
    return QCoreApplication::translate("Apim::Core::KeychainSecretStore",
        "No Secret Service is running (org.freedesktop.secrets): install and unlock "
        "gnome-keyring or KWallet, or continue in session-only mode. (The keychain "
        "said: %1)")
        .arg(detail);
}

SecretError mapError(QKeychain::Error error, const QString &detail)
{
    using K = SecretError::Kind;
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return { K::NotFound,
            QCoreApplication::translate("Apim::Core::KeychainSecretStore", "The keychain has no such entry.") };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { K::Locked,
            QCoreApplication::translate("Apim::Core::KeychainSecretStore",
                "The keychain refused access (%1). It may be locked: unlock it "
                "and retry, or continue in session-only mode.")
                .arg(detail) };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { K::Unavailable, unavailableMessage(detail) };
    case QKeychain::CouldNotDeleteEntry:
        return { K::Other,
            QCoreApplication::translate(
                "Apim::Core::KeychainSecretStore", "The keychain could not delete the entry: %1.")
                .arg(detail) };
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing daemon, a dead bus and most other trouble as OtherError
    // (QtKeychain's isAvailable() cannot see it): treat it as "keychain unusable".
    return { K::Unavailable, unavailableMessage(detail) };
}

int chunkCount(const QString &value)
{
    if (!value.startsWith(kChunkMarker))
        return 0;
    bool ok = false;
    const int count = value.mid(kChunkMarker.size()).toInt(&ok);
    return ok && count > 0 ? count : 0;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

SecretError KeychainSecretStore::sessionBusProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // Without the variable, GDBus still finds a systemd user bus at $XDG_RUNTIME_DIR/bus;
        // with neither it autolaunches one, which may show a prompt nobody sees and hang.
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtimeDir.isEmpty() || !QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus"))))
            return { SecretError::Kind::Unavailable,
                tr("There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty), so the Secret Service "
                   "(gnome-keyring or KWallet) cannot be reached. Run inside a desktop session, or start one with "
                   "'dbus-run-session' and unlock gnome-keyring; or continue in session-only mode.") };
    }
#endif
    return {};
}

QString KeychainSecretStore::chunkName(const QString &name, int index)
{
    return name + QLatin1Char('#') + QString::number(index);
}

QStringList KeychainSecretStore::splitIntoChunks(const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    QStringList chunks;
    qsizetype position = 0;
    while (position < bytes.size()) {
        qsizetype end = std::min<qsizetype>(position + kChunkBytes, bytes.size());
        // Never cut a multi-byte character in two: back off over continuation bytes.
        while (end < bytes.size() && end > position + 1 && (static_cast<uchar>(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        chunks.append(QString::fromUtf8(bytes.mid(position, end - position)));
        position = end;
    }
    return chunks;
}

SecretError KeychainSecretStore::timeoutError() const
{
    return { SecretError::Kind::Timeout,
        tr("The keychain did not answer within %1 seconds. It may be locked and waiting for a password prompt "
           "that nobody sees: unlock it (for example in Passwords and Keys or KWallet) and retry, or continue in "
           "session-only mode.")
            .arg(m_timeoutMs / 1000.0, 0, 'g', 3) };
}

SecretError KeychainSecretStore::busyError() const
{
    return { SecretError::Kind::Timeout,
        tr("The keychain has still not answered an earlier request, so this one was not sent. Unlock the keychain "
           "and retry, or continue in session-only mode.") };
}

void KeychainSecretStore::runJob(Operation operation, const QString &name, const QString &value, RawCallback done)
{
    // QtKeychain runs one job at a time process-wide: while an abandoned job still waits,
    // every new one would queue behind it, so answer at once instead of timing out again.
    if (m_abandonedJobs > 0) {
        QTimer::singleShot(0, this, [done = std::move(done), error = busyError()] { done({}, error); });
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(value);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true); // the job deletes itself after finished(), even if we gave up on it
    job->setInsecureFallback(false); // never a plaintext file behind the user's back
    job->setKey(name);

    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answered, timer, done, name] {
        if (*answered)
            return;
        *answered = true;
        ++m_abandonedJobs;
        timer->deleteLater();
        qCWarning(lcSecrets) << "keychain did not answer within" << m_timeoutMs << "ms for" << name
                             << "- the job is abandoned, not deleted";
        done({}, timeoutError());
    });
    connect(
        job, &QKeychain::Job::finished, this, [this, answered, timer, done, operation, name](QKeychain::Job *finished) {
            if (*answered) {
                --m_abandonedJobs;
                qCInfo(lcSecrets) << "an abandoned keychain job for" << name
                                  << "finished late:" << finished->errorString();
                return;
            }
            *answered = true;
            timer->stop();
            timer->deleteLater();
            const SecretError error = mapError(finished->error(), finished->errorString());
            if (error.isError() && error.kind != SecretError::Kind::NotFound)
                qCWarning(lcSecrets) << "keychain operation on" << name << "failed:" << finished->error()
                                     << finished->errorString();
            QString text;
            if (!error.isError() && operation == Operation::Read)
                text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            done(text, error);
        });
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::readHeader(
    const QString &name, std::function<void(const QString &, int, const SecretError &)> done)
{
    runJob(Operation::Read, name, {}, [done = std::move(done)](const QString &value, const SecretError &error) {
        done(value, error.isError() ? 0 : chunkCount(value), error);
    });
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, ReadCallback callback)
{
    const ContextGuard guard(context);
    if (const SecretError problem = sessionBusProblem(); problem.isError()) {
        guard.post(this, [callback, problem] { callback({}, problem); });
        return;
    }
    const QString name = key.toString();
    readHeader(name, [this, guard, callback, name](const QString &value, int chunks, const SecretError &error) {
        if (error.isError() || chunks == 0) {
            guard.post(this, [callback, value, error] { callback(value, error); });
            return;
        }
        readChunks(name, 0, chunks, QString(), guard, callback);
    });
}

void KeychainSecretStore::readChunks(const QString &name, int index, int count, const QString &collected,
    const ContextGuard &guard, const ReadCallback &callback)
{
    if (index == count) {
        guard.post(this, [callback, collected] { callback(collected, {}); });
        return;
    }
    runJob(Operation::Read, chunkName(name, index), {},
        [this, name, index, count, collected, guard, callback](const QString &value, const SecretError &error) {
            if (error.isError()) {
                SecretError reported = error;
                if (error.kind == SecretError::Kind::NotFound)
                    reported = { SecretError::Kind::Other,
                        tr("The keychain entry %1 is incomplete (part %2 of %3 is missing). Remove it by "
                           "signing out, then sign in or enter the secret again.")
                            .arg(name)
                            .arg(index + 1)
                            .arg(count) };
                guard.post(this, [callback, reported] { callback({}, reported); });
                return;
            }
            readChunks(name, index + 1, count, collected + value, guard, callback);
        });
}

void KeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback)
{
    const ContextGuard guard(context);
    if (const SecretError problem = sessionBusProblem(); problem.isError()) {
        guard.post(this, [callback, problem] { callback(problem); });
        return;
    }
    const QString name = key.toString();
    auto finish = [this, guard, callback](
                      const SecretError &error) { guard.post(this, [callback, error] { callback(error); }); };
    // Learn how many chunks an older value left, to remove the ones the new value does not reuse.
    readHeader(name, [this, name, value, finish](const QString &, int oldChunks, const SecretError &error) {
        if (error.isStoreFailure()) {
            finish(error);
            return;
        }
        const bool fitsInOne = value.toUtf8().size() <= kChunkBytes && !value.startsWith(kChunkMarker);
        if (fitsInOne) {
            runJob(
                Operation::Write, name, value, [this, name, oldChunks, finish](const QString &, const SecretError &e) {
                    if (e.isError()) {
                        finish(e);
                        return;
                    }
                    deleteChunks(name, 0, oldChunks, [finish] { finish({}); });
                });
            return;
        }
        const QStringList chunks = splitIntoChunks(value);
        const int newChunks = static_cast<int>(chunks.size());
        // The chunks first, the count last: a reader never sees a count without its parts.
        writeChunks(name, chunks, 0, [this, name, newChunks, oldChunks, finish](const SecretError &e) {
            if (e.isError()) {
                finish(e);
                return;
            }
            runJob(Operation::Write, name, kChunkMarker + QString::number(newChunks),
                [this, name, newChunks, oldChunks, finish](const QString &, const SecretError &headerError) {
                    if (headerError.isError()) {
                        finish(headerError);
                        return;
                    }
                    deleteChunks(name, newChunks, oldChunks, [finish] { finish({}); });
                });
        });
    });
}

void KeychainSecretStore::writeChunks(
    const QString &name, const QStringList &chunks, int index, std::function<void(const SecretError &)> done)
{
    if (index == chunks.size()) {
        done({});
        return;
    }
    runJob(Operation::Write, chunkName(name, index), chunks.at(index),
        [this, name, chunks, index, done](const QString &, const SecretError &error) {
            if (error.isError()) {
                done(error);
                return;
            }
            writeChunks(name, chunks, index + 1, done);
        });
}

void KeychainSecretStore::deleteChunks(const QString &name, int from, int to, std::function<void()> done)
{
    if (from >= to) {
        done();
        return;
    }
    runJob(Operation::Delete, chunkName(name, from), {},
        [this, name, from, to, done](const QString &, const SecretError &error) {
            if (error.isStoreFailure()) {
                // The value itself is written or gone; a stale part is only clutter.
                qCWarning(lcSecrets) << "could not remove the stale keychain part" << chunkName(name, from);
                done();
                return;
            }
            deleteChunks(name, from + 1, to, done);
        });
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, DoneCallback callback)
{
    const ContextGuard guard(context);
    if (const SecretError problem = sessionBusProblem(); problem.isError()) {
        guard.post(this, [callback, problem] { callback(problem); });
        return;
    }
    const QString name = key.toString();
    auto finish = [this, guard, callback](
                      const SecretError &error) { guard.post(this, [callback, error] { callback(error); }); };
    readHeader(name, [this, name, finish](const QString &, int chunks, const SecretError &error) {
        if (error.kind == SecretError::Kind::NotFound) {
            finish({});
            return;
        }
        if (error.isError()) {
            finish(error);
            return;
        }
        deleteChunks(name, 0, chunks, [this, name, finish] {
            runJob(Operation::Delete, name, {}, [finish](const QString &, const SecretError &e) {
                finish(e.kind == SecretError::Kind::NotFound ? SecretError() : e);
            });
        });
    });
}

} // namespace Apim::Core
