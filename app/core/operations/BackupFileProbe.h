#pragma once

#include "operations/OperationRecord.h"
#include "storage/BackupBlob.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Apim::Core {

// What a look into the container says about a backup's file.
struct BackupFileCheck
{
    enum class Result {
        Present, // a blob of that name exists; lastModified says when it was written
        Absent, // the container was read and has no blob of that name
        Unknown, // the container could not be read; problem says why
    };

    Result result = Result::Unknown;
    QDateTime lastModified;
    QString problem; // translated; Unknown only
    std::optional<BackupBlob> blob; // Present: the file as listed (size, ETag, Content-MD5)

    // Written by this backup: present and not older than the record (minus clock skew
    // between this machine and Azure Storage).
    bool writtenSince(const QDateTime &createdAt) const
    {
        return result == Result::Present && lastModified.isValid()
            && (!createdAt.isValid() || lastModified >= createdAt.addSecs(-kClockSkewSeconds));
    }
    static constexpr int kClockSkewSeconds = 60;
};

// Looks whether a backup's blob is in its container. The tracker asks it when the service
// never showed a backup in progress: a fast backup can start and end between two service
// checks, and its file is the only trace left. An interface so that tests can answer
// without storage.
class BackupFileProbe : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const BackupFileCheck &)>;
    using QObject::QObject;

    // Calls done once, unless context is destroyed first.
    virtual void check(const OperationRecord &record, QObject *context, Callback done) = 0;
};

} // namespace Apim::Core
