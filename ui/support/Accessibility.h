#pragma once

class QLineEdit;
class QString;
class QToolBar;

namespace Apim::Ui::Accessibility {

// Names for the buttons Qt makes itself and leaves unnamed, so that a screen reader
// says what they do instead of "button".

// The clear button of a line edit with setClearButtonEnabled(true).
void nameClearButton(QLineEdit *edit, const QString &name);
// The ">>" button a toolbar shows when its actions do not fit.
void nameOverflowButton(QToolBar *toolbar, const QString &name);

} // namespace Apim::Ui::Accessibility
