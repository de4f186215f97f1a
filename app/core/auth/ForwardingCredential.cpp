#include "auth/ForwardingCredential.h"

#include "secrets/ContextGuard.h"

namespace Apim::Core {

ForwardingCredential::ForwardingCredential(Resolver resolver, const QString &tenantId, QObject *parent)
    : TokenCredential(parent)
    , m_resolver(std::move(resolver))
    , m_tenantId(tenantId)
{ }

void ForwardingCredential::token(const QString &scope, QObject *context, Callback callback)
{
    if (TokenCredential *target = m_resolver()) {
        target->token(scope, context, std::move(callback));
        return;
    }
    const AuthError error { AuthError::Kind::SignInRequired, QStringLiteral("not_signed_in"),
        tr("You are not signed in. Sign in first.") };
    ContextGuard(context).post(this, [callback, error] { callback({}, error); });
}

void ForwardingCredential::invalidate(const QString &scope)
{
    if (TokenCredential *target = m_resolver())
        target->invalidate(scope);
}

QString ForwardingCredential::accountName() const
{
    TokenCredential *target = m_resolver();
    return target ? target->accountName() : QString();
}

QString ForwardingCredential::tenantId() const
{
    if (!m_tenantId.isEmpty())
        return m_tenantId;
    TokenCredential *target = m_resolver();
    return target ? target->tenantId() : QString();
}

} // namespace Apim::Core
