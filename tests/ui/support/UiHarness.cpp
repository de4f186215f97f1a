#include "UiHarness.h"

#include "auth/AccountInfo.h"
#include "cloud/CloudEnvironment.h"
#include "net/NetworkSetup.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsManager.h"
#include "settings/Settings.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServiceTreeModel.h"
#include "util/Clock.h"

#include <QAction>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

namespace Apim::Test {

UiHarness::UiHarness(const QUrl &simUrl, const QString &cloudFile)
    : m_simUrl(simUrl)
    , m_cloudFile(cloudFile)
    , m_clock(std::make_unique<Core::SystemClock>())
    , m_keychain(std::make_unique<Core::MemorySecretStore>())
{
    if (simUrl.isEmpty())
        m_error = QStringLiteral("no simulator URL: run the test through ctest (NEEDS sim) or start a SimProcess");
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
    m_settings = std::make_unique<Core::Settings>(QDir(m_home.path()).filePath(QStringLiteral("apim-backup.ini")));
    m_secrets = std::make_unique<Core::SecretsManager>(m_keychain.get());
    m_notifier.enabled = true;

    m_context.settings = m_settings.get();
    m_context.dialogs = &m_dialogs;
    m_context.notifier = &m_notifier;
    m_context.urlOpener = &m_urlOpener;
    m_context.clock = m_clock.get();
    m_shared.network = &m_network;
    m_shared.clock = m_clock.get();
    m_shared.settings = m_settings.get();
    m_shared.secrets = m_secrets.get();
    m_shared.urlOpener = &m_urlOpener;
    m_shared.dataDir = QDir(m_home.path()).filePath(QStringLiteral("data"));
}

UiHarness::~UiHarness()
{
    m_app.reset();
}

Ui::MainWindow *UiHarness::window() const
{
    return m_app ? m_app->window() : nullptr;
}

void UiHarness::useNetworkSetup(Core::NetworkSetup *network)
{
    network->configure(&m_network);
    m_context.network = network;
    m_context.trustedCertificatesDir = QDir(m_home.path()).filePath(QStringLiteral("trusted-certificates"));
}

void UiHarness::launch(bool restoreSession, bool afterFirstPaint)
{
    m_listed = false;
    m_app = std::make_unique<Ui::AppController>(m_context, m_shared);
    QObject::connect(m_app.get(), &Ui::AppController::servicesListed, m_app.get(), [this] { m_listed = true; });
    QString error;
    const Core::CloudEnvironment cloud = Core::CloudEnvironment::fromFile(m_cloudFile, &error);
    if (!cloud.isValid())
        m_error = QStringLiteral("the simulator's cloud file is not usable: %1").arg(error);
    m_app->window()->resize(1280, 800);
    m_app->window()->show();
    if (afterFirstPaint)
        m_app->startAfterFirstPaint(cloud, restoreSession);
    else
        m_app->start(cloud, restoreSession);
}

bool UiHarness::signIn(int timeoutMs)
{
    startSignIn();
    return waitForServicesListed(timeoutMs);
}

void UiHarness::startSignIn()
{
    Core::SignInOptions options;
    options.method = Core::SignInMethod::ServicePrincipal;
    options.tenant = kTenant;
    options.clientId = kClientId;
    options.clientSecret = kSecret;
    m_listed = false;
    m_app->signIn(options);
}

bool UiHarness::waitForServicesListed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_listed; }, timeoutMs);
}

void UiHarness::restart(bool restoreSession)
{
    m_app.reset();
    launch(restoreSession);
}

QString UiHarness::serviceId(const QString &name) const
{
    if (!window())
        return {};
    for (const Ui::ServiceEntry &entry : window()->serviceModel()->allServices()) {
        if (entry.name == name)
            return entry.resourceId;
    }
    return {};
}

bool UiHarness::selectService(const QString &name)
{
    const QString id = serviceId(name);
    return !id.isEmpty() && window()->selectService(id);
}

bool UiHarness::simControl(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(m_simUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const bool ok = done && reply->error() == QNetworkReply::NoError;
    if (!ok)
        qWarning("sim control %s %s failed: %s %s", method.constData(), qPrintable(path),
            qPrintable(reply->errorString()), reply->readAll().constData());
    reply->deleteLater();
    return ok;
}

QByteArray UiHarness::simGet(const QString &path)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(m_simUrl.resolved(QUrl(path))));
    const QByteArray body
        = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000) ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

bool UiHarness::useShortOperations()
{
    return simControl("DELETE", QStringLiteral("/_sim/faults"))
        && simControl("POST", QStringLiteral("/_sim/config"),
            { { QStringLiteral("operationDurationMs"), 1200 }, { QStringLiteral("retryAfterSeconds"), 1 } });
}

Ui::BackupDialog *UiHarness::openBackupDialog(const QString &service)
{
    if (!selectService(service))
        return nullptr;
    window()->backupAction()->trigger();
    return app()->operations()->backupDialog();
}

const Ui::OperationView *UiHarness::latestOperation() const
{
    const auto &operations = window()->operationsModel()->operations();
    return operations.isEmpty() ? nullptr : &operations.first();
}

bool UiHarness::waitLatestFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return latestOperation() && latestOperation()->isFinished(); }, timeoutMs);
}

} // namespace Apim::Test
