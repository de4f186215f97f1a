#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Apim::Core {

// The loopback end of a browser sign-in: a tiny HTTP server on 127.0.0.1 and ::1 (never on
// other interfaces) and an ephemeral port, which answers each GET through a handler with
// a small HTML page, and stops listening once the handler says the sign-in is over. Both
// loopback addresses are ours because the redirect URI says "localhost", which a browser
// may resolve to either: another local process must not be able to take [::1]:<port>.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    struct Page
    {
        int status = 200;
        QString title;
        QString text;
        bool done = false; // stop listening after this answer
    };
    using Handler = std::function<Page(const QString &path, const QUrlQuery &query)>;

    explicit LoopbackReceiver(Handler handler, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    bool listen(QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    // http://localhost:<port>/ - "localhost", as Entra matches loopback redirect URIs by it.
    QUrl redirectUri() const;

    static QByteArray renderPage(const Page &page);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Page &page);

    Handler m_handler;
    QTcpServer *m_server; // 127.0.0.1
    QTcpServer *m_server6; // ::1 on the same port, when the machine has IPv6
};

} // namespace Apim::Core
