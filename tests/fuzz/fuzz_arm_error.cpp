// ArmError::parseBody over an error answer, then what is printed and journaled from it:
// userMessage() (the dialog and stderr), technicalSummary() (logs) and the JSON round trip
// (the journal keeps the error of a failed operation).

#include "FuzzSupport.h"

#include "arm/ArmError.h"

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    const QByteArray body = ApimFuzz::bytes(data, size);
    // The status comes from the first byte, so that every branch of the messages is reached.
    static const int statuses[] = { 400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504, 200 };
    ArmError error;
    error.kind = ArmError::Kind::Http;
    error.httpStatus = size > 0 ? statuses[data[0] % (sizeof statuses / sizeof statuses[0])] : 500;
    error.requestId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    if (!error.parseBody(body))
        error.message = QString::fromUtf8(body.left(200));
    (void)error.isTransient();
    (void)error.userMessage();
    (void)error.technicalSummary();
    const ArmError again = ArmError::fromJson(error.toJson());
    if (again.code != error.code || again.message != error.message || again.details.size() != error.details.size())
        ApimFuzz::broken("an ARM error does not survive the journal's JSON round trip");
    (void)again.userMessage();
    return 0;
}
