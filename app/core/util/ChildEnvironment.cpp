#include "util/ChildEnvironment.h"

#include <QtGlobal>

namespace Apim::Core {

QStringList ChildEnvironment::secretVariables()
{
    // AZURE_CLIENT_SECRET is what EnvironmentCredential reads; the others are the same
    // family of Azure SDK variables and are no safer in a child.
    return { QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("AZURE_CLIENT_CERTIFICATE_PASSWORD"),
        QStringLiteral("AZURE_PASSWORD") };
}

QProcessEnvironment ChildEnvironment::forChild(const QProcessEnvironment &base)
{
    QProcessEnvironment environment = base;
    for (const QString &name : secretVariables())
        environment.remove(name);
    return environment;
}

void ChildEnvironment::removeSecretsFromProcess()
{
    for (const QString &name : secretVariables())
        qunsetenv(name.toLatin1().constData());
}

ChildEnvironment::ScopedRemoval::ScopedRemoval()
{
    for (const QString &name : secretVariables()) {
        const QByteArray key = name.toLatin1();
        if (!qEnvironmentVariableIsSet(key.constData()))
            continue;
        m_saved.append({ key, qgetenv(key.constData()) });
        qunsetenv(key.constData());
    }
}

ChildEnvironment::ScopedRemoval::~ScopedRemoval()
{
    for (const auto &[name, value] : std::as_const(m_saved))
        qputenv(name.constData(), value);
}

} // namespace Apim::Core
