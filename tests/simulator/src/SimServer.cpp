#include "SimServer.h"

#include <QFile>
#include <QHostInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <cstdio>

namespace Apim::Sim {

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_requestLog(options.logFile)
    , m_guard(m_context)
    , m_activity(m_context)
    , m_azurite(options.azuriteUrl)
    , m_seeder(&m_azurite, &m_context.estate, &m_context.clock)
    , m_operations(m_context)
    , m_entra(m_context)
    , m_subscriptions(m_context, m_guard)
    , m_resourceGraph(m_context, m_guard)
    , m_apim(m_context, m_guard)
    , m_children(m_context, m_guard)
    , m_backupRestore(m_context, m_guard)
    , m_storage(m_context, m_guard)
    , m_control(m_context, m_entra.deviceCodes())
    , m_http(m_router, m_context.faults, m_requestLog)
{
    m_context.azuriteUrl = options.azuriteUrl;
    m_context.activity = &m_activity;
    m_context.azurite = &m_azurite;
    m_context.operations = &m_operations;
    m_context.requestLog = &m_requestLog;

    m_control.registerRoutes(m_router);
    m_entra.registerRoutes(m_router);
    m_subscriptions.registerRoutes(m_router);
    m_metadata.registerRoutes(m_router);
    m_resourceGraph.registerRoutes(m_router);
    m_apim.registerRoutes(m_router);
    m_children.registerRoutes(m_router);
    m_backupRestore.registerRoutes(m_router);
    m_storage.registerRoutes(m_router);
    m_activity.registerRoutes(m_router, m_guard);
}

void SimServer::start()
{
    QString error = loadSeed();
    if (error.isEmpty())
        error = listen();
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    // Report the URL only once the seed's backups are in Azurite, so a test that starts
    // right away finds them.
    seedAzurite([this] {
        const QString error = writeUrlFile();
        if (!error.isEmpty())
            emit failed(error);
        else
            emit ready(m_url);
    });
}

QString SimServer::loadSeed()
{
    const QString path = m_options.seedPath.isEmpty() ? QStringLiteral(":/seeds/demo.json") : m_options.seedPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the seed %1: %2").arg(path, file.errorString());
    QString error = m_context.estate.load(file.readAll());
    if (!error.isEmpty())
        return QStringLiteral("bad seed %1: %2").arg(path, error);
    error = m_context.config.apply(m_context.estate.config);
    if (!error.isEmpty())
        return QStringLiteral("bad config in seed %1: %2").arg(path, error);
    if (m_options.tokenLifetimeSeconds)
        m_context.config.tokenLifetimeSeconds = *m_options.tokenLifetimeSeconds;
    if (m_options.operationDurationMs)
        m_context.config.operationDurationMs = *m_options.operationDurationMs;
    if (m_options.noRetryAfter)
        m_context.config.retryAfterSeconds.reset();
    if (m_options.asyncOperationHeader)
        m_context.config.asyncOperationHeader = true;
    for (const QString &spec : std::as_const(m_options.faults)) {
        if (!m_context.faults.addFromSpec(spec, &error))
            return QStringLiteral("--fault %1: %2").arg(spec, error);
    }
    m_context.serviceJson.warm(m_context.estate);
    m_resourceGraph.warm();
    return {};
}

QString SimServer::listen()
{
    QString scheme = QStringLiteral("http");
    if (!m_options.tlsCert.isEmpty()) {
        QFile certFile(m_options.tlsCert);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read --tls-cert/--tls-key");
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return QStringLiteral("--tls-cert/--tls-key are not a PEM certificate and RSA or EC key");
        m_http.sslSetup(cert, key);
        scheme = QStringLiteral("https");
    }
    m_http.setScheme(scheme);
    QHostAddress address(m_options.host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(m_options.host);
        for (const QHostAddress &candidate : info.addresses()) {
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
                address = candidate;
                break;
            }
        }
        if (address.isNull())
            return QStringLiteral("--host %1: no IPv4 address found").arg(m_options.host);
    }
    const quint16 port = m_http.listen(address, m_options.port);
    if (port == 0)
        return QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(m_options.port);
    m_url = QStringLiteral("%1://%2:%3").arg(scheme, m_options.host).arg(port);
    return {};
}

void SimServer::seedAzurite(std::function<void()> done)
{
    const Estate &estate = m_context.estate;
    if (!m_azurite.isConfigured()) {
        if (!estate.containers.isEmpty() || !estate.existingBackups.isEmpty())
            std::fprintf(stderr, "azure-sim: no --azurite: the seed's containers and backups are not created\n");
        done();
        return;
    }
    m_seeder.seed(std::move(done));
}

QString SimServer::writeUrlFile() const
{
    std::printf("azure-sim listening on %s\n", qPrintable(m_url));
    std::fflush(stdout);
    if (m_options.urlFile.isEmpty())
        return {};
    QSaveFile file(m_options.urlFile);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(m_options.urlFile, file.errorString());
    file.write(m_url.toUtf8() + '\n');
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(m_options.urlFile, file.errorString());
    return {};
}

} // namespace Apim::Sim
