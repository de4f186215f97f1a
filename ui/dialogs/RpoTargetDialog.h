#pragma once

#include "inventory/ApimService.h"
#include "recovery/RecoverySettings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Apim::Ui {

// Sets how old the newest backup of a service may be (its target RPO): for the service
// itself or for every service of its subscription, as a duration ("12h", "2d", "1w"), or
// back to the default. Writes RecoverySettings when accepted.
class RpoTargetDialog : public QDialog
{
    Q_OBJECT
public:
    RpoTargetDialog(const Core::ApimService &service, Core::Settings *settings, QWidget *parent = nullptr);

    QRadioButton *serviceRadio() const { return m_forService; }
    QRadioButton *subscriptionRadio() const { return m_forSubscription; }
    QLineEdit *durationEdit() const { return m_duration; }
    QCheckBox *useDefaultCheckBox() const { return m_useDefault; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The duration typed, in seconds; nullopt when "use the default" or invalid.
    std::optional<qint64> seconds(QString *error = nullptr) const;
    // Writes the choice to the settings.
    void apply();

private:
    void showCurrent();
    void validate();

    Core::ApimService m_service;
    Core::RecoverySettings m_settings;
    QRadioButton *m_forService;
    QRadioButton *m_forSubscription;
    QLineEdit *m_duration;
    QCheckBox *m_useDefault;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Apim::Ui
