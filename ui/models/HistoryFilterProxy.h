#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace Apim::Ui {

// The history tab's filter over OperationsModel: free text (service, storage account,
// container, backup name, error) plus "only failures" / "only backups" / "only restores" /
// "only backups during which the configuration changed" (they may be missing changes).
class HistoryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope { All, Backups, Restores, Failures, Running, Recent, ChangedDuringBackup };
    Q_ENUM(Scope)

    explicit HistoryFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setScope(Scope scope);
    // Scope::Recent: running operations and those that finished after since.
    void setRecentSince(const QDateTime &since);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Scope m_scope = Scope::All;
    QDateTime m_since;
};

} // namespace Apim::Ui
