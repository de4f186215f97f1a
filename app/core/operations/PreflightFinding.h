#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Apim::Core {

// One thing preflight noticed: Blocking stops the operation, Warning asks the user to
// look. code is stable for scripts and tests; message says what is wrong, action what
// to do about it.
struct PreflightFinding
{
    enum class Severity { Warning, Blocking };

    Severity severity = Severity::Warning;
    QString code; // e.g. TierUnsupported, ServiceNotReady, BackupExpired
    QString message;
    QString action;

    bool isBlocking() const { return severity == Severity::Blocking; }
    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("severity"),
                                 isBlocking() ? QStringLiteral("blocking") : QStringLiteral("warning") },
            { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
            { QStringLiteral("action"), action } };
    }
};

inline bool hasBlocking(const QList<PreflightFinding> &findings)
{
    for (const PreflightFinding &finding : findings) {
        if (finding.isBlocking())
            return true;
    }
    return false;
}

inline bool hasFinding(const QList<PreflightFinding> &findings, const QString &code)
{
    for (const PreflightFinding &finding : findings) {
        if (finding.code == code)
            return true;
    }
    return false;
}

} // namespace Apim::Core
