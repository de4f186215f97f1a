#include "ui/support/DialogLayout.h"

#include <QDialog>
#include <QFormLayout>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

#include <algorithm>

namespace Apim::Ui::DialogLayout {

namespace {
int heightAt(const QWidget *widget, int width)
{
    return widget->hasHeightForWidth() ? widget->heightForWidth(width) : widget->sizeHint().height();
}

int layoutHeightAt(QLayout *layout, int width)
{
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
}
} // namespace

QFormLayout *formOf(const QWidget *widget)
{
    return widget ? qobject_cast<QFormLayout *>(widget->layout()) : nullptr;
}

void alignFormLabels(const QList<QFormLayout *> &forms)
{
    QList<QWidget *> labels;
    int widest = 0;
    for (QFormLayout *form : forms) {
        if (!form)
            continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (!item || !item->widget())
                continue;
            labels << item->widget();
            widest = std::max(widest, item->widget()->sizeHint().width());
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
}

int contentHeight(const QDialog *dialog, const QScrollArea *scroll, int width)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return dialog->sizeHint().height();
    // Rows shown or hidden since the last pass: measure the layout as it is now.
    layout->invalidate();
    layout->activate();
    int height = layoutHeightAt(layout, width);
    if (scroll && scroll->widget()) {
        // The scroll area asks for a capped guess; count its content in full instead.
        const QMargins margins = layout->contentsMargins();
        const int inner = width - margins.left() - margins.right() - 2 * scroll->frameWidth();
        height += heightAt(scroll->widget(), inner) + 2 * scroll->frameWidth() - scroll->sizeHint().height();
    }
    const QScreen *screen = dialog->screen();
    const int limit = screen ? screen->availableGeometry().height() * 9 / 10 : height;
    return std::min(height, limit);
}

void fitToContent(QDialog *dialog, const QScrollArea *scroll, int width)
{
    dialog->ensurePolished(); // the style's fonts and margins, as they will be shown
    dialog->resize(width, contentHeight(dialog, scroll, width));
}

void growToContent(QDialog *dialog, const QScrollArea *scroll)
{
    const int wanted = contentHeight(dialog, scroll, dialog->width());
    if (wanted > dialog->height())
        dialog->resize(dialog->width(), wanted);
}

} // namespace Apim::Ui::DialogLayout
