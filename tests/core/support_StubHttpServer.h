#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVariant>

#include <functional>

namespace Apim::Test {

// A few lines of HTTP/1.1 over a real loopback socket, for the answers azure-sim cannot
// give (a flood of bytes, a Resource Graph that loops): each request is handed to a
// handler that returns the raw response bytes (none: the connection is dropped). Counts connections and requests, so a
// test can also prove that nothing was sent at all (as a proxy no client should reach).
class StubHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray head; // request line and headers
        QByteArray body;
    };
    using Handler = std::function<QByteArray(const Request &)>;

    explicit StubHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
    int connections() const { return m_connections; }
    const QList<Request> &requests() const { return m_requests; }

    static QByteArray json(int status, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("stubBuffer").toByteArray() + socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("stubBuffer", buffer);
            return;
        }
        Request request;
        request.head = buffer.left(end);
        const QList<QByteArray> line = request.head.left(request.head.indexOf("\r\n")).split(' ');
        request.method = line.value(0);
        request.target = line.value(1);
        qsizetype length = 0;
        for (const QByteArray &header : request.head.split('\n')) {
            if (header.toLower().startsWith("content-length:"))
                length = header.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() - end - 4 < length) {
            socket->setProperty("stubBuffer", buffer);
            return;
        }
        socket->setProperty("stubBuffer", QVariant());
        request.body = buffer.mid(end + 4, length);
        m_requests.append(request);
        const QByteArray response = m_handler(request);
        if (response.isEmpty())
            socket->abort(); // no answer at all: the client sees the connection drop
        else
            socket->write(response);
    }

    Handler m_handler;
    QTcpServer m_server;
    int m_connections = 0;
    QList<Request> m_requests;
};

} // namespace Apim::Test
