#pragma once

#include "ui/support/Notifier.h"
#include "util/UrlOpener.h"

#include <QList>
#include <QUrl>

#include <QStringList>

namespace Apim::Test {

// Keeps the notifications the app would have shown, for assertions.
class RecordingNotifier final : public Ui::Notifier
{
public:
    void notify(Kind kind, const QString &title, const QString &message) override
    {
        if (!enabled)
            return;
        kinds << kind;
        messages << title + QLatin1String(": ") + message;
    }
    void setEnabled(bool on) override { enabled = on; }
    void markRead() override { ++reads; }

    bool enabled = true;
    int reads = 0;
    QList<Kind> kinds;
    QStringList messages;
};

class RecordingUrlOpener final : public Core::UrlOpener
{
public:
    bool openUrl(const QUrl &url) override
    {
        urls << url;
        return true;
    }
    QList<QUrl> urls;
};

} // namespace Apim::Test
