#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace Apim::Core {

// Signs Blob service requests with an account key ("Shared Key" authorization, version
// 2015-02-21 and later). Works for real accounts (https://acct.blob.core.windows.net/c)
// and for path-style emulator URLs (http://127.0.0.1:10000/acct/c), where the account
// name therefore appears twice in the canonical resource.
class SharedKeySigner
{
public:
    static inline const QByteArray kVersion = QByteArrayLiteral("2021-08-06");

    SharedKeySigner(const QString &accountName, const QByteArray &base64Key);

    bool isValid() const { return !m_key.isEmpty() && !m_accountName.isEmpty(); }
    QString accountName() const { return m_accountName; }

    // Adds x-ms-date, x-ms-version and Authorization to request. contentLength 0 signs as
    // empty, as the service expects since 2015-02-21.
    void sign(QNetworkRequest &request, const QByteArray &verb, qint64 contentLength = 0,
        const QByteArray &contentType = {}, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The pieces, public so that tests can compare them with the documented examples.
    static QByteArray rfc1123(const QDateTime &utc);
    QByteArray stringToSign(const QByteArray &verb, const QUrl &url,
        const QList<QPair<QByteArray, QByteArray>> &msHeaders, qint64 contentLength,
        const QByteArray &contentType) const;
    QByteArray canonicalizedResource(const QUrl &url) const;
    QByteArray signature(const QByteArray &stringToSign) const;

private:
    QString m_accountName;
    QByteArray m_key; // decoded
};

} // namespace Apim::Core
