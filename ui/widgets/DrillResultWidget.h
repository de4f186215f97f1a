#pragma once

#include "recovery/DrillRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Apim::Ui {

class DialogProvider;

// The outcome of a restore drill: its state and measured RTO, each difference between
// the standby and the source with the Activity Log change that explains it, and the
// report exported as Markdown or CSV (DrillExport).
class DrillResultWidget : public QWidget
{
    Q_OBJECT
public:
    DrillResultWidget(DialogProvider *dialogs, QWidget *parent = nullptr);

    void setRecord(const Core::DrillRecord &record);
    const Core::DrillRecord &record() const { return m_record; }

    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *differences() const { return m_differences; }
    QPushButton *markdownButton() const { return m_markdown; }
    QPushButton *csvButton() const { return m_csv; }

private:
    void exportAs(bool markdown);

    DialogProvider *m_dialogs;
    Core::DrillRecord m_record;
    QLabel *m_summary;
    QTreeWidget *m_differences;
    QPushButton *m_markdown;
    QPushButton *m_csv;
};

} // namespace Apim::Ui
