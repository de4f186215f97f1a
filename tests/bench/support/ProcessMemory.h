#pragma once

// The resident memory of the benchmark process, as Linux reports it in /proc/self.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace Apim::Bench {

// The peak resident set size (VmHWM) in KiB; -1 where /proc/self/status is missing.
inline qint64 peakResidentKb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline QString peakResidentMb()
{
    return QString::number(double(peakResidentKb()) / 1024.0, 'f', 1);
}

// Starts a new peak at the current resident set (Linux 4.0 and later), so that two phases
// of one process get a figure each. False where the kernel does not allow it.
inline bool resetPeakResident()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace Apim::Bench
