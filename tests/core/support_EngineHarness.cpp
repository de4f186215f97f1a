#include "support_EngineHarness.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace Apim::Test {

SimControl::SimControl(const QUrl &simUrl)
    : m_url(simUrl)
{ }

QJsonObject SimControl::call(const QByteArray &method, const QString &path, const QJsonObject &body, bool sendBody,
    const QByteArray &authorization)
{
    QUrl url(m_url);
    const int mark = path.indexOf(QLatin1Char('?'));
    url.setPath(mark < 0 ? path : path.left(mark));
    if (mark >= 0)
        url.setQuery(path.mid(mark + 1));
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QByteArray payload;
    if (sendBody) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    QJsonObject result;
    if (!reply->isFinished()) {
        m_error = QStringLiteral("%1 %2: no answer in 15 s").arg(QString::fromLatin1(method), path);
        reply->abort();
    }
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.insert(QStringLiteral("status"), status);
    const QJsonDocument document = QJsonDocument::fromJson(data);
    result.insert(
        QStringLiteral("body"), document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    if (status < 200 || status >= 300)
        m_error = QStringLiteral("%1 %2 -> %3: %4")
                      .arg(QString::fromLatin1(method), path)
                      .arg(status)
                      .arg(QString::fromUtf8(data.left(300)));
    reply->deleteLater();
    return result;
}

bool SimControl::addFault(const QJsonObject &fault)
{
    const int status = call("POST", QStringLiteral("/_sim/faults"), fault, true).value(QLatin1String("status")).toInt();
    return status >= 200 && status < 300;
}

bool SimControl::clearFaults()
{
    const int status = call("DELETE", QStringLiteral("/_sim/faults")).value(QLatin1String("status")).toInt();
    return status >= 200 && status < 300;
}

bool SimControl::setConfig(const QJsonObject &config)
{
    const int status
        = call("POST", QStringLiteral("/_sim/config"), config, true).value(QLatin1String("status")).toInt();
    return status >= 200 && status < 300;
}

bool SimControl::advanceClock(int seconds)
{
    const int status = call(
        "POST", QStringLiteral("/_sim/clock"), QJsonObject { { QStringLiteral("advanceSeconds"), seconds } }, true)
                           .value(QLatin1String("status"))
                           .toInt();
    return status >= 200 && status < 300;
}

QJsonArray SimControl::requests()
{
    const QJsonValue body = call("GET", QStringLiteral("/_sim/requests")).value(QLatin1String("body"));
    if (body.isArray())
        return body.toArray();
    return body.toObject().value(QLatin1String("requests")).toArray();
}

bool SimControl::clearRequests()
{
    const int status = call("DELETE", QStringLiteral("/_sim/requests")).value(QLatin1String("status")).toInt();
    return status >= 200 && status < 300;
}

QJsonObject SimControl::state()
{
    return call("GET", QStringLiteral("/_sim/state")).value(QLatin1String("body")).toObject();
}

QJsonArray SimControl::matching(const QString &methodAndPathRegex)
{
    const QRegularExpression pattern(methodAndPathRegex, QRegularExpression::CaseInsensitiveOption);
    QJsonArray result;
    const QJsonArray all = requests();
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        const QString line = entry.value(QLatin1String("method")).toString() + QLatin1Char(' ')
            + entry.value(QLatin1String("path")).toString();
        if (pattern.match(line).hasMatch())
            result.append(entry);
    }
    return result;
}

int SimControl::count(const QString &methodAndPathRegex)
{
    return matching(methodAndPathRegex).size();
}

QJsonObject SimControl::arm(
    const QByteArray &method, const QString &pathAndQuery, const QString &token, const QJsonObject &body)
{
    return call(method, pathAndQuery, body, method == "PUT" || method == "POST" || method == "PATCH",
        "Bearer " + token.toUtf8());
}

EngineHarness::~EngineHarness()
{
    m_arm.reset();
    m_credential.reset();
    m_sim.stop();
}

bool EngineHarness::start(const QString &seedFile, const QStringList &extraArgs)
{
    if (!m_sim.start(seedFile, extraArgs)) {
        m_error = m_sim.errorString();
        return false;
    }
    m_control = std::make_unique<SimControl>(m_sim.url());
    m_credential
        = std::make_unique<SimClientCredential>(&m_network, m_sim.url(), Demo::kTenant, Demo::kClientId, Demo::kSecret);
    QUrl resourceManager = m_sim.url();
    resourceManager.setPath(QStringLiteral("/"));
    m_arm = std::make_unique<Apim::Core::ArmClient>(
        &m_network, m_credential.get(), resourceManager, Demo::kScope, &m_clock);
    m_arm->setBackoffBaseMs(20);
    return true;
}

QString EngineHarness::token()
{
    QString result;
    bool done = false;
    m_credential->token(
        Demo::kScope, m_credential.get(), [&](const Apim::Core::AccessToken &token, const Apim::Core::AuthError &) {
            result = token.token;
            done = true;
        });
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

OperationsStack::OperationsStack(EngineHarness &harness, const QString &dataDir)
    : storage(harness.arm())
    , resolver(&storage, nullptr)
    , blobs(harness.network(), harness.clock())
    , journal(dataDir)
    , catalog(&storage, &resolver, &blobs, &journal, nullptr, harness.clock())
    , probe(&catalog)
    , manager(harness.arm(), &storage, &resolver, &journal, harness.clock())
{
    Apim::Core::PollSettings settings;
    settings.defaultIntervalMs = 300;
    settings.minIntervalMs = 200;
    settings.maxServerErrors = 3;
    settings.activityLogWaitSeconds = 2; // the simulator's Activity Log has no lag
    manager.setPollSettings(settings);
    manager.setBackupFileProbe(&probe);
    blobs.setRetryDelayMs(20);
}

Apim::Core::OperationRecord OperationsStack::waitFinished(const QString &id, int timeoutMs)
{
    Apim::Core::OperationRecord result;
    bool done = false;
    QObject context;
    QObject::connect(&manager, &Apim::Core::OperationManager::operationFinished, &context,
        [&](const Apim::Core::OperationRecord &record) {
            if (record.id == id) {
                result = record;
                done = true;
            }
        });
    if (const auto known = manager.find(id); known && known->isFinished() && !manager.isTracking(id))
        return *known;
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        result = Apim::Core::OperationRecord();
        result.state = Apim::Core::OperationState::Unknown;
    }
    return result;
}

QList<Apim::Core::BackupBlob> OperationsStack::listBackups(
    const QString &subscription, const QString &account, const QString &container)
{
    using namespace Apim::Core;
    QList<BackupBlob> result;
    bool done = false;
    QObject context;
    storage.findAccount(subscription, account, &context, [&](const StorageAccount &found, const ArmError &error) {
        if (error.isError()) {
            done = true;
            return;
        }
        resolver.blobCredentials(found, &context, [&, found](const BlobCredentials &credentials, const QString &) {
            blobs.listBlobs(found.blobEndpoint, container, credentials, &context,
                [&](const QList<BackupBlob> &list, const StorageError &) {
                    result = list;
                    done = true;
                });
        });
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("listing backups timed out");
    return result;
}

Apim::Core::OperationRequest backupRequest(
    const QString &serviceId, const QString &blobName, Apim::Core::AccessType access)
{
    Apim::Core::OperationRequest request;
    request.kind = Apim::Core::OperationKind::Backup;
    request.serviceId = serviceId;
    request.storageAccount = QStringLiteral("contosobackups");
    request.container = QStringLiteral("apim-backups");
    request.blobName = blobName;
    request.accessType = access;
    if (access == Apim::Core::AccessType::UserAssignedManagedIdentity)
        request.identityClientId = Demo::kUserIdentityClientId;
    return request;
}

} // namespace Apim::Test
