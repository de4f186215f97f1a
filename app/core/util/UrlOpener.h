#pragma once

#include <QUrl>

namespace Apim::Core {

// Opens a URL for the user (the system browser in the GUI, a printed line in the CLI).
// The core never calls QDesktopServices itself.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    virtual bool openUrl(const QUrl &url) = 0;
};

} // namespace Apim::Core
