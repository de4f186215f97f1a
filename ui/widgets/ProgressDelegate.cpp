#include "ui/widgets/ProgressDelegate.h"

#include "ui/models/OperationsModel.h"

#include <QApplication>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace Apim::Ui {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(OperationsModel::FinishedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    const int percent = index.data(OperationsModel::PercentRole).toInt();
    bar.minimum = 0;
    // maximum 0 is the style's busy indicator.
    bar.maximum = percent >= 0 ? 100 : 0;
    bar.progress = percent >= 0 ? percent : 0;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace Apim::Ui
