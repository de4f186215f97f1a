#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Apim::Core {

// Where storage credentials (an access key's signature, a storage bearer token) may be
// sent. ARM says where an account's Blob endpoint is, and that answer is not taken on
// trust: https only, to <account>.blob.<the cloud's storage suffix> (in the public cloud
// also the DNS-zone form <account>.zNN.blob.storage.azure.net). Plain http and any host
// are allowed only for loopback addresses: Azurite's path-style endpoints in tests.
class BlobEndpointPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::BlobEndpointPolicy)
public:
    // storageSuffix: CloudEnvironment::storageSuffix() (core.windows.net); empty accepts
    // the suffix of any built-in cloud. accountName, when given, must be the host's first
    // label. Empty when the endpoint may receive credentials, else a sentence saying why not.
    static QString problem(const QUrl &endpoint, const QString &storageSuffix, const QString &accountName = {});

    // The Blob host suffixes a cloud's accounts live under, e.g. ".blob.core.windows.net".
    static QStringList hostSuffixes(const QString &storageSuffix);
};

} // namespace Apim::Core
