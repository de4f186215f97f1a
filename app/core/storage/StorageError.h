#pragma once

#include <QCoreApplication>
#include <QString>

namespace Apim::Core {

// What went wrong with a Blob service call: the service's error code (x-ms-error-code or
// the XML <Code>), its message, the request id, and userMessage() in plain words.
struct StorageError
{
    // tr() under the context "Apim::Core::StorageError", the one lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::StorageError)

public:
    enum class Kind { None, Http, Network, Timeout, Auth, Malformed, Refused };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // e.g. ContainerNotFound, AuthorizationFailure, KeyBasedAuthenticationNotPermitted
    QString message;
    QString requestId;

    bool isError() const { return kind != Kind::None; }
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout
            || (kind == Kind::Http && (httpStatus >= 500 || httpStatus == 408 || httpStatus == 429));
    }
    bool isContainerMissing() const { return code == QLatin1String("ContainerNotFound"); }
    QString userMessage() const;

    static StorageError local(Kind kind, const QString &message)
    {
        StorageError error;
        error.kind = kind;
        error.message = message;
        return error;
    }
};

} // namespace Apim::Core
