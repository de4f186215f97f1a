#include "ui/widgets/DrillResultWidget.h"

#include "recovery/DrillExport.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Formatting.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Apim::Ui {

DrillResultWidget::DrillResultWidget(DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_summary(new QLabel(this))
    , m_differences(new QTreeWidget(this))
    , m_markdown(new QPushButton(tr("Export &Markdown…"), this))
    , m_csv(new QPushButton(tr("Export C&SV…"), this))
{
    m_summary->setObjectName(QStringLiteral("drillSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // what Azure says is shown as written, never as markup
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences->setObjectName(QStringLiteral("drillDifferencesTreeWidget"));
    m_differences->setAccessibleName(tr("Differences between the standby and the source"));
    m_differences->setRootIsDecorated(false);
    m_differences->setUniformRowHeights(true);
    m_differences->setHeaderLabels({ tr("Difference"), tr("Explanation") });
    m_differences->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_differences->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_markdown->setObjectName(QStringLiteral("drillExportMarkdownButton"));
    m_csv->setObjectName(QStringLiteral("drillExportCsvButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_markdown);
    buttons->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_differences, 1);
    layout->addLayout(buttons);

    connect(m_markdown, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(false); });
}

void DrillResultWidget::setRecord(const Core::DrillRecord &record)
{
    m_record = record;
    const QString rto = record.rtoMs < 0 ? tr("not measured") : Formatting::duration(record.rtoMs / 1000);
    QString summary;
    switch (record.state) {
    case Core::DrillState::Succeeded:
        summary = tr("Drill succeeded. RTO %1: %2 holds what %3 holds.")
                      .arg(rto, record.standbyName(), record.sourceName());
        break;
    case Core::DrillState::Differences:
        summary = tr(
            "Drill ended with %n difference(s), %1 not explained. RTO %2.", nullptr, int(record.differences.size()))
                      .arg(record.unexplainedCount())
                      .arg(rto);
        break;
    case Core::DrillState::Failed:
        summary = tr("Drill failed (RTO %1): %2").arg(rto, record.reason);
        break;
    case Core::DrillState::Running:
        summary = tr("The drill did not end.");
        break;
    }
    m_summary->setText(summary);
    m_differences->clear();
    for (const Core::DrillDifference &difference : record.differences) {
        auto *item = new QTreeWidgetItem({ difference.description(), difference.explanationText() });
        item->setToolTip(0, Qt::convertFromPlainText(difference.description(), Qt::WhiteSpaceNormal));
        item->setToolTip(1, Qt::convertFromPlainText(difference.explanationText(), Qt::WhiteSpaceNormal));
        m_differences->addTopLevelItem(item);
    }
    m_differences->setVisible(!record.differences.isEmpty());
}

void DrillResultWidget::exportAs(bool markdown)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("drill-%1-%2.%3")
            .arg(m_record.sourceName(), m_record.id.left(8), markdown ? QStringLiteral("md") : QStringLiteral("csv")));
    const QString path
        = m_dialogs->saveFileName(this, markdown ? tr("Export the drill as Markdown") : tr("Export the drill as CSV"),
            suggested, markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString text = markdown ? Core::DrillExport::toMarkdown(m_record) : Core::DrillExport::toCsv(m_record);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        m_dialogs->error(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Apim::Ui
