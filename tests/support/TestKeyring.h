#pragma once

#include "TestEnvironment.h"

#include <QString>

namespace Apim::Test {

// Whether the real Secret Service of the keyring tests answers: scripts/test.sh runs the
// suite in a private D-Bus session with a throwaway, unlocked gnome-keyring. Tests that
// need it ask once (initTestCase) and use APIM_REQUIRE_KEYRING in each test function.
class TestKeyring
{
public:
    // Writes, reads and deletes a probe entry, as the app does at start (up to 15 s).
    bool probe();
    bool isAvailable() const { return m_available; }
    // Why it is not usable, and how to run the keyring tests.
    QByteArray unavailableReason() const;

private:
    bool m_available = false;
    QString m_error = QStringLiteral("not probed");
};

} // namespace Apim::Test

// In the test function itself (QSKIP in a helper would only leave the helper). In CI a
// missing keyring is a failure, never a skip.
#define APIM_REQUIRE_KEYRING(keyring)                                                                                  \
    do {                                                                                                               \
        if (!(keyring).isAvailable()) {                                                                                \
            if (::Apim::Test::TestEnvironment::inCi())                                                                 \
                QFAIL((keyring).unavailableReason().constData());                                                      \
            QSKIP((keyring).unavailableReason().constData());                                                          \
        }                                                                                                              \
    } while (false)
