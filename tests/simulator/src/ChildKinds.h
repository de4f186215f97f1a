#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Apim::Sim {

// The rules of each kind of service child resource, shared by the seed and the PUT
// endpoint: the properties APIM fills in when they are left out, and the ones a PUT
// must end up with.
class ChildKinds
{
public:
    // "Api", "NamedValue": the noun APIM's "... not found." errors use.
    static QString noun(const QString &collection);
    // The only names a collection accepts (the global policy is always "policy"); empty: any.
    static QStringList fixedNames(const QString &collection);
    // properties with APIM's defaults for what is missing; now: ISO time for creation dates.
    static QJsonObject withDefaults(
        const QString &collection, const QString &name, QJsonObject properties, const QString &now);
    // ValidationError details for what a PUT's properties (merged with the existing item) lack.
    static QJsonArray missing(const QString &collection, const QJsonObject &properties);
};

} // namespace Apim::Sim
