#include "operations/BackupVerification.h"

#include "storage/BackupBlob.h"

#include <QLocale>

namespace Apim::Core {

BackupVerification BackupVerification::firstLook(const BackupBlob *blob, const QDateTime &now)
{
    BackupVerification result;
    result.checkedAt = now;
    if (!blob) {
        result.state = State::Missing;
        return result;
    }
    result.size = blob->size;
    result.etag = blob->etag;
    result.contentMd5 = blob->contentMd5;
    result.state = blob->size > 0 ? State::Verified : State::Empty;
    return result;
}

BackupVerification BackupVerification::recheck(const BackupBlob *blob, const QDateTime &now) const
{
    if (!hasFingerprint()) // nothing to compare with: this look becomes the reference
        return firstLook(blob, now);
    BackupVerification result = *this;
    result.checkedAt = now;
    result.problem.clear();
    if (!blob)
        result.state = State::Missing;
    else if (blob->size == 0)
        result.state = State::Empty;
    else if ((!etag.isEmpty() && blob->etag != etag) || (size >= 0 && blob->size != size)
        || (!contentMd5.isEmpty() && !blob->contentMd5.isEmpty() && blob->contentMd5 != contentMd5))
        result.state = State::Changed;
    else
        result.state = State::Verified;
    return result;
}

QString BackupVerification::stateCode(State state)
{
    switch (state) {
    case State::NotChecked:
        return QStringLiteral("not-checked");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Empty:
        return QStringLiteral("empty");
    case State::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

BackupVerification::State BackupVerification::stateFromCode(const QString &code)
{
    for (State state : { State::Verified, State::Missing, State::Empty, State::Changed }) {
        if (stateCode(state) == code)
            return state;
    }
    return State::NotChecked;
}

QString BackupVerification::describe() const
{
    switch (state) {
    case State::NotChecked:
        return problem.isEmpty() ? tr("Not verified yet.") : tr("Could not be verified: %1").arg(problem);
    case State::Verified:
        return tr("Verified: the file is there, %1, unchanged.").arg(QLocale().formattedDataSize(size));
    case State::Missing:
        return tr("The backup's file is gone from its container: it cannot be restored.");
    case State::Empty:
        return tr("The backup's file is empty: it cannot be restored.");
    case State::Changed:
        return tr("The backup's file was overwritten or changed since the backup: it is not counted as a recovery "
                  "point.");
    }
    return {};
}

QJsonObject BackupVerification::toJson() const
{
    QJsonObject object { { QStringLiteral("state"), stateCode(state) } };
    if (size >= 0)
        object.insert(QStringLiteral("size"), size);
    if (!etag.isEmpty())
        object.insert(QStringLiteral("etag"), etag);
    if (!contentMd5.isEmpty())
        object.insert(QStringLiteral("contentMd5"), contentMd5);
    if (checkedAt.isValid())
        object.insert(QStringLiteral("checkedAt"), checkedAt.toString(Qt::ISODateWithMs));
    if (!problem.isEmpty())
        object.insert(QStringLiteral("problem"), problem);
    return object;
}

BackupVerification BackupVerification::fromJson(const QJsonObject &object)
{
    BackupVerification result;
    result.state = stateFromCode(object.value(QLatin1String("state")).toString());
    result.size = object.value(QLatin1String("size")).toVariant().toLongLong();
    if (!object.contains(QLatin1String("size")))
        result.size = -1;
    result.etag = object.value(QLatin1String("etag")).toString();
    result.contentMd5 = object.value(QLatin1String("contentMd5")).toString();
    result.checkedAt = QDateTime::fromString(object.value(QLatin1String("checkedAt")).toString(), Qt::ISODateWithMs);
    result.problem = object.value(QLatin1String("problem")).toString();
    return result;
}

} // namespace Apim::Core
