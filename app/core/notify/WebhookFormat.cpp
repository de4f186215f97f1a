#include "notify/WebhookFormat.h"

#include <QHostAddress>

namespace Apim::Core {

namespace {
bool hostIs(const QString &host, const char *name)
{
    return host.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

bool hostEndsWith(const QString &host, const char *suffix)
{
    return host.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}
} // namespace

WebhookFormat::Kind WebhookFormat::detect(const QUrl &url)
{
    const QString host = url.host();
    const QString path = url.path();
    if (hostIs(host, "hooks.slack.com") || hostIs(host, "hooks.slack-gov.com"))
        return Kind::Slack;
    // Office 365 connectors: <tenant>.webhook.office.com/webhookb2/..., and the older
    // outlook.office.com/webhook/...; Workflows (Power Automate) post through Logic Apps
    // or Power Platform URLs whose path names a workflow.
    if (hostEndsWith(host, ".webhook.office.com"))
        return Kind::Teams;
    if ((hostIs(host, "outlook.office.com") || hostIs(host, "outlook.office365.com"))
        && path.startsWith(QLatin1String("/webhook"), Qt::CaseInsensitive))
        return Kind::Teams;
    if ((hostEndsWith(host, ".logic.azure.com") || hostEndsWith(host, ".api.powerplatform.com")
            || hostEndsWith(host, ".logic.azure.us"))
        && path.contains(QLatin1String("/workflows/"), Qt::CaseInsensitive))
        return Kind::Teams;
    return Kind::Generic;
}

WebhookFormat::Kind WebhookFormat::resolve(Kind kind, const QUrl &url)
{
    return kind == Kind::Auto ? detect(url) : kind;
}

QString WebhookFormat::name(Kind kind)
{
    switch (kind) {
    case Kind::Auto:
        return QStringLiteral("auto");
    case Kind::Teams:
        return QStringLiteral("teams");
    case Kind::Slack:
        return QStringLiteral("slack");
    case Kind::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

WebhookFormat::Kind WebhookFormat::fromName(const QString &name, bool *ok)
{
    const QString key = name.trimmed().toLower();
    *ok = true;
    if (key.isEmpty() || key == QLatin1String("auto"))
        return Kind::Auto;
    if (key == QLatin1String("teams"))
        return Kind::Teams;
    if (key == QLatin1String("slack"))
        return Kind::Slack;
    if (key == QLatin1String("generic") || key == QLatin1String("json"))
        return Kind::Generic;
    *ok = false;
    return Kind::Auto;
}

bool WebhookFormat::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (hostIs(host, "localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString WebhookFormat::problem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a webhook URL: it needs to look like https://host/path.");
    if (!url.userInfo().isEmpty())
        return tr("A webhook URL with a user name or password in it is not accepted.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return tr("The webhook on %1 uses http://, which would send the notification (and the webhook's secret "
                  "address) unencrypted. Use its https:// URL; plain http is accepted for this machine (localhost) "
                  "only.")
            .arg(url.host());
    }
    return tr("A webhook URL starts with https:// (not %1:).").arg(scheme);
}

} // namespace Apim::Core
