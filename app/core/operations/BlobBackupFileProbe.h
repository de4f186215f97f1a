#pragma once

#include "operations/BackupFileProbe.h"

#include <QPointer>

namespace Apim::Core {

class BackupCatalog;

// BackupFileProbe over the real storage: reads the record's location through the backup
// catalog (which finds the account and decides how to sign) with the blob's name as prefix.
class BlobBackupFileProbe : public BackupFileProbe
{
    Q_OBJECT
public:
    explicit BlobBackupFileProbe(BackupCatalog *catalog, QObject *parent = nullptr);

    void check(const OperationRecord &record, QObject *context, Callback done) override;

private:
    QPointer<BackupCatalog> m_catalog;
};

} // namespace Apim::Core
