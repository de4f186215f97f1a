#include "ui/widgets/SecretsStatusButton.h"

#include "ui/support/Icons.h"

#include <QMenu>

namespace Apim::Ui {

SecretsStatusButton::SecretsStatusButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("secretsStatusButton"));
    setAccessibleName(tr("Where secrets are kept"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    m_reasonAction = m_menu->addAction(QString());
    m_reasonAction->setEnabled(false);
    m_menu->addSeparator();
    m_retry = m_menu->addAction(Icons::refresh(), tr("&Retry the keychain"));
    m_retry->setObjectName(QStringLiteral("retryKeychainAction"));
    m_sessionOnly = m_menu->addAction(Icons::sessionOnly(), tr("Continue in &session-only mode"));
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyAction"));
    setMenu(m_menu);
    connect(m_retry, &QAction::triggered, this, &SecretsStatusButton::retryRequested);
    connect(m_sessionOnly, &QAction::triggered, this, &SecretsStatusButton::sessionOnlyChosen);
    setState(Mode::Probing, QString(), false);
}

void SecretsStatusButton::setState(Mode mode, const QString &reason, bool userChoice)
{
    m_mode = mode;
    m_reason = reason;
    switch (mode) {
    case Mode::Probing:
        setIcon(Icons::running());
        setText(tr("Secrets: checking keychain…"));
        m_reasonAction->setText(tr("Checking whether the OS keychain can be used…"));
        setToolTip(m_reasonAction->text());
        break;
    case Mode::Keychain:
        setIcon(Icons::keychain());
        setText(tr("Secrets: OS keychain"));
        m_reasonAction->setText(tr("Sign-ins and keys are kept in the OS keychain."));
        setToolTip(m_reasonAction->text());
        break;
    case Mode::SessionOnly:
        setIcon(Icons::sessionOnly());
        setText(tr("Secrets: Session only"));
        m_reasonAction->setText(userChoice ? tr("You chose to keep secrets in memory only.")
                                           : tr("The OS keychain cannot be used: %1").arg(reason));
        setToolTip(tr("Secrets are kept in memory only and forgotten when the app closes; you will sign in "
                      "again next time.")
            + (reason.isEmpty() ? QString() : QStringLiteral("\n") + reason));
        break;
    case Mode::Unavailable:
        setIcon(Icons::warning());
        setText(tr("Secrets: keychain unavailable"));
        m_reasonAction->setText(tr("The OS keychain cannot be used: %1").arg(reason));
        setToolTip(tr("Nothing can be remembered until the keychain works again or you choose session-only "
                      "mode.\n%1")
                       .arg(reason));
        break;
    }
    m_retry->setVisible(mode == Mode::SessionOnly || mode == Mode::Unavailable);
    m_sessionOnly->setVisible(mode != Mode::SessionOnly);
    setAccessibleDescription(toolTip());
}

} // namespace Apim::Ui
