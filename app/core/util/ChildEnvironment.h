#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QStringList>

namespace Apim::Core {

// What a child process - az, a browser, xdg-open - may inherit from us: our environment
// without the secrets this tool reads from it (AZURE_CLIENT_SECRET and its kin). The
// Azure CLI, a browser and whatever they start have no business with a service
// principal's secret, and an inherited variable lives on in their /proc/<pid>/environ.
class ChildEnvironment
{
public:
    static QStringList secretVariables();

    // base without the secret variables.
    static QProcessEnvironment forChild(const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment());

    // Removes the secret variables from this process's own environment, for children that
    // are started by code we do not control (QDesktopServices, xdg-open). Callers read
    // what they need first (a QProcessEnvironment snapshot keeps its copy).
    static void removeSecretsFromProcess();

    // Takes the secret variables out of this process's environment for its lifetime and
    // puts them back afterwards: for one child started by code we do not control, when
    // later code still reads the variables from the environment.
    class ScopedRemoval
    {
    public:
        ScopedRemoval();
        ~ScopedRemoval();
        ScopedRemoval(const ScopedRemoval &) = delete;
        ScopedRemoval &operator=(const ScopedRemoval &) = delete;

    private:
        QList<QPair<QByteArray, QByteArray>> m_saved;
    };
};

} // namespace Apim::Core
