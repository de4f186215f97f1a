#include "GrantStore.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace Apim::Sim {

QString GrantStore::findDeviceCodeByUserCode(const QString &userCode) const
{
    const QString wanted = userCode.trimmed().toUpper().remove(QLatin1Char('-'));
    for (auto it = deviceCodes.cbegin(); it != deviceCodes.cend(); ++it) {
        if (it.value().userCode == wanted)
            return it.key();
    }
    return {};
}

QString GrantStore::effectiveScope(const QString &requested, const QString &granted)
{
    return requested.isEmpty() ? granted : requested;
}

QString GrantStore::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString GrantStore::randomUserCode()
{
    // Entra's user codes: 9 characters without look-alikes.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return code;
}

} // namespace Apim::Sim
