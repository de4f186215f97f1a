#pragma once

#include <QLabel>

namespace Apim::Ui {

// The value of one field in a form of read-only facts (the details pane). A screen
// reader reads a label by its accessible name, so the name carries the field's title
// and its value ("Tier and capacity: Premium, 2 units"); a name of the title alone
// would hide the value. setText() and clear() keep the two together.
class FieldValueLabel : public QLabel
{
public:
    FieldValueLabel(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Hide QLabel's: callers hold a FieldValueLabel*, so these are the ones they reach.
    void setText(const QString &text);
    void clear();

private:
    QString m_title;
};

} // namespace Apim::Ui
