#include "secrets/SecretStoreProbe.h"

#include "secrets/ContextGuard.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Apim::Core {

SecretStoreProbe::SecretStoreProbe(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void SecretStoreProbe::run(QObject *context, Callback callback)
{
    const ContextGuard guard(context);
    auto finish = [this, guard, callback](const Result &result) {
        if (!result.available)
            qCWarning(lcSecrets) << "the keychain probe failed:" << result.error.message;
        guard.post(this, [callback, result] { callback(result); });
    };
    // A random entry name and value: two instances probing at once must not see each other's.
    const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 36);
    const SecretKey key { QStringLiteral("probe"), {}, {}, {}, nonce };
    const QString value = QStringLiteral("probe-") + QString::number(QRandomGenerator::system()->generate64(), 36);

    m_store->write(key, value, this, [this, key, value, finish](const SecretError &writeError) {
        if (writeError.isError()) {
            finish({ false, writeError });
            return;
        }
        m_store->read(key, this, [this, key, value, finish](const QString &readBack, const SecretError &readError) {
            Result result { true, {} };
            if (readError.isError())
                result = { false, readError };
            else if (readBack != value)
                result = { false,
                    { SecretError::Kind::Unavailable,
                        QCoreApplication::translate("Apim::Core::SecretStoreProbe",
                            "The keychain gave back a different value than was written to "
                            "it, so it cannot be trusted with secrets. Continue in "
                            "session-only mode.") } };
            m_store->remove(key, this, [result, finish](const SecretError &removeError) {
                if (result.available && removeError.isError())
                    finish({ false, removeError });
                else
                    finish(result);
            });
        });
    });
}

} // namespace Apim::Core
