#include "schedule/CrontabStore.h"

#include "schedule/CronSchedule.h"
#include "schedule/ScheduleProcessRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace Apim::Core {

CrontabStore::CrontabStore(const QString &file, ScheduleProcessRunner *runner)
    : m_file(file)
    , m_runner(runner)
{ }

QString CrontabStore::location() const
{
    return m_file.isEmpty() ? QStringLiteral("crontab") : m_file;
}

bool CrontabStore::read(QString *text, QString *error) const
{
    text->clear();
    if (!m_file.isEmpty()) {
        QFile file(m_file);
        if (!file.exists())
            return true;
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(m_file, file.errorString());
            return false;
        }
        *text = QString::fromUtf8(file.readAll());
        return true;
    }
    if (!m_runner) {
        *error = tr("The crontab cannot be read here.");
        return false;
    }
    const ScheduleProcessRunner::Result result = m_runner->run(QStringLiteral("crontab"), { QStringLiteral("-l") });
    if (!result.started) {
        *error = tr("crontab could not be run (%1): is cron installed?").arg(result.errorText);
        return false;
    }
    // "no crontab for USER" exits 1: an empty crontab, not a problem.
    if (result.exitCode != 0 && !result.errorText.contains(QLatin1String("no crontab"), Qt::CaseInsensitive)) {
        *error = tr("crontab -l failed: %1").arg(result.errorText);
        return false;
    }
    *text = QString::fromLocal8Bit(result.output);
    return true;
}

bool CrontabStore::write(const QString &text, QString *error) const
{
    if (!m_file.isEmpty()) {
        QSaveFile file(m_file);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
            return false;
        }
        return true;
    }
    if (!m_runner) {
        *error = tr("The crontab cannot be written here.");
        return false;
    }
    const ScheduleProcessRunner::Result result
        = m_runner->run(QStringLiteral("crontab"), { QStringLiteral("-") }, text.toLocal8Bit());
    if (!result.ok()) {
        *error = tr("crontab refused the new table: %1").arg(result.errorText);
        return false;
    }
    return true;
}

QString CrontabStore::withoutBlock(const QString &text, const QString &name, bool *found)
{
    const QString begin = CronSchedule::beginLine(name);
    const QString end = CronSchedule::endLine(name);
    QStringList kept;
    bool inside = false;
    bool seen = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!inside && line.trimmed() == begin) {
            inside = true;
            seen = true;
            continue;
        }
        if (inside) {
            if (line.trimmed() == end)
                inside = false;
            continue;
        }
        kept.append(line);
    }
    if (found)
        *found = seen;
    return kept.join(QLatin1Char('\n'));
}

QString CrontabStore::withBlock(const QString &text, const QString &name, const QString &block)
{
    QString rest = withoutBlock(text, name);
    while (rest.endsWith(QLatin1String("\n\n")))
        rest.chop(1);
    if (!rest.isEmpty() && !rest.endsWith(QLatin1Char('\n')))
        rest += QLatin1Char('\n');
    return rest + block;
}

QString CrontabStore::withoutLine(const QString &text, const QString &line, bool *found)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype index = lines.indexOf(line);
    if (found)
        *found = index >= 0;
    if (index >= 0)
        lines.removeAt(index);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Apim::Core
