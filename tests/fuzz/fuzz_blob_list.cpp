// BlobListPage::parse over a List Blobs answer (EnumerationResults XML), then what the
// restore dialog, prune and --json read from each blob.

#include "FuzzSupport.h"

#include "storage/BackupBlob.h"

#include <QDateTime>

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    const BlobListPage page = BlobListPage::parse(ApimFuzz::bytes(data, size));
    static const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    for (const BackupBlob &blob : page.blobs) {
        if (blob.name.isEmpty())
            ApimFuzz::broken("a blob without a name was delivered");
        (void)blob.ageSeconds(now);
        (void)blob.ageDays(now);
        (void)blob.isExpired(now);
        (void)blob.expiresOn();
        (void)blob.sourceService();
        (void)blob.sourceSku();
        (void)blob.toJson(now);
    }
    return 0;
}
