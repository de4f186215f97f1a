#include "util/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Apim::Core {

QStringList AppLanguage::supported()
{
    return { QStringLiteral("en"), QStringLiteral("ko") };
}

bool AppLanguage::isSupported(const QString &language)
{
    return supported().contains(language);
}

QString AppLanguage::fromArguments(const QStringList &arguments)
{
    static const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QString AppLanguage::fromSystem()
{
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &name : languages) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Korean)
            return QStringLiteral("ko");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool AppLanguage::install(QCoreApplication *app, const QString &language)
{
    auto *translator = new QTranslator(app);
    const bool loaded = translator->load(QStringLiteral(":/i18n/apim-backup_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    // Qt's own strings (standard buttons, file dialogs, QCommandLineParser's errors).
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace Apim::Core
