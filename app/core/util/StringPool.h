#pragma once

#include <QSet>
#include <QString>

namespace Apim::Core {

// Equal strings made to share one copy (Qt's implicit sharing): a list of thousands of
// resources repeats a few subscriptions, regions, tiers and states in every row, each
// parsed into its own allocation. Holds a reference to every distinct string it saw.
class StringPool
{
public:
    void share(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            text = *it;
        else
            m_strings.insert(text);
    }

private:
    QSet<QString> m_strings;
};

} // namespace Apim::Core
