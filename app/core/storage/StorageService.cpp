#include "storage/StorageService.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "arm/ArmPager.h"
#include "storage/StorageNames.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace Apim::Core {

StorageService::StorageService(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void StorageService::listAccounts(const QString &subscriptionId, QObject *context, AccountsCallback callback)
{
    auto *pager = new ArmPager(m_client,
        ArmRequest::get(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts").arg(subscriptionId),
            kApiVersion),
        this);
    QPointer<QObject> guard(context);
    const QString suffix = m_storageSuffix;
    const quint64 generation = m_listingGeneration;
    connect(pager, &ArmPager::finished, this,
        [this, pager, guard, callback, suffix, subscriptionId, generation](
            const QJsonArray &values, const ArmResponse &response) {
            pager->deleteLater();
            if (!guard)
                return;
            QList<StorageAccount> accounts;
            for (const QJsonValue &value : values) {
                const StorageAccount account = StorageAccount::fromJson(value.toObject(), suffix);
                if (!account.isValid())
                    continue;
                if (!account.blobEndpointProblem.isEmpty())
                    qCWarning(lcStorage).noquote()
                        << "storage account" << account.name << ":" << account.blobEndpointProblem;
                accounts.append(account);
            }
            if (!response.error.isError() && generation == m_listingGeneration) {
                Listing &kept = m_listings[subscriptionId.toLower()];
                kept.accounts = accounts;
                kept.fresh = QDeadlineTimer(m_listingReuseMs);
            }
            callback(accounts, response.error);
        });
    pager->start();
}

namespace {
const StorageAccount *named(const QList<StorageAccount> &accounts, const QString &accountName)
{
    for (const StorageAccount &account : accounts) {
        if (account.name.compare(accountName, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}
} // namespace

void StorageService::findAccount(
    const QString &subscriptionId, const QString &accountName, QObject *context, AccountCallback callback)
{
    const QString key = subscriptionId.toLower();
    Listing &listing = m_listings[key];
    if (!listing.fetching && !listing.fresh.hasExpired()) {
        if (const StorageAccount *found = named(listing.accounts, accountName)) {
            // Asynchronous like a listing, so that callers see one behaviour.
            QTimer::singleShot(0, context, [callback, account = *found] { callback(account, {}); });
            return;
        }
    }
    listing.subscriptionId = subscriptionId;
    listing.waiting.append({ accountName, context, std::move(callback) });
    if (!listing.fetching)
        fetchListing(subscriptionId);
}

void StorageService::forgetListings()
{
    ++m_listingGeneration;
    // Lookups waiting for a listing in flight still get its answer; nothing is kept from it.
    for (Listing &listing : m_listings) {
        listing.accounts.clear();
        listing.fresh = QDeadlineTimer();
    }
}

void StorageService::fetchListing(const QString &subscriptionId)
{
    const QString key = subscriptionId.toLower();
    m_listings[key].fetching = true;
    listAccounts(subscriptionId, this, [this, key](const QList<StorageAccount> &accounts, const ArmError &error) {
        settleListing(key, accounts, error);
    });
}

void StorageService::settleListing(const QString &key, const QList<StorageAccount> &accounts, const ArmError &error)
{
    // listAccounts() has kept the listing already, if it was good and still wanted.
    auto it = m_listings.find(key);
    if (it == m_listings.end())
        return;
    const QList<Lookup> waiting = std::move(it->waiting);
    it->waiting.clear();
    it->fetching = false;
    const QString subscriptionId = it->subscriptionId;
    // Answered after the listing is settled: a callback may look up again.
    for (const Lookup &lookup : waiting)
        answerLookup(lookup, accounts, subscriptionId, error);
}

void StorageService::answerLookup(
    const Lookup &lookup, const QList<StorageAccount> &accounts, const QString &subscriptionId, const ArmError &error)
{
    if (!lookup.context)
        return;
    if (error.isError()) {
        lookup.callback({}, error);
        return;
    }
    if (const StorageAccount *found = named(accounts, lookup.accountName)) {
        lookup.callback(*found, {});
        return;
    }
    ArmError missing = ArmError::local(ArmError::Kind::Refused,
        tr("There is no storage account named \"%1\" in subscription %2 that you can see. Check the name and "
           "the subscription.")
            .arg(lookup.accountName, subscriptionId));
    missing.code = QStringLiteral("StorageAccountNotFound");
    missing.httpStatus = 404;
    lookup.callback({}, missing);
}

void StorageService::listContainers(const StorageAccount &account, QObject *context, ContainersCallback callback)
{
    auto *pager = new ArmPager(
        m_client, ArmRequest::get(account.id + QStringLiteral("/blobServices/default/containers"), kApiVersion), this);
    QPointer<QObject> guard(context);
    connect(pager, &ArmPager::finished, this,
        [pager, guard, callback](const QJsonArray &values, const ArmResponse &response) {
            pager->deleteLater();
            if (!guard)
                return;
            QList<BlobContainerInfo> containers;
            for (const QJsonValue &value : values)
                containers.append(BlobContainerInfo::fromJson(value.toObject()));
            callback(containers, response.error);
        });
    pager->start();
}

void StorageService::createContainer(
    const StorageAccount &account, const QString &container, QObject *context, DoneCallback callback)
{
    const QString invalid = StorageNames::containerNameError(container);
    if (!invalid.isEmpty()) {
        QTimer::singleShot(
            0, context, [callback, invalid] { callback(ArmError::local(ArmError::Kind::Refused, invalid)); });
        return;
    }
    ArmRequest request;
    request.method = "PUT";
    request.path = account.id + QStringLiteral("/blobServices/default/containers/") + container;
    request.apiVersion = kApiVersion;
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("properties"), QJsonObject() } });
    m_client->call(request, context, [callback](const ArmResponse &response) { callback(response.error); });
}

void StorageService::listKeys(const StorageAccount &account, QObject *context, KeyCallback callback)
{
    ArmRequest request;
    request.method = "POST";
    request.path = account.id + QStringLiteral("/listKeys");
    request.apiVersion = kApiVersion;
    request.sendEmptyBody = true;
    m_client->call(request, context, [callback, account](const ArmResponse &response) {
        if (!response.ok()) {
            callback({}, response.error);
            return;
        }
        const QJsonArray keys = response.object().value(QLatin1String("keys")).toArray();
        for (const QJsonValue &value : keys) {
            const QJsonObject key = value.toObject();
            const QString permissions = key.value(QLatin1String("permissions")).toString();
            if (permissions.isEmpty() || permissions.compare(QLatin1String("Full"), Qt::CaseInsensitive) == 0) {
                const QString secret = key.value(QLatin1String("value")).toString();
                if (!secret.isEmpty()) {
                    callback(secret.toLatin1(), {});
                    return;
                }
            }
        }
        ArmError error = ArmError::local(ArmError::Kind::Malformed,
            tr("Azure listed no usable access key for storage account %1.").arg(account.name));
        error.requestId = response.requestId();
        callback({}, error);
    });
}

} // namespace Apim::Core
