#pragma once

#include "storage/BackupBlob.h"
#include "storage/StorageAccount.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace Apim::Ui {

// Lists the backups in a container for the restore dialog. An interface so the dialog
// can be driven by hand in tests; CoreBackupLister does it through the core's storage.
class BackupLister
{
public:
    using Callback = std::function<void(const QList<Core::BackupBlob> &blobs, const QString &error)>;
    virtual ~BackupLister() = default;
    virtual void listBackups(
        const Core::StorageAccount &account, const QString &container, QObject *context, Callback callback)
        = 0;
};

} // namespace Apim::Ui
