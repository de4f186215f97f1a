#include "ui/dialogs/SettingsDialog.h"

#include "auth/AccountInfo.h"
#include "batch/BatchBackup.h"
#include "cloud/CloudEnvironment.h"
#include "operations/BackupNaming.h"
#include "storage/StorageNames.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/NetworkSettingsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Apim::Ui {

namespace {
const QString kCustom = QStringLiteral("custom");
}

SettingsDialog::SettingsDialog(
    Core::Settings *settings, const QHash<QString, QString> &subscriptionNames, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_subscriptionNames(subscriptionNames)
    , m_cloud(new QComboBox(this))
    , m_cloudFile(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_pattern(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_defaults(new QTableWidget(this))
    , m_parallel(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_notifications(new QCheckBox(tr("Show a desktop notification when a backup or restore ends"), this))
    , m_secrets(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    setUpFields();

    auto *signIn = new QGroupBox(tr("Sign-in"), this);
    auto *signInForm = new QFormLayout(signIn);
    signInForm->addRow(tr("&Cloud:"), m_cloud);
    signInForm->addRow(QString(), m_cloudFile);
    signInForm->addRow(tr("&Method:"), m_method);

    auto *backups = new QGroupBox(tr("Backups"), this);
    auto *backupForm = new QFormLayout(backups);
    backupForm->addRow(tr("&Naming pattern:"), m_pattern);
    backupForm->addRow(QString(), m_preview);
    backupForm->addRow(tr("&Parallel backups:"), m_parallel);
    auto *removeDefault = new QPushButton(tr("Forget selected default"), this);
    removeDefault->setObjectName(QStringLiteral("removeDefaultButton"));
    backupForm->addRow(new QLabel(tr("Default location per subscription (used by Back up now):"), this));
    backupForm->addRow(m_defaults);
    backupForm->addRow(QString(), removeDefault);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), new QLabel(tr("A new language applies when the app restarts."), this));
    generalForm->addRow(m_notifications);
    generalForm->addRow(tr("&Secrets:"), m_secrets);

    // Our own labels: Qt's translations of its standard buttons may not be installed.
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(signIn);
    layout->addWidget(backups, 1);
    layout->addWidget(general);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 640);

    connect(m_cloud, &QComboBox::currentIndexChanged, this,
        [this] { m_cloudFile->setVisible(m_cloud->currentData().toString() == kCustom); });
    connect(m_pattern, &QLineEdit::textChanged, this, &SettingsDialog::updatePreview);
    connect(removeDefault, &QPushButton::clicked, this, [this] {
        const int row = m_defaults->currentRow();
        if (row >= 0)
            m_defaults->removeRow(row);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void SettingsDialog::setUpFields()
{
    m_cloud->setObjectName(QStringLiteral("settingsCloudComboBox"));
    for (const QString &name : Core::CloudEnvironment::builtInNames())
        m_cloud->addItem(name, name);
    m_cloud->addItem(tr("Custom (az cloud show file)"), kCustom);
    m_cloudFile->setObjectName(QStringLiteral("settingsCloudFileLineEdit"));
    m_cloudFile->setPlaceholderText(tr("Path of the custom cloud's JSON file"));
    m_method->setObjectName(QStringLiteral("settingsMethodComboBox"));
    m_method->addItem(tr("Browser"), QStringLiteral("browser"));
    m_method->addItem(tr("Device code"), QStringLiteral("device"));
    m_method->addItem(tr("Service principal"), QStringLiteral("sp"));
    m_method->addItem(tr("Azure CLI"), QStringLiteral("cli"));
    m_pattern->setObjectName(QStringLiteral("namingPatternLineEdit"));
    m_pattern->setToolTip(tr("{service}, {sku}, {resourceGroup}, {subscription}; anything else in braces is a UTC "
                             "date and time format such as {yyyyMMdd-HHmmss}."));
    m_preview->setObjectName(QStringLiteral("namingPreviewLabel"));
    m_parallel->setObjectName(QStringLiteral("parallelBackupsSpinBox"));
    m_parallel->setRange(1, Core::BatchBackup::kMaxConcurrency);
    m_parallel->setToolTip(tr("When several services are backed up at once: how many run at the same time"));
    m_defaults->setObjectName(QStringLiteral("defaultsTableWidget"));
    m_defaults->setColumnCount(3);
    m_defaults->setHorizontalHeaderLabels({ tr("Subscription"), tr("Storage account"), tr("Container") });
    // Account and container names are short and must be read whole; a long subscription
    // name elides in the middle (its full name and id are in the tooltip).
    m_defaults->setTextElideMode(Qt::ElideMiddle);
    m_defaults->horizontalHeader()->setStretchLastSection(false);
    m_defaults->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_defaults->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_defaults->verticalHeader()->hide();
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_notifications->setObjectName(QStringLiteral("notificationsCheckBox"));
    m_secrets->setObjectName(QStringLiteral("secretsModeComboBox"));
    m_secrets->addItem(tr("OS keychain (remembered across restarts)"), false);
    m_secrets->addItem(tr("Session only (forgotten when the app closes)"), true);
    m_problem->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
}

void SettingsDialog::load()
{
    UiSettings settings(m_settings);
    const QString cloud = settings.cloud();
    const auto builtIn = Core::CloudEnvironment::builtIn(cloud);
    if (builtIn) {
        m_cloud->setCurrentIndex(m_cloud->findData(builtIn->name()));
    } else {
        m_cloud->setCurrentIndex(m_cloud->findData(kCustom));
        m_cloudFile->setText(cloud);
    }
    m_cloudFile->setVisible(!builtIn);
    m_method->setCurrentIndex(std::max(0, m_method->findData(settings.signInMethod())));
    m_pattern->setText(settings.namingPattern());
    m_parallel->setValue(settings.parallelBackups());
    for (const QString &subscription : settings.subscriptionsWithDefaults()) {
        const int row = m_defaults->rowCount();
        m_defaults->insertRow(row);
        auto *name = new QTableWidgetItem(m_subscriptionNames.value(subscription, subscription));
        name->setData(Qt::UserRole, subscription);
        name->setToolTip(QStringLiteral("%1\n%2").arg(name->text(), subscription));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_defaults->setItem(row, 0, name);
        m_defaults->setItem(row, 1, new QTableWidgetItem(settings.defaultStorageAccount(subscription)));
        m_defaults->setItem(row, 2, new QTableWidgetItem(settings.defaultContainer(subscription)));
    }
    m_initialLanguage = settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    m_notifications->setChecked(settings.notificationsEnabled());
    m_initialSessionOnly = settings.sessionOnlySecrets();
    m_secrets->setCurrentIndex(m_initialSessionOnly ? 1 : 0);
    updatePreview();
}

void SettingsDialog::updatePreview()
{
    const Core::BackupNaming naming(m_pattern->text().trimmed());
    const QString problem = naming.validate();
    m_preview->setText(problem.isEmpty() ? tr("Example: %1")
                                               .arg(naming.name(QStringLiteral("contoso-apim"),
                                                   QDateTime::currentDateTimeUtc(), QStringLiteral("Premium")))
                                         : problem);
}

void SettingsDialog::addNetworkSettings(NetworkSettingsWidget *network)
{
    m_network = network;
    network->setParent(this);
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_problem), network);
}

QString SettingsDialog::problem() const
{
    if (m_network) {
        const QString error = m_network->problem();
        if (!error.isEmpty())
            return error;
    }
    const QString pattern = m_pattern->text().trimmed();
    if (!pattern.isEmpty()) {
        const QString error = Core::BackupNaming(pattern).validate();
        if (!error.isEmpty())
            return tr("Naming pattern: %1").arg(error);
    }
    if (m_cloud->currentData().toString() == kCustom) {
        QString error;
        if (!Core::CloudEnvironment::fromFile(m_cloudFile->text().trimmed(), &error).isValid())
            return tr("Custom cloud: %1").arg(error);
    }
    for (int row = 0; row < m_defaults->rowCount(); ++row) {
        const QString account = m_defaults->item(row, 1) ? m_defaults->item(row, 1)->text().trimmed() : QString();
        const QString container = m_defaults->item(row, 2) ? m_defaults->item(row, 2)->text().trimmed() : QString();
        QString error = Core::StorageNames::accountNameError(account);
        if (error.isEmpty())
            error = Core::StorageNames::containerNameError(container);
        if (!error.isEmpty())
            return tr("Default location of %1: %2").arg(m_defaults->item(row, 0)->text(), error);
    }
    return {};
}

bool SettingsDialog::apply()
{
    const QString issue = problem();
    m_problem->setText(issue);
    m_problem->setVisible(!issue.isEmpty());
    if (!issue.isEmpty())
        return false;
    UiSettings settings(m_settings);
    settings.setCloud(m_cloud->currentData().toString() == kCustom ? m_cloudFile->text().trimmed()
                                                                   : m_cloud->currentData().toString());
    settings.setSignInMethod(m_method->currentData().toString());
    settings.setNamingPattern(
        m_pattern->text().trimmed().isEmpty() ? Core::BackupNaming::kDefaultPattern : m_pattern->text().trimmed());
    settings.setParallelBackups(m_parallel->value());
    QStringList kept;
    for (int row = 0; row < m_defaults->rowCount(); ++row) {
        const QString subscription = m_defaults->item(row, 0)->data(Qt::UserRole).toString();
        kept << subscription;
        // The account's own subscription is not shown here: it stays while the account does.
        const QString account = m_defaults->item(row, 1)->text().trimmed();
        const bool sameAccount
            = account.compare(settings.defaultStorageAccount(subscription), Qt::CaseInsensitive) == 0;
        settings.setDefaultLocation(subscription, account, m_defaults->item(row, 2)->text().trimmed(),
            sameAccount ? settings.defaultStorageSubscription(subscription) : QString());
    }
    for (const QString &subscription : settings.subscriptionsWithDefaults()) {
        if (!kept.contains(subscription))
            settings.clearDefaultLocation(subscription);
    }
    const QString language = m_language->currentData().toString();
    settings.setLanguage(language);
    settings.setNotificationsEnabled(m_notifications->isChecked());
    const bool sessionOnly = m_secrets->currentData().toBool();
    settings.setSessionOnlySecrets(sessionOnly);
    if (m_network)
        m_network->apply();
    settings.sync();
    emit applied(language != m_initialLanguage, sessionOnly != m_initialSessionOnly);
    return true;
}

} // namespace Apim::Ui
