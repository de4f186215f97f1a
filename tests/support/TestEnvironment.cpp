#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Apim::Test {

namespace {
QUrl readUrlFile(const QString &name)
{
    QFile file(QDir(TestEnvironment::stateDir()).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}
} // namespace

QString TestEnvironment::stateDir()
{
    return qEnvironmentVariable("APIM_TEST_STATE_DIR");
}

QString TestEnvironment::dataDir()
{
    return qEnvironmentVariable("APIM_TEST_DATA_DIR");
}

QString TestEnvironment::dataFile(const QString &name)
{
    return QDir(dataDir()).filePath(name);
}

QProcessEnvironment TestEnvironment::processEnvironment(const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    return env;
}

QString TestEnvironment::simBinary()
{
    return qEnvironmentVariable("APIM_SIM_BINARY");
}

QUrl TestEnvironment::azuriteUrl()
{
    return readUrlFile(QStringLiteral("azurite.url"));
}

QUrl TestEnvironment::sharedSimUrl()
{
    return readUrlFile(QStringLiteral("sim.url"));
}

QString TestEnvironment::writeCloudFile(const QUrl &simUrl, const QString &directory)
{
    const QString base = simUrl.toString(QUrl::StripTrailingSlash);
    const QJsonObject cloud {
        { QStringLiteral("name"), QStringLiteral("AzureSimulator") },
        { QStringLiteral("endpoints"),
            QJsonObject {
                { QStringLiteral("activeDirectory"), base },
                { QStringLiteral("resourceManager"), base + QLatin1Char('/') },
                { QStringLiteral("activeDirectoryResourceId"), QStringLiteral("https://management.core.windows.net/") },
                { QStringLiteral("portal"), base + QStringLiteral("/portal") },
            } },
        { QStringLiteral("suffixes"),
            QJsonObject { { QStringLiteral("storageEndpoint"), QStringLiteral("core.windows.net") } } },
    };
    const QString path = QDir(directory).filePath(QStringLiteral("sim-cloud.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(cloud).toJson());
    return path;
}

bool TestEnvironment::inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace Apim::Test
