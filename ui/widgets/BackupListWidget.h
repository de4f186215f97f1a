#pragma once

#include "storage/BackupBlob.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Apim::Ui {

// The backups in a container, newest first, with date, size and age. Expired ones (older
// than 30 days) are listed so the user sees them, but cannot be chosen.
class BackupListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BackupListWidget(QWidget *parent = nullptr);

    void setLoading(const QString &where);
    void setError(const QString &text);
    void setBackups(const QList<Core::BackupBlob> &blobs, const QDateTime &now);
    // The chosen backup; nullptr when none (or an expired one) is selected.
    const Core::BackupBlob *selected() const;
    bool selectByName(const QString &name);
    int count() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void selectionChanged();

private:
    QTreeWidget *m_tree;
    QLabel *m_status;
    QList<Core::BackupBlob> m_blobs;
};

} // namespace Apim::Ui
