#pragma once

#include <QDateTime>

namespace Apim::Core {

// The one source of "now" in the core, so that tests can move time (token expiry,
// backup age, polling schedules) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Apim::Core
