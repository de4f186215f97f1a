#pragma once

#include "util/UrlOpener.h"

namespace Apim::Ui {

// Opens URLs in the system browser (sign-in pages, the Azure portal).
class DesktopUrlOpener final : public Core::UrlOpener
{
public:
    bool openUrl(const QUrl &url) override;
};

} // namespace Apim::Ui
