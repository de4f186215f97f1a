#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QIODevice;

namespace Apim::Ui {

struct OperationView;

// Writes operations as RFC 4180 CSV (UTF-8, quoted where needed, CRLF line ends) so
// spreadsheets open the history export without an import wizard.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    static QByteArray toCsv(const QVector<OperationView> &operations);
    // False with *error set (what failed and where) when the file cannot be written.
    static bool writeFile(const QString &path, const QVector<OperationView> &operations, QString *error);
};

} // namespace Apim::Ui
