#include "ui/support/DesktopUrlOpener.h"

#include <QDesktopServices>

namespace Apim::Ui {

bool DesktopUrlOpener::openUrl(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace Apim::Ui
