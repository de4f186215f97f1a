#include "ui/support/TrayNotifier.h"

#include "ui/support/Icons.h"

#include <QSystemTrayIcon>
#include <QTimer>

namespace Apim::Ui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{ }

QSystemTrayIcon *TrayNotifier::tray() const
{
    if (!m_checked) {
        m_checked = true;
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            auto *self = const_cast<TrayNotifier *>(this);
            m_tray = new QSystemTrayIcon(Icons::app(), self);
            m_tray->setToolTip(tr("APIM Backup"));
            connect(m_tray, &QSystemTrayIcon::activated, self, &TrayNotifier::openRequested);
            connect(m_tray, &QSystemTrayIcon::messageClicked, self, &TrayNotifier::openRequested);
        }
    }
    return m_tray;
}

bool TrayNotifier::isAvailable() const
{
    return tray() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_tray && !enabled) // never made yet: nothing is shown
        m_tray->hide();
}

void TrayNotifier::notify(Kind kind, const QString &title, const QString &message)
{
    if (!m_enabled || !tray())
        return;
    // The tray icon must be visible for showMessage to reach the notification server; it
    // goes away again afterwards instead of sitting in the tray for good.
    m_tray->show();
    if (kind == Kind::Failure || kind == Kind::Warning) {
        ++m_unreadFailures;
        m_tray->setToolTip(tr("APIM Backup: %n operation(s) need your attention", nullptr, m_unreadFailures));
        m_tray->showMessage(title, message,
            kind == Kind::Failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 0); // 0: until dismissed
        return;
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    QTimer::singleShot(15000, this, &TrayNotifier::hideUnlessUnread);
}

void TrayNotifier::markRead()
{
    m_unreadFailures = 0;
    if (m_tray)
        m_tray->setToolTip(tr("APIM Backup"));
    hideUnlessUnread();
}

void TrayNotifier::hideUnlessUnread()
{
    if (m_tray && m_unreadFailures == 0)
        m_tray->hide();
}

} // namespace Apim::Ui
