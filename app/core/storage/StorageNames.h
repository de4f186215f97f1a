#pragma once

#include <QString>

namespace Apim::Core {

// Azure Storage naming rules, checked before anything is sent so that the user reads
// which rule a name breaks instead of a bare 400 from the service. Each function returns
// an empty string for a valid name, else a translated sentence saying what to change.
namespace StorageNames {

// 3-63 characters; lowercase letters, digits and hyphens; starts with a letter or digit;
// no two hyphens in a row; does not end with a hyphen.
QString containerNameError(const QString &name);

// 1-1024 characters; not ending with a dot or a slash; no backslash; no control
// characters; at most 254 path segments.
QString blobNameError(const QString &name);

// 3-24 lowercase letters and digits.
QString accountNameError(const QString &name);

} // namespace StorageNames
} // namespace Apim::Core
