#include "ui/support/DesktopUrlOpener.h"

#include "util/ChildEnvironment.h"

#include <QDesktopServices>

namespace Apim::Ui {

bool DesktopUrlOpener::openUrl(const QUrl &url)
{
    // QDesktopServices starts xdg-open (and it the browser) with our environment; keep
    // AZURE_CLIENT_SECRET out of it. The variable comes back afterwards, for a later
    // environment sign-in (a cloud switch builds a new account manager that reads it).
    const Core::ChildEnvironment::ScopedRemoval withoutSecrets;
    return QDesktopServices::openUrl(url);
}

} // namespace Apim::Ui
