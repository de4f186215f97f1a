#pragma once

#include <QString>

namespace Apim::Core {
class Clock;
class NetworkSetup;
class Settings;
class UrlOpener;
} // namespace Apim::Core

namespace Apim::Ui {

class DialogProvider;
class Notifier;

// The outside world as the widgets layer sees it, built in app/main.cpp (or a test):
// every dialog, notification, browser launch, setting and "now" goes through these.
struct UiContext
{
    Core::Settings *settings = nullptr;
    DialogProvider *dialogs = nullptr;
    Notifier *notifier = nullptr;
    Core::UrlOpener *urlOpener = nullptr;
    const Core::Clock *clock = nullptr;
    // The proxy and trusted certificates of every request (Settings → Network); null: the
    // section is not shown.
    Core::NetworkSetup *network = nullptr;
    QString trustedCertificatesDir;
};

} // namespace Apim::Ui
