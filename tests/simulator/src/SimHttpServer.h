#pragma once

#include "HttpTypes.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

class QTcpSocket;

namespace Apim::Sim {

class FaultInjector;
class RequestLog;
class Router;
struct Fault;

// Serves HTTP/1.1 over QAbstractHttpServer, but writes responses to the socket itself:
// that is what lets a handler answer later (latency, storage round trips) and lets faults
// drop the connection or cut a body short, which QHttpServerResponder cannot do.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SimHttpServer(Router &router, FaultInjector &faults, RequestLog &log, QObject *parent = nullptr);

    void setScheme(const QString &scheme) { m_scheme = scheme; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void process(
        const SimRequest &request, QPointer<QTcpSocket> socket, QElapsedTimer timer, const std::optional<Fault> &fault);
    void deliver(
        const SimRequest &request, QPointer<QTcpSocket> socket, const QElapsedTimer &timer, SimResponse response);
    SimRequest copyRequest(const QHttpServerRequest &request, QTcpSocket *socket) const;
    static SimResponse faultResponse(const Fault &fault, const SimRequest &request);

    Router &m_router;
    FaultInjector &m_faults;
    RequestLog &m_log;
    QString m_scheme = QStringLiteral("http");
};

} // namespace Apim::Sim
