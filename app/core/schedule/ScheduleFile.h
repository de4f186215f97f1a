#pragma once

#include <QString>

namespace Apim::Core {

// One generated file: a systemd unit, the crontab fragment, the Windows script, or the
// credentials template (which holds no secret and must be created with mode 0600).
struct ScheduleFile
{
    enum class Kind { Service, Timer, FailureService, Crontab, Script, Credentials };

    Kind kind = Kind::Service;
    QString fileName; // base name
    QString contents;

    bool isCredentials() const { return kind == Kind::Credentials; }
};

} // namespace Apim::Core
