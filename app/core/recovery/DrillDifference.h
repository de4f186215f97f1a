#pragma once

#include "operations/ChangeEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Apim::Core {

// One way in which the standby, after a drill's restore, differs from the source as it is
// now, and, when the source's Activity Log shows a write or delete of that resource after
// the backup was taken, that change as its explanation.
struct DrillDifference
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::DrillDifference)

public:
    enum class Kind {
        MissingInStandby, // in the source, not in the standby
        ExtraInStandby, // in the standby, not in the source
        RevisionsDiffer, // an API's revisions
        PolicyDiffers, // the global policy's hash
        CountDiffers, // APIM subscriptions or users
    };

    Kind kind = Kind::MissingInStandby;
    QString collection; // apis, products, namedValues, backends, policies, subscriptions, users
    QString name; // the resource's name; empty for counts
    QString sourceValue; // revisions, hash or count in the source
    QString standbyValue;
    std::optional<ChangeEvent> explanation;

    // In words: "API orders-api: in the source, not in the standby".
    QString description() const;
    // "Microsoft.ApiManagement/service/apis/write by a@b at 2025-...", or "not explained".
    QString explanationText() const;

    static QString kindName(Kind kind); // MissingInStandby, ...
    static Kind kindFromName(const QString &name);
    QJsonObject toJson() const;
    static DrillDifference fromJson(const QJsonObject &object);
};

} // namespace Apim::Core
