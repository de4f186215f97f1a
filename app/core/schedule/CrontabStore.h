#pragma once

#include <QCoreApplication>
#include <QString>

namespace Apim::Core {

class ScheduleProcessRunner;

// The user's crontab as text: read with `crontab -l`, written with `crontab -`; or, when
// a file is given (APIM_BACKUP_CRONTAB_FILE, for tests), that plain file for both. The
// blocks between "# BEGIN apim-backup-schedule NAME" and "# END ..." are ours; every
// other line is the user's and is written back exactly as it was.
class CrontabStore
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    static inline const QString kFileVariable = QStringLiteral("APIM_BACKUP_CRONTAB_FILE");

    CrontabStore(const QString &file, ScheduleProcessRunner *runner);

    // Where it lives, for messages: the file, or "crontab".
    QString location() const;
    // false + *error when it cannot be read (no crontab at all reads as empty).
    bool read(QString *text, QString *error) const;
    bool write(const QString &text, QString *error) const;

    // text with NAME's block replaced by block (appended when there was none).
    static QString withBlock(const QString &text, const QString &name, const QString &block);
    // text without NAME's block; *found says whether there was one.
    static QString withoutBlock(const QString &text, const QString &name, bool *found = nullptr);
    // text without the one line (an entry of an older version, without a block).
    static QString withoutLine(const QString &text, const QString &line, bool *found = nullptr);

private:
    QString m_file;
    ScheduleProcessRunner *m_runner;
};

} // namespace Apim::Core
