#pragma once

#include "ui/support/Notifier.h"

#include <QObject>

class QSystemTrayIcon;

namespace Apim::Ui {

// Desktop notifications through QSystemTrayIcon::showMessage. The tray icon is only
// shown when the platform has a tray; elsewhere notify() does nothing rather than fail.
class TrayNotifier final : public QObject, public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    void notify(Kind kind, const QString &title, const QString &message) override;
    void setEnabled(bool enabled) override;
    bool isAvailable() const;

private:
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
};

} // namespace Apim::Ui
