#include "cloud/CloudEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Apim::Core {

namespace {

CloudEnvironment makeBuiltIn(const QString &name, const QString &authority, const QString &arm,
    const QString &resourceId, const QString &portal, const QString &storage)
{
    const QJsonObject json {
        { QStringLiteral("name"), name },
        { QStringLiteral("endpoints"),
            QJsonObject { { QStringLiteral("activeDirectory"), authority }, { QStringLiteral("resourceManager"), arm },
                { QStringLiteral("activeDirectoryResourceId"), resourceId }, { QStringLiteral("portal"), portal } } },
        { QStringLiteral("suffixes"), QJsonObject { { QStringLiteral("storageEndpoint"), storage } } },
    };
    QString ignored;
    return CloudEnvironment::fromJson(QJsonDocument(json).toJson(), &ignored, name);
}

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// One DNS label: 1 to 63 letters, digits and hyphens, a letter or digit at each end.
bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || !isAsciiLetterOrDigit(label.front())
        || !isAsciiLetterOrDigit(label.back()))
        return false;
    return std::all_of(
        label.begin(), label.end(), [](QChar c) { return isAsciiLetterOrDigit(c) || c == QLatin1Char('-'); });
}

// A DNS suffix such as core.windows.net: labels joined by single dots, at most 253
// characters. Blob hosts are built and checked with it (BlobEndpointPolicy). By hand, not
// a regular expression: the built-in clouds are checked before the first frame, and
// compiling the pattern cost more than all the rest of choosing the cloud.
bool isDnsSuffix(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    for (const QStringView label : QStringView(text).tokenize(QLatin1Char('.'))) {
        if (!isDnsLabel(label))
            return false;
    }
    return true;
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

CloudEnvironment CloudEnvironment::azureCloud()
{
    static const CloudEnvironment cloud = [] {
        CloudEnvironment c
            = makeBuiltIn(QStringLiteral("AzureCloud"), QStringLiteral("https://login.microsoftonline.com"),
                QStringLiteral("https://management.azure.com/"), QStringLiteral("https://management.core.windows.net/"),
                QStringLiteral("https://portal.azure.com"), QStringLiteral("core.windows.net"));
        c.m_builtIn = true;
        return c;
    }();
    return cloud;
}

CloudEnvironment CloudEnvironment::azureUSGovernment()
{
    static const CloudEnvironment cloud = [] {
        CloudEnvironment c = makeBuiltIn(QStringLiteral("AzureUSGovernment"),
            QStringLiteral("https://login.microsoftonline.us"), QStringLiteral("https://management.usgovcloudapi.net/"),
            QStringLiteral("https://management.core.usgovcloudapi.net/"), QStringLiteral("https://portal.azure.us"),
            QStringLiteral("core.usgovcloudapi.net"));
        c.m_builtIn = true;
        return c;
    }();
    return cloud;
}

CloudEnvironment CloudEnvironment::azureChinaCloud()
{
    static const CloudEnvironment cloud = [] {
        // az still uses the legacy authority alias; login.partner.microsoftonline.cn is the same service.
        CloudEnvironment c = makeBuiltIn(QStringLiteral("AzureChinaCloud"),
            QStringLiteral("https://login.chinacloudapi.cn"), QStringLiteral("https://management.chinacloudapi.cn/"),
            QStringLiteral("https://management.core.chinacloudapi.cn/"), QStringLiteral("https://portal.azure.cn"),
            QStringLiteral("core.chinacloudapi.cn"));
        c.m_builtIn = true;
        return c;
    }();
    return cloud;
}

QStringList CloudEnvironment::builtInNames()
{
    return { QStringLiteral("AzureCloud"), QStringLiteral("AzureUSGovernment"), QStringLiteral("AzureChinaCloud") };
}

std::optional<CloudEnvironment> CloudEnvironment::builtIn(const QString &name)
{
    for (const CloudEnvironment &cloud : { azureCloud(), azureUSGovernment(), azureChinaCloud() }) {
        if (cloud.name().compare(name, Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

bool CloudEnvironment::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

namespace {
// Reads endpoints.<field> of an az cloud definition as an absolute URL; https everywhere
// except on this machine. where: the file, for the messages.
QUrl endpointUrl(
    const QJsonObject &endpoints, const QString &where, const QString &field, bool required, QString *problem)
{
    const QJsonValue value = endpoints.value(field);
    const QString name = QStringLiteral("endpoints.") + field;
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        *problem = CloudEnvironment::tr("%1: %2 must be a string.").arg(where, name);
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        if (required)
            *problem = CloudEnvironment::tr("%1 lacks %2, which is required.").arg(where, name);
        return {};
    }
    const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        *problem = CloudEnvironment::tr("%1: %2 is not an absolute URL: \"%3\".").arg(where, name, value.toString());
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!CloudEnvironment::isLoopbackHost(url.host())) {
            *problem
                = CloudEnvironment::tr("%1: %2 uses plain http:// for \"%3\". Only https:// is allowed, except for "
                                       "loopback addresses (127.0.0.1, ::1, localhost).")
                      .arg(where, name, url.host());
            return {};
        }
    } else if (scheme != QLatin1String("https")) {
        *problem
            = CloudEnvironment::tr("%1: %2 must be an https:// URL, not \"%3\".").arg(where, name, value.toString());
        return {};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *problem = CloudEnvironment::tr("%1: %2 must not carry a user name, query or fragment.").arg(where, name);
        return {};
    }
    return url;
}
} // namespace

CloudEnvironment CloudEnvironment::fromJson(const QByteArray &json, QString *error, const QString &source)
{
    const QString where = source.isEmpty() ? tr("the cloud definition") : source;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return CloudEnvironment();
    };

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid JSON (%2 at offset %3). Save the output of 'az cloud show' to the file.")
                        .arg(where, parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("%1 must be a JSON object in the shape that 'az cloud show' prints.").arg(where));

    const QJsonObject root = document.object();
    const QJsonObject endpoints = root.value(QLatin1String("endpoints")).toObject();
    if (endpoints.isEmpty())
        return fail(tr("%1 has no \"endpoints\" object. Save the output of 'az cloud show' to the file.").arg(where));

    QString problem;
    CloudEnvironment cloud;
    cloud.m_authorityHost
        = withoutTrailingSlash(endpointUrl(endpoints, where, QStringLiteral("activeDirectory"), true, &problem));
    if (!problem.isEmpty())
        return fail(problem);
    cloud.m_resourceManager
        = withTrailingSlash(endpointUrl(endpoints, where, QStringLiteral("resourceManager"), true, &problem));
    if (!problem.isEmpty())
        return fail(problem);
    cloud.m_portal = endpointUrl(endpoints, where, QStringLiteral("portal"), false, &problem);
    if (!problem.isEmpty())
        return fail(problem);

    const QJsonValue resourceId = endpoints.value(QLatin1String("activeDirectoryResourceId"));
    if (!resourceId.isString() || resourceId.toString().trimmed().isEmpty())
        return fail(tr("%1 lacks endpoints.activeDirectoryResourceId (e.g. \"https://management.core.windows.net/\"), "
                       "which names the ARM token audience.")
                        .arg(where));
    cloud.m_armResourceId = resourceId.toString().trimmed();
    if (!QUrl(cloud.m_armResourceId, QUrl::StrictMode).isValid() || cloud.m_armResourceId.contains(QLatin1Char(' ')))
        return fail(tr("%1: endpoints.activeDirectoryResourceId is not a valid URI: \"%2\".")
                        .arg(where, cloud.m_armResourceId));

    const QJsonValue suffixes = root.value(QLatin1String("suffixes"));
    if (!suffixes.isUndefined() && !suffixes.isObject())
        return fail(tr("%1: \"suffixes\" must be an object.").arg(where));
    QString storage = suffixes.toObject().value(QLatin1String("storageEndpoint")).toString().trimmed();
    while (storage.startsWith(QLatin1Char('.')))
        storage.remove(0, 1);
    // Checked as a whole, so that what toJson() writes reads back the same (found by fuzz_cloud:
    // control characters between dots were kept, and trimmed away when read again).
    if (!storage.isEmpty() && !isDnsSuffix(storage))
        return fail(tr("%1: suffixes.storageEndpoint must be a DNS suffix such as \"core.windows.net\", not \"%2\".")
                        .arg(where, storage));
    cloud.m_storageSuffix = storage;

    const QJsonValue name = root.value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isString())
        return fail(tr("%1: \"name\" must be a string.").arg(where));
    cloud.m_name = name.toString().trimmed();
    if (cloud.m_name.isEmpty())
        cloud.m_name = QStringLiteral("CustomCloud");
    if (cloud.m_name.contains(QLatin1Char('/')))
        return fail(tr("%1: the cloud name must not contain '/': \"%2\".").arg(where, cloud.m_name));
    return cloud;
}

CloudEnvironment CloudEnvironment::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the cloud file %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    // A cloud file is a few hundred bytes; anything huge is the wrong file.
    const QByteArray content = file.read(1024 * 1024);
    return fromJson(content, error, QDir::toNativeSeparators(path));
}

CloudEnvironment CloudEnvironment::resolve(const QString &nameOrFile, QString *error)
{
    const QString value = nameOrFile.trimmed();
    if (value.isEmpty())
        return azureCloud();
    if (const auto cloud = builtIn(value))
        return *cloud;
    if (QFileInfo(value).isFile())
        return fromFile(value, error);
    if (error)
        *error = tr("Unknown cloud \"%1\". Use one of %2, or the path of a JSON file saved from 'az cloud show'.")
                     .arg(value, builtInNames().join(QLatin1String(", ")));
    return {};
}

QString CloudEnvironment::armScope() const
{
    return m_armResourceId + QStringLiteral("/.default");
}

QString CloudEnvironment::storageScope()
{
    return QStringLiteral("https://storage.azure.com/.default");
}

QString CloudEnvironment::resourceForScope(const QString &scope)
{
    static const QString suffix = QStringLiteral("/.default");
    if (scope.endsWith(suffix))
        return scope.left(scope.size() - suffix.size());
    return scope;
}

QUrl CloudEnvironment::entraUrl(const QString &tenant, const QString &endpoint) const
{
    QUrl url = m_authorityHost;
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    url.setPath(base + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + endpoint);
    return url;
}

QUrl CloudEnvironment::authorizeUrl(const QString &tenant) const
{
    return entraUrl(tenant, QStringLiteral("authorize"));
}

QUrl CloudEnvironment::tokenUrl(const QString &tenant) const
{
    return entraUrl(tenant, QStringLiteral("token"));
}

QUrl CloudEnvironment::deviceCodeUrl(const QString &tenant) const
{
    return entraUrl(tenant, QStringLiteral("devicecode"));
}

QUrl CloudEnvironment::armUrl(const QString &path) const
{
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    return m_resourceManager.resolved(QUrl(relative));
}

QJsonObject CloudEnvironment::toJson() const
{
    QJsonObject endpoints {
        { QStringLiteral("activeDirectory"), m_authorityHost.toString() },
        { QStringLiteral("resourceManager"), m_resourceManager.toString() },
        { QStringLiteral("activeDirectoryResourceId"), m_armResourceId },
    };
    if (m_portal.isValid())
        endpoints.insert(QStringLiteral("portal"), m_portal.toString());
    return QJsonObject {
        { QStringLiteral("name"), m_name },
        { QStringLiteral("endpoints"), endpoints },
        { QStringLiteral("suffixes"), QJsonObject { { QStringLiteral("storageEndpoint"), m_storageSuffix } } },
    };
}

bool CloudEnvironment::operator==(const CloudEnvironment &other) const
{
    return m_name == other.m_name && m_authorityHost == other.m_authorityHost
        && m_resourceManager == other.m_resourceManager && m_armResourceId == other.m_armResourceId
        && m_portal == other.m_portal && m_storageSuffix == other.m_storageSuffix;
}

} // namespace Apim::Core
