#include "SimHttpServer.h"

#include "EntraErrors.h"
#include "FaultErrors.h"
#include "FaultInjector.h"
#include "RequestLog.h"
#include "Router.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace Apim::Sim {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

SimHttpServer::SimHttpServer(Router &router, FaultInjector &faults, RequestLog &log, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_faults(faults)
    , m_log(log)
{ }

SimRequest SimHttpServer::copyRequest(const QHttpServerRequest &request, QTcpSocket *socket) const
{
    SimRequest r;
    r.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path();
    if (r.path.isEmpty())
        r.path = QStringLiteral("/");
    r.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    r.headers = request.headers();
    r.body = request.body();
    r.scheme = m_scheme;
    r.host = QString::fromLatin1(r.header("Host"));
    if (r.host.isEmpty())
        r.host = QStringLiteral("127.0.0.1:%1").arg(socket->localPort());
    r.correlationId = QString::fromLatin1(r.header("x-ms-correlation-request-id"));
    if (r.correlationId.isEmpty())
        r.correlationId = QString::fromLatin1(newId());
    return r;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const SimRequest simRequest = copyRequest(request, socket);
    QPointer<QTcpSocket> guard(socket);

    FaultInjector::Decision decision;
    if (!simRequest.path.startsWith(QLatin1String("/_sim")))
        decision = m_faults.decide(simRequest.methodAndPath());
    // Always answer from the event loop, never from inside the server's readyRead handler:
    // a handler that drops the connection must not pull the socket from under it.
    QTimer::singleShot(decision.latencyMs, this,
        [this, simRequest, guard, timer, fault = decision.fault] { process(simRequest, guard, timer, fault); });
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Only reached if handleRequest() declined, which it never does; answer anyway.
    QElapsedTimer timer;
    timer.start();
    deliver(copyRequest(request, socket), QPointer<QTcpSocket>(socket), timer,
        SimResponse::armError(404, QStringLiteral("NotFound"), QStringLiteral("No handler.")));
}

void SimHttpServer::process(
    const SimRequest &request, QPointer<QTcpSocket> socket, QElapsedTimer timer, const std::optional<Fault> &fault)
{
    // A client that gave up waiting (a latency fault longer than its timeout) does not
    // undo its request: ARM goes on processing what reached it, and so does this.
    SimRequest effective = request;
    SimResponse::Delivery delivery = SimResponse::Delivery::Normal;
    if (fault) {
        if (fault->kind == QLatin1String("expireToken")) {
            effective.tokenExpiredByFault = true;
        } else if (fault->kind == QLatin1String("truncate")) {
            delivery = SimResponse::Delivery::Truncate;
        } else if (fault->kind == QLatin1String("dropAnswer")) {
            delivery = SimResponse::Delivery::Drop;
        } else {
            deliver(effective, socket, timer, faultResponse(*fault, effective));
            return;
        }
    }
    m_router.dispatch(effective, [this, effective, socket, timer, delivery](SimResponse response) {
        if (delivery != SimResponse::Delivery::Normal)
            response.delivery = delivery;
        deliver(effective, socket, timer, std::move(response));
    });
}

SimResponse SimHttpServer::faultResponse(const Fault &fault, const SimRequest &request)
{
    const bool entra = request.path.contains(QLatin1String("/oauth2/"));
    if (fault.kind == QLatin1String("drop")) {
        SimResponse r;
        r.delivery = SimResponse::Delivery::Drop;
        return r;
    }
    SimResponse r;
    if (fault.kind == QLatin1String("throttle")) {
        r = entra
            ? entraError(fault.status, QStringLiteral("temporarily_unavailable"), 90033,
                QStringLiteral("A transient error has occurred. Please try again."), request)
            : SimResponse::armError(fault.status, fault.code.isEmpty() ? QStringLiteral("TooManyRequests") : fault.code,
                fault.message.isEmpty()
                    ? QStringLiteral("The request is being throttled as the limit has been reached for "
                                     "operation type - Read_ObservationWindow_00:05:00. For more "
                                     "information, refer to - https://aka.ms/armthrottling")
                    : fault.message);
        r.setHeader("x-ms-ratelimit-remaining-subscription-reads", "0");
    } else if (fault.kind == QLatin1String("serviceLocked")) {
        static const QRegularExpression serviceName(
            QStringLiteral("/service/([^/]+)"), QRegularExpression::CaseInsensitiveOption);
        const QString name = serviceName.match(request.path).captured(1);
        r = SimResponse::armError(fault.status, QStringLiteral("ServiceLocked"),
            fault.message.isEmpty() ? QStringLiteral("The API Service %1 is transitioning at this time. Please try "
                                                     "the request again later.")
                                          .arg(name)
                                    : fault.message);
    } else if (entra) {
        r = entraError(fault.status, QStringLiteral("server_error"), 90000,
            fault.message.isEmpty() ? FaultErrors::defaultMessage(fault.status) : fault.message, request);
    } else {
        r = FaultErrors::armError(fault, request);
    }
    if (fault.retryAfter >= 0)
        r.setHeader("Retry-After", QByteArray::number(fault.retryAfter));
    return r;
}

void SimHttpServer::deliver(
    const SimRequest &request, QPointer<QTcpSocket> socket, const QElapsedTimer &timer, SimResponse response)
{
    if (!socket) {
        m_log.record(request, 0, timer.elapsed(), QStringLiteral("client-gone"));
        return;
    }
    if (response.delivery == SimResponse::Delivery::Drop) {
        m_log.record(request, 0, timer.elapsed(), QStringLiteral("dropped"));
        socket->abort();
        return;
    }
    response.setHeader("x-ms-request-id", newId());
    response.setHeader(
        "x-ms-correlation-request-id", request.correlationId.isEmpty() ? newId() : request.correlationId.toLatin1());
    const QByteArray clientRequestId = request.header("x-ms-client-request-id");
    if (!clientRequestId.isEmpty())
        response.setHeader("x-ms-client-request-id", clientRequestId);
    response.setHeader("Date", httpDate());
    if (response.header("Cache-Control").isEmpty())
        response.setHeader("Cache-Control", "no-cache");
    if (request.path.startsWith(QLatin1String("/subscriptions"), Qt::CaseInsensitive)
        && response.header("x-ms-ratelimit-remaining-subscription-reads").isEmpty()) {
        response.setHeader(request.method == "GET" ? "x-ms-ratelimit-remaining-subscription-reads"
                                                   : "x-ms-ratelimit-remaining-subscription-writes",
            request.method == "GET" ? "11999" : "1199");
    }
    const bool closeAfter
        = request.header("Connection").toLower() == "close" || response.delivery == SimResponse::Delivery::Truncate;
    if (closeAfter)
        response.setHeader("Connection", "close");

    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status).toLatin1() + "\r\n";
    for (const auto &h : std::as_const(response.headers))
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (response.delivery == SimResponse::Delivery::Truncate) {
        // Promise the whole body, send half, hang up: the client sees a short read.
        out += response.body.left(response.body.size() / 2);
        m_log.record(request, response.status, timer.elapsed(), QStringLiteral("truncated"));
    } else {
        out += response.body;
        m_log.record(request, response.status, timer.elapsed());
    }
    socket->write(out);
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace Apim::Sim
