#include "schedule/ScheduleSpec.h"

#include "inventory/ResourceId.h"
#include "notify/WebhookStore.h"
#include "operations/Retention.h"
#include "schedule/ScheduleCalendar.h"
#include "storage/StorageNames.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Apim::Core {

namespace {

bool isCronExpression(const QString &every)
{
    return every != QLatin1String("daily") && every != QLatin1String("weekly");
}

bool isServiceId(const QString &service)
{
    return ResourceId::serviceIdError(service).isEmpty();
}

} // namespace

ScheduleSpec ScheduleSpec::normalized() const
{
    ScheduleSpec spec = *this;
    spec.every = spec.every.trimmed();
    spec.notify = spec.notify.trimmed();
    spec.notifyOn = spec.notifyOn.trimmed().toLower();
    if (!isCronExpression(spec.every.toLower()))
        spec.every = spec.every.toLower();
    if (!spec.accessType.isEmpty() && !normalizeAccessType(spec.accessType).isEmpty())
        spec.accessType = normalizeAccessType(spec.accessType);
    return spec;
}

bool ScheduleSpec::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString ScheduleSpec::normalizeAccessType(const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (key == QLatin1String("key") || key == QLatin1String("accesskey"))
        return QStringLiteral("key");
    if (key == QLatin1String("system-identity") || key == QLatin1String("systemassignedmanagedidentity"))
        return QStringLiteral("system-identity");
    if (key == QLatin1String("user-identity") || key == QLatin1String("userassignedmanagedidentity"))
        return QStringLiteral("user-identity");
    return {};
}

QString ScheduleSpec::validate() const
{
    const ScheduleSpec spec = normalized();
    QString problem = spec.fieldsError();
    if (problem.isEmpty())
        problem = ScheduleCalendar::problem(spec);
    if (problem.isEmpty())
        problem = spec.valuesError();
    if (problem.isEmpty())
        problem = spec.drillError();
    if (problem.isEmpty())
        problem = spec.notifyError();
    return problem;
}

// The job names a webhook; its URL is a secret and never goes into a scheduler file.
QString ScheduleSpec::notifyError() const
{
    if (notify.isEmpty())
        return notifyOn.isEmpty() ? QString() : tr("--notify-on goes with --notify NAME.");
    if (notify.contains(QLatin1String("://")))
        return tr("--notify takes the name of a saved webhook, not its URL: an installed job's files are no place "
                  "for it. Save the URL with 'apim-backup-cli notify set NAME' and pass --notify NAME.");
    if (const QString problem = WebhookStore::nameError(notify); !problem.isEmpty())
        return problem;
    if (isDrill())
        return tr("--notify goes with backup jobs; a drill job reports through its exit code and --on-failure.");
    if (!notifyOn.isEmpty() && notifyOn != QLatin1String("failure") && notifyOn != QLatin1String("always"))
        return tr("--notify-on takes failure or always, not \"%1\".").arg(notifyOn);
    return {};
}

// A drill restores one backup of one source into a standby that is not the source.
QString ScheduleSpec::drillError() const
{
    if (!isDrill())
        return drillBackup.isEmpty() ? QString()
                                     : tr("A backup to restore goes with a drill: add --standby RESOURCE_ID.");
    if (services.size() != 1)
        return tr("A drill restores a backup of one service: give exactly one --service, the source.");
    if (!isServiceId(drillStandby))
        return tr("\"%1\" is not the resource id of an API Management service to restore into.").arg(drillStandby);
    if (drillStandby.compare(services.first(), Qt::CaseInsensitive) == 0)
        return tr("The standby is the source itself: a drill would overwrite it. Pick another service.");
    if (drillBackup.isEmpty())
        return tr("Name the backup the drill restores with --backup BLOB.");
    return {};
}

// Each field on its own: what the job runs, where to, and when.
QString ScheduleSpec::fieldsError() const
{
    if (!isValidName(name))
        return tr("\"%1\" cannot name the job: use up to 64 letters, digits, dots, hyphens and underscores.").arg(name);
    if (program.isEmpty())
        return tr("The path of apim-backup-cli is unknown: give it with --program.");
    if (format != Format::Windows && !QFileInfo(program).isAbsolute())
        return tr("The job needs the absolute path of apim-backup-cli, not \"%1\": schedulers do not search PATH the "
                  "way your shell does.")
            .arg(program);
    if (services.isEmpty())
        return tr("Name at least one service to back up with --service RESOURCE_ID.");
    for (const QString &service : services) {
        if (const QString problem = ResourceId::serviceIdError(service); !problem.isEmpty())
            return problem + QLatin1Char(' ') + tr("'apim-backup-cli services' lists them.");
    }
    QStringList unique = services;
    if (unique.removeDuplicates() != 0)
        return tr("A service is listed twice: each --service once.");
    QString problem = StorageNames::accountNameError(account);
    if (!problem.isEmpty())
        return problem;
    problem = StorageNames::containerNameError(container);
    if (!problem.isEmpty())
        return problem;
    if (!accessType.isEmpty() && normalizeAccessType(accessType).isEmpty())
        return tr("Unknown access type \"%1\": use key, system-identity or user-identity.").arg(accessType);
    if (accessType == QLatin1String("user-identity") && identityClientId.isEmpty())
        return tr("A user-assigned identity needs its client id: add --identity-client-id.");
    if (!pruneOlderThan.isEmpty() && !Retention::parseAge(pruneOlderThan, &problem))
        return problem;
    if (!at.isValid())
        return tr("The time of day is not valid: write it as HH:MM, e.g. 02:30.");
    if (every == QLatin1String("weekly") && ScheduleCalendar::weekdayIndex(weekday) < 0)
        return ScheduleCalendar::weekdayError(weekday);
    if (auth == Auth::Environment && format != Format::Windows && !QFileInfo(environmentFile).isAbsolute())
        return tr("The credentials file needs an absolute path.");
    return {};
}

// What could break out of the generated files: line breaks, and ids that sh sources.
QString ScheduleSpec::valuesError() const
{
    // A line break would end a unit line or a crontab entry early and run the rest as
    // something else: refuse it anywhere it could reach a generated file.
    QStringList words = { program, cloud, environmentFile, home, onFailure, identityClientId, storageSubscription,
        tenantId, clientId, drillStandby, drillBackup, notify, notifyOn };
    words += services;
    for (const QString &word : std::as_const(words)) {
        if (word.contains(QLatin1Char('\n')) || word.contains(QLatin1Char('\r')))
            return tr("A value contains a line break, which no scheduler file can hold: \"%1\".")
                .arg(word.simplified());
    }
    // Both go into a file that sh sources: nothing but the characters of ids and domains.
    static const QRegularExpression guid(QStringLiteral("^[0-9A-Fa-f-]{0,64}$"));
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9.-]{0,253}$"));
    if (!domain.match(tenantId).hasMatch())
        return tr("\"%1\" is not a tenant id or domain.").arg(tenantId);
    if (!guid.match(clientId).hasMatch())
        return tr("\"%1\" is not a client id (a GUID).").arg(clientId);
    return {};
}

QStringList ScheduleSpec::globalArguments() const
{
    QStringList arguments;
    if (!cloud.isEmpty())
        arguments << QStringLiteral("--cloud") << cloud;
    if (auth == Auth::Environment)
        arguments << QStringLiteral("--auth") << QStringLiteral("env");
    return arguments;
}

QStringList ScheduleSpec::drillCommand() const
{
    QStringList command = QStringList { program } + globalArguments();
    command << QStringLiteral("drill") << QStringLiteral("--service") << services.value(0)
            << QStringLiteral("--standby") << drillStandby << QStringLiteral("--storage-account") << account
            << QStringLiteral("--container") << container << QStringLiteral("--backup") << drillBackup;
    if (!storageSubscription.isEmpty())
        command << QStringLiteral("--storage-subscription") << storageSubscription;
    if (!accessType.isEmpty())
        command << QStringLiteral("--access-type") << accessType;
    if (!identityClientId.isEmpty())
        command << QStringLiteral("--identity-client-id") << identityClientId;
    command << QStringLiteral("--yes");
    return command;
}

QList<QStringList> ScheduleSpec::jobCommands() const
{
    const ScheduleSpec s = normalized();
    if (s.isDrill())
        return { s.drillCommand() };
    QList<QStringList> commands;
    for (const QString &service : s.services) {
        QStringList backupCommand = QStringList { s.program } + s.globalArguments();
        backupCommand << QStringLiteral("backup") << QStringLiteral("--service") << service
                      << QStringLiteral("--account") << s.account << QStringLiteral("--container") << s.container;
        if (!s.storageSubscription.isEmpty())
            backupCommand << QStringLiteral("--storage-subscription") << s.storageSubscription;
        if (!s.accessType.isEmpty())
            backupCommand << QStringLiteral("--access-type") << s.accessType;
        if (!s.identityClientId.isEmpty())
            backupCommand << QStringLiteral("--identity-client-id") << s.identityClientId;
        if (!s.notify.isEmpty())
            backupCommand << QStringLiteral("--notify") << s.notify;
        if (!s.notify.isEmpty() && !s.notifyOn.isEmpty())
            backupCommand << QStringLiteral("--notify-on") << s.notifyOn;
        commands.append(backupCommand);
    }
    if (s.prune) {
        QStringList pruneCommand = QStringList { s.program } + s.globalArguments();
        pruneCommand << QStringLiteral("prune") << QStringLiteral("--account") << s.account
                     << QStringLiteral("--container") << s.container;
        if (!s.storageSubscription.isEmpty())
            pruneCommand << QStringLiteral("--subscription") << s.storageSubscription;
        // Only these services' backups: the container may hold other jobs' backups too.
        for (const QString &service : s.services)
            pruneCommand << QStringLiteral("--service") << service;
        if (!s.pruneOlderThan.isEmpty())
            pruneCommand << QStringLiteral("--older-than") << s.pruneOlderThan.trimmed();
        if (s.keepLast >= 0)
            pruneCommand << QStringLiteral("--keep-last") << QString::number(s.keepLast);
        pruneCommand << QStringLiteral("--yes");
        commands.append(pruneCommand);
    }
    return commands;
}

QString ScheduleSpec::formatName(Format format)
{
    switch (format) {
    case Format::Systemd:
        return QStringLiteral("systemd");
    case Format::Cron:
        return QStringLiteral("cron");
    case Format::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

} // namespace Apim::Core
