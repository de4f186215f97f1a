#include "LocationCommand.h"

#include "CliContext.h"
#include "Output.h"

#include "recovery/RecoverySettings.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {
QJsonObject toJson(const BackupLocation &location, const QString &origin, const QString &forSubscription = {})
{
    QJsonObject object { { QStringLiteral("location"), location.toText() },
        { QStringLiteral("subscription"), location.subscriptionId }, { QStringLiteral("account"), location.account },
        { QStringLiteral("container"), location.container }, { QStringLiteral("origin"), origin } };
    if (!forSubscription.isEmpty())
        object.insert(QStringLiteral("forSubscription"), forSubscription);
    return object;
}
} // namespace

QString LocationCommand::summary() const
{
    return tr("List, add or remove the backup containers that readiness always reads");
}

void LocationCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("list, add or remove."), QStringLiteral("list|add|remove"));
    parser.addPositionalArgument(QStringLiteral("location"),
        tr("With add and remove: SUBSCRIPTION/ACCOUNT/CONTAINER, the storage account's subscription."),
        QStringLiteral("[SUBSCRIPTION/ACCOUNT/CONTAINER]"));
}

void LocationCommand::fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode)
{
    context.output().error(message, errorCode);
    finish(code);
}

void LocationCommand::run(CliContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("list") && arguments.size() == 1)
        return list(context);
    if (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("list"))
        return fail(context, ExitCode::Usage,
            action.isEmpty() ? tr("location needs an action: list, add or remove.")
                             : tr("Unknown location action \"%1\": use list, add or remove.").arg(action),
            QStringLiteral("usage"));
    if (action == QLatin1String("list") || arguments.size() != 2)
        return fail(context, ExitCode::Usage,
            action == QLatin1String("list") ? tr("location list takes no more arguments.")
                                            : tr("location %1 needs one SUBSCRIPTION/ACCOUNT/CONTAINER, e.g. "
                                                 "00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.")
                                                  .arg(action),
            QStringLiteral("usage"));
    QString problem;
    const auto location = BackupLocation::parse(arguments.at(1), &problem);
    if (!location)
        return fail(context, ExitCode::Usage, problem, QStringLiteral("usage"));
    change(context, action, *location);
}

void LocationCommand::change(CliContext &context, const QString &action, const BackupLocation &location)
{
    RecoverySettings settings(&context.settings());
    const bool known = settings.addedLocations().contains(location);
    const bool adding = action == QLatin1String("add");
    if (!adding && !known) {
        // A typo must not pass for success; say where the catalog's other locations come from.
        QString message = tr("%1 is not among the added locations; nothing was removed.").arg(location.toText());
        const QStringList subscriptions = settings.subscriptionsWithDefaults();
        for (const QString &subscription : subscriptions) {
            if (settings.defaultLocation(subscription) == location)
                message += QLatin1Char(' ')
                    + tr("It is the default backup location of subscription %1: change that in the app's Settings.")
                          .arg(subscription);
        }
        return fail(context, ExitCode::Failed, message, QStringLiteral("LocationNotFound"));
    }
    const bool changed = !(adding && known);
    if (adding && !known)
        settings.addLocation(location);
    else if (!adding)
        settings.removeLocation(location);
    QString error;
    if (changed && !context.settings().sync(&error))
        return fail(context, ExitCode::Failed, error);
    Output &out = context.output();
    if (out.isJson()) {
        out.json(QJsonObject { { QStringLiteral("location"), location.toText() }, { QStringLiteral("action"), action },
            { QStringLiteral("changed"), changed } });
    } else if (adding) {
        out.line(!changed ? tr("%1 was already added; nothing changed.").arg(location.toText())
                          : tr("Added %1: readiness and the app's Recovery page look for backups there from now on.")
                                .arg(location.toText()));
    } else {
        out.line(tr("Removed %1.").arg(location.toText()));
    }
    finish(ExitCode::Success);
}

void LocationCommand::list(CliContext &context)
{
    const RecoverySettings settings(&context.settings());
    QJsonArray array;
    QList<QStringList> rows;
    const QList<BackupLocation> added = settings.addedLocations();
    for (const BackupLocation &location : added) {
        array.append(toJson(location, QStringLiteral("added")));
        rows.append({ location.toText(), tr("added (every service)") });
    }
    const QStringList subscriptions = settings.subscriptionsWithDefaults();
    for (const QString &subscription : subscriptions) {
        if (const auto location = settings.defaultLocation(subscription)) {
            array.append(toJson(*location, QStringLiteral("default"), subscription));
            rows.append({ location->toText(), tr("default of subscription %1").arg(subscription) });
        }
    }
    Output &out = context.output();
    if (out.isJson())
        out.json(array);
    else if (rows.isEmpty())
        out.line(tr("No backup location was added or remembered. Add one with: location add "
                    "SUBSCRIPTION/ACCOUNT/CONTAINER. The containers that backups in the journal went to are read "
                    "as well."));
    else
        out.table({ tr("Location"), tr("Read for") }, rows);
    finish(ExitCode::Success);
}

} // namespace Apim::Cli
