#pragma once

#include "ui/support/DialogProvider.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <deque>

namespace Apim::Test {

// Scripted answers for the UI tests: no dialog ever blocks. Unscripted questions are
// answered "no"/cancel and recorded, so a test can assert what the user was asked.
class FakeDialogProvider final : public Ui::DialogProvider
{
public:
    void setNextConfirm(bool answer) { m_confirms.push_back(answer); }
    void setNextSaveFileName(const QString &path) { m_saveNames.push_back(path); }
    void setNextOpenFileName(const QString &path) { m_openNames.push_back(path); }
    void setNextTextInput(const QString &text) { m_texts.push_back(text); }
    void setNextSecretInput(const QString &text) { m_secrets.push_back(text); }

    QStringList questions; // titles and texts of confirm()
    QStringList errors; // texts (and details) of error()
    QStringList informations;
    QStringList secretPrompts; // titles and labels of secretInput()
    QPointer<QDialog> lastDialog;

    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        questions << title + QLatin1String(": ") + text;
        return take(m_confirms, false);
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        informations << title + QLatin1String(": ") + text;
    }
    void error(QWidget *, const QString &title, const QString &text, const QString &details) override
    {
        errors << title + QLatin1String(": ") + text + (details.isEmpty() ? QString() : QLatin1String("\n") + details);
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return take(m_saveNames, QString());
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return take(m_openNames, QString());
    }
    QString textInput(QWidget *, const QString &, const QString &, const QString &) override
    {
        return take(m_texts, QString());
    }
    QString secretInput(QWidget *, const QString &title, const QString &label) override
    {
        secretPrompts << title + QLatin1String(": ") + label;
        return take(m_secrets, QString());
    }
    QString chooseItem(
        QWidget *, const QString &, const QString &, const QStringList &items, const QString &, bool) override
    {
        offeredItems = items;
        return take(m_texts, QString());
    }
    QStringList offeredItems; // what the last chooseItem() offered
    void showDialog(QDialog *dialog) override
    {
        lastDialog = dialog;
        dialog->show();
    }

private:
    template<typename T>
    static T take(std::deque<T> &queue, T fallback)
    {
        if (queue.empty())
            return fallback;
        T value = queue.front();
        queue.pop_front();
        return value;
    }

    std::deque<bool> m_confirms;
    std::deque<QString> m_saveNames;
    std::deque<QString> m_openNames;
    std::deque<QString> m_texts;
    std::deque<QString> m_secrets;
};

} // namespace Apim::Test
