#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace Apim::Core {

// Secrets in process memory only: the user-chosen session-only mode (nothing survives the
// process), and the double for unit tests. A test may declare it persistent to stand in
// for a keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const SecretKey &key, QObject *context, ReadCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override;
    void remove(const SecretKey &key, QObject *context, DoneCallback callback) override;
    bool isPersistent() const override { return m_persistent; }

    void setPersistent(bool persistent) { m_persistent = persistent; }
    // For tests: make every operation fail with this error (None: work again).
    void setFailure(const SecretError &error) { m_failure = error; }

    int count() const { return static_cast<int>(m_values.size()); }
    bool contains(const SecretKey &key) const { return m_values.contains(key.toString()); }
    QStringList values() const { return m_values.values(); }
    void clear() { m_values.clear(); }

private:
    QHash<QString, QString> m_values;
    SecretError m_failure;
    bool m_persistent = false;
};

} // namespace Apim::Core
