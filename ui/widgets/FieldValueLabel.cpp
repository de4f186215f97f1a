#include "ui/widgets/FieldValueLabel.h"

namespace Apim::Ui {

FieldValueLabel::FieldValueLabel(const QString &title, QWidget *parent)
    : QLabel(parent)
    , m_title(title)
{
    setAccessibleName(m_title);
}

void FieldValueLabel::setText(const QString &text)
{
    QLabel::setText(text);
    // Lines (several identities) are read as a list, not run together.
    const QString spoken
        = text.simplified().isEmpty() ? QString() : QString(text).replace(QLatin1Char('\n'), QStringLiteral("; "));
    setAccessibleName(spoken.isEmpty() ? m_title : m_title + QStringLiteral(": ") + spoken);
}

void FieldValueLabel::clear()
{
    setText(QString());
}

} // namespace Apim::Ui
