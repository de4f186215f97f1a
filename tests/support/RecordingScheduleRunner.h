#pragma once

#include "schedule/ScheduleProcessRunner.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace Apim::Test {

// Stands in for systemctl, crontab and schtasks: records each call and answers with the
// scripted result, so no test touches the real user's timers or crontab. Thread-safe: the
// app calls it from a worker thread.
class RecordingScheduleRunner final : public Core::ScheduleProcessRunner
{
public:
    // What every call answers (started, exit 0 unless changed).
    void setAnswer(bool started, int exitCode, const QString &errorText = {})
    {
        QMutexLocker lock(&m_mutex);
        m_answer.started = started;
        m_answer.exitCode = exitCode;
        m_answer.errorText = errorText;
    }

    // Each call as "program arg1 arg2 ...".
    QStringList calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_calls.clear();
    }

    Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {}) override
    {
        Q_UNUSED(input)
        QMutexLocker lock(&m_mutex);
        m_calls.append((QStringList { program } + arguments).join(QLatin1Char(' ')));
        return m_answer;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_calls;
    Result m_answer { true, 0, {}, {} };
};

} // namespace Apim::Test
