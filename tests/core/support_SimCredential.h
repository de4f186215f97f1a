#pragma once

#include "auth/TokenCredential.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Apim::Test {

// A real TokenCredential for engine tests: the client-credentials grant against
// azure-sim's Entra endpoint (real HTTP), caching one token per scope like the product's
// credentials do. Counts the token requests so tests can see refreshes.
class SimClientCredential : public Apim::Core::TokenCredential
{
    Q_OBJECT
public:
    SimClientCredential(QNetworkAccessManager *network, const QUrl &simUrl, const QString &tenantId,
        const QString &clientId, const QString &secret, QObject *parent = nullptr);

    void token(const QString &scope, QObject *context, Callback callback) override;
    void invalidate(const QString &scope) override;
    QString accountName() const override { return m_clientId; }
    QString tenantId() const override { return m_tenantId; }

    int tokenRequests() const { return m_tokenRequests; }
    int invalidations() const { return m_invalidations; }
    void setSecret(const QString &secret) { m_secret = secret; }

private:
    QNetworkAccessManager *m_network;
    QUrl m_simUrl;
    QString m_tenantId;
    QString m_clientId;
    QString m_secret;
    QHash<QString, Apim::Core::AccessToken> m_cache;
    int m_tokenRequests = 0;
    int m_invalidations = 0;
};

// Always answers with the same (possibly bogus) token: for 401 paths.
class FixedTokenCredential : public Apim::Core::TokenCredential
{
    Q_OBJECT
public:
    explicit FixedTokenCredential(const QString &token, QObject *parent = nullptr);
    void token(const QString &scope, QObject *context, Callback callback) override;
    void invalidate(const QString &) override { ++m_invalidations; }
    QString accountName() const override { return QStringLiteral("fixed"); }
    QString tenantId() const override { return {}; }
    int invalidations() const { return m_invalidations; }
    void setError(const Apim::Core::AuthError &error) { m_error = error; }

private:
    QString m_token;
    Apim::Core::AuthError m_error;
    int m_invalidations = 0;
};

} // namespace Apim::Test
