#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="apim.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcArm)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcInventory)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcOperations)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
