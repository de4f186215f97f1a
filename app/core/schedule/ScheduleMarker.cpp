#include "schedule/ScheduleMarker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Apim::Core {

namespace {

const QString kVersion = QStringLiteral("v");

} // namespace

QJsonObject ScheduleMarker::toJson(const ScheduleSpec &spec)
{
    QJsonObject o;
    o.insert(kVersion, 1);
    o.insert(QStringLiteral("format"), ScheduleSpec::formatName(spec.format));
    o.insert(QStringLiteral("name"), spec.name);
    o.insert(QStringLiteral("program"), spec.program);
    o.insert(QStringLiteral("services"), QJsonArray::fromStringList(spec.services));
    o.insert(QStringLiteral("account"), spec.account);
    o.insert(QStringLiteral("container"), spec.container);
    auto optional = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("storageSubscription", spec.storageSubscription);
    optional("accessType", spec.accessType);
    optional("identityClientId", spec.identityClientId);
    o.insert(QStringLiteral("every"), spec.every);
    o.insert(QStringLiteral("at"), spec.at.toString(QStringLiteral("HH:mm")));
    o.insert(QStringLiteral("weekday"), spec.weekday);
    optional("cloud", spec.cloud);
    o.insert(QStringLiteral("auth"),
        spec.auth == ScheduleSpec::Auth::Environment ? QStringLiteral("env") : QStringLiteral("stored"));
    optional("tenantId", spec.tenantId);
    optional("clientId", spec.clientId);
    optional("environmentFile", spec.environmentFile);
    optional("home", spec.home);
    o.insert(QStringLiteral("prune"), spec.prune);
    optional("pruneOlderThan", spec.pruneOlderThan);
    if (spec.keepLast >= 0)
        o.insert(QStringLiteral("keepLast"), spec.keepLast);
    optional("onFailure", spec.onFailure);
    optional("notify", spec.notify);
    optional("notifyOn", spec.notifyOn);
    optional("drillStandby", spec.drillStandby);
    optional("drillBackup", spec.drillBackup);
    return o;
}

std::optional<ScheduleSpec> ScheduleMarker::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ScheduleSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (o.value(kVersion).toInt() != 1)
        return fail(tr("The schedule was written by another version of APIM Backup (format %1).")
                        .arg(o.value(kVersion).toVariant().toString()));
    ScheduleSpec spec;
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("systemd"))
        spec.format = ScheduleSpec::Format::Systemd;
    else if (format == QLatin1String("cron"))
        spec.format = ScheduleSpec::Format::Cron;
    else if (format == QLatin1String("windows"))
        spec.format = ScheduleSpec::Format::Windows;
    else
        return fail(tr("Unknown scheduler \"%1\" in the schedule's description.").arg(format));
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    spec.name = text("name");
    spec.program = text("program");
    for (const QJsonValue &service : o.value(QStringLiteral("services")).toArray())
        spec.services.append(service.toString());
    spec.account = text("account");
    spec.container = text("container");
    spec.storageSubscription = text("storageSubscription");
    spec.accessType = text("accessType");
    spec.identityClientId = text("identityClientId");
    spec.every = text("every");
    spec.at = QTime::fromString(text("at"), QStringLiteral("HH:mm"));
    spec.weekday = text("weekday");
    spec.cloud = text("cloud");
    spec.auth
        = text("auth") == QLatin1String("stored") ? ScheduleSpec::Auth::StoredSignIn : ScheduleSpec::Auth::Environment;
    spec.tenantId = text("tenantId");
    spec.clientId = text("clientId");
    spec.environmentFile = text("environmentFile");
    spec.home = text("home");
    spec.prune = o.value(QStringLiteral("prune")).toBool(true);
    spec.pruneOlderThan = text("pruneOlderThan");
    spec.keepLast = o.value(QStringLiteral("keepLast")).toInt(-1);
    spec.onFailure = text("onFailure");
    spec.notify = text("notify");
    spec.notifyOn = text("notifyOn");
    spec.drillStandby = text("drillStandby");
    spec.drillBackup = text("drillBackup");
    if (!ScheduleSpec::isValidName(spec.name) || spec.services.isEmpty())
        return fail(tr("The schedule's description lacks its name or services."));
    return spec;
}

QString ScheduleMarker::line(const QString &prefix, const ScheduleSpec &spec)
{
    return prefix + kTag + QLatin1Char(' ')
        + QString::fromUtf8(QJsonDocument(toJson(spec)).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
}

ScheduleMarker::Found ScheduleMarker::find(const QString &text)
{
    Found found;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int at = line.indexOf(kTag);
        if (at < 0)
            continue;
        found.present = true;
        QJsonParseError parseError;
        const QJsonDocument document
            = QJsonDocument::fromJson(line.mid(at + kTag.size()).trimmed().toUtf8(), &parseError);
        if (!document.isObject()) {
            found.problem = tr("Its description line is damaged (%1): it can be deleted, or installed again.")
                                .arg(parseError.errorString());
            return found;
        }
        QString problem;
        found.spec = fromJson(document.object(), &problem);
        if (!found.spec)
            found.problem = problem;
        return found;
    }
    return found;
}

} // namespace Apim::Core
