#include "storage/BlobEndpointPolicy.h"

#include "cloud/CloudEnvironment.h"

#include <QStringList>

namespace Apim::Core {

namespace {
QString normalizedSuffix(QString suffix)
{
    suffix = suffix.trimmed().toLower();
    while (suffix.startsWith(QLatin1Char('.')))
        suffix.remove(0, 1);
    while (suffix.endsWith(QLatin1Char('.')))
        suffix.chop(1);
    return suffix;
}
} // namespace

QStringList BlobEndpointPolicy::hostSuffixes(const QString &storageSuffix)
{
    QStringList suffixes;
    QStringList storage;
    const QString given = normalizedSuffix(storageSuffix);
    if (given.isEmpty()) {
        for (const QString &name : CloudEnvironment::builtInNames()) {
            if (const auto cloud = CloudEnvironment::builtIn(name))
                storage << normalizedSuffix(cloud->storageSuffix());
        }
    } else {
        storage << given;
    }
    const QString publicSuffix = normalizedSuffix(CloudEnvironment::azureCloud().storageSuffix());
    for (const QString &suffix : std::as_const(storage)) {
        if (suffix.isEmpty())
            continue;
        suffixes << QStringLiteral(".blob.") + suffix;
        // Accounts in Azure DNS zones (the public cloud only): <account>.z5.blob.storage.azure.net.
        if (suffix == publicSuffix)
            suffixes << QStringLiteral(".blob.storage.azure.net");
    }
    suffixes.removeDuplicates();
    return suffixes;
}

QString BlobEndpointPolicy::problem(const QUrl &endpoint, const QString &storageSuffix, const QString &accountName)
{
    const QString shown = endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // StorageAccount drops an endpoint it does not trust, so a request arrives without a host.
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("There is no trusted Blob endpoint for this storage account (Azure listed none, or one outside "
                  "this cloud's Blob service), so nothing was sent. Check the storage account in the Azure portal.");
    if (!endpoint.userName().isEmpty() || !endpoint.password().isEmpty())
        return tr("The Blob endpoint %1 carries a user name; credentials are never sent to such an address.")
            .arg(shown);
    const QString host = endpoint.host().toLower();
    const QString scheme = endpoint.scheme().toLower();
    if (CloudEnvironment::isLoopbackHost(host)) {
        // Azurite: path-style, any port, plain http allowed on this machine only.
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
            return {};
        return tr("The Blob endpoint %1 is neither https:// nor http://.").arg(shown);
    }
    if (scheme != QLatin1String("https"))
        return tr("Refused to send storage credentials to %1: a Blob endpoint must use https:// (plain http is allowed "
                  "only for loopback addresses such as Azurite). Check the storage account in the Azure portal.")
            .arg(shown);
    const QStringList suffixes = hostSuffixes(storageSuffix);
    QString matched;
    for (const QString &suffix : suffixes) {
        // At least one label before the suffix: "<account>.blob.core.windows.net".
        if (host.endsWith(suffix) && host.size() > suffix.size()) {
            matched = suffix;
            break;
        }
    }
    if (matched.isEmpty())
        return tr("Refused to send storage credentials to %1: it is not a Blob endpoint of this cloud (expected "
                  "https://<account>%2/). Check the storage account and the cloud you are signed in to.")
            .arg(shown, suffixes.value(0));
    if (!accountName.isEmpty()) {
        const QString firstLabel = host.section(QLatin1Char('.'), 0, 0);
        if (firstLabel.compare(accountName, Qt::CaseInsensitive) != 0)
            return tr("Refused to send the credentials of storage account %1 to %2: that address belongs to another "
                      "storage account.")
                .arg(accountName, shown);
    }
    return {};
}

} // namespace Apim::Core
