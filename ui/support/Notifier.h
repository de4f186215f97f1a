#pragma once

#include <QString>

namespace Apim::Ui {

// Tells the user that something finished while they may be looking elsewhere
// (a desktop notification). Off in tests; the tray implementation where available.
// A failure, and a warning (a backup that may be missing changes), stay unread until the
// user has come back to the window (markRead()).
class Notifier
{
public:
    enum class Kind { Information, Success, Warning, Failure };
    virtual ~Notifier() = default;
    virtual void notify(Kind kind, const QString &title, const QString &message) = 0;
    virtual void setEnabled(bool enabled) = 0;
    virtual void markRead() = 0;
};

class NullNotifier final : public Notifier
{
public:
    void notify(Kind, const QString &, const QString &) override { }
    void setEnabled(bool) override { }
    void markRead() override { }
};

} // namespace Apim::Ui
