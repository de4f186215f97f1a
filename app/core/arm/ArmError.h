#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace Apim::Core {

// One entry of ARM's ErrorResponse: {code, message, target, details[]} (recursive).
struct ArmErrorDetail
{
    QString code;
    QString message;
    QString target;
    std::vector<ArmErrorDetail> details;

    static ArmErrorDetail fromJson(const QJsonObject &error);
    QJsonObject toJson() const;
};

// What went wrong with an ARM call, kept whole: the service's code, message (verbatim),
// target and details, the HTTP status and the request ids that Azure support asks for,
// plus userMessage(): plain words saying what happened and what to do next.
struct ArmError
{
    // tr() under the context "Apim::Core::ArmError", the one lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::ArmError)

public:
    enum class Kind {
        None,
        Http, // the service answered with an error status
        Network, // no answer: refused, dropped, DNS, TLS
        Timeout, // no answer in time
        Auth, // no token could be had (sign in again)
        Malformed, // an answer we could not read (not JSON, truncated)
        Canceled, // the caller gave up
        Refused, // refused locally before sending (bad URL, other host)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message; // the service's own words, or our description of a local failure
    QString target;
    std::vector<ArmErrorDetail> details;
    QString requestId; // x-ms-request-id
    QString correlationId; // x-ms-correlation-request-id
    QString clientRequestId; // the x-ms-client-request-id we sent
    QString method;
    QString url; // redacted
    // True when the request may have reached the service although we got no clear answer
    // (dropped after sending, timeout, 5xx): do not repeat a call that starts something.
    bool fateUnknown = false;
    bool authRequired = false; // sign in again (401 after a token refresh, or a credential error)

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later: a transient status (TransportPolicy), network, timeout, malformed.
    bool isTransient() const;

    // "what happened. what to do next. (request id ...)" for a message box or stderr.
    QString userMessage() const;
    // code: message [details] (HTTP status, ids), for logs and the journal.
    QString technicalSummary() const;

    // Parses an ARM ErrorResponse body ({"error": {...}} or a bare {code, message}).
    // Returns false when the body holds no recognisable error.
    bool parseBody(const QByteArray &body);

    QJsonObject toJson() const;
    static ArmError fromJson(const QJsonObject &object);

    static ArmError local(Kind kind, const QString &message);
};

} // namespace Apim::Core
