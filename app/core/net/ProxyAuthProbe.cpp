#include "net/ProxyAuthProbe.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Apim::Core {

namespace {

int statusOf(const QByteArray &statusLine)
{
    // "HTTP/1.1 407 Proxy Authentication Required"
    const QList<QByteArray> parts = statusLine.simplified().split(' ');
    if (parts.size() < 2 || !parts.first().startsWith("HTTP/"))
        return 0;
    bool ok = false;
    const int status = parts.at(1).toInt(&ok);
    return ok ? status : 0;
}

} // namespace

void ProxyAuthProbe::run(
    const QNetworkProxy &proxy, const QUrl &target, QObject *context, std::function<void(int)> done)
{
    if (proxy.type() != QNetworkProxy::HttpProxy || proxy.hostName().isEmpty()) {
        done(0);
        return;
    }
    auto *socket = new QTcpSocket(context);
    socket->setProxy(QNetworkProxy::NoProxy);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Answered once, whichever comes first: the status line, a closed socket, the timeout.
    auto finish = std::make_shared<std::function<void(int)>>(std::move(done));
    auto answer = [socket, finish](int status) {
        if (!*finish)
            return;
        const std::function<void(int)> callback = std::move(*finish);
        *finish = nullptr;
        socket->abort();
        socket->deleteLater();
        callback(status);
    };

    const int port = target.port(target.scheme() == QLatin1String("http") ? 80 : 443);
    const QByteArray authority = target.host(QUrl::FullyEncoded).toUtf8() + ':' + QByteArray::number(port);
    QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
    if (!proxy.user().isEmpty()) {
        const QByteArray credentials = (proxy.user() + QLatin1Char(':') + proxy.password()).toUtf8();
        request += "Proxy-Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    request += "\r\n";

    QObject::connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
        if (socket->canReadLine())
            answer(statusOf(socket->readLine(1024)));
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
        [socket, answer] { answer(socket->canReadLine() ? statusOf(socket->readLine(1024)) : 0); });
    QObject::connect(timer, &QTimer::timeout, socket, [answer] { answer(0); });
    timer->start(kTimeoutMs);
    socket->connectToHost(proxy.hostName(), proxy.port());
}

} // namespace Apim::Core
