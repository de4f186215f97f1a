#include "ui/dialogs/SignInDialog.h"

#include "auth/ClientSecretCredential.h"
#include "ui/support/DialogLayout.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Icons.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/DeviceCodePanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Apim::Ui {

namespace {
constexpr int kCustomCloud = -1;
}

SignInDialog::SignInDialog(DialogProvider *dialogs, Core::UrlOpener *urlOpener, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_cloud(new QComboBox(this))
    , m_cloudFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_method(new QComboBox(this))
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_secretLabel(new QLabel(tr("Client &secret:"), this))
    , m_methodHint(new QLabel(this))
    , m_device(new DeviceCodePanel(urlOpener, this))
    , m_banner(new BannerWidget(this))
    , m_signIn(new QPushButton(Icons::account(), tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Azure"));

    setUpFields();

    auto *cloudRow = new QHBoxLayout();
    cloudRow->addWidget(m_cloudFile, 1);
    cloudRow->addWidget(m_browse);
    auto *form = new QFormLayout();
    form->addRow(tr("&Cloud:"), m_cloud);
    form->addRow(QString(), cloudRow);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_methodHint);
    for (QWidget *field : { static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_method),
             static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_clientId) }) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }

    auto *buttons = new QDialogButtonBox(this);
    // Our own label: Qt's translations of its standard buttons may not be installed.
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_device);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    for (QLineEdit *edit : { m_cloudFile, m_tenant, m_clientId, m_secret })
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, &SignInDialog::browseCloudFile);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty() && !m_busy)
            emit signInRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        emit cancelRequested();
        reject();
    });
    updateFields();
    DialogLayout::fitToContent(this, nullptr, 560);
    m_fittedHeight = height();
}

void SignInDialog::followContent()
{
    // Rows come and go with the method, the device code and the banner: the dialog follows
    // its content, unless nothing changed (then a height the user chose stays).
    const int wanted = DialogLayout::contentHeight(this, nullptr, width());
    if (wanted == m_fittedHeight)
        return;
    m_fittedHeight = wanted;
    resize(width(), wanted);
}

void SignInDialog::setUpFields()
{
    m_cloud->setObjectName(QStringLiteral("cloudComboBox"));
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->addItem(tr("Azure (global)"), QStringLiteral("AzureCloud"));
    m_cloud->addItem(tr("Azure US Government"), QStringLiteral("AzureUSGovernment"));
    m_cloud->addItem(tr("Azure China (21Vianet)"), QStringLiteral("AzureChinaCloud"));
    m_cloud->addItem(tr("Custom cloud from an `az cloud show` file…"), kCustomCloud);
    m_cloudFile->setObjectName(QStringLiteral("cloudFileLineEdit"));
    m_cloudFile->setAccessibleName(tr("Custom cloud file"));
    m_cloudFile->setPlaceholderText(tr("Path of the JSON that `az cloud show` prints"));
    m_browse->setObjectName(QStringLiteral("browseCloudFileButton"));

    m_method->setObjectName(QStringLiteral("signInMethodComboBox"));
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Browser"), int(Core::SignInMethod::Browser));
    m_method->addItem(tr("Device code (for machines without a browser)"), int(Core::SignInMethod::DeviceCode));
    m_method->addItem(tr("Service principal (client secret)"), int(Core::SignInMethod::ServicePrincipal));
    m_method->addItem(tr("Azure CLI (use `az login`)"), int(Core::SignInMethod::AzureCli));
    m_tenant->setObjectName(QStringLiteral("tenantLineEdit"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_clientId->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret->setObjectName(QStringLiteral("clientSecretLineEdit"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_secretLabel->setBuddy(m_secret);
    m_methodHint->setObjectName(QStringLiteral("signInHintLabel"));
    m_methodHint->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("signInBannerWidget"));
    m_banner->hide();
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
}

void SignInDialog::setInitial(
    const QString &cloud, Core::SignInMethod method, const QString &tenant, const QString &clientId)
{
    const int builtIn = m_cloud->findData(
        Core::CloudEnvironment::builtIn(cloud) ? Core::CloudEnvironment::builtIn(cloud)->name() : QString());
    if (builtIn >= 0) {
        m_cloud->setCurrentIndex(builtIn);
    } else if (!cloud.isEmpty()) {
        m_cloud->setCurrentIndex(m_cloud->findData(kCustomCloud));
        m_cloudFile->setText(cloud);
    }
    const int index = m_method->findData(int(method));
    if (index >= 0)
        m_method->setCurrentIndex(index);
    m_tenant->setText(tenant);
    m_clientId->setText(clientId);
    updateFields();
}

QString SignInDialog::cloudChoice() const
{
    return m_cloud->currentData().toInt() == kCustomCloud ? m_cloudFile->text().trimmed()
                                                          : m_cloud->currentData().toString();
}

Core::CloudEnvironment SignInDialog::cloud(QString *error) const
{
    return Core::CloudEnvironment::resolve(cloudChoice(), error);
}

Core::SignInOptions SignInDialog::options() const
{
    Core::SignInOptions options;
    options.method = Core::SignInMethod(m_method->currentData().toInt());
    options.tenant = m_tenant->text().trimmed();
    options.clientId = m_clientId->text().trimmed();
    if (options.method == Core::SignInMethod::ServicePrincipal)
        options.clientSecret = m_secret->text();
    return options;
}

QString SignInDialog::problem() const
{
    if (m_cloud->currentData().toInt() == kCustomCloud) {
        if (m_cloudFile->text().trimmed().isEmpty())
            return tr("Choose the JSON file of the custom cloud.");
        QString error;
        if (!cloud(&error).isValid())
            return error;
    }
    const auto method = Core::SignInMethod(m_method->currentData().toInt());
    const bool sp = method == Core::SignInMethod::ServicePrincipal;
    if (sp && m_tenant->text().trimmed().isEmpty())
        return tr("A service principal signs in to one tenant: enter its tenant ID or domain.");
    // The core's rule, as for --tenant (the Azure CLI method does not use the field).
    if (method != Core::SignInMethod::AzureCli)
        if (const QString issue = Core::ClientSecretCredential::tenantProblem(m_tenant->text(), sp); !issue.isEmpty())
            return issue;
    if (sp) {
        if (QUuid::fromString(m_clientId->text().trimmed()).isNull())
            return tr("Enter the application (client) ID of the service principal, a GUID.");
        if (m_secret->text().isEmpty())
            return tr("Enter the client secret of the service principal.");
    } else if (!m_clientId->text().trimmed().isEmpty() && QUuid::fromString(m_clientId->text().trimmed()).isNull()) {
        return tr("The client ID is a GUID; leave it empty to use the Azure CLI's public client.");
    }
    return {};
}

void SignInDialog::updateFields()
{
    const bool custom = m_cloud->currentData().toInt() == kCustomCloud;
    m_cloudFile->setVisible(custom);
    m_browse->setVisible(custom);
    const auto method = Core::SignInMethod(m_method->currentData().toInt());
    const bool sp = method == Core::SignInMethod::ServicePrincipal;
    const bool cli = method == Core::SignInMethod::AzureCli;
    m_secret->setVisible(sp);
    m_secretLabel->setVisible(sp);
    m_tenant->setEnabled(!cli);
    m_clientId->setEnabled(!cli);
    m_tenant->setPlaceholderText(sp ? tr("Required: tenant ID or domain") : tr("Optional: organizations"));
    m_clientId->setPlaceholderText(
        sp ? tr("Required: application (client) ID") : tr("Optional: the Azure CLI's public client"));
    switch (method) {
    case Core::SignInMethod::Browser:
        m_methodHint->setText(tr("Your browser opens the Microsoft sign-in page; come back here when it says you "
                                 "are done."));
        break;
    case Core::SignInMethod::DeviceCode:
        m_methodHint->setText(tr("You get a code to enter on any device with a browser."));
        break;
    case Core::SignInMethod::ServicePrincipal:
        m_methodHint->setText(tr("The secret is kept in the OS keychain (or in memory only in session-only mode), "
                                 "never in a file."));
        break;
    case Core::SignInMethod::AzureCli:
        m_methodHint->setText(tr("Uses the account you signed in with `az login`; the Azure CLI must be installed."));
        break;
    default:
        m_methodHint->clear();
        break;
    }
    const QString issue = problem();
    m_signIn->setEnabled(issue.isEmpty() && !m_busy);
    m_signIn->setToolTip(issue);
    if (m_fittedHeight > 0)
        followContent();
}

void SignInDialog::browseCloudFile()
{
    const QString path = m_dialogs->openFileName(this, tr("Custom cloud"), QDir::homePath(), tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_cloudFile->setText(path);
}

void SignInDialog::setBusy(bool busy, const QString &text, Qt::TextFormat format)
{
    m_busy = busy;
    for (QWidget *w :
        { static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_cloudFile), static_cast<QWidget *>(m_method),
            static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_secret) })
        w->setEnabled(!busy);
    if (!busy)
        m_device->hide();
    if (!text.isEmpty()) {
        m_banner->setKind(BannerWidget::Kind::Information);
        m_banner->setText(text, format);
        m_banner->show();
    } else if (busy) {
        m_banner->hide();
    }
    updateFields();
}

void SignInDialog::showDeviceCode(const QString &userCode, const QUrl &verificationUrl, const QString &message)
{
    m_banner->hide();
    m_device->showCode(userCode, verificationUrl, message);
    followContent();
}

void SignInDialog::showError(const QString &text)
{
    setBusy(false);
    m_banner->setKind(BannerWidget::Kind::Error);
    m_banner->setText(text);
    m_banner->show();
    followContent();
}

} // namespace Apim::Ui
