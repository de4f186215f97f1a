#pragma once

#include "net/TrustedCertificateStore.h"

#include <QGroupBox>
#include <QUrl>

class QComboBox;
class QLineEdit;

namespace Apim::Core {
class NetworkSetup;
class SecretStore;
class Settings;
} // namespace Apim::Core

namespace Apim::Ui {

class DialogProvider;

// The "Network" section of Settings: the proxy (the system's, none, or one given here with
// its user name; the password goes to the keychain, never to the settings file) and the
// button to the trusted certificates. apply() saves and puts the proxy to use at once.
class NetworkSettingsWidget : public QGroupBox
{
    Q_OBJECT
public:
    struct Parts
    {
        Core::NetworkSetup *network = nullptr;
        Core::SecretStore *secrets = nullptr;
        Core::Settings *settings = nullptr;
        DialogProvider *dialogs = nullptr;
        QString trustedCertificatesDir;
        QUrl probeUrl; // where requests go (the cloud's ARM endpoint): names the proxy in use
    };

    explicit NetworkSettingsWidget(const Parts &parts, QWidget *parent = nullptr);

    QString problem() const; // empty when apply() may run
    void apply();

private:
    void load();
    void updateFields();
    void openTrustedCertificates();

    Parts m_parts;
    QComboBox *m_mode;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace Apim::Ui
