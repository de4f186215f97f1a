#pragma once

#include "schedule/WorkflowSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// What the GitHub Actions and Azure Pipelines files share: the header comments, the
// shell lines of each step and the YAML block that holds them.
class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    // The header comment lines ("# ..."): what the job does, when (in UTC), and where from.
    static QString header(const WorkflowSpec &spec, const QString &cron, const QDateTime &generatedAt);
    // One shell line: each word through WorkflowQuoting::shellWord, then "> FILE" when given
    // (FILE is the generator's own text, e.g. "\"$RESULTS/backup.json\"").
    static QString commandLine(const QStringList &words, const QString &redirectTo = {});
    // The lines that download the .deb to "$DEB", check it when a checksum is given, install it.
    static QStringList installLines(const WorkflowSpec &spec, const QString &debPath);
    // Comment text broken into lines of at most 100 characters (a longer word keeps its line).
    static QString wrapped(const QString &text);
    // "key: |" and the lines indented below it; a double-quoted scalar instead if a line
    // holds anything that could end the block early.
    static QString block(const QString &key, const QStringList &lines, int indent);
};

} // namespace Apim::Core
