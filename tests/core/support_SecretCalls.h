#pragma once

#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QString>

namespace Apim::Test {

// The asynchronous SecretStore calls made blocking for tests: each waits (QTRY, so it
// records a test failure) until the store answers. The default timeout suits a real
// keychain; tests of in-memory stores pass a shorter one.
struct ReadResult
{
    bool done = false;
    QString value;
    Core::SecretError error;
};

ReadResult readNow(Core::SecretStore &store, const Core::SecretKey &key, int timeoutMs = 15000);
Core::SecretError writeNow(
    Core::SecretStore &store, const Core::SecretKey &key, const QString &value, int timeoutMs = 15000);
Core::SecretError removeNow(Core::SecretStore &store, const Core::SecretKey &key, int timeoutMs = 15000);

} // namespace Apim::Test
