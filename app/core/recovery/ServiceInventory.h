#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// What an APIM service holds, as far as a restore drill compares it: names and counts,
// never a named value's value nor a policy's text (only its SHA-256). The same shape for
// the source and the standby so that the two can be set side by side.
struct ServiceInventory
{
    QMap<QString, QStringList> apis; // API name -> its revision numbers, sorted
    QStringList products; // sorted
    QStringList namedValues; // names only, sorted
    QStringList backends; // sorted
    QString policyHash; // hex SHA-256 of the global policy's XML as ARM returns it; empty: none
    int subscriptionCount = 0;
    int userCount = 0;

    bool operator==(const ServiceInventory &other) const;
    bool operator!=(const ServiceInventory &other) const { return !(*this == other); }

    QJsonObject toJson() const;
    static ServiceInventory fromJson(const QJsonObject &object);

    // The pieces of ARM list answers ({"value": [...]} items), public for tests.
    // The names of the items; non-current API revisions ("orders-api;rev=2") left out.
    static QStringList namesOf(const QJsonArray &items);
    // The revision numbers of an API's revisions list (ApiRevisionContract.apiRevision).
    static QStringList revisionsOf(const QJsonArray &items);
    // The hash of the global policy ("policy") among the policies listed; empty when none.
    static QString policyHashOf(const QJsonArray &items);
};

} // namespace Apim::Core
