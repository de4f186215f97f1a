#pragma once

#include "ui/widgets/BackupLister.h"

#include <QPointer>

namespace Apim::Core {
class BackupCatalog;
} // namespace Apim::Core

namespace Apim::Ui {

// BackupLister over the core's backup catalog, the one reader of backup containers.
class CoreBackupLister final : public BackupLister
{
public:
    explicit CoreBackupLister(Core::BackupCatalog *catalog);
    void listBackups(
        const Core::StorageAccount &account, const QString &container, QObject *context, Callback callback) override;
    // Only blobs whose names start with prefix (the details pane's "latest backup").
    void listBackups(const Core::StorageAccount &account, const QString &container, const QString &prefix,
        QObject *context, Callback callback);

private:
    QPointer<Core::BackupCatalog> m_catalog;
};

} // namespace Apim::Ui
