#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Apim::Sim {

// The one fixed set of storage accounts every seed maps to. Azurite is started once per
// test run with all of them (--print-azurite-accounts), so every simulator a test starts
// can share it. Only key1 is known to Azurite: key2 stands for a rotated key and fails.
struct AzuriteAccount
{
    QString name;
    QByteArray key1; // base64, as ARM listKeys returns it
    QByteArray key2;
};

class AzuriteAccounts
{
public:
    static const QList<AzuriteAccount> &all();
    static const AzuriteAccount *find(const QString &name);
    static QString environmentValue(); // "acct1:key1;acct2:key2" for AZURITE_ACCOUNTS
};

} // namespace Apim::Sim
