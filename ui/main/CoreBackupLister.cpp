#include "ui/main/CoreBackupLister.h"

#include "recovery/BackupCatalog.h"

#include <QCoreApplication>

namespace Apim::Ui {

CoreBackupLister::CoreBackupLister(Core::BackupCatalog *catalog)
    : m_catalog(catalog)
{ }

void CoreBackupLister::listBackups(
    const Core::StorageAccount &account, const QString &container, QObject *context, Callback callback)
{
    listBackups(account, container, QString(), context, std::move(callback));
}

void CoreBackupLister::listBackups(const Core::StorageAccount &account, const QString &container, const QString &prefix,
    QObject *context, Callback callback)
{
    if (!m_catalog) {
        callback({}, QCoreApplication::translate("Apim::Ui::CoreBackupLister", "Sign in to list backups."));
        return;
    }
    m_catalog->listContainer(account, container, prefix, context,
        [callback](const QList<Core::BackupBlob> &list, const Core::StorageError &error, const QString &note) {
            if (error.isError()) {
                QString text = error.userMessage();
                if (!note.isEmpty())
                    text += QStringLiteral(" (") + note + QLatin1Char(')');
                callback({}, text);
                return;
            }
            callback(list, QString());
        });
}

} // namespace Apim::Ui
