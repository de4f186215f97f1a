#pragma once

#include "ui/widgets/FindingView.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Apim::Ui {

// The preflight findings inline in a dialog: one banner per finding (icon, message, what
// to do), blocking ones first; "Checking…" while the checks run.
class FindingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsWidget(QWidget *parent = nullptr);

    void setChecking(bool checking);
    bool isChecking() const { return m_checking; }
    void setFindings(const FindingViews &findings);
    const FindingViews &findings() const { return m_findings; }
    bool hasBlocking() const;
    // All banner texts, for tests and accessibility.
    QStringList texts() const;

private:
    void rebuild();

    QVBoxLayout *m_layout;
    QLabel *m_checkingLabel;
    FindingViews m_findings;
    bool m_checking = false;
};

} // namespace Apim::Ui
