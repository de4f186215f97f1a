#pragma once

#include <QStringList>

class QAbstractItemView;
class QHeaderView;

namespace Apim::Ui {

// Widths for item-view columns whose text is known up front (a fixed set of states), so a
// column can start wide enough for its header and its longest value in the current
// language, instead of at whatever a Stretch section is left with.
namespace ColumnWidths {

// The width a cell needs to show the widest of texts without eliding, in view's font and
// style, with room for a small icon when withIcon.
int forTexts(const QAbstractItemView *view, const QStringList &texts, bool withIcon);
// The width the header needs to show section's title (and its sort indicator) in full.
int forHeader(const QHeaderView *header, int section);

} // namespace ColumnWidths

} // namespace Apim::Ui
