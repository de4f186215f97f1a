#pragma once

#include "EngineCommand.h"

#include "recovery/DrillRecord.h"

#include <memory>

namespace Apim::Core {
class DrillStore;
class RestoreDrill;
} // namespace Apim::Core

namespace Apim::Cli {

// drill: restores a backup of a service into a standby service and reports the measured
// RTO and how the standby differs from the source (RestoreDrill), or lists and shows the
// drills kept in <data dir>/drills. A drill that ends with differences exits with 7.
class DrillCommand : public EngineCommand
{
    Q_OBJECT
public:
    explicit DrillCommand(QObject *parent = nullptr);
    ~DrillCommand() override;

    QString name() const override { return QStringLiteral("drill"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

    using EngineCommand::exitCodeFor;
    static ExitCode exitCodeFor(const Core::DrillRecord &record);

private:
    bool readRequest(CliContext &context, Core::DrillRequest *request, QString *error) const;
    bool confirm(CliContext &context, Core::DrillRequest *request);
    void runDrill(CliContext &context, const Core::DrillRequest &request);
    void list(CliContext &context);
    void show(CliContext &context, const QString &id);
    void report(CliContext &context, const Core::DrillRecord &record);
    // Writes the --markdown and --csv files ("-": stdout); false when one could not be written.
    bool writeExports(CliContext &context, const Core::DrillRecord &record);
    void refused(CliContext &context, const QString &code, const QString &message);

    std::unique_ptr<Core::DrillStore> m_store;
    Core::RestoreDrill *m_drill = nullptr;
};

} // namespace Apim::Cli
