#pragma once

#include "ui/support/DialogProvider.h"

namespace Apim::Ui {

// DialogProvider over QMessageBox, QFileDialog and QInputDialog, for the running app.
class WidgetDialogProvider final : public DialogProvider
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void error(QWidget *parent, const QString &title, const QString &text, const QString &details) override;
    QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter) override;
    QString openFileName(
        QWidget *parent, const QString &title, const QString &directory, const QString &filter) override;
    QString textInput(QWidget *parent, const QString &title, const QString &label, const QString &initialText) override;
    QString secretInput(QWidget *parent, const QString &title, const QString &label) override;
    QString chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
        const QString &current, bool editable) override;
    void showDialog(QDialog *dialog) override;
};

} // namespace Apim::Ui
