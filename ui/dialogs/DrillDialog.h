#pragma once

#include "inventory/ApimService.h"
#include "recovery/CatalogSnapshot.h"
#include "recovery/RestoreDrill.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Apim::Ui {

class AccessTypeWidget;
class DialogProvider;
class DrillResultWidget;

// Runs one restore drill of a service: pick a standby of the same tier and a backup of the
// service (newest first; expired ones shown but not choosable), type the standby's name to
// agree that its configuration is replaced, then follow the drill's progress to its result
// (RTO, differences, exports). The drill itself is the core's RestoreDrill.
class DrillDialog : public QDialog
{
    Q_OBJECT
public:
    // standbys: the loaded services of the source's tier, the source left out.
    // backups: the source's catalog entries, newest first.
    DrillDialog(const Core::ApimService &source, const QList<Core::ApimService> &standbys,
        const QList<Core::CatalogEntry> &backups, const QDateTime &now, const Core::RestoreDrill::Parts &parts,
        DialogProvider *dialogs, QWidget *parent = nullptr);

    QComboBox *standbyCombo() const { return m_standby; }
    QComboBox *backupCombo() const { return m_backup; }
    AccessTypeWidget *accessType() const { return m_access; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *startButton() const { return m_start; }
    QPlainTextEdit *progressLog() const { return m_progress; }
    DrillResultWidget *result() const { return m_result; }
    // How often the standby is asked whether it is ready again (tests shorten it).
    void setReadyPollIntervalMs(int ms) { m_readyPollMs = ms; }

    Core::DrillRequest request() const;
    bool isRunning() const { return m_drill && !m_ended; }

signals:
    void drillFinished(const Apim::Core::DrillRecord &record);

private:
    void fillBackups(const QDateTime &now);
    void onStandbyChanged();
    void updateStart();
    void start();
    void onRefused(const Core::DrillRefusal &refusal);
    void onFinished(const Core::DrillRecord &record);
    Core::ApimService currentStandby() const;
    void appendProgress(const QString &line);

    Core::ApimService m_source;
    QList<Core::ApimService> m_standbys;
    QList<Core::CatalogEntry> m_backups;
    Core::RestoreDrill::Parts m_parts;
    DialogProvider *m_dialogs;
    QComboBox *m_standby;
    QComboBox *m_backup;
    AccessTypeWidget *m_access;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_start;
    QPushButton *m_close;
    QPlainTextEdit *m_progress;
    DrillResultWidget *m_result;
    QPointer<Core::RestoreDrill> m_drill;
    int m_readyPollMs = 5000;
    bool m_ended = false;
};

} // namespace Apim::Ui
