#pragma once

#include <QString>

namespace Apim::Core::Csv {

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A leading
// =, +, - or @ gets a ' first, or spreadsheet programs would run it as a formula.
QString field(const QString &value);

} // namespace Apim::Core::Csv
