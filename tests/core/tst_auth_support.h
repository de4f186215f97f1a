#pragma once

// Helpers shared by the sign-in tests: a clock that moves with the simulator's, a "browser"
// that follows the simulator's redirect to the loopback listener, and a few synchronous
// calls to the simulator's control endpoints.

#include "TestEnvironment.h"
#include "util/Clock.h"
#include "util/UrlOpener.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace Apim::Test {

// Wall clock plus an offset, like the simulator's clock: advance both by the same amount
// and the token lifetimes seen by the app and the simulator stay in step.
class FakeClock : public Core::Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    qint64 m_offsetSeconds = 0;
};

// Plays the browser: GETs the authorize URL and follows the simulator's 302 to the loopback
// listener. rewrite may change the URL first (a test that tampers with the PKCE challenge);
// with follow = false it only records the URL.
class BrowserOpener : public Core::UrlOpener
{
public:
    std::function<QUrl(const QUrl &)> rewrite;
    bool follow = true;
    QList<QUrl> opened;
    int lastStatus = 0;
    QString lastBody;
    bool finished = false;

    bool openUrl(const QUrl &url) override
    {
        opened.append(url);
        if (follow)
            visit(rewrite ? rewrite(url) : url);
        return true;
    }

    void visit(const QUrl &url)
    {
        finished = false;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            lastBody = QString::fromUtf8(reply->readAll());
            finished = true;
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_network;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A synchronous request for test set-up (control endpoints, raw calls); 10 s at most.
inline HttpResult httpRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
    const QByteArray &contentType = "application/json", const QByteArray &authorization = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    delete reply;
    return result;
}

inline QUrl simEndpoint(const QUrl &sim, const QString &path)
{
    QUrl url = sim;
    url.setPath(path);
    return url;
}

inline bool simPost(const QUrl &sim, const QString &path, const QJsonObject &body)
{
    const HttpResult result
        = httpRequest("POST", simEndpoint(sim, path), QJsonDocument(body).toJson(QJsonDocument::Compact));
    return result.status >= 200 && result.status < 300;
}

inline bool simConfigure(const QUrl &sim, const QJsonObject &config)
{
    return simPost(sim, QStringLiteral("/_sim/config"), config);
}

inline bool simAdvanceClock(const QUrl &sim, qint64 seconds)
{
    return simPost(sim, QStringLiteral("/_sim/clock"), QJsonObject { { QStringLiteral("advanceSeconds"), seconds } });
}

// A private azure-sim for the sign-in tests. Unlike SimProcess it needs no Azurite: sign-in
// touches no blobs, and so these tests do not depend on the Azurite fixture being up (it is
// shared by every ctest run in the build tree).
class AuthSim
{
public:
    ~AuthSim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    bool start(const QStringList &extraArgs = {})
    {
        const QString urlFile = m_dir.filePath(QStringLiteral("sim.url"));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(TestEnvironment::simBinary(),
            QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--url-file"), urlFile,
                QStringLiteral("--log"), m_dir.filePath(QStringLiteral("requests.log")) }
                + extraArgs);
        if (!m_process.waitForStarted(5000)) {
            m_error = QStringLiteral("azure-sim (%1) did not start: %2")
                          .arg(TestEnvironment::simBinary(), m_process.errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process.state() == QProcess::Running) {
            QFile file(urlFile);
            if (file.open(QIODevice::ReadOnly)) {
                m_url = QUrl(QString::fromUtf8(file.readAll()).trimmed());
                if (m_url.isValid() && !m_url.isEmpty()) {
                    m_cloudFile = TestEnvironment::writeCloudFile(m_url, m_dir.path());
                    return true;
                }
            }
            m_process.waitForFinished(20); // a short pause that ends early if the simulator dies
        }
        m_error = QStringLiteral("azure-sim did not report its address");
        return false;
    }

    QUrl url() const { return m_url; }
    QString cloudFile() const { return m_cloudFile; }
    QString errorString() const { return m_error; }
    QString requestLog() const
    {
        QFile file(m_dir.filePath(QStringLiteral("requests.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_cloudFile;
    QString m_error;
};

// The demo estate's names, read from the seed the simulator uses.
struct DemoSeed
{
    QString contosoTenant;
    QString fabrikamTenant;
    QString user; // the default user, home tenant Contoso, guest in Fabrikam
    QString spClientId; // a service principal of Contoso
    QString spSecret;

    static DemoSeed load()
    {
        DemoSeed seed;
        QFile file(QDir(TestEnvironment::dataDir()).filePath(QStringLiteral("../simulator/seeds/demo.json")));
        if (!file.open(QIODevice::ReadOnly))
            return seed;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray tenants = root.value(QLatin1String("tenants")).toArray();
        seed.contosoTenant = tenants.at(0).toObject().value(QLatin1String("id")).toString();
        seed.fabrikamTenant = tenants.at(1).toObject().value(QLatin1String("id")).toString();
        seed.user = root.value(QLatin1String("defaultUser")).toString();
        if (seed.user.isEmpty())
            seed.user
                = root.value(QLatin1String("users")).toArray().at(0).toObject().value(QLatin1String("upn")).toString();
        const QJsonObject sp = root.value(QLatin1String("servicePrincipals")).toArray().at(0).toObject();
        seed.spClientId = sp.value(QLatin1String("clientId")).toString();
        seed.spSecret = sp.value(QLatin1String("secret")).toString();
        return seed;
    }
    bool isValid() const { return !contosoTenant.isEmpty() && !spSecret.isEmpty(); }
};

} // namespace Apim::Test
