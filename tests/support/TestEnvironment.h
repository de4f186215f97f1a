#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Apim::Test {

// Where the CTest fixtures put Azurite and the shared azure-sim
// (tests/support/fixtures.sh writes <state dir>/<name>.url).
class TestEnvironment
{
public:
    static QString stateDir();
    static QString dataDir(); // tests/data in the source tree
    static QString dataFile(const QString &name);
    static QString simBinary();

    // Empty when the fixture is not running; tests then fail with a message that says so.
    static QUrl azuriteUrl();
    static QUrl sharedSimUrl();

    // Writes an `az cloud show`-shaped JSON file that points every endpoint at simUrl.
    static QString writeCloudFile(const QUrl &simUrl, const QString &directory);

    static bool inCi(); // CI=true: missing services are failures, never skips

    // This process's environment for a child apim-backup-cli, with its language pinned
    // (LANG=lang; LANGUAGE, LC_ALL and LC_MESSAGES removed): tests that read its messages
    // must not depend on the developer's locale.
    static QProcessEnvironment processEnvironment(const QString &lang = QStringLiteral("C.UTF-8"));
};

} // namespace Apim::Test
