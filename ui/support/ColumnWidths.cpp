#include "ui/support/ColumnWidths.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>

#include <algorithm>

namespace Apim::Ui::ColumnWidths {

int forTexts(const QAbstractItemView *view, const QStringList &texts, bool withIcon)
{
    QStyle *style = view->style();
    const int iconExtent = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    int widest = 0;
    for (const QString &text : texts) {
        // What the default delegate measures: the style's item size for this text and icon.
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
        option.text = text;
        option.features = QStyleOptionViewItem::HasDisplay;
        if (withIcon) {
            option.features |= QStyleOptionViewItem::HasDecoration;
            option.decorationSize = QSize(iconExtent, iconExtent);
        }
        widest = std::max(widest, style->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), view).width());
    }
    return widest;
}

int forHeader(const QHeaderView *header, int section)
{
    // What QHeaderView::sectionSizeFromContents (protected) asks the style for.
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = section;
    option.text = header->model() ? header->model()->headerData(section, header->orientation()).toString() : QString();
    option.fontMetrics = header->fontMetrics();
    if (header->isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown; // room for the arrow
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
}

} // namespace Apim::Ui::ColumnWidths
