#pragma once

#include "recovery/DrillRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Apim::Core {

// The restore drills on disk, kept with the operation history: one JSON file per drill in
// <data dir>/drills/<id>.json, written atomically (QSaveFile) when the restore starts and
// when the drill ends. A damaged file is skipped with a warning; it never hides the others.
// Holds no secrets: names, counts and hashes only.
class DrillStore
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::DrillStore)

public:
    // dataDir: AppPaths::dataDir() (tests: a temporary folder).
    explicit DrillStore(const QString &dataDir);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &drillId) const;

    // false + *error (translated, names the file) when the record could not be written.
    bool save(const DrillRecord &record, QString *error = nullptr) const;
    std::optional<DrillRecord> load(const QString &drillId, QString *error = nullptr) const;
    // Oldest first (by start). warnings: one sentence per file that could not be read.
    QList<DrillRecord> loadAll(QStringList *warnings = nullptr) const;
    // The drills of one source service (any case), oldest first: the RTO trend.
    QList<DrillRecord> forService(const QString &sourceServiceId, QStringList *warnings = nullptr) const;
    // Held by the process that runs a drill for as long as it runs (<id>.lock beside the
    // report; null when it cannot be taken). A Running report whose lock nobody holds was
    // left by a process that stopped before the drill ended: load() reports it as Failed,
    // with the reason and how to follow its restore.
    std::unique_ptr<QLockFile> hold(const QString &drillId) const;
    bool isHeld(const QString &drillId) const;

    // By full id or a unique prefix of it.
    std::optional<DrillRecord> find(const QString &idOrPrefix, QString *error = nullptr) const;

private:
    QString lockPathFor(const QString &drillId) const;
    void markIfInterrupted(DrillRecord &record) const;

    QString m_directory;
};

} // namespace Apim::Core
