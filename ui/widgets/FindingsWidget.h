#pragma once

#include "ui/widgets/FindingView.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Apim::Ui {

// The preflight findings inline in a dialog: one banner per finding (icon, message, what
// to do), blocking ones first; "Checking…" while the checks run, and "Checks passed" when
// they ran and found nothing (a silent, empty area would not say that they ran).
class FindingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsWidget(QWidget *parent = nullptr);

    void setChecking(bool checking);
    bool isChecking() const { return m_checking; }
    // The result of a check that ran: no findings means it passed.
    void setFindings(const FindingViews &findings);
    // Findings known before the check runs (or none): nothing has passed yet.
    void showUnchecked(const FindingViews &findings = {});
    bool hasPassed() const;
    const FindingViews &findings() const { return m_findings; }
    bool hasBlocking() const;
    // All banner texts, for tests and accessibility.
    QStringList texts() const;

private:
    void rebuild();
    void updatePassed();

    QVBoxLayout *m_layout;
    QLabel *m_checkingLabel;
    QLabel *m_passedLabel;
    FindingViews m_findings;
    bool m_checking = false;
    bool m_checked = false; // the findings are a check's result
};

} // namespace Apim::Ui
