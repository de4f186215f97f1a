#pragma once

#include "ui/support/Notifier.h"

#include <QObject>

class QSystemTrayIcon;

namespace Apim::Ui {

// Desktop notifications through QSystemTrayIcon::showMessage. The tray icon is only
// shown when the platform has a tray; elsewhere notify() does nothing rather than fail.
// Whether there is a tray is asked at the first notification, not at startup: on Linux
// the question is a D-Bus call on the GUI thread.
//
// A success goes away by itself. A failure is shown without a timeout (the notification
// server keeps it until it is dismissed), and the tray icon stays, saying how many
// failures are unread, until markRead(): someone came back to the window.
class TrayNotifier final : public QObject, public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    void notify(Kind kind, const QString &title, const QString &message) override;
    void setEnabled(bool enabled) override;
    void markRead() override;
    bool isAvailable() const;

signals:
    // The tray icon or its message was clicked: bring the window up.
    void openRequested();

private:
    QSystemTrayIcon *tray() const;
    void hideUnlessUnread();

    mutable QSystemTrayIcon *m_tray = nullptr;
    mutable bool m_checked = false;
    bool m_enabled = true;
    int m_unreadFailures = 0;
};

} // namespace Apim::Ui
