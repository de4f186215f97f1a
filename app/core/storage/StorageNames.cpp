#include "storage/StorageNames.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Apim::Core::StorageNames {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Apim::Core::StorageNames", text);
}

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}
} // namespace

QString containerNameError(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a container name.");
    if (name.size() < 3 || name.size() > 63)
        return tr("The container name \"%1\" has %2 characters; use 3 to 63.").arg(name).arg(name.size());
    for (const QChar c : name) {
        if (!isLowerAlnum(c) && c != QLatin1Char('-'))
            return tr("The container name \"%1\" contains \"%2\"; use only lowercase letters, digits and hyphens.")
                .arg(name, QString(c));
    }
    if (name.front() == QLatin1Char('-'))
        return tr("The container name \"%1\" starts with a hyphen; start it with a letter or digit.").arg(name);
    if (name.back() == QLatin1Char('-'))
        return tr("The container name \"%1\" ends with a hyphen; end it with a letter or digit.").arg(name);
    if (name.contains(QLatin1String("--")))
        return tr("The container name \"%1\" has two hyphens in a row; use single hyphens.").arg(name);
    return {};
}

QString blobNameError(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a backup (blob) name.");
    if (name.size() > 1024)
        return tr("The backup name has %1 characters; use at most 1024.").arg(name.size());
    if (name.startsWith(QLatin1Char('/')))
        return tr("The backup name \"%1\" starts with a slash; start it with the first folder or the file name.")
            .arg(name);
    if (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('/')))
        return tr("The backup name \"%1\" ends with \"%2\"; blob names may not end with a dot or a slash.")
            .arg(name, name.right(1));
    if (name.contains(QLatin1Char('\\')))
        return tr("The backup name \"%1\" contains a backslash; use \"/\" for folders.").arg(name);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The backup name contains a control character; use printable characters only.");
    }
    if (name.count(QLatin1Char('/')) >= 254)
        return tr("The backup name has too many \"/\" folder levels; use fewer than 254.");
    const QStringList segments = name.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return tr("The backup name \"%1\" has two slashes in a row; use single slashes between folders.").arg(name);
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return tr("The backup name \"%1\" has a \"%2\" folder; folders named \".\" or \"..\" are not allowed.")
                .arg(name, segment);
    }
    if (name.trimmed() != name)
        return tr("The backup name \"%1\" starts or ends with a space; remove it.").arg(name);
    return {};
}

QString accessKeyError(const QString &key)
{
    const QString trimmed = key.trimmed();
    const QString where = tr("Copy key1 or key2 from the storage account's \"Access keys\" page: 88 characters of "
                             "letters, digits, \"+\" and \"/\", ending in \"==\".");
    if (trimmed.isEmpty())
        return tr("Enter the storage account key.") + QLatin1Char(' ') + where;
    // Checked before decoding: a pasted file of millions of characters is refused at once.
    if (trimmed.size() != 88)
        return tr("A storage account key has 88 characters, this one has %1.").arg(trimmed.size()) + QLatin1Char(' ')
            + where;
    for (const QChar c : trimmed) {
        const bool base64 = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('+') || c == QLatin1Char('/') || c == QLatin1Char('=');
        if (!base64)
            return tr("A storage account key is base64 and has no \"%1\".")
                       .arg(c.isPrint() ? QString(c)
                                        : QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')))
                + QLatin1Char(' ') + where;
    }
    const auto decoded = QByteArray::fromBase64Encoding(trimmed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 64)
        return tr("This is not a storage account key (64 bytes in base64).") + QLatin1Char(' ') + where;
    return {};
}

QString accountNameError(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a storage account name.");
    if (name.size() < 3 || name.size() > 24)
        return tr("The storage account name \"%1\" has %2 characters; storage account names have 3 to 24.")
            .arg(name)
            .arg(name.size());
    for (const QChar c : name) {
        if (!isLowerAlnum(c))
            return tr("The storage account name \"%1\" contains \"%2\"; storage account names have only lowercase "
                      "letters and digits.")
                .arg(name, QString(c));
    }
    return {};
}

} // namespace Apim::Core::StorageNames
