#include "ui/widgets/OperationColumns.h"

#include "ui/models/OperationView.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/ColumnWidths.h"
#include "ui/support/Formatting.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Apim::Ui {

void OperationColumns::attach(QTableView *view)
{
    new OperationColumns(view);
}

OperationColumns::OperationColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    sizeFixedColumns();
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            fitServices(first, last);
    });
    // Not on layoutChanged: sorting moves rows, it brings no new name.
    connect(model, &QAbstractItemModel::modelReset, this, &OperationColumns::fitAll);
    view->installEventFilter(this);
    fitAll();
}

bool OperationColumns::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        sizeFixedColumns();
        fitAll();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void OperationColumns::fitAll()
{
    fitServices(0, m_view->model()->rowCount() - 1);
}

void OperationColumns::sizeFixedColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const auto fit = [&](int column, const QStringList &values, bool withIcon) {
        header->resizeSection(column, std::max(ColumnWidths::forHeader(header, column), cellWidth(values, withIcon)));
    };
    fit(OperationsModel::KindColumn,
        { OperationsModel::kindText(OperationView::Kind::Backup),
            OperationsModel::kindText(OperationView::Kind::Restore) },
        true);
    // The widest dates and times the locale writes: two-digit days, months and hours.
    QStringList times;
    for (int hour : { 10, 12, 20, 23 })
        times << Formatting::dateTime(QDateTime(QDate(2088, 12, 28), QTime(hour, 58, 58)).toUTC());
    fit(OperationsModel::StartedColumn, times, false);
    // Longer than 99 hours, a backup or restore has long been stuck: the cell elides, and
    // the tooltip-less column can still be widened by hand.
    fit(OperationsModel::ElapsedColumn,
        { Formatting::duration(58), Formatting::duration(58 * 60 + 58), Formatting::duration(88 * 3600 + 58 * 60) },
        false);
    // Status has a fixed set of states plus free-form errors: as wide as its longest state;
    // a long error is elided, with the whole text in the tooltip.
    QStringList states;
    for (OperationView::Status status :
        { OperationView::Status::Starting, OperationView::Status::Running, OperationView::Status::Succeeded,
            OperationView::Status::Failed, OperationView::Status::Canceled, OperationView::Status::Unknown }) {
        OperationView op;
        op.status = status;
        states << OperationsModel::statusText(op);
        op.resumed = true;
        states << OperationsModel::statusText(op);
    }
    fit(OperationsModel::StatusColumn, states, true);
    fit(OperationsModel::ProgressColumn, { OperationsModel::busyText(), QStringLiteral("100%") }, false);
    fit(OperationsModel::NextPollColumn, { OperationsModel::nextPollText(58 * 60 + 58) }, false);
    fit(OperationsModel::ServiceColumn, {}, false);
}

int OperationColumns::cellWidth(const QStringList &texts, bool withIcon) const
{
    // As QTableView::sizeHintForColumn: the item's size and the grid line, without which the
    // widest text is elided by a pixel.
    return ColumnWidths::forTexts(m_view, texts, withIcon) + (m_view->showGrid() ? 1 : 0);
}

void OperationColumns::fitServices(int first, int last)
{
    QAbstractItemModel *model = m_view->model();
    QStringList names;
    for (int row = std::max(0, first); row <= last; ++row)
        names << model->index(row, OperationsModel::ServiceColumn).data().toString();
    if (names.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    // Up to 24 characters: longer names (APIM allows 50) are elided, whole in the tooltip,
    // so that the other columns stay in view at the window's default size.
    static const QString kWidestShown = QStringLiteral("contoso-apim-prod-weu-01");
    const int wanted = std::min(cellWidth(names, false),
        std::max(cellWidth({ kWidestShown }, false), ColumnWidths::forHeader(header, OperationsModel::ServiceColumn)));
    if (wanted > header->sectionSize(OperationsModel::ServiceColumn))
        header->resizeSection(OperationsModel::ServiceColumn, wanted);
}

} // namespace Apim::Ui
