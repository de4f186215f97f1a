#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Apim::Sim {

// A fault is injected into the requests whose "METHOD path" matches its route regex,
// `times` times (-1: forever). failOperation faults are taken by the backup/restore
// endpoints instead: the next matching operation ends Failed.
struct Fault
{
    int id = 0;
    QString kind; // latency, throttle, error, drop, dropAnswer, truncate, expireToken, serviceLocked, failOperation
    QString route;
    QRegularExpression pattern;
    int status = 0;
    int retryAfter = -1;
    int latencyMs = 0;
    int times = -1;
    QString code;
    QString message;
    int hits = 0;

    QJsonObject toJson() const;
};

class FaultInjector
{
public:
    // From POST /_sim/faults JSON; returns the id, or 0 and *error.
    int add(const QJsonObject &spec, QString *error);
    // From --fault 'kind=throttle,route=POST .*/backup,times=1,retryAfter=1'.
    int addFromSpec(const QString &spec, QString *error);
    void clear() { m_faults.clear(); }
    bool remove(int id);

    struct Decision
    {
        int latencyMs = 0;
        std::optional<Fault> fault; // the first non-latency fault that applies
    };
    Decision decide(const QString &methodAndPath);
    std::optional<Fault> takeOperationFailure(const QString &methodAndPath);
    QJsonArray toJson() const;

private:
    bool consume(Fault &fault);

    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace Apim::Sim
