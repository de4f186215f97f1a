#pragma once

#include "auth/TokenCredential.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace Apim::Core {

class ClientSecretCredential;
class EntraClient;

// A service principal described by the environment, as the Azure SDKs read it:
// AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET. Nothing is stored: the
// variables are read again whenever the session is restored.
class EnvironmentCredential
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentCredential)
public:
    // nullptr and *error (InvalidCredentials, naming every missing variable) when the
    // environment does not describe a service principal.
    static ClientSecretCredential *create(
        const QProcessEnvironment &environment, EntraClient *entra, AuthError *error, QObject *parent = nullptr);
};

} // namespace Apim::Core
