#pragma once

#include <QStyledItemDelegate>

namespace Apim::Ui {

// Draws the progress column as a progress bar: a percentage when the service reports
// one, otherwise a busy bar, so a long restore never looks stuck at 0 %.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Apim::Ui
