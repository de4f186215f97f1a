#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Apim::Core {

// The endpoints of one Azure cloud: the three built-in national clouds, or a custom cloud
// read from the JSON that `az cloud show` prints (Azure Stack, the local simulator).
// Everything that builds an Entra or ARM URL asks this value, so no host name is spelled
// anywhere else in the core.
class CloudEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(CloudEnvironment)
public:
    CloudEnvironment() = default;

    static CloudEnvironment azureCloud();
    static CloudEnvironment azureUSGovernment();
    static CloudEnvironment azureChinaCloud();
    static QStringList builtInNames();
    static std::optional<CloudEnvironment> builtIn(const QString &name); // case-insensitive

    // Parses the `az cloud show` shape. On failure returns an invalid value and sets *error
    // to a sentence naming the file and the field that is wrong.
    static CloudEnvironment fromJson(const QByteArray &json, QString *error, const QString &source = {});
    static CloudEnvironment fromFile(const QString &path, QString *error);
    // What --cloud accepts: a built-in name, or the path of a JSON file. Empty: AzureCloud.
    static CloudEnvironment resolve(const QString &nameOrFile, QString *error);

    bool isValid() const { return !m_name.isEmpty() && m_authorityHost.isValid() && m_resourceManager.isValid(); }
    bool isBuiltIn() const { return m_builtIn; }

    QString name() const { return m_name; }
    QUrl authorityHost() const { return m_authorityHost; } // e.g. https://login.microsoftonline.com
    QUrl resourceManager() const { return m_resourceManager; } // always ends with '/'
    QString activeDirectoryResourceId() const { return m_armResourceId; }
    QUrl portal() const { return m_portal; }
    QString storageSuffix() const { return m_storageSuffix; } // e.g. core.windows.net

    // The ARM scope exactly as az builds it: resource id + "/.default", so the public cloud
    // gives "https://management.core.windows.net//.default" (the double slash is intended).
    QString armScope() const;
    static QString storageScope();
    // "https://x//.default" -> "https://x/": what `az account get-access-token --resource` wants.
    static QString resourceForScope(const QString &scope);

    // Entra v2 endpoints of a tenant ("organizations", a GUID or a domain).
    QUrl authorizeUrl(const QString &tenant) const;
    QUrl tokenUrl(const QString &tenant) const;
    QUrl deviceCodeUrl(const QString &tenant) const;
    // resourceManager + path ("/tenants" -> https://management.azure.com/tenants).
    QUrl armUrl(const QString &path) const;

    // The `az cloud show` shape again, so a session can remember a custom cloud.
    QJsonObject toJson() const;

    // http:// is allowed for loopback hosts only (127.0.0.0/8, ::1, localhost).
    static bool isLoopbackHost(const QString &host);

    bool operator==(const CloudEnvironment &other) const;
    bool operator!=(const CloudEnvironment &other) const { return !(*this == other); }

private:
    QUrl entraUrl(const QString &tenant, const QString &endpoint) const;

    QString m_name;
    QUrl m_authorityHost;
    QUrl m_resourceManager;
    QString m_armResourceId;
    QUrl m_portal;
    QString m_storageSuffix;
    bool m_builtIn = false;
};

} // namespace Apim::Core
