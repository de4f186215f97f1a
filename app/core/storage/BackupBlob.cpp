#include "storage/BackupBlob.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Apim::Core {

namespace {
// "Wed, 01 Jan 2025 10:10:12 GMT" (RFC 1123), as Blob storage writes every date, read by
// hand: QLocale::toDateTime() with a format looked the local time zone up on disk for each
// date, 60 µs a blob and 300 ms for a page of 5,000.
QDateTime parseRfc1123(QStringView text)
{
    static const char *const kMonths[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QList<QStringView> parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6 || !parts.at(0).endsWith(u',') || parts.at(5) != QLatin1String("GMT"))
        return {};
    int month = 0;
    for (int i = 0; i < 12 && month == 0; ++i) {
        if (parts.at(2) == QLatin1String(kMonths[i]))
            month = i + 1;
    }
    const QStringView clock = parts.at(4);
    if (month == 0 || clock.size() != 8 || clock.at(2) != u':' || clock.at(5) != u':')
        return {};
    bool dayOk = false, yearOk = false, hourOk = false, minuteOk = false, secondOk = false;
    const QDate date(parts.at(3).toInt(&yearOk), month, parts.at(1).toInt(&dayOk));
    const QTime time(
        clock.first(2).toInt(&hourOk), clock.sliced(3, 2).toInt(&minuteOk), clock.sliced(6).toInt(&secondOk));
    if (!(dayOk && yearOk && hourOk && minuteOk && secondOk) || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime parseHttpDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (QDateTime when = parseRfc1123(trimmed); when.isValid())
        return when;
    // Anything else (another tool's store, a proxy): the general, slower readers.
    QDateTime when = QLocale::c().toDateTime(trimmed, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    return when;
}

const char *const kKnownSkus[]
    = { "Developer", "Basic", "Standard", "Premium", "Consumption", "Isolated", "BasicV2", "StandardV2", "PremiumV2" };
} // namespace

QString BackupBlob::sourceService() const
{
    return metadata.value(QStringLiteral("service"), metadata.value(QStringLiteral("apimservice")));
}

QString BackupBlob::sourceSku() const
{
    QString sku = metadata.value(QStringLiteral("sku"), metadata.value(QStringLiteral("apimsku")));
    if (sku.isEmpty())
        sku = skuFromName(name);
    // Normalise the spelling so that "premium" and "Premium" compare equal.
    for (const char *known : kKnownSkus) {
        if (sku.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return QLatin1String(known);
    }
    return sku;
}

QString BackupBlob::skuFromName(const QString &blobName)
{
    static const QRegularExpression separators(QStringLiteral("[-_./ ]"));
    const QStringList tokens = blobName.split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        for (const char *known : kKnownSkus) {
            if (token.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
                return QLatin1String(known);
        }
    }
    return {};
}

QJsonObject BackupBlob::toJson(const QDateTime &now) const
{
    QJsonObject meta;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        meta.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("size"), size },
        { QStringLiteral("createdOn"), createdOn.toString(Qt::ISODate) },
        { QStringLiteral("ageDays"), ageDays(now) },
        { QStringLiteral("expired"), isExpired(now) },
        { QStringLiteral("expiresOn"), expiresOn().toString(Qt::ISODate) },
        { QStringLiteral("sku"), sourceSku() },
        { QStringLiteral("metadata"), meta },
    };
}

BlobListPage BlobListPage::parse(const QByteArray &xml)
{
    BlobListPage page;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto element = reader.name();
        if (element == QLatin1String("EnumerationResults")) {
            sawRoot = true;
        } else if (element == QLatin1String("NextMarker")) {
            page.nextMarker = reader.readElementText();
        } else if (element == QLatin1String("Blob")) {
            BackupBlob blob;
            while (!(reader.isEndElement() && reader.name() == QLatin1String("Blob")) && !reader.atEnd()) {
                reader.readNext();
                if (!reader.isStartElement())
                    continue;
                const auto field = reader.name();
                if (field == QLatin1String("Name")) {
                    blob.name = reader.readElementText();
                } else if (field == QLatin1String("Creation-Time")) {
                    blob.createdOn = parseHttpDate(reader.readElementText());
                } else if (field == QLatin1String("Last-Modified")) {
                    blob.lastModified = parseHttpDate(reader.readElementText());
                } else if (field == QLatin1String("Content-Length")) {
                    blob.size = reader.readElementText().toLongLong();
                } else if (field == QLatin1String("Content-Type")) {
                    blob.contentType = reader.readElementText();
                } else if (field == QLatin1String("Etag")) {
                    blob.etag = reader.readElementText();
                } else if (field == QLatin1String("Content-MD5")) {
                    blob.contentMd5 = reader.readElementText();
                } else if (field == QLatin1String("Metadata")) {
                    while (!reader.atEnd()) {
                        reader.readNext();
                        if (reader.isEndElement() && reader.name() == QLatin1String("Metadata"))
                            break;
                        if (reader.isStartElement()) {
                            const QString key = reader.name().toString().toLower();
                            blob.metadata.insert(key, reader.readElementText());
                        }
                    }
                }
            }
            if (!blob.createdOn.isValid())
                blob.createdOn = blob.lastModified;
            // A copied or re-uploaded backup is younger in storage than its content; tools
            // that record the backup time in metadata (createdat) are believed instead.
            const QDateTime recorded
                = QDateTime::fromString(blob.metadata.value(QStringLiteral("createdat")), Qt::ISODateWithMs);
            if (recorded.isValid() && (!blob.createdOn.isValid() || recorded < blob.createdOn))
                blob.createdOn = recorded.toUTC();
            if (!blob.name.isEmpty())
                page.blobs.append(blob);
            else // a list that loses entries silently would make a backup look missing
                page.error = QCoreApplication::translate("Apim::Core::BlobListPage", "a blob in the list has no name");
        }
    }
    if (reader.hasError()) {
        page.error
            = QCoreApplication::translate("Apim::Core::BlobListPage", "the blob list is not valid XML (line %1: %2)")
                  .arg(reader.lineNumber())
                  .arg(reader.errorString());
    } else if (!sawRoot) {
        page.error = QCoreApplication::translate("Apim::Core::BlobListPage", "the answer is not a blob list");
    }
    return page;
}

} // namespace Apim::Core
