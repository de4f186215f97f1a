#pragma once

#include "storage/StorageAccount.h"
#include "ui/models/ServiceTreeEntries.h"

#include <QList>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Apim::Core {
class StorageKeyStore;
class StorageService;
} // namespace Apim::Core

namespace Apim::Ui {

class DialogProvider;

// Where backups go (or come from): the storage account's subscription (the service's by
// default; a central backup account often lives in another subscription of the tenant),
// the storage account (a searchable combo: type to narrow hundreds of accounts) and the
// blob container, with "New container…" for backups. "Use a pasted key…" saves an access
// key for the account through the core's StorageKeyStore, for accounts whose keys the
// signed-in identity may not list; "Forget pasted key" removes it. Lists through the
// core's StorageService; failures show under the combos in words, with the combos left
// usable.
class StorageTargetWidget : public QWidget
{
    Q_OBJECT
public:
    StorageTargetWidget(bool allowNewContainer, DialogProvider *dialogs, QWidget *parent = nullptr);

    void setStorageService(Core::StorageService *storage);
    // nullptr: no pasted keys (the paste and forget actions stay hidden).
    void setStorageKeyStore(Core::StorageKeyStore *keys);
    // The subscriptions to offer, the service's (serviceSubscriptionId) first; call before load().
    void setSubscriptions(const QVector<SubscriptionEntry> &subscriptions, const QString &serviceSubscriptionId);
    // Lists the accounts of subscriptionId; selects preferred ones when they exist.
    void load(const QString &subscriptionId, const QString &preferredAccount, const QString &preferredContainer);

    QString subscriptionId() const; // where account() lives
    Core::StorageAccount account() const;
    QString accountName() const;
    QString container() const;
    bool isLoading() const { return m_pending > 0; }
    QString problem() const;
    // True when a pasted key is saved for the current account.
    bool hasPastedKey() const;

    QComboBox *subscriptionCombo() const { return m_subscriptions; }
    QComboBox *accountCombo() const { return m_accounts; }
    QComboBox *containerCombo() const { return m_containers; }
    QPushButton *pasteKeyButton() const { return m_pasteKey; }
    QPushButton *forgetKeyButton() const { return m_forgetKey; }

signals:
    // The subscription, account or container changed, or the account's pasted key did.
    void selectionChanged();
    void loadingChanged(bool loading);

private:
    void onSubscriptionChanged();
    void onAccountChanged();
    void listAccounts(const QString &subscriptionId, const QString &preferredAccount);
    void loadContainers(const Core::StorageAccount &account, const QString &select);
    void createContainer();
    void pasteKey();
    void forgetKey();
    void updateKeyActions();
    void setProblem(const QString &text);
    void begin();
    void end();

    QPointer<Core::StorageService> m_storage;
    QPointer<Core::StorageKeyStore> m_keys;
    DialogProvider *m_dialogs;
    QComboBox *m_subscriptions;
    QComboBox *m_accounts;
    QComboBox *m_containers;
    QPushButton *m_newContainer;
    QPushButton *m_pasteKey;
    QPushButton *m_forgetKey;
    QLabel *m_keyNote;
    QLabel *m_status;
    QList<Core::StorageAccount> m_accountList;
    QString m_serviceSubscriptionId;
    QString m_preferredAccount;
    QString m_preferredContainer;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace Apim::Ui
