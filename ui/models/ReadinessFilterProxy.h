#pragma once

#include <QSortFilterProxyModel>

namespace Apim::Ui {

// The Recovery view's sorting (by ReadinessModel::SortRole, so ages and counts sort as
// numbers) and its "Needs attention" filter.
class ReadinessFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReadinessFilterProxy(QObject *parent = nullptr);
    void setNeedsAttentionOnly(bool only);
    bool needsAttentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_attentionOnly = false;
};

} // namespace Apim::Ui
