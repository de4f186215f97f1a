#pragma once

#include <QSortFilterProxyModel>

namespace Apim::Ui {

class ServiceTreeModel;

// Filters the service tree as the user types: a service matches on its name, resource
// group, region, tier or resource id; its subscription and tenant stay visible
// (recursive filtering), and a matching subscription or tenant shows all its services.
// Rows still loading stay visible so the user knows more may come.
class ServiceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServiceFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // How many services the filter lets through (all of them without a filter).
    int visibleServiceCount() const;

signals:
    void filterTextChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ServiceTreeModel *m_tree = nullptr; // the source model, read without QVariants
    QStringList m_words; // case-folded
    QString m_text;
};

} // namespace Apim::Ui
