#include "ui/widgets/StorageTargetWidget.h"

#include "secrets/StorageKeyStore.h"
#include "storage/StorageNames.h"
#include "storage/StorageService.h"
#include "ui/support/AzureTerms.h"
#include "ui/support/DialogProvider.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Apim::Ui {

StorageTargetWidget::StorageTargetWidget(bool allowNewContainer, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_subscriptions(new QComboBox(this))
    , m_accounts(new QComboBox(this))
    , m_containers(new QComboBox(this))
    , m_newContainer(new QPushButton(tr("New container…"), this))
    , m_pasteKey(new QPushButton(tr("Use a pasted key…"), this))
    , m_forgetKey(new QPushButton(tr("Forget pasted key"), this))
    , m_keyNote(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_subscriptions->setObjectName(QStringLiteral("storageSubscriptionComboBox"));
    m_subscriptions->setAccessibleName(tr("Subscription of the storage account"));
    m_subscriptions->setToolTip(tr("A central backup storage account may live in another subscription of the tenant."));
    m_accounts->setObjectName(QStringLiteral("storageAccountComboBox"));
    m_accounts->setAccessibleName(tr("Storage account"));
    // Editable with a "contains" completer: typing narrows a long list of accounts.
    m_accounts->setEditable(true);
    m_accounts->setInsertPolicy(QComboBox::NoInsert);
    m_accounts->completer()->setFilterMode(Qt::MatchContains);
    m_accounts->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_accounts->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_accounts->lineEdit()->setPlaceholderText(tr("Type to search storage accounts"));
    // The editor is what has the focus: a placeholder is no name.
    m_accounts->lineEdit()->setAccessibleName(tr("Storage account"));
    m_containers->setObjectName(QStringLiteral("containerComboBox"));
    m_containers->setAccessibleName(tr("Container"));
    m_newContainer->setObjectName(QStringLiteral("newContainerButton"));
    m_newContainer->setVisible(allowNewContainer);
    m_newContainer->setEnabled(false);
    m_pasteKey->setObjectName(QStringLiteral("pasteKeyButton"));
    m_pasteKey->setToolTip(tr("For an account whose keys you may not list: paste key1 or key2 from its "
                              "\"Access keys\" page. It is kept in the keychain."));
    m_pasteKey->setVisible(false);
    m_pasteKey->setEnabled(false);
    m_forgetKey->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forgetKey->setVisible(false);
    m_keyNote->setObjectName(QStringLiteral("pastedKeyLabel"));
    m_keyNote->setWordWrap(true);
    m_keyNote->hide();
    m_status->setObjectName(QStringLiteral("storageStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // Azure's error messages, shown as written
    m_status->hide();

    auto *accountRow = new QHBoxLayout();
    accountRow->addWidget(m_accounts, 1);
    accountRow->addWidget(m_pasteKey);
    accountRow->addWidget(m_forgetKey);
    auto *containerRow = new QHBoxLayout();
    containerRow->addWidget(m_containers, 1);
    containerRow->addWidget(m_newContainer);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *subscriptionLabel = new QLabel(tr("Storage s&ubscription:"), this);
    subscriptionLabel->setBuddy(m_subscriptions);
    auto *accountLabel = new QLabel(tr("Storage &account:"), this);
    accountLabel->setBuddy(m_accounts);
    auto *containerLabel = new QLabel(tr("&Container:"), this);
    containerLabel->setBuddy(m_containers);
    form->addRow(subscriptionLabel, m_subscriptions);
    form->addRow(accountLabel, accountRow);
    form->addRow(m_keyNote);
    form->addRow(containerLabel, containerRow);
    form->addRow(m_status);

    connect(m_subscriptions, &QComboBox::currentIndexChanged, this, &StorageTargetWidget::onSubscriptionChanged);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &StorageTargetWidget::onAccountChanged);
    connect(m_containers, &QComboBox::currentIndexChanged, this, &StorageTargetWidget::selectionChanged);
    connect(m_newContainer, &QPushButton::clicked, this, &StorageTargetWidget::createContainer);
    connect(m_pasteKey, &QPushButton::clicked, this, &StorageTargetWidget::pasteKey);
    connect(m_forgetKey, &QPushButton::clicked, this, &StorageTargetWidget::forgetKey);
}

void StorageTargetWidget::setStorageService(Core::StorageService *storage)
{
    m_storage = storage;
}

void StorageTargetWidget::setStorageKeyStore(Core::StorageKeyStore *keys)
{
    m_keys = keys;
    updateKeyActions();
}

void StorageTargetWidget::setSubscriptions(
    const QVector<SubscriptionEntry> &subscriptions, const QString &serviceSubscriptionId)
{
    m_serviceSubscriptionId = serviceSubscriptionId;
    m_subscriptions->blockSignals(true);
    m_subscriptions->clear();
    for (const SubscriptionEntry &entry : subscriptions) {
        const QString name = entry.displayName.isEmpty() ? entry.id : entry.displayName;
        const bool own = entry.id.compare(serviceSubscriptionId, Qt::CaseInsensitive) == 0;
        m_subscriptions->addItem(own ? tr("%1 (the service's subscription)").arg(name) : name, entry.id);
        m_subscriptions->setItemData(m_subscriptions->count() - 1, entry.id, Qt::ToolTipRole);
    }
    m_subscriptions->setEnabled(m_subscriptions->count() > 1);
    m_subscriptions->blockSignals(false);
}

void StorageTargetWidget::begin()
{
    if (m_pending++ == 0)
        emit loadingChanged(true);
}

void StorageTargetWidget::end()
{
    if (m_pending > 0 && --m_pending == 0)
        emit loadingChanged(false);
}

void StorageTargetWidget::setProblem(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString StorageTargetWidget::problem() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

QString StorageTargetWidget::subscriptionId() const
{
    const QString id = m_subscriptions->currentData().toString();
    return id.isEmpty() ? m_serviceSubscriptionId : id;
}

void StorageTargetWidget::load(
    const QString &subscriptionId, const QString &preferredAccount, const QString &preferredContainer)
{
    m_preferredAccount = preferredAccount;
    m_preferredContainer = preferredContainer;
    if (m_serviceSubscriptionId.isEmpty())
        m_serviceSubscriptionId = subscriptionId;
    const QString id = subscriptionId.isEmpty() ? m_serviceSubscriptionId : subscriptionId;
    int index = -1;
    for (int i = 0; i < m_subscriptions->count(); ++i) {
        if (m_subscriptions->itemData(i).toString().compare(id, Qt::CaseInsensitive) == 0)
            index = i;
    }
    m_subscriptions->blockSignals(true);
    if (index < 0 && !id.isEmpty()) {
        // Remembered from an earlier session but not listed now: still offered, by id.
        m_subscriptions->addItem(id, id);
        index = m_subscriptions->count() - 1;
        m_subscriptions->setEnabled(m_subscriptions->count() > 1);
    }
    m_subscriptions->setCurrentIndex(index);
    m_subscriptions->blockSignals(false);
    listAccounts(id, preferredAccount);
}

void StorageTargetWidget::onSubscriptionChanged()
{
    listAccounts(subscriptionId(), m_preferredAccount);
}

void StorageTargetWidget::listAccounts(const QString &subscriptionId, const QString &preferredAccount)
{
    const int generation = ++m_generation;
    m_accountList.clear();
    m_accounts->blockSignals(true);
    m_accounts->clear();
    m_accounts->blockSignals(false);
    m_containers->clear();
    onAccountChanged();
    if (!m_storage) {
        setProblem(tr("Sign in to list storage accounts."));
        return;
    }
    setProblem(tr("Loading storage accounts…"));
    begin();
    m_storage->listAccounts(subscriptionId, this,
        [this, generation, preferredAccount](const QList<Core::StorageAccount> &accounts, const Core::ArmError &error) {
            end();
            if (generation != m_generation)
                return;
            if (error.isError()) {
                setProblem(tr("Could not list storage accounts: %1").arg(error.userMessage()));
                return;
            }
            if (accounts.isEmpty()) {
                setProblem(tr("This subscription has no storage accounts. Choose another subscription, or create an "
                              "account in the Azure portal (in the same region as the service if you can) and reopen "
                              "this dialog."));
                return;
            }
            setProblem(QString());
            m_accountList = accounts;
            m_accounts->blockSignals(true);
            int select = 0;
            for (int i = 0; i < accounts.size(); ++i) {
                const Core::StorageAccount &account = accounts[i];
                m_accounts->addItem(account.name, i);
                m_accounts->setItemData(i,
                    tr("%1 · %2 · resource group %3")
                        .arg(account.name, AzureTerms::regionName(account.location), account.resourceGroup),
                    Qt::ToolTipRole);
                if (account.name.compare(preferredAccount, Qt::CaseInsensitive) == 0)
                    select = i;
            }
            m_accounts->setCurrentIndex(select);
            m_accounts->blockSignals(false);
            onAccountChanged();
        });
}

Core::StorageAccount StorageTargetWidget::account() const
{
    const int index = m_accounts->currentIndex();
    if (index < 0 || index >= m_accountList.size() || m_accounts->currentText() != m_accounts->itemText(index))
        return {};
    return m_accountList.at(m_accounts->itemData(index).toInt());
}

QString StorageTargetWidget::accountName() const
{
    return account().name;
}

QString StorageTargetWidget::container() const
{
    return m_containers->currentText();
}

bool StorageTargetWidget::hasPastedKey() const
{
    const QString name = accountName();
    return m_keys && !name.isEmpty() && m_keys->savedAccounts().contains(name, Qt::CaseInsensitive);
}

void StorageTargetWidget::updateKeyActions()
{
    const Core::StorageAccount current = account();
    const bool saved = hasPastedKey();
    m_pasteKey->setVisible(m_keys != nullptr);
    m_pasteKey->setEnabled(current.isValid());
    m_pasteKey->setText(saved ? tr("Replace pasted key…") : tr("Use a pasted key…"));
    m_forgetKey->setVisible(saved);
    m_keyNote->setText(saved
            ? tr("Using the access key you pasted for %1 (not asking Azure for the account's keys).").arg(current.name)
            : QString());
    m_keyNote->setVisible(saved);
}

void StorageTargetWidget::onAccountChanged()
{
    const Core::StorageAccount current = account();
    m_newContainer->setEnabled(current.isValid());
    updateKeyActions();
    m_containers->clear();
    if (current.isValid())
        loadContainers(current, m_preferredContainer);
    emit selectionChanged();
}

void StorageTargetWidget::loadContainers(const Core::StorageAccount &account, const QString &select)
{
    if (!m_storage)
        return;
    const int generation = ++m_generation;
    begin();
    m_storage->listContainers(account, this,
        [this, generation, select, name = account.name](
            const QList<Core::BlobContainerInfo> &containers, const Core::ArmError &error) {
            end();
            if (generation != m_generation)
                return;
            if (error.isError()) {
                setProblem(tr("Could not list the containers of %1: %2").arg(name, error.userMessage()));
                return;
            }
            setProblem(containers.isEmpty() ? tr("%1 has no containers yet: create one with New container…").arg(name)
                                            : QString());
            m_containers->blockSignals(true);
            m_containers->clear();
            int index = 0;
            for (int i = 0; i < containers.size(); ++i) {
                m_containers->addItem(containers[i].name);
                if (containers[i].name == select)
                    index = i;
            }
            if (!containers.isEmpty())
                m_containers->setCurrentIndex(index);
            m_containers->blockSignals(false);
            emit selectionChanged();
        });
}

void StorageTargetWidget::createContainer()
{
    const Core::StorageAccount current = account();
    if (!current.isValid() || !m_storage)
        return;
    const QString name = m_dialogs->textInput(this, tr("New container"),
        tr("Name of the new container in %1 (lowercase letters, digits "
           "and hyphens):")
            .arg(current.name),
        QStringLiteral("apim-backups"));
    if (name.isEmpty())
        return;
    const QString problem = Core::StorageNames::containerNameError(name);
    if (!problem.isEmpty()) {
        setProblem(problem);
        return;
    }
    setProblem(tr("Creating container %1…").arg(name));
    begin();
    m_storage->createContainer(current, name, this, [this, current, name](const Core::ArmError &error) {
        end();
        if (error.isError()) {
            setProblem(tr("Could not create container %1: %2").arg(name, error.userMessage()));
            return;
        }
        setProblem(QString());
        loadContainers(current, name);
    });
}

void StorageTargetWidget::pasteKey()
{
    const Core::StorageAccount current = account();
    if (!current.isValid() || !m_keys)
        return;
    const QString key = m_dialogs->secretInput(this, tr("Access key for %1").arg(current.name),
        tr("Paste key1 or key2 of the storage account %1 (Azure portal: the account's \"Access keys\" page). It is "
           "saved in the keychain (or kept for this session when secrets are session-only) and used instead of "
           "asking Azure for the account's keys.")
            .arg(current.name));
    if (key.isEmpty())
        return;
    setProblem(tr("Saving the access key for %1…").arg(current.name));
    begin();
    const QString name = current.name;
    m_keys->saveStorageKey(name, key, this, [this, name](const Core::SecretError &error) {
        end();
        if (error.isError()) {
            setProblem(tr("The access key for %1 was not saved: %2").arg(name, error.message));
            return;
        }
        setProblem(QString());
        updateKeyActions();
        // Checks and backup lists that failed without a key can now succeed.
        emit selectionChanged();
    });
}

void StorageTargetWidget::forgetKey()
{
    const QString name = accountName();
    if (name.isEmpty() || !m_keys)
        return;
    begin();
    m_keys->forgetStorageKey(name, this, [this, name](const Core::SecretError &error) {
        end();
        if (error.isError()) {
            setProblem(tr("The pasted key for %1 could not be forgotten: %2").arg(name, error.message));
            return;
        }
        setProblem(QString());
        updateKeyActions();
        emit selectionChanged();
    });
}

} // namespace Apim::Ui
