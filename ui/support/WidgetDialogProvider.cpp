#include "ui/support/WidgetDialogProvider.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Apim::Ui {

bool WidgetDialogProvider::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // the text may quote Azure
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void WidgetDialogProvider::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void WidgetDialogProvider::error(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // error messages come from Azure
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

QString WidgetDialogProvider::saveFileName(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString WidgetDialogProvider::openFileName(
    QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString WidgetDialogProvider::textInput(
    QWidget *parent, const QString &title, const QString &label, const QString &initialText)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initialText, &ok);
    return ok ? text.trimmed() : QString();
}

QString WidgetDialogProvider::secretInput(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    // Password echo, and hints that keep the key out of predictive-text and IME history.
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok,
        Qt::WindowFlags(), Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return ok ? text.trimmed() : QString();
}

QString WidgetDialogProvider::chooseItem(QWidget *parent, const QString &title, const QString &label,
    const QStringList &items, const QString &current, bool editable)
{
    bool ok = false;
    const int index = std::max(0, int(items.indexOf(current)));
    const QString text = QInputDialog::getItem(parent, title, label, items, index, editable, &ok);
    return ok ? text.trimmed() : QString();
}

void WidgetDialogProvider::showDialog(QDialog *dialog)
{
    dialog->open();
}

} // namespace Apim::Ui
