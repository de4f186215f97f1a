#include "operations/OperationStatusAnswer.h"

namespace Apim::Core {

namespace {
bool is(const QString &value, const char *name)
{
    return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}
} // namespace

OperationStatusAnswer OperationStatusAnswer::read(const ArmResponse &response, bool async)
{
    OperationStatusAnswer answer;
    if (!response.body.trimmed().isEmpty() && !response.json.isObject() && response.status != 202)
        return answer; // valid JSON but no status object (a number, a list): as unreadable as broken JSON
    const QJsonObject body = response.object();
    answer.status = body.value(QLatin1String("status")).toString();
    if (body.contains(QLatin1String("percentComplete"))) {
        answer.hasPercentComplete = true;
        answer.percentComplete = body.value(QLatin1String("percentComplete")).toDouble(-1);
    }
    if (!async) {
        if (response.status == 202) {
            answer.outcome = Outcome::Running;
            if (answer.status.isEmpty())
                answer.status = QStringLiteral("InProgress");
            return answer;
        }
        // 200/204: done; the body is the service resource (final-state-via location).
        if (answer.status.isEmpty())
            answer.status = QStringLiteral("Succeeded");
    }
    if (is(answer.status, "Succeeded")) {
        answer.outcome = Outcome::Succeeded;
    } else if (is(answer.status, "Failed") || is(answer.status, "Canceled")) {
        answer.outcome = is(answer.status, "Failed") ? Outcome::Failed : Outcome::Canceled;
        answer.error = ArmErrorDetail::fromJson(body.value(QLatin1String("error")).toObject());
    } else {
        answer.outcome = Outcome::Running;
        if (answer.status.isEmpty())
            answer.status = QStringLiteral("InProgress");
    }
    return answer;
}

} // namespace Apim::Core
