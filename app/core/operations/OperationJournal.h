#pragma once

#include "operations/OperationRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Apim::Core {

// The operations on disk: one JSON file per operation in <data dir>/operations, written
// atomically (QSaveFile) when an operation starts and at every change, so that a crashed
// or restarted app or CLI picks up tracking where it stopped. A damaged file is skipped
// with a warning; it never hides the others. Holds no secrets.
class OperationJournal
{
    // tr() under the context "Apim::Core::OperationJournal", the one lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::OperationJournal)

public:
    // dataDir: AppPaths::dataDir() (tests: a temporary folder).
    explicit OperationJournal(const QString &dataDir);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &operationId) const;

    // false + *error (translated, names the file) when the record could not be written.
    bool save(const OperationRecord &record, QString *error = nullptr) const;
    std::optional<OperationRecord> load(const QString &operationId, QString *error = nullptr) const;
    // Oldest first. warnings: one sentence per file that could not be read.
    QList<OperationRecord> loadAll(QStringList *warnings = nullptr) const;
    // Finds an operation by its full id or a unique prefix of it (as the CLI accepts).
    std::optional<OperationRecord> find(const QString &idOrPrefix, QString *error = nullptr) const;
    bool remove(const QString &operationId) const;

private:
    QString m_directory;
};

} // namespace Apim::Core
