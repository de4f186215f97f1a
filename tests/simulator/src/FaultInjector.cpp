#include "FaultInjector.h"

#include <QStringList>

namespace Apim::Sim {

namespace {
const QStringList &knownKinds()
{
    static const QStringList kinds { QStringLiteral("latency"), QStringLiteral("throttle"), QStringLiteral("error"),
        QStringLiteral("drop"), QStringLiteral("dropAnswer"), QStringLiteral("truncate"), QStringLiteral("expireToken"),
        QStringLiteral("serviceLocked"), QStringLiteral("failOperation") };
    return kinds;
}
} // namespace

QJsonObject Fault::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind }, { QStringLiteral("route"), route },
        { QStringLiteral("times"), times }, { QStringLiteral("hits"), hits } };
    if (status)
        o.insert(QStringLiteral("status"), status);
    if (retryAfter >= 0)
        o.insert(QStringLiteral("retryAfter"), retryAfter);
    if (latencyMs)
        o.insert(QStringLiteral("latencyMs"), latencyMs);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

int FaultInjector::add(const QJsonObject &spec, QString *error)
{
    Fault f;
    f.kind = spec.value(QLatin1String("kind")).toString();
    if (!knownKinds().contains(f.kind)) {
        *error
            = QStringLiteral("unknown fault kind '%1' (one of %2)").arg(f.kind, knownKinds().join(QLatin1String(", ")));
        return 0;
    }
    f.route = spec.value(QLatin1String("route")).toString(QStringLiteral(".*"));
    f.pattern = QRegularExpression(f.route, QRegularExpression::CaseInsensitiveOption);
    if (!f.pattern.isValid()) {
        *error = QStringLiteral("invalid route regex '%1': %2").arg(f.route, f.pattern.errorString());
        return 0;
    }
    f.status = spec.value(QLatin1String("status")).toInt(0);
    f.retryAfter = spec.value(QLatin1String("retryAfter")).toInt(-1);
    f.latencyMs = spec.value(QLatin1String("latencyMs")).toInt(0);
    f.times = spec.value(QLatin1String("times")).toInt(-1);
    f.code = spec.value(QLatin1String("code")).toString();
    f.message = spec.value(QLatin1String("message")).toString();
    if (f.kind == QLatin1String("throttle")) {
        f.status = f.status ? f.status : 429;
        f.retryAfter = f.retryAfter >= 0 ? f.retryAfter : 1;
    } else if (f.kind == QLatin1String("error")) {
        f.status = f.status ? f.status : 500;
    } else if (f.kind == QLatin1String("serviceLocked")) {
        f.status = f.status ? f.status : 409;
    } else if (f.kind == QLatin1String("latency") && f.latencyMs <= 0) {
        f.latencyMs = 1000;
    }
    if (f.times == 0) {
        *error = QStringLiteral("'times' must be positive, or -1 for forever");
        return 0;
    }
    f.id = m_nextId++;
    m_faults.append(f);
    return f.id;
}

int FaultInjector::addFromSpec(const QString &spec, QString *error)
{
    // Split on commas that start a new key=value, so a route regex may hold commas.
    QJsonObject json;
    QString key;
    QString value;
    const auto flush = [&] {
        if (key.isEmpty())
            return;
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        if (isNumber && key != QLatin1String("route") && key != QLatin1String("message")
            && key != QLatin1String("code"))
            json.insert(key, number);
        else
            json.insert(key, value);
    };
    const QStringList parts = spec.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString candidate = eq > 0 ? part.left(eq).trimmed() : QString();
        static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z]+$"));
        if (eq > 0 && keyPattern.match(candidate).hasMatch()) {
            flush();
            key = candidate;
            value = part.mid(eq + 1);
        } else if (!key.isEmpty()) {
            value += QLatin1Char(',') + part;
        } else {
            *error = QStringLiteral("bad fault spec '%1': expected key=value pairs").arg(spec);
            return 0;
        }
    }
    flush();
    return add(json, error);
}

bool FaultInjector::remove(int id)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        if (m_faults.at(i).id == id) {
            m_faults.removeAt(i);
            return true;
        }
    }
    return false;
}

bool FaultInjector::consume(Fault &fault)
{
    ++fault.hits;
    if (fault.times > 0)
        --fault.times;
    return fault.times == 0;
}

FaultInjector::Decision FaultInjector::decide(const QString &methodAndPath)
{
    Decision decision;
    for (int i = 0; i < m_faults.size();) {
        Fault &f = m_faults[i];
        const bool applies = f.kind != QLatin1String("failOperation") && f.pattern.match(methodAndPath).hasMatch()
            && (f.kind == QLatin1String("latency") || !decision.fault);
        if (!applies) {
            ++i;
            continue;
        }
        if (f.kind == QLatin1String("latency"))
            decision.latencyMs += f.latencyMs;
        else
            decision.fault = f;
        if (consume(f))
            m_faults.removeAt(i);
        else
            ++i;
    }
    return decision;
}

std::optional<Fault> FaultInjector::takeOperationFailure(const QString &methodAndPath)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind != QLatin1String("failOperation") || !f.pattern.match(methodAndPath).hasMatch())
            continue;
        const Fault taken = f;
        if (consume(f))
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &f : m_faults)
        array.append(f.toJson());
    return array;
}

} // namespace Apim::Sim
