#pragma once

#include "schedule/ScheduleSpec.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Apim::Ui {

// Creates or edits one schedule with the fields of `apim-backup-cli schedule`: the
// services, the storage account and container, the access type, when, the prune that
// follows, the scheduler, how the job signs in, and the webhook it reports to (by name:
// the URL stays in the keychain). What it makes is a Core::ScheduleSpec, checked by the
// spec itself: the same rules and the same generated files as the CLI. It installs
// nothing: it emits installRequested and waits for the controller's answer.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // base: the spec edited, or a new one's defaults (program, credentials file, cloud).
    // formats: the schedulers this computer has, the first one the default.
    ScheduleDialog(const Core::ScheduleSpec &base, bool editing, const QList<Core::ScheduleSpec::Format> &formats,
        const QStringList &webhookNames, QWidget *parent = nullptr);

    // The spec the form describes (base with the form's values), not yet checked.
    Core::ScheduleSpec spec() const;
    bool isEditing() const { return m_editing; }

    // While the controller installs: the form waits.
    void setBusy(bool busy);
    // A problem the form cannot see (the files could not be written): shown, the form stays.
    void showProblem(const QString &text);
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *servicesEdit() const { return m_services; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *containerEdit() const { return m_container; }
    QLineEdit *storageSubscriptionEdit() const { return m_storageSubscription; }
    QComboBox *accessTypeCombo() const { return m_accessType; }
    QLineEdit *identityClientIdEdit() const { return m_identityClientId; }
    QComboBox *everyCombo() const { return m_every; }
    QTimeEdit *timeEdit() const { return m_at; }
    QComboBox *weekdayCombo() const { return m_weekday; }
    QLineEdit *cronEdit() const { return m_cron; }
    QCheckBox *pruneCheckBox() const { return m_prune; }
    QLineEdit *pruneOlderThanEdit() const { return m_pruneOlderThan; }
    QSpinBox *keepLastSpinBox() const { return m_keepLast; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *authCombo() const { return m_auth; }
    QComboBox *webhookCombo() const { return m_webhook; }
    QComboBox *notifyOnCombo() const { return m_notifyOn; }
    QPushButton *webhookUrlButton() const { return m_webhookUrl; }
    QLineEdit *onFailureEdit() const { return m_onFailure; }
    QPushButton *installButton() const;
    QLabel *problemLabel() const { return m_problem; }

    // Adds a webhook name (after its URL was saved) and selects it.
    void addWebhookName(const QString &name);

signals:
    // The form is complete and the spec says it can be generated.
    void installRequested(const Apim::Core::ScheduleSpec &spec);
    // "Save URL…": the controller asks for the URL (masked) and keeps it in the keychain.
    void webhookUrlRequested(const QString &name);

private:
    QWidget *createWhat();
    QWidget *createWhen();
    QWidget *createJob();
    void load(const Core::ScheduleSpec &spec);
    void updateFields();
    void submit();

    Core::ScheduleSpec m_base;
    bool m_editing;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_services = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_container = nullptr;
    QLineEdit *m_storageSubscription = nullptr;
    QComboBox *m_accessType = nullptr;
    QLineEdit *m_identityClientId = nullptr;
    QComboBox *m_every = nullptr;
    QTimeEdit *m_at = nullptr;
    QComboBox *m_weekday = nullptr;
    QLineEdit *m_cron = nullptr;
    QCheckBox *m_prune = nullptr;
    QLineEdit *m_pruneOlderThan = nullptr;
    QSpinBox *m_keepLast = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_auth = nullptr;
    QComboBox *m_webhook = nullptr;
    QComboBox *m_notifyOn = nullptr;
    QPushButton *m_webhookUrl = nullptr;
    QLineEdit *m_onFailure = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Apim::Ui
