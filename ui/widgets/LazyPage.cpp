#include "ui/widgets/LazyPage.h"

#include "ui/support/FocusChain.h"

#include <QTabBar>
#include <QTabWidget>

namespace Apim::Ui {

void LazyPage::placeInFocusChain()
{
    // A page of a tab widget follows its tab bar: Tab from the tab bar goes into the page.
    // QTabWidget keeps its pages in a QStackedWidget.
    QWidget *stack = parentWidget();
    auto *tabs = qobject_cast<QTabWidget *>(stack ? stack->parentWidget() : nullptr);
    FocusChain::placeInside(this, tabs && tabs->indexOf(this) >= 0 ? tabs->tabBar() : nullptr);
}

} // namespace Apim::Ui
