#include "ui/support/Accessibility.h"

#include <QAction>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace Apim::Ui::Accessibility {

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // Qt's clear action and the icon button that shows it: neither has a text.
    if (auto *action = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        action->setText(name);
        action->setToolTip(name);
    }
    for (QToolButton *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void nameOverflowButton(QToolBar *toolbar, const QString &name)
{
    // QToolBarExtension, made with the toolbar's layout and named by Qt's own object name.
    if (auto *extension = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        extension->setAccessibleName(name);
        extension->setToolTip(name);
    }
}

} // namespace Apim::Ui::Accessibility
