#pragma once

#include "auth/AccountInfo.h"

#include <QCoreApplication>

namespace Apim::Ui {

// Who is signed in, in the words of the status bar's account button: a user's UPN, a
// service principal's application name (or "Service principal 99a2af6f…" when its token
// carries none), with the full client ID in the tooltip.
class AccountPresenter
{
    Q_DECLARE_TR_FUNCTIONS(AccountPresenter)
public:
    static QString label(const Core::AccountInfo &account);
    static QString toolTip(const Core::AccountInfo &account, const QString &cloudName);
};

} // namespace Apim::Ui
