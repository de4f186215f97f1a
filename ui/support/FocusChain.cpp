#include "ui/support/FocusChain.h"

#include <QList>
#include <QWidget>

namespace Apim::Ui::FocusChain {

namespace {
bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) != 0;
}
} // namespace

void placeInside(QWidget *container, QWidget *anchor)
{
    if (!anchor) {
        anchor = container->previousInFocusChain();
        while (anchor != container && (container->isAncestorOf(anchor) || !takesTabFocus(anchor)))
            anchor = anchor->previousInFocusChain();
        if (anchor == container)
            return; // nothing focusable outside it
    }
    QList<QWidget *> inside;
    for (QWidget *widget = container->nextInFocusChain(); widget != container; widget = widget->nextInFocusChain()) {
        if (container->isAncestorOf(widget) && takesTabFocus(widget))
            inside.append(widget);
    }
    QWidget *previous = anchor;
    for (QWidget *widget : std::as_const(inside)) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace Apim::Ui::FocusChain
