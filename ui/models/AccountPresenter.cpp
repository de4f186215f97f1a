#include "ui/models/AccountPresenter.h"

namespace Apim::Ui {

namespace {
bool isServicePrincipal(const Core::AccountInfo &account)
{
    return account.method == Core::SignInMethod::ServicePrincipal || account.method == Core::SignInMethod::Environment;
}
} // namespace

QString AccountPresenter::label(const Core::AccountInfo &account)
{
    if (!isServicePrincipal(account))
        return account.accountName;
    if (!account.displayName.isEmpty())
        return account.displayName;
    // A GUID says nothing at a glance: name the kind, keep enough of the ID to tell two apart.
    return tr("Service principal %1…").arg(account.clientId.left(8));
}

QString AccountPresenter::toolTip(const Core::AccountInfo &account, const QString &cloudName)
{
    QString text = isServicePrincipal(account)
        ? tr("Service principal %1 (client ID %2) in %3, tenant %4")
              .arg(account.displayName.isEmpty() ? tr("without a known name") : account.displayName, account.clientId,
                  cloudName, account.tenantId)
        : tr("%1 in %2, tenant %3").arg(account.accountName, cloudName, account.tenantId);
    if (!account.remembered && !account.notRememberedReason.isEmpty())
        text += QLatin1Char('\n') + tr("Not remembered: %1").arg(account.notRememberedReason);
    return text;
}

} // namespace Apim::Ui
