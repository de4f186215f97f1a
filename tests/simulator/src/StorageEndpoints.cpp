#include "StorageEndpoints.h"

#include "ArmGuard.h"
#include "ArmJson.h"
#include "AzuriteAccounts.h"
#include "AzuriteClient.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace Apim::Sim {

namespace {
const QString AccountPath = QStringLiteral(
    "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.Storage/storageAccounts/([^/]+)");

QString httpDateToIso(const QString &httpDate)
{
    QDateTime t = QLocale::c().toDateTime(httpDate, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    t.setTimeZone(QTimeZone::utc());
    return t.isValid() ? t.toString(Qt::ISODate) : httpDate;
}

QJsonObject containerJson(
    const StorageAccount &account, const QString &name, const QString &etag, const QString &lastModified)
{
    return QJsonObject {
        { QStringLiteral("id"), account.id() + QStringLiteral("/blobServices/default/containers/") + name },
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers") },
        { QStringLiteral("etag"), etag },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("publicAccess"), QStringLiteral("None") },
                { QStringLiteral("leaseStatus"), QStringLiteral("Unlocked") },
                { QStringLiteral("leaseState"), QStringLiteral("Available") },
                { QStringLiteral("lastModifiedTime"), lastModified },
                { QStringLiteral("hasImmutabilityPolicy"), false }, { QStringLiteral("hasLegalHold"), false } } },
    };
}

bool validContainerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$"));
    return name == QLatin1String("$root") || pattern.match(name).hasMatch();
}
} // namespace

void StorageEndpoints::registerRoutes(Router &router)
{
    router.addArmList(QStringLiteral("Microsoft\\.Storage/storageAccounts"),
        [this](const SimRequest &r, const QString &subscriptionId, const QString &resourceGroup) {
            return listAccounts(r, subscriptionId, resourceGroup);
        });
    router.add("GET", AccountPath,
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(getAccount(r, c)); });
    router.add("POST", AccountPath + QStringLiteral("/listKeys"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(listKeys(r, c)); });
    router.add("GET", AccountPath + QStringLiteral("/blobServices/default/containers"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { listContainers(r, c, respond); });
    router.add("GET|PUT", AccountPath + QStringLiteral("/blobServices/default/containers/([^/]+)"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) {
            if (r.method == "PUT")
                putContainer(r, c, respond);
            else
                listContainers(r, c, respond);
        });
    router.add("GET", AccountPath + QStringLiteral("/blobServices/default"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(blobService(r, c)); });
}

SimResponse StorageEndpoints::listAccounts(
    const SimRequest &request, const QString &subscriptionId, const QString &resourceGroup)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, subscriptionId, &caller))
        return *error;
    QJsonArray all;
    for (const StorageAccount &a : std::as_const(m_context.estate.storageAccounts)) {
        if (a.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) != 0)
            continue;
        if (!resourceGroup.isEmpty() && a.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) != 0)
            continue;
        all.append(ArmJson::storageAccount(a, m_context.blobEndpoint(a.name)));
    }
    return SimResponse::json(200, Paging::page(all, request, m_context.config.pageSize));
}

const StorageAccount *StorageEndpoints::account(
    const SimRequest &request, const QStringList &c, Caller *caller, SimResponse *error)
{
    if (auto e = m_guard.checkInSubscription(request, c.at(0), caller)) {
        *error = *e;
        return nullptr;
    }
    const StorageAccount *a = m_context.estate.findStorageAccount(c.at(2));
    if (!a || a->subscriptionId.compare(c.at(0), Qt::CaseInsensitive) != 0
        || a->resourceGroup.compare(c.at(1), Qt::CaseInsensitive) != 0) {
        *error = SimResponse::armError(404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource 'Microsoft.Storage/storageAccounts/%1' under "
                           "resource group '%2' was not found. For more details please go to "
                           "https://aka.ms/ARMResourceNotFoundFix")
                .arg(c.at(2), c.at(1)));
        return nullptr;
    }
    return a;
}

SimResponse StorageEndpoints::getAccount(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    SimResponse error;
    const StorageAccount *a = account(request, c, &caller, &error);
    return a ? SimResponse::json(200, ArmJson::storageAccount(*a, m_context.blobEndpoint(a->name))) : error;
}

SimResponse StorageEndpoints::listKeys(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    SimResponse error;
    const StorageAccount *a = account(request, c, &caller, &error);
    if (!a)
        return error;
    if (!a->allowListKeys)
        return SimResponse::armError(403, QStringLiteral("AuthorizationFailed"),
            QStringLiteral("The client '%1' with object id '%2' does not have authorization to "
                           "perform action 'Microsoft.Storage/storageAccounts/listKeys/action' "
                           "over scope '%3' or the scope is invalid. If access was recently "
                           "granted, please refresh your credentials.")
                .arg(caller.name(), caller.objectId, a->id()));
    const AzuriteAccount *keys = AzuriteAccounts::find(a->name);
    const auto key = [&](const char *name, const QByteArray &value) {
        return QJsonObject { { QStringLiteral("keyName"), QLatin1String(name) },
            { QStringLiteral("permissions"), QStringLiteral("Full") },
            { QStringLiteral("value"), QString::fromLatin1(value) },
            { QStringLiteral("creationTime"), a->createdAtUtc } };
    };
    return SimResponse::json(200,
        QJsonObject { { QStringLiteral("keys"), QJsonArray { key("key1", keys->key1), key("key2", keys->key2) } } });
}

void StorageEndpoints::listContainers(const SimRequest &request, const QStringList &c, const Responder &respond)
{
    Caller caller;
    SimResponse error;
    const StorageAccount *a = account(request, c, &caller, &error);
    if (!a)
        return respond(error);
    const StorageAccount copy = *a;
    m_context.azurite->listContainers(copy.name, AzuriteAccounts::find(copy.name)->key1,
        [copy, request, c, respond](const AzuriteClient::Result &result) {
            if (!result.ok())
                return respond(SimResponse::armError(500, QStringLiteral("InternalError"),
                    QStringLiteral("The storage service failed to list containers: %1").arg(result.describe())));
            QJsonArray all;
            QXmlStreamReader xml(result.body);
            QString name, etag, modified;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("Container")) {
                    name.clear();
                    etag.clear();
                    modified.clear();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("Name")) {
                    name = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("Etag")) {
                    etag = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("Last-Modified")) {
                    modified = httpDateToIso(xml.readElementText());
                } else if (xml.isEndElement() && xml.name() == QLatin1String("Container")) {
                    all.append(containerJson(copy, name,
                        etag.startsWith(QLatin1Char('"')) ? etag : QStringLiteral("\"%1\"").arg(etag), modified));
                }
            }
            if (c.size() > 3) {
                // GET of one container: pick it from the listing.
                for (const QJsonValue &v : std::as_const(all)) {
                    if (v.toObject().value(QLatin1String("name")).toString() == c.at(3))
                        return respond(SimResponse::json(200, v.toObject()));
                }
                return respond(SimResponse::armError(404, QStringLiteral("ContainerNotFound"),
                    QStringLiteral("The specified container does not exist.")));
            }
            int pageSize = request.queryValue(QStringLiteral("$maxpagesize")).toInt();
            if (pageSize <= 0)
                pageSize = 5000;
            respond(SimResponse::json(200, Paging::page(all, request, pageSize)));
        });
}

SimResponse StorageEndpoints::blobService(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    SimResponse error;
    const StorageAccount *a = account(request, c, &caller, &error);
    if (!a)
        return error;
    QJsonArray corsRules;
    if (a->corsEnabled)
        corsRules.append(QJsonObject { { QStringLiteral("allowedOrigins"), QJsonArray { QStringLiteral("*") } },
            { QStringLiteral("allowedMethods"), QJsonArray { QStringLiteral("GET"), QStringLiteral("PUT") } },
            { QStringLiteral("maxAgeInSeconds"), 3600 },
            { QStringLiteral("exposedHeaders"), QJsonArray { QStringLiteral("*") } },
            { QStringLiteral("allowedHeaders"), QJsonArray { QStringLiteral("*") } } });
    return SimResponse::json(200,
        QJsonObject { { QStringLiteral("id"), a->id() + QStringLiteral("/blobServices/default") },
            { QStringLiteral("name"), QStringLiteral("default") },
            { QStringLiteral("type"), QStringLiteral("Microsoft.Storage/storageAccounts/blobServices") },
            { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), a->skuName } } },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("cors"), QJsonObject { { QStringLiteral("corsRules"), corsRules } } },
                    { QStringLiteral("deleteRetentionPolicy"), QJsonObject { { QStringLiteral("enabled"), false } } },
                    { QStringLiteral("isVersioningEnabled"), false } } } });
}

void StorageEndpoints::putContainer(const SimRequest &request, const QStringList &c, const Responder &respond)
{
    Caller caller;
    SimResponse error;
    const StorageAccount *a = account(request, c, &caller, &error);
    if (!a)
        return respond(error);
    const QString name = c.at(3);
    if (!validContainerName(name))
        return respond(SimResponse::armError(400, QStringLiteral("ContainerOperationFailure"),
            QStringLiteral("The specified resource name contains invalid characters. Container names must be 3 to 63 "
                           "characters long, start with a letter or number, and contain only lowercase letters, "
                           "numbers, and the dash (-) character, without consecutive dashes: '%1'.")
                .arg(name)));
    const StorageAccount copy = *a;
    m_context.azurite->createContainer(copy.name, AzuriteAccounts::find(copy.name)->key1, name,
        [copy, name, respond](const AzuriteClient::Result &result) {
            const bool existed = result.errorCode() == QLatin1String("ContainerAlreadyExists");
            if (!result.ok() && !existed)
                return respond(SimResponse::armError(500, QStringLiteral("InternalError"),
                    QStringLiteral("The storage service failed to create the "
                                   "container: %1")
                        .arg(result.describe())));
            const QString etag = QString::fromLatin1(result.headers.value("etag"));
            const QString modified = httpDateToIso(QString::fromLatin1(result.headers.value("last-modified")));
            respond(SimResponse::json(existed ? 200 : 201, containerJson(copy, name, etag, modified)));
        });
}

} // namespace Apim::Sim
