#include "ui/widgets/BackupListWidget.h"

#include "ui/support/Formatting.h"
#include "ui/support/Icons.h"

#include "operations/Retention.h"

#include <QHeaderView>
#include <QLabel>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Apim::Ui {

BackupListWidget::BackupListWidget(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("backupListTreeWidget"));
    m_tree->setAccessibleName(tr("Backups in the container"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({ tr("Backup"), tr("Created"), tr("Size"), tr("Age") });
    // Names differ at the end (the date): elide in the middle so two backups of one service
    // can be told apart; the other columns take what they need and the name the rest.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("backupListStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // what Azure says is shown as written, never as markup
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &BackupListWidget::selectionChanged);
}

void BackupListWidget::setLoading(const QString &where)
{
    m_blobs.clear();
    m_tree->clear();
    m_status->setText(tr("Listing the backups in %1…").arg(where));
    m_status->show();
    emit selectionChanged();
}

void BackupListWidget::setError(const QString &text)
{
    m_blobs.clear();
    m_tree->clear();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    emit selectionChanged();
}

void BackupListWidget::setBackups(const QList<Core::BackupBlob> &blobs, const QDateTime &now)
{
    m_blobs = blobs;
    std::sort(m_blobs.begin(), m_blobs.end(),
        [](const Core::BackupBlob &a, const Core::BackupBlob &b) { return a.createdOn > b.createdOn; });
    m_tree->clear();
    QTreeWidgetItem *firstUsable = nullptr;
    for (int i = 0; i < m_blobs.size(); ++i) {
        const Core::BackupBlob &blob = m_blobs[i];
        auto *item = new QTreeWidgetItem(m_tree,
            { blob.name, Formatting::dateTime(blob.createdOn), Formatting::bytes(blob.size),
                Formatting::age(blob.createdOn, now) });
        item->setData(0, Qt::UserRole, i);
        const QString sku = blob.sourceSku();
        // Only what makes a file unrestorable whoever wrote it: a backup named by hand or by
        // another tool, without our metadata, is still offered.
        const QString notBackup = Core::Retention::notBackupReason(blob, /*madeHere=*/true);
        if (!notBackup.isEmpty()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setIcon(0, Icons::warning());
            item->setToolTip(0,
                Qt::convertFromPlainText(
                    tr("%1\nNot an API Management backup: %2.").arg(blob.name, notBackup), Qt::WhiteSpaceNormal));
            item->setText(3, tr("%1 (not a backup)").arg(item->text(3)));
        } else if (blob.isExpired(now)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setIcon(0, Icons::warning());
            item->setToolTip(0,
                Qt::convertFromPlainText(
                    tr("%1\nExpired: API Management does not restore backups older than 30 days.").arg(blob.name),
                    Qt::WhiteSpaceNormal));
            item->setText(3, tr("%1 (expired)").arg(item->text(3)));
        } else {
            item->setIcon(0, Icons::backup());
            item->setToolTip(0,
                Qt::convertFromPlainText(sku.isEmpty() ? blob.name : tr("%1 (from a %2 service)").arg(blob.name, sku),
                    Qt::WhiteSpaceNormal));
            if (!firstUsable)
                firstUsable = item;
        }
    }
    if (m_blobs.isEmpty()) {
        m_status->setText(tr("This container holds no backups."));
        m_status->show();
    } else {
        m_status->hide();
    }
    if (firstUsable)
        m_tree->setCurrentItem(firstUsable);
    emit selectionChanged();
}

const Core::BackupBlob *BackupListWidget::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return nullptr;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_blobs.size() ? &m_blobs[index] : nullptr;
}

bool BackupListWidget::selectByName(const QString &name)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->text(0) == name && (item->flags() & Qt::ItemIsEnabled)) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

int BackupListWidget::count() const
{
    return m_tree->topLevelItemCount();
}

} // namespace Apim::Ui
