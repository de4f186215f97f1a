#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Apim::Sim {

struct ApimService;
struct Estate;

// The compact JSON of each service's ARM resource and Resource Graph row, kept until the
// service changes (its version) so that a page of 1,000 rows is a copy, not 1,000
// QJsonObjects built and serialised again on every request: list benchmarks measure the
// client, not the simulator.
class ServiceJsonCache
{
public:
    QByteArray resource(const ApimService &service, const QString &tenantId);
    QByteArray graphRow(const ApimService &service, const QString &tenantId);
    // Serialises every service once, for its own subscription's tenant (the only caller
    // that may list it), so that even the first page is served from the cache.
    void warm(const Estate &estate);

    struct Entry
    {
        int version = 0;
        QString tenantId;
        QByteArray json;
    };

private:
    QHash<QString, Entry> m_resources;
    QHash<QString, Entry> m_graphRows;
};

} // namespace Apim::Sim
