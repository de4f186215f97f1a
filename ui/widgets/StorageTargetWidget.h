#pragma once

#include "storage/StorageAccount.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Apim::Core {
class StorageService;
}

namespace Apim::Ui {

class DialogProvider;

// Storage account (a searchable combo: type to narrow hundreds of accounts) and blob
// container, with "New container…" for backups. Lists through the core's StorageService;
// failures show under the combos in words, with the combos left usable.
class StorageTargetWidget : public QWidget
{
    Q_OBJECT
public:
    StorageTargetWidget(bool allowNewContainer, DialogProvider *dialogs, QWidget *parent = nullptr);

    void setStorageService(Core::StorageService *storage);
    // Lists the accounts of subscriptionId; selects preferred ones when they exist.
    void load(const QString &subscriptionId, const QString &preferredAccount, const QString &preferredContainer);

    Core::StorageAccount account() const;
    QString accountName() const;
    QString container() const;
    bool isLoading() const { return m_pending > 0; }
    QString problem() const;

    QComboBox *accountCombo() const { return m_accounts; }
    QComboBox *containerCombo() const { return m_containers; }

signals:
    void selectionChanged();
    void loadingChanged(bool loading);

private:
    void onAccountChanged();
    void loadContainers(const Core::StorageAccount &account, const QString &select);
    void createContainer();
    void setProblem(const QString &text);
    void begin();
    void end();

    QPointer<Core::StorageService> m_storage;
    DialogProvider *m_dialogs;
    QComboBox *m_accounts;
    QComboBox *m_containers;
    QPushButton *m_newContainer;
    QLabel *m_status;
    QList<Core::StorageAccount> m_accountList;
    QString m_preferredContainer;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace Apim::Ui
