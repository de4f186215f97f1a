#pragma once

#include <QJsonObject>
#include <QString>

namespace Apim::Sim {

// A large, deterministic estate for benchmarks (--generate-estate): two tenants, SUBS
// subscriptions, SERVICES_PER_SUB services in each, across tiers and regions.
class EstateGenerator
{
public:
    static QJsonObject generate(int subscriptions, int servicesPerSubscription);
    static QString write(int subscriptions, int servicesPerSubscription, const QString &file); // error or empty
};

} // namespace Apim::Sim
