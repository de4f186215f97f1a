#include "ui/widgets/StorageTargetWidget.h"

#include "storage/StorageNames.h"
#include "storage/StorageService.h"
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
    , m_accounts(new QComboBox(this))
    , m_containers(new QComboBox(this))
    , m_newContainer(new QPushButton(tr("New container…"), this))
    , m_status(new QLabel(this))
{
    m_accounts->setObjectName(QStringLiteral("storageAccountComboBox"));
    m_accounts->setAccessibleName(tr("Storage account"));
    // Editable with a "contains" completer: typing narrows a long list of accounts.
    m_accounts->setEditable(true);
    m_accounts->setInsertPolicy(QComboBox::NoInsert);
    m_accounts->completer()->setFilterMode(Qt::MatchContains);
    m_accounts->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_accounts->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_accounts->lineEdit()->setPlaceholderText(tr("Type to search storage accounts"));
    m_containers->setObjectName(QStringLiteral("containerComboBox"));
    m_containers->setAccessibleName(tr("Container"));
    m_newContainer->setObjectName(QStringLiteral("newContainerButton"));
    m_newContainer->setVisible(allowNewContainer);
    m_newContainer->setEnabled(false);
    m_status->setObjectName(QStringLiteral("storageStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *containerRow = new QHBoxLayout();
    containerRow->addWidget(m_containers, 1);
    containerRow->addWidget(m_newContainer);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *accountLabel = new QLabel(tr("Storage &account:"), this);
    accountLabel->setBuddy(m_accounts);
    auto *containerLabel = new QLabel(tr("&Container:"), this);
    containerLabel->setBuddy(m_containers);
    form->addRow(accountLabel, m_accounts);
    form->addRow(containerLabel, containerRow);
    form->addRow(m_status);

    connect(m_accounts, &QComboBox::currentIndexChanged, this, &StorageTargetWidget::onAccountChanged);
    connect(m_containers, &QComboBox::currentIndexChanged, this, &StorageTargetWidget::selectionChanged);
    connect(m_newContainer, &QPushButton::clicked, this, &StorageTargetWidget::createContainer);
}

void StorageTargetWidget::setStorageService(Core::StorageService *storage)
{
    m_storage = storage;
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

void StorageTargetWidget::load(const QString &subscriptionId, const QString &preferredAccount,
                               const QString &preferredContainer)
{
    const int generation = ++m_generation;
    m_accountList.clear();
    m_accounts->blockSignals(true);
    m_accounts->clear();
    m_accounts->blockSignals(false);
    m_containers->clear();
    m_preferredContainer = preferredContainer;
    if (!m_storage) {
        setProblem(tr("Sign in to list storage accounts."));
        return;
    }
    setProblem(tr("Loading storage accounts…"));
    begin();
    m_storage->listAccounts(subscriptionId, this,
                            [this, generation, preferredAccount](const QList<Core::StorageAccount> &accounts,
                                                                 const Core::ArmError &error) {
        end();
        if (generation != m_generation)
            return;
        if (error.isError()) {
            setProblem(tr("Could not list storage accounts: %1").arg(error.userMessage()));
            return;
        }
        if (accounts.isEmpty()) {
            setProblem(tr("This subscription has no storage accounts. Create one in the Azure portal, in the "
                          "same region as the service if you can, then reopen this dialog."));
            return;
        }
        setProblem(QString());
        m_accountList = accounts;
        m_accounts->blockSignals(true);
        int select = 0;
        for (int i = 0; i < accounts.size(); ++i) {
            const Core::StorageAccount &account = accounts[i];
            m_accounts->addItem(account.name, i);
            m_accounts->setItemData(i, tr("%1 · %2 · resource group %3").arg(account.name, account.location, account.resourceGroup),
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

void StorageTargetWidget::onAccountChanged()
{
    const Core::StorageAccount current = account();
    m_newContainer->setEnabled(current.isValid());
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
    m_storage->listContainers(account, this, [this, generation, select, name = account.name](
                                                 const QList<Core::BlobContainerInfo> &containers,
                                                 const Core::ArmError &error) {
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

} // namespace Apim::Ui
