#pragma once

#include <QIcon>

namespace Apim::Ui {

// The application's SVG icons, served from the resources compiled into apim_ui
// (resources/icons.qrc), so every widget asks here instead of spelling qrc paths.
// SVG keeps them sharp at any device pixel ratio; SvgIconEngine draws them lazily.
class Icons
{
public:
    static QIcon app();
    static QIcon backup();
    static QIcon restore();
    static QIcon refresh();
    static QIcon warning();
    static QIcon error();
    static QIcon success();
    static QIcon running();
    static QIcon info();
    static QIcon service();
    static QIcon subscription();
    static QIcon tenant();
    static QIcon account();
    static QIcon keychain();
    static QIcon sessionOnly();
    static QIcon settings();
    static QIcon history();
    static QIcon copy();
    static QIcon portal();
    static QIcon signOut();

    // name without extension, e.g. "backup"; null icon when unknown.
    static QIcon named(const QString &name);
};

} // namespace Apim::Ui
