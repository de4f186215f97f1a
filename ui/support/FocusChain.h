#pragma once

class QWidget;

namespace Apim::Ui::FocusChain {

// A widget made after its window was built joins the end of the window's focus chain, so
// Tab would reach what a page or pane makes on first use only after the status bar. This
// moves the focusable widgets inside container, in their order, to just after anchor, by
// default the last focusable widget before container in the chain (where it was made).
void placeInside(QWidget *container, QWidget *anchor = nullptr);

} // namespace Apim::Ui::FocusChain
