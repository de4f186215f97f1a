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
    // Worth trying again later: the transport policy's rule, as for ARM and Entra.
    bool isTransient() const;
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
