#pragma once

#include "ui/support/Notifier.h"

#include <QObject>

class QSystemTrayIcon;

namespace Apim::Ui {

// Desktop notifications through QSystemTrayIcon::showMessage. The tray icon is only
// shown when the platform has a tray; elsewhere notify() does nothing rather than fail.
// Whether there is a tray is asked at the first notification, not at startup: on Linux
// the question is a D-Bus call on the GUI thread.
class TrayNotifier final : public QObject, public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    void notify(Kind kind, const QString &title, const QString &message) override;
    void setEnabled(bool enabled) override;
    bool isAvailable() const;

private:
    QSystemTrayIcon *tray() const;

    mutable QSystemTrayIcon *m_tray = nullptr;
    mutable bool m_checked = false;
    bool m_enabled = true;
};

} // namespace Apim::Ui
