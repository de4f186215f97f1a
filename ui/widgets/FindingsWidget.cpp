#include "ui/widgets/FindingsWidget.h"

#include "ui/widgets/BannerWidget.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Apim::Ui {

FindingsWidget::FindingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_checkingLabel(new QLabel(tr("Checking…"), this))
    , m_passedLabel(new QLabel(tr("Checks passed: nothing found that would stop it."), this))
{
    setObjectName(QStringLiteral("preflightWidget"));
    setAccessibleName(tr("Checks before starting"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_checkingLabel->setObjectName(QStringLiteral("preflightCheckingLabel"));
    m_checkingLabel->hide();
    m_passedLabel->setObjectName(QStringLiteral("preflightPassedLabel"));
    m_passedLabel->setWordWrap(true);
    m_passedLabel->hide();
    m_layout->addWidget(m_checkingLabel);
    m_layout->addWidget(m_passedLabel);
}

void FindingsWidget::setChecking(bool checking)
{
    m_checking = checking;
    m_checkingLabel->setVisible(checking);
    updatePassed();
}

void FindingsWidget::setFindings(const FindingViews &findings)
{
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const FindingView &a, const FindingView &b) { return int(a.severity) < int(b.severity); });
    m_checked = true;
    setChecking(false);
    rebuild();
}

void FindingsWidget::showUnchecked(const FindingViews &findings)
{
    setFindings(findings);
    m_checked = false;
    updatePassed();
}

bool FindingsWidget::hasPassed() const
{
    return m_checked && !m_checking && m_findings.isEmpty();
}

void FindingsWidget::updatePassed()
{
    m_passedLabel->setVisible(hasPassed());
}

bool FindingsWidget::hasBlocking() const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(),
        [](const FindingView &f) { return f.severity == FindingView::Severity::Blocking; });
}

QStringList FindingsWidget::texts() const
{
    QStringList list;
    for (const BannerWidget *banner : findChildren<BannerWidget *>())
        list << banner->text();
    return list;
}

void FindingsWidget::rebuild()
{
    for (BannerWidget *banner : findChildren<BannerWidget *>()) {
        m_layout->removeWidget(banner);
        delete banner;
    }
    int index = 0;
    for (const FindingView &finding : m_findings) {
        auto *banner = new BannerWidget(this);
        banner->setObjectName(QStringLiteral("finding_%1_BannerWidget")
                                  .arg(finding.code.isEmpty() ? QString::number(index) : finding.code));
        switch (finding.severity) {
        case FindingView::Severity::Blocking:
            banner->setKind(BannerWidget::Kind::Error);
            break;
        case FindingView::Severity::Warning:
            banner->setKind(BannerWidget::Kind::Warning);
            break;
        case FindingView::Severity::Information:
            banner->setKind(BannerWidget::Kind::Information);
            break;
        }
        QString text = finding.message.toHtmlEscaped();
        if (!finding.action.isEmpty())
            text += QStringLiteral("<br><i>") + finding.action.toHtmlEscaped() + QStringLiteral("</i>");
        banner->setText(text, Qt::RichText);
        m_layout->addWidget(banner);
        ++index;
    }
}

} // namespace Apim::Ui
