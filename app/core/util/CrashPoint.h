#pragma once

#include <QString>

namespace Apim::Core {

// Named places where the crash tests stop the process as SIGKILL would: no destructor,
// no flush, no journal save. The process dies at `name` only when the environment
// variable APIM_BACKUP_CRASH_AT holds that name exactly; without it (always, outside the
// tests) this is one comparison against a string read once. It can only end the process
// that was asked to end, which anyone able to set its environment can do anyway.
//
// The points (docs/ARCHITECTURE.md, "Crash points"):
//   before-post           the record is journalled, the start POST not handed to the network
//   after-post            Azure answered the start POST; the answer is not read or journalled
//   polling               a status answer arrived; it is not read or journalled
//   journal-write:<State> in the middle of saving a record in that state (Running, Succeeded,
//                         ...): the file's new content is written but not committed
void crashPoint(const QString &name);

} // namespace Apim::Core
