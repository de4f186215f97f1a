#include "ui/support/TrayNotifier.h"

#include "ui/support/Icons.h"

#include <QSystemTrayIcon>
#include <QTimer>

namespace Apim::Ui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::app(), this);
        m_tray->setToolTip(tr("APIM Backup"));
    }
}

bool TrayNotifier::isAvailable() const
{
    return m_tray && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_tray && !enabled)
        m_tray->hide();
}

void TrayNotifier::notify(Kind kind, const QString &title, const QString &message)
{
    if (!m_enabled || !m_tray)
        return;
    // The tray icon must be visible for showMessage to reach the notification server; it
    // goes away again afterwards instead of sitting in the tray for good.
    m_tray->show();
    const auto icon = kind == Kind::Failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
    m_tray->showMessage(title, message, icon, 10000);
    QTimer::singleShot(15000, m_tray, &QSystemTrayIcon::hide);
}

} // namespace Apim::Ui
