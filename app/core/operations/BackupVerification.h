#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Apim::Core {

struct BackupBlob;

// What was found when a backup's file was looked at after the backup ended, and again by
// `verify`: the file is there, not empty, and still the one the backup wrote (same ETag,
// size and Content-MD5). A backup whose file vanished or changed is not counted as a
// recovery point.
struct BackupVerification
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::BackupVerification)

public:
    enum class State {
        NotChecked, // never looked at (older records, or the look failed)
        Verified, // present, not empty, unchanged
        Missing, // the container has no blob of that name any more
        Empty, // the blob is zero bytes long
        Changed, // another ETag, size or Content-MD5 than when it was made
    };

    State state = State::NotChecked;
    qint64 size = -1;
    QString etag;
    QString contentMd5;
    QDateTime checkedAt;
    QString problem; // NotChecked after a failed look: why (translated)

    bool failed() const { return state == State::Missing || state == State::Empty || state == State::Changed; }
    bool hasFingerprint() const { return !etag.isEmpty() || size >= 0; }

    // The first look, just after the backup: records the fingerprint of what is there.
    static BackupVerification firstLook(const BackupBlob *blob, const QDateTime &now);
    // A later look against the recorded fingerprint; blob is null when it is gone.
    BackupVerification recheck(const BackupBlob *blob, const QDateTime &now) const;

    static QString stateCode(State state); // "verified", "missing", ... for JSON
    static State stateFromCode(const QString &code);
    QString describe() const; // one translated sentence

    QJsonObject toJson() const;
    static BackupVerification fromJson(const QJsonObject &object);
};

} // namespace Apim::Core
