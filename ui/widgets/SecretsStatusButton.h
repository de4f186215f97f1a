#pragma once

#include <QToolButton>

class QMenu;
class QAction;

namespace Apim::Ui {

// "Secrets: OS keychain" or "Secrets: Session only" in the status bar. When the keychain
// cannot be used, the reason is one click away, with Retry and the explicit choice to
// carry on with secrets kept in memory only (forgotten when the app closes).
class SecretsStatusButton : public QToolButton
{
    Q_OBJECT
public:
    enum class Mode { Probing, Keychain, SessionOnly, Unavailable };

    explicit SecretsStatusButton(QWidget *parent = nullptr);

    // reason: why session-only (the keychain's own error in plain words); empty when the
    // user chose session-only.
    void setState(Mode mode, const QString &reason, bool userChoice);
    Mode mode() const { return m_mode; }
    QString reason() const { return m_reason; }
    QAction *retryAction() const { return m_retry; }
    QAction *sessionOnlyAction() const { return m_sessionOnly; }

signals:
    void retryRequested();
    void sessionOnlyChosen();

private:
    Mode m_mode = Mode::Probing;
    QString m_reason;
    QMenu *m_menu;
    QAction *m_reasonAction;
    QAction *m_retry;
    QAction *m_sessionOnly;
};

} // namespace Apim::Ui
