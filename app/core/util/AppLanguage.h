#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Apim::Core {

// The language of the app's words, "en" or "ko", for the desktop app and the CLI alike.
// Both executables embed the translations as :/i18n/apim-backup_<lang>.qm. --lang is read
// from the raw arguments, before the command-line parser is built, so that --help and the
// parser's own errors come out in the chosen language too.
class AppLanguage
{
public:
    static QStringList supported(); // en, ko
    static bool isSupported(const QString &language);
    // The value of `--lang X` or `--lang=X`; empty when absent.
    static QString fromArguments(const QStringList &arguments);
    // ko when the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) name Korean
    // before English, else en.
    static QString fromSystem();
    // Installs the app's translator for language (en or ko), and Qt's own (qtbase) when the
    // system has it. False when the app's .qm could not be loaded.
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace Apim::Core
