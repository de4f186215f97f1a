#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

namespace Apim::Sim {

// Storage Shared Key authorization for Azurite's path-style URLs. The simulator has its
// own signer (not the app's) so that a bug in one cannot hide a bug in the other.
class SharedKeySigner
{
public:
    // Adds x-ms-date, x-ms-version and Authorization to request (whose URL is
    // <azurite>/<account>/...). contentLength: the body size; contentType as sent.
    static void sign(QNetworkRequest &request, const QByteArray &verb, const QString &account,
        const QByteArray &base64Key, qint64 contentLength);

    static QByteArray stringToSign(
        const QNetworkRequest &request, const QByteArray &verb, const QString &account, qint64 contentLength);
};

} // namespace Apim::Sim
