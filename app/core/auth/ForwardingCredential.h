#pragma once

#include "auth/TokenCredential.h"

#include <functional>

namespace Apim::Core {

// A TokenCredential that never goes away: it forwards to whatever credential the account
// manager currently holds (or answers SignInRequired when nobody is signed in). Callers -
// the ARM pipeline, a long-running operation tracker - keep this pointer across sign-out
// and sign-in without dangling.
class ForwardingCredential : public TokenCredential
{
    Q_OBJECT
public:
    using Resolver = std::function<TokenCredential *()>;

    ForwardingCredential(Resolver resolver, const QString &tenantId = {}, QObject *parent = nullptr);

    void token(const QString &scope, QObject *context, Callback callback) override;
    void invalidate(const QString &scope) override;
    QString accountName() const override;
    QString tenantId() const override;

private:
    Resolver m_resolver;
    QString m_tenantId;
};

} // namespace Apim::Core
