#pragma once

#include "ui/widgets/BackupLister.h"

#include <QPointer>

namespace Apim::Core {
class BlobClient;
class StorageCredentialResolver;
} // namespace Apim::Core

namespace Apim::Ui {

// BackupLister over the core: decides how to sign (account key or bearer token) through
// the StorageCredentialResolver, then lists the container with the BlobClient.
class CoreBackupLister final : public BackupLister
{
public:
    CoreBackupLister(Core::StorageCredentialResolver *credentials, Core::BlobClient *blobs);
    void listBackups(
        const Core::StorageAccount &account, const QString &container, QObject *context, Callback callback) override;
    // Only blobs whose names start with prefix (the details pane's "latest backup").
    void listBackups(const Core::StorageAccount &account, const QString &container, const QString &prefix,
        QObject *context, Callback callback);

private:
    QPointer<Core::StorageCredentialResolver> m_credentials;
    QPointer<Core::BlobClient> m_blobs;
};

} // namespace Apim::Ui
