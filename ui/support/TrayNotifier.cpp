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
            m_tray = new QSystemTrayIcon(Icons::app(), const_cast<TrayNotifier *>(this));
            m_tray->setToolTip(tr("APIM Backup"));
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
    const auto icon = kind == Kind::Failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
    m_tray->showMessage(title, message, icon, 10000);
    QTimer::singleShot(15000, m_tray, &QSystemTrayIcon::hide);
}

} // namespace Apim::Ui
