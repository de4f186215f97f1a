#pragma once

// The service principal the benchmarks sign in with: the one every generated estate
// (azure-sim --generate-estate) holds, in its Contoso tenant.

#include <QString>

namespace Apim::Bench {

inline const QString kTenant = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
inline const QString kClientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
inline const QString kSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");
inline const QString kArmScope = QStringLiteral("https://management.core.windows.net//.default");

} // namespace Apim::Bench
