#pragma once

#include "HttpTypes.h"

#include <optional>

namespace Apim::Sim {

struct SimContext;

// Who made an ARM call, from the validated bearer token.
struct Caller
{
    QString tenantId;
    QString objectId;
    QString upn; // users
    QString appId; // the client id
    bool isUser = false;

    QString name() const { return isUser ? upn : appId; }
};

// ARM's front door: bearer validation (401 with the codes ARM uses and a
// WWW-Authenticate challenge) and the api-version requirement.
class ArmGuard
{
public:
    explicit ArmGuard(const SimContext &context)
        : m_context(context)
    { }

    // Empty: let the request through (caller filled in). Otherwise the error to send.
    std::optional<SimResponse> check(const SimRequest &request, Caller *caller) const;
    // 404 SubscriptionNotFound, or 401 InvalidAuthenticationTokenTenant for another tenant's subscription.
    std::optional<SimResponse> checkSubscription(
        const SimRequest &request, const Caller &caller, const QString &subscriptionId) const;
    // check() then checkSubscription(): the front door of every subscription-scoped route.
    std::optional<SimResponse> checkInSubscription(
        const SimRequest &request, const QString &subscriptionId, Caller *caller) const;

private:
    SimResponse unauthorized(const SimRequest &request, const QString &code, const QString &message) const;

    const SimContext &m_context;
};

} // namespace Apim::Sim
