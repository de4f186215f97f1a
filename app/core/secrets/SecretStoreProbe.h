#pragma once

#include "secrets/SecretStore.h"

#include <QObject>

#include <functional>

namespace Apim::Core {

// Finds out whether a SecretStore really works by writing, reading back and deleting a
// probe entry. QKeychain::isAvailable() is not enough: on Linux it only says libsecret
// can be loaded, not that a Secret Service is running and unlocked.
class SecretStoreProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool available = false;
        SecretError error; // why not, when !available
    };
    using Callback = std::function<void(const Result &result)>;

    explicit SecretStoreProbe(SecretStore *store, QObject *parent = nullptr);

    // callback runs once, later, unless context is destroyed first.
    void run(QObject *context, Callback callback);

    // The one entry every probe writes and deletes (the same in every run).
    static SecretKey probeKey();

private:
    static constexpr const char *kValuePrefix = "probe-";
    SecretStore *m_store;
};

} // namespace Apim::Core
