#pragma once

#include <QGroupBox>

namespace Apim::Ui {

// What an APIM backup does not carry, and what not to do while one runs, stated before
// the user starts so a disaster-recovery plan does not rely on something missing.
class BackupExclusionsBox : public QGroupBox
{
    Q_OBJECT
public:
    enum class Kind { Backup, Restore };
    explicit BackupExclusionsBox(Kind kind, QWidget *parent = nullptr);

    static QStringList exclusions();
};

} // namespace Apim::Ui
