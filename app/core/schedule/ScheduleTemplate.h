#pragma once

#include "schedule/ScheduleFile.h"
#include "schedule/ScheduleSpec.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// Turns a ScheduleSpec into scheduler files: a systemd user service + timer, a crontab
// line, or a Windows batch script + `schtasks /Create`, each from its own builder, plus
// the credentials template. Pure text, so every quoting rule is tested in isolation;
// writing the files is ScheduleInstaller's or the caller's business. No secret value is
// ever part of the output: the job reads it at run time from the credentials file.
class ScheduleTemplate
{
public:
    // generatedAt goes into the header comments (empty: not mentioned).
    explicit ScheduleTemplate(ScheduleSpec spec, const QDateTime &generatedAt = {});

    // The spec as the files say it (see ScheduleSpec::normalized).
    const ScheduleSpec &spec() const { return m_spec; }
    // Empty when the spec can be generated for its format; else what to change, translated.
    QString validate() const { return m_spec.validate(); }

    // The job's command lines, program first: one backup per service, then the prune.
    QList<QStringList> jobCommands() const { return m_spec.jobCommands(); }
    QList<ScheduleFile> files() const;
    // What to run once the files are in place (systemctl, crontab, schtasks); directory is
    // where the Windows script is saved.
    QStringList setupCommands(const QString &directory) const;

    // The schedule in each scheduler's syntax; empty + *error when it cannot be said.
    QString onCalendar(QString *error = nullptr) const; // systemd
    QString cronTimes(QString *error = nullptr) const; // "30 2 * * *"
    QStringList schtasksSchedule(QString *error = nullptr) const; // {"/SC", "DAILY", "/ST", "02:00"}

    // Quoting for each target: a word that the scheduler hands over unchanged.
    static QString systemdQuote(const QString &word); // ExecStart= (also escapes % and $)
    static QString shellQuote(const QString &word); // POSIX sh
    static QString cmdQuote(const QString &word); // Windows cmd.exe, inside a .cmd file

private:
    ScheduleSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
