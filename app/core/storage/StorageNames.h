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

// 1-1024 characters; not starting with a slash nor ending with a dot or a slash; no
// backslash; no control characters; at most 254 path segments, none of them empty, "."
// or ".." (a relative segment would name another blob once a URL is normalised).
QString blobNameError(const QString &name);

// 3-24 lowercase letters and digits.
QString accountNameError(const QString &name);

// A storage account access key (key1 or key2) as Azure issues it: 64 bytes in base64,
// 88 characters ending in "==". Surrounding whitespace (from a paste) is ignored.
QString accessKeyError(const QString &key);

} // namespace StorageNames
} // namespace Apim::Core
