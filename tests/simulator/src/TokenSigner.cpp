#include "TokenSigner.h"

#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Apim::Sim {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

TokenSigner::TokenSigner()
{
    m_secret.resize(32);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
}

QString TokenSigner::sign(const QJsonObject &claims) const
{
    const QJsonObject header { { QStringLiteral("typ"), QStringLiteral("JWT") },
        { QStringLiteral("alg"), QStringLiteral("HS256") }, { QStringLiteral("kid"), QStringLiteral("azure-sim") } };
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(B64) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(B64);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256).toBase64(B64);
    return QString::fromLatin1(signingInput + '.' + signature);
}

TokenSigner::Check TokenSigner::verify(const QString &token, QJsonObject *claims) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return Check::Malformed;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), B64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto header = QByteArray::fromBase64Encoding(parts.at(0), B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !header)
        return Check::Malformed;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    if (!doc.isObject() || !QJsonDocument::fromJson(*header).isObject())
        return Check::Malformed;
    const QByteArray expected
        = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), m_secret, QCryptographicHash::Sha256)
              .toBase64(B64);
    if (expected != parts.at(2))
        return Check::BadSignature;
    if (claims)
        *claims = doc.object();
    return Check::Valid;
}

} // namespace Apim::Sim
