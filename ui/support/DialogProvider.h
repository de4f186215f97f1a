#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace Apim::Ui {

// The one seam through which the widgets layer asks the user something or shows a
// dialog. The real implementation opens window-modal dialogs without a nested event
// loop where it can; tests script the answers (KeePassXC's MessageBox::setNextAnswer),
// so no test ever blocks in exec().
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;

    // A yes/no question; acceptText labels the button that returns true.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    // details: the full text as the service gave it, shown behind "Show details".
    virtual void error(QWidget *parent, const QString &title, const QString &text, const QString &details = {}) = 0;
    // Empty result: the user cancelled.
    virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
        = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
        = 0;
    // A one-line text question (e.g. a new container name); empty: cancelled.
    virtual QString textInput(QWidget *parent, const QString &title, const QString &label, const QString &initialText)
        = 0;
    // A secret (e.g. a storage account key) typed or pasted into a masked field; empty:
    // cancelled. Nothing shows it, keeps it or logs it on the way.
    virtual QString secretInput(QWidget *parent, const QString &title, const QString &label) = 0;
    // One of items, or free text when editable; empty: cancelled.
    virtual QString chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
        const QString &current, bool editable)
        = 0;
    // Shows a dialog without blocking (QDialog::open in the real one). The dialog
    // reports through its own signals; its owner decides when it is deleted.
    virtual void showDialog(QDialog *dialog) = 0;
};

} // namespace Apim::Ui
