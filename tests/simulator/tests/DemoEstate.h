#pragma once

#include <QString>

// Names from tests/simulator/seeds/demo.json that the simulator tests rely on.
namespace Apim::SimTest::Demo {

inline const QString ContosoTenant = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
inline const QString FabrikamTenant = QStringLiteral("12bf08ca-1244-42d2-b610-8ba832ce968b");
inline const QString ProductionSub = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
inline const QString StagingSub = QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7");
inline const QString DevTestSub = QStringLiteral("aab3e254-0b27-4400-bb4f-545bce13725d");
inline const QString FabrikamDrSub = QStringLiteral("ae6561b2-6b50-4ccb-a488-f3eaeed19b36");
inline const QString SpClientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
inline const QString SpSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");
inline const QString DefaultUser = QStringLiteral("alex.wilber@contoso.onmicrosoft.com");
inline const QString CliClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
inline const QString ArmScope = QStringLiteral("https://management.azure.com/.default");
inline const QString ProdService = QStringLiteral(
    "/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/Microsoft.ApiManagement/"
    "service/contoso-prod-apim");
inline const QString StagingService
    = QStringLiteral("/subscriptions/19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7/resourceGroups/rg-apim-staging/providers/"
                     "Microsoft.ApiManagement/service/contoso-staging-apim");
inline const QString TestService = QStringLiteral(
    "/subscriptions/aab3e254-0b27-4400-bb4f-545bce13725d/resourceGroups/rg-apim-dev/providers/Microsoft.ApiManagement/"
    "service/contoso-test-apim");
inline const QString ConsumptionService
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-serverless/providers/"
                     "Microsoft.ApiManagement/service/contoso-functions-apim");
inline const QString ProdStorage = QStringLiteral(
    "/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/Microsoft.Storage/"
    "storageAccounts/contosobackups");
inline const QString ApimApi = QStringLiteral("api-version=2024-05-01");

} // namespace Apim::SimTest::Demo
