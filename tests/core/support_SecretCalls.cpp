#include "support_SecretCalls.h"

#include <QtTest>

namespace Apim::Test {

using Core::SecretError;

ReadResult readNow(Core::SecretStore &store, const Core::SecretKey &key, int timeoutMs)
{
    ReadResult result;
    store.read(key, &store, [&](const QString &value, const SecretError &error) { result = { true, value, error }; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.done, timeoutMs); }();
    return result;
}

SecretError writeNow(Core::SecretStore &store, const Core::SecretKey &key, const QString &value, int timeoutMs)
{
    bool done = false;
    SecretError result;
    store.write(key, value, &store, [&](const SecretError &error) {
        result = error;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs); }();
    return result;
}

SecretError removeNow(Core::SecretStore &store, const Core::SecretKey &key, int timeoutMs)
{
    bool done = false;
    SecretError result;
    store.remove(key, &store, [&](const SecretError &error) {
        result = error;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs); }();
    return result;
}

} // namespace Apim::Test
