#include "auth/AzureCliCredential.h"

#include "auth/ClientSecretCredential.h"
#include "auth/JwtClaims.h"
#include "cloud/CloudEnvironment.h"
#include "util/ChildEnvironment.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace Apim::Core {

namespace {
QString firstLines(const QByteArray &text)
{
    QString message = QString::fromUtf8(text).trimmed();
    if (message.size() > 400)
        message = message.left(400) + QStringLiteral("...");
    return message;
}
} // namespace

AzureCliCredential::AzureCliCredential(
    const Clock &clock, const QString &tenantId, const QString &program, QObject *parent)
    : CachingCredential(clock, parent)
    , m_tenantId(tenantId)
    , m_program(program.isEmpty() ? QStringLiteral("az") : program)
{ }

QString AzureCliCredential::accountName() const
{
    return m_lastUser.isEmpty() ? tr("Azure CLI") : tr("%1 (Azure CLI)").arg(m_lastUser);
}

AccessToken AzureCliCredential::parseOutput(const QByteArray &output, AuthError *error)
{
    AccessToken token;
    QJsonParseError parseError {};
    const QJsonObject json = QJsonDocument::fromJson(output, &parseError).object();
    token.token = json.value(QLatin1String("accessToken")).toString();
    if (parseError.error != QJsonParseError::NoError || token.token.isEmpty()) {
        if (error)
            *error = { AuthError::Kind::Other, QStringLiteral("az_output"),
                tr("The Azure CLI printed something that is not an access token. Run 'az account "
                   "get-access-token' yourself to see what is wrong.") };
        return {};
    }
    // Newer az prints expires_on (POSIX seconds); older ones only expiresOn in local time.
    const QJsonValue expiresOn = json.value(QLatin1String("expires_on"));
    if (expiresOn.isDouble() || (expiresOn.isString() && !expiresOn.toString().isEmpty())) {
        const qint64 seconds
            = expiresOn.isDouble() ? static_cast<qint64>(expiresOn.toDouble()) : expiresOn.toString().toLongLong();
        token.expiresOn = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    } else {
        const QString local = json.value(QLatin1String("expiresOn")).toString().left(19);
        QDateTime parsed = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        parsed.setTimeSpec(Qt::LocalTime);
        token.expiresOn = parsed.toUTC();
    }
    if (!token.expiresOn.isValid()) {
        // Unknown lifetime: trust the token's own exp, or use it for a few minutes only.
        token.expiresOn = JwtClaims::decode(token.token).expiresOn();
        if (!token.expiresOn.isValid())
            token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(300);
    }
    token.tenantId = json.value(QLatin1String("tenant")).toString();
    if (token.tenantId.isEmpty())
        token.tenantId = JwtClaims::decode(token.token).tenantId();
    return token;
}

bool AzureCliCredential::isValidTenant(const QString &tenant)
{
    return !tenant.trimmed().isEmpty() && ClientSecretCredential::tenantProblem(tenant, false).isEmpty();
}

AuthError AzureCliCredential::failureOf(int exitCode, const QByteArray &errors)
{
    const QString detail = firstLines(errors);
    if (detail.contains(QLatin1String("az login")) || detail.contains(QLatin1String("az account set"))
        || detail.contains(QLatin1String("AADSTS")))
        return { AuthError::Kind::SignInRequired, QStringLiteral("az_login"),
            tr("The Azure CLI is not signed in, or its sign-in expired. Please run 'az login', then "
               "try again. (az said: %1)")
                .arg(detail) };
    return { AuthError::Kind::Other, QStringLiteral("az_failed"),
        tr("The Azure CLI failed (exit code %1): %2").arg(exitCode).arg(detail) };
}

void AzureCliCredential::fetchToken(const QString &scope, FetchCallback done)
{
    if (!m_tenantId.isEmpty() && !isValidTenant(m_tenantId)) {
        const AuthError error { AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"),
            tr("\"%1\" is not a tenant ID or domain name (a GUID such as "
               "00000000-0000-0000-0000-000000000000, or a name such as contoso.onmicrosoft.com). "
               "Correct the tenant and try again.")
                .arg(m_tenantId.left(100)) };
        QTimer::singleShot(0, this, [done, error] { done({}, error); });
        return;
    }
    QStringList arguments { QStringLiteral("account"), QStringLiteral("get-access-token"), QStringLiteral("--resource"),
        CloudEnvironment::resourceForScope(scope), QStringLiteral("--output"), QStringLiteral("json") };
    if (!m_tenantId.isEmpty())
        arguments << QStringLiteral("--tenant") << m_tenantId;
    QString program = m_program;
#ifdef Q_OS_WIN
    // az is a .cmd script on Windows, which CreateProcess cannot start by itself.
    if (program == QLatin1String("az")) {
        arguments.prepend(QStringLiteral("az"));
        arguments.prepend(QStringLiteral("/c"));
        program = QStringLiteral("cmd");
    }
#endif

    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    auto finished = std::make_shared<bool>(false);
    auto finish = [this, process, finished, done](const AccessToken &token, const AuthError &error) {
        if (*finished)
            return;
        *finished = true;
        if (!error.isError()) {
            m_lastTenant = token.tenantId;
            const QString user = JwtClaims::decode(token.token).userName();
            if (!user.isEmpty())
                m_lastUser = user;
        }
        process->deleteLater();
        done(token, error);
    };

    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process, finish] {
        qCWarning(lcAuth) << "the Azure CLI did not answer within" << m_timeoutMs << "ms";
        process->kill();
        finish({},
            { AuthError::Kind::Network, QStringLiteral("timeout"),
                tr("The Azure CLI did not answer within %1 seconds. Run 'az account get-access-token' yourself to "
                   "see what it waits for.")
                    .arg(m_timeoutMs / 1000) });
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, finish](QProcess::ProcessError processError) {
        if (processError != QProcess::FailedToStart)
            return; // a crash or kill also ends in finished(), handled there
        finish({},
            { AuthError::Kind::ToolMissing, QStringLiteral("az_missing"),
                tr("The Azure CLI ('%1') was not found or could not be started: %2. Install it "
                   "(https://aka.ms/InstallAzureCLI) or choose another sign-in method.")
                    .arg(m_program, process->errorString()) });
    });
    connect(process, &QProcess::finished, this, [process, finish](int exitCode, QProcess::ExitStatus status) {
        const QByteArray errors = process->readAllStandardError();
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish({}, failureOf(exitCode, errors));
            return;
        }
        AuthError error;
        const AccessToken token = parseOutput(process->readAllStandardOutput(), &error);
        finish(token, error);
    });
    qCDebug(lcAuth) << "running" << program << arguments;
    process->setStandardInputFile(QProcess::nullDevice()); // az must never wait for typed input
    // az needs none of our secrets (AZURE_CLIENT_SECRET from an environment sign-in).
    process->setProcessEnvironment(ChildEnvironment::forChild());
    timer->start(m_timeoutMs);
    process->start(program, arguments);
}

} // namespace Apim::Core
