#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcArm, "apim.arm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "apim.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "apim.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "apim.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "apim.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOperations, "apim.operations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "apim.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "apim.net", QtInfoMsg)
