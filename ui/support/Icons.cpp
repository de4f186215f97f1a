#include "ui/support/Icons.h"

#include "ui/support/SvgIconEngine.h"

#include <QFile>
#include <QHash>

// Q_INIT_RESOURCE must run outside any namespace; a static library's resources are
// otherwise dropped by the linker because nothing references them.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Apim::Ui {

QIcon Icons::named(const QString &name)
{
    initIconResources();
    // One QIcon per name, shared by the thousands of tree rows that show it. The SVG is
    // parsed when the icon is first drawn, not here (SvgIconEngine): most icons are not on
    // the first frame.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    const QIcon icon = QFile::exists(path) ? QIcon(new SvgIconEngine(path)) : QIcon();
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::app()
{
    return named(QStringLiteral("apim-backup"));
}
QIcon Icons::backup()
{
    return named(QStringLiteral("backup"));
}
QIcon Icons::restore()
{
    return named(QStringLiteral("restore"));
}
QIcon Icons::refresh()
{
    return named(QStringLiteral("refresh"));
}
QIcon Icons::warning()
{
    return named(QStringLiteral("warning"));
}
QIcon Icons::error()
{
    return named(QStringLiteral("error"));
}
QIcon Icons::success()
{
    return named(QStringLiteral("success"));
}
QIcon Icons::running()
{
    return named(QStringLiteral("running"));
}
QIcon Icons::info()
{
    return named(QStringLiteral("info"));
}
QIcon Icons::service()
{
    return named(QStringLiteral("service"));
}
QIcon Icons::subscription()
{
    return named(QStringLiteral("subscription"));
}
QIcon Icons::tenant()
{
    return named(QStringLiteral("tenant"));
}
QIcon Icons::account()
{
    return named(QStringLiteral("account"));
}
QIcon Icons::keychain()
{
    return named(QStringLiteral("keychain"));
}
QIcon Icons::sessionOnly()
{
    return named(QStringLiteral("session-only"));
}
QIcon Icons::settings()
{
    return named(QStringLiteral("settings"));
}
QIcon Icons::history()
{
    return named(QStringLiteral("history"));
}
QIcon Icons::copy()
{
    return named(QStringLiteral("copy"));
}
QIcon Icons::portal()
{
    return named(QStringLiteral("portal"));
}
QIcon Icons::signOut()
{
    return named(QStringLiteral("sign-out"));
}

} // namespace Apim::Ui
