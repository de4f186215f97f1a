#pragma once

#include <QList>

class QDialog;
class QFormLayout;
class QScrollArea;
class QWidget;

namespace Apim::Ui {

// Layout chores dialogs share: fields that line up although their rows come from several
// widgets, and a height that follows the content instead of a fixed guess.
namespace DialogLayout {

// Gives every label of these forms the width of the widest, so all their fields start at
// one x position (a dialog's own rows and those of the widgets it embeds).
void alignFormLabels(const QList<QFormLayout *> &forms);
// The form a widget lays its rows out with, nullptr when it uses another layout.
QFormLayout *formOf(const QWidget *widget);

// The height dialog needs at width for everything its layout holds, with scroll (when
// given) counted at the full height of its content: no empty band under short content,
// and at most 90 % of the screen's available height.
int contentHeight(const QDialog *dialog, const QScrollArea *scroll, int width);
// Resizes dialog to width × contentHeight().
void fitToContent(QDialog *dialog, const QScrollArea *scroll, int width);
// Makes dialog taller when its content grew (findings arrived), never shorter.
void growToContent(QDialog *dialog, const QScrollArea *scroll);

} // namespace DialogLayout

} // namespace Apim::Ui
