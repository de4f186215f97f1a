#include "secrets/SecretStoreProbe.h"

#include "secrets/ContextGuard.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Apim::Core {

SecretKey SecretStoreProbe::probeKey()
{
    return { QStringLiteral("probe"), {}, {}, {}, QStringLiteral("availability") };
}

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
    // One fixed entry, overwritten by every probe: a run that ends between the write and
    // the delete leaves at most this entry, and the next start's probe removes it. The
    // value is random, so a value from another instance probing at the same moment is
    // recognised by its prefix rather than taken for a keychain that corrupts data.
    const SecretKey key = probeKey();
    const QString value = QLatin1String(kValuePrefix) + QString::number(QRandomGenerator::system()->generate64(), 36);

    m_store->write(key, value, this, [this, key, value, finish](const SecretError &writeError) {
        if (writeError.isError()) {
            finish({ false, writeError });
            return;
        }
        m_store->read(key, this, [this, key, value, finish](const QString &readBack, const SecretError &readError) {
            Result result { true, {} };
            if (readError.kind == SecretError::Kind::NotFound)
                result = { true, {} }; // another instance's probe removed the entry just now
            else if (readError.isError())
                result = { false, readError };
            else if (readBack != value && !readBack.startsWith(QLatin1String(kValuePrefix)))
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
