#include "ui/widgets/NetworkSettingsWidget.h"

#include "net/NetworkSetup.h"
#include "net/ProxyConfig.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "ui/dialogs/TrustedCertificatesDialog.h"
#include "ui/support/DialogProvider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

#include <algorithm>

namespace Apim::Ui {

using Core::ProxyConfig;

NetworkSettingsWidget::NetworkSettingsWidget(const Parts &parts, QWidget *parent)
    : QGroupBox(tr("Network"), parent)
    , m_parts(parts)
    , m_mode(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("networkSettingsGroupBox"));
    m_mode->setObjectName(QStringLiteral("proxyModeComboBox"));
    m_mode->addItem(tr("System proxy settings"), ProxyConfig::modeName(ProxyConfig::Mode::System));
    m_mode->addItem(tr("No proxy"), ProxyConfig::modeName(ProxyConfig::Mode::None));
    m_mode->addItem(tr("This proxy:"), ProxyConfig::modeName(ProxyConfig::Mode::Manual));
    m_mode->setToolTip(tr("System: HTTPS_PROXY and NO_PROXY on Linux, the system settings on Windows and macOS. "
                          "Loopback addresses never go through a proxy."));
    m_url->setObjectName(QStringLiteral("proxyUrlLineEdit"));
    m_url->setPlaceholderText(tr("http://proxy.example.com:3128"));
    m_user->setObjectName(QStringLiteral("proxyUserLineEdit"));
    m_user->setPlaceholderText(tr("Only if the proxy asks for a sign-in"));
    m_password->setObjectName(QStringLiteral("proxyPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the keychain; type to replace"));
    auto *certificates = new QPushButton(tr("&Trusted certificates…"), this);
    certificates->setObjectName(QStringLiteral("trustedCertificatesButton"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("P&roxy:"), m_mode);
    form->addRow(QString(), m_url);
    form->addRow(tr("Proxy &user:"), m_user);
    form->addRow(tr("Proxy pass&word:"), m_password);
    form->addRow(QString(), certificates);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkSettingsWidget::updateFields);
    connect(certificates, &QPushButton::clicked, this, &NetworkSettingsWidget::openTrustedCertificates);
    load();
}

void NetworkSettingsWidget::load()
{
    const ProxyConfig config = ProxyConfig::load(*m_parts.settings);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(ProxyConfig::modeName(config.mode))));
    m_url->setText(config.url.toString());
    m_user->setText(config.user);
    updateFields();
}

void NetworkSettingsWidget::updateFields()
{
    const bool manual = m_mode->currentData().toString() == ProxyConfig::modeName(ProxyConfig::Mode::Manual);
    const bool none = m_mode->currentData().toString() == ProxyConfig::modeName(ProxyConfig::Mode::None);
    m_url->setEnabled(manual);
    m_user->setEnabled(!none);
    m_password->setEnabled(!none);
}

QString NetworkSettingsWidget::problem() const
{
    const auto mode = ProxyConfig::modeFromName(m_mode->currentData().toString());
    if (mode == ProxyConfig::Mode::Manual) {
        const QString error = ProxyConfig::urlError(m_url->text());
        if (!error.isEmpty())
            return tr("Proxy: %1").arg(error);
    }
    if (!m_password->text().isEmpty() && m_user->text().trimmed().isEmpty()
        && ProxyConfig::parseUrl(m_url->text()).userName().isEmpty())
        return tr("Proxy: a password needs the proxy user name.");
    return {};
}

void NetworkSettingsWidget::apply()
{
    ProxyConfig config;
    config.mode = ProxyConfig::modeFromName(m_mode->currentData().toString()).value_or(ProxyConfig::Mode::System);
    if (!m_url->text().trimmed().isEmpty())
        config.url = ProxyConfig::parseUrl(m_url->text()).adjusted(QUrl::RemovePassword);
    config.user = m_user->text().trimmed();
    config.save(*m_parts.settings);
    if (!m_parts.network)
        return;
    m_parts.network->setProxyConfig(config);
    const QString password = m_password->text();
    m_password->clear();
    if (password.isEmpty())
        return;
    m_parts.network->setProxyPassword(password);
    const Core::SecretKey key = m_parts.network->passwordKeyFor(m_parts.probeUrl);
    if (!key.isValid() || !m_parts.secrets)
        return;
    DialogProvider *dialogs = m_parts.dialogs;
    const QPointer<QWidget> window = this->window();
    m_parts.secrets->write(key, password, m_parts.network, [dialogs, window](const Core::SecretError &error) {
        if (error.isError() && dialogs)
            dialogs->error(window, tr("Proxy password not saved"),
                tr("The proxy password is used until the app closes, but the keychain did not keep it: %1")
                    .arg(error.message));
    });
}

void NetworkSettingsWidget::openTrustedCertificates()
{
    auto *dialog = new TrustedCertificatesDialog(
        Core::TrustedCertificateStore(m_parts.trustedCertificatesDir), m_parts.dialogs, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Core::NetworkSetup *network = m_parts.network;
    const QString directory = m_parts.trustedCertificatesDir;
    connect(dialog, &TrustedCertificatesDialog::changed, this, [network, directory] {
        if (network)
            network->setSavedCaCertificates(Core::TrustedCertificateStore(directory).certificates());
    });
    m_parts.dialogs->showDialog(dialog);
}

} // namespace Apim::Ui
