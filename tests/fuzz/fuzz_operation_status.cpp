// OperationStatusAnswer::read: one answer from an operation's status URL (Azure-AsyncOperation
// or Location), with the body parsed as ArmJob parses it. The first byte picks the HTTP
// status and the kind of URL; the rest is the body.

#include "FuzzSupport.h"

#include "operations/OperationStatusAnswer.h"

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    if (size == 0)
        return 0;
    static const int statuses[] = { 200, 201, 202, 204 };
    ArmResponse response;
    response.status = statuses[data[0] % 4];
    const bool async = (data[0] & 0x10) != 0;
    response.body = ApimFuzz::bytes(data + 1, size - 1);
    if (!response.body.trimmed().isEmpty())
        response.json = QJsonDocument::fromJson(response.body);
    const OperationStatusAnswer answer = OperationStatusAnswer::read(response, async);
    if (answer.outcome == OperationStatusAnswer::Outcome::Running && answer.status.isEmpty())
        ApimFuzz::broken("a running operation without a status word");
    (void)answer.error.toJson();
    return 0;
}
