#include "TestKeyring.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStoreProbe.h"

#include <QObject>
#include <QTest>

namespace Apim::Test {

bool TestKeyring::probe()
{
    m_available = false;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_error = QStringLiteral("DBUS_SESSION_BUS_ADDRESS is empty");
        return false;
    }
    Core::KeychainSecretStore store(QStringLiteral("APIM Backup"));
    Core::SecretStoreProbe probe(&store);
    QObject context; // an answer after the wait is dropped
    bool done = false;
    probe.run(&context, [this, &done](const Core::SecretStoreProbe::Result &result) {
        m_available = result.available;
        m_error = result.error.message;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        m_error = QStringLiteral("the Secret Service did not answer in 15 s");
    return m_available;
}

QByteArray TestKeyring::unavailableReason() const
{
    return "no usable Secret Service (" + m_error.toUtf8()
        + "): run the keyring tests inside dbus-run-session with an unlocked gnome-keyring (scripts/test.sh)";
}

} // namespace Apim::Test
