#include "auth/LoopbackReceiver.h"

#include "util/Logging.h"
#include "util/Redaction.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Apim::Core {

namespace {
constexpr int kMaxRequestBytes = 16 * 1024;
constexpr int kSocketTimeoutMs = 10000;
// Ports tried when [::1]:<port> is already taken by someone else.
constexpr int kListenAttempts = 8;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}
} // namespace

LoopbackReceiver::LoopbackReceiver(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
    , m_server6(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(m_server); });
    connect(m_server6, &QTcpServer::newConnection, this, [this] { onNewConnection(m_server6); });
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

bool LoopbackReceiver::listen(QString *error)
{
    close();
    // Loopback only: nobody on the network may deliver (or steal) the authorization code.
    for (int attempt = 0; attempt < kListenAttempts; ++attempt) {
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            break;
        const quint16 port = m_server->serverPort();
        if (m_server6->listen(QHostAddress::LocalHostIPv6, port))
            return true;
        if (m_server6->serverError() != QAbstractSocket::AddressInUseError) {
            // No IPv6 on this machine: then nobody can bind ::1 either.
            qCDebug(lcAuth) << "no IPv6 loopback listener:" << m_server6->errorString();
            return true;
        }
        // Someone else holds [::1]:<port> and would receive what the browser sends to
        // localhost: take another port.
        qCInfo(lcAuth) << "[::1]:" << port << "is taken by another process; trying another port";
        m_server->close();
    }
    if (error)
        *error = QCoreApplication::translate("Apim::Core::LoopbackReceiver",
            "Cannot listen on 127.0.0.1 for the browser's answer: %1. Use device "
            "code sign-in instead.")
                     .arg(m_server->errorString());
    return false;
}

void LoopbackReceiver::close()
{
    if (m_server->isListening())
        m_server->close();
    if (m_server6->isListening())
        m_server6->close();
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QByteArray LoopbackReceiver::renderPage(const Page &page)
{
    const QString title = page.title.toHtmlEscaped();
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body style=\"font-family: sans-serif; margin: 3em;\"><h1>%1</h1><p>%2</p>"
                                        "</body></html>\n")
                             .arg(title, page.text.toHtmlEscaped());
    return html.toUtf8();
}

void LoopbackReceiver::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that never sends a request must not live forever.
        QTimer::singleShot(kSocketTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("apimBuffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        respond(socket, { 400, QStringLiteral("Bad request"), QStringLiteral("The request is too large."), false });
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("apimBuffer", buffer);
        return;
    }
    socket->setProperty("apimBuffer", QVariant());
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/")) {
        respond(socket, { 400, QStringLiteral("Bad request"), QStringLiteral("This is not an HTTP request."), false });
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(
            socket, { 405, QStringLiteral("Method not allowed"), QStringLiteral("Only GET is served here."), false });
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::TolerantMode);
    qCDebug(lcAuth).noquote() << "loopback request" << Redaction::url(target);
    const Page page = m_handler(target.path(), QUrlQuery(target.query(QUrl::FullyEncoded)));
    respond(socket, page);
    if (page.done)
        close();
}

void LoopbackReceiver::respond(QTcpSocket *socket, const Page &page)
{
    const QByteArray body = renderPage(page);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(page.status) + ' ' + reasonPhrase(page.status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Apim::Core
