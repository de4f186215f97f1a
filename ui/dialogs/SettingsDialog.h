#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Apim::Core {
class Settings;
}

namespace Apim::Ui {

class NetworkSettingsWidget;

// Settings: cloud and sign-in method (used by the next sign-in), the default backup
// location per subscription, the naming pattern (with a preview), how many services a
// batch backs up at a time, language, desktop
// notifications and where secrets are kept. Writes only when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // subscriptionNames: id -> display name, to label the per-subscription defaults.
    SettingsDialog(
        Core::Settings *settings, const QHash<QString, QString> &subscriptionNames, QWidget *parent = nullptr);

    // Writes the settings; false (nothing written) with the problem shown when invalid.
    bool apply();
    QString problem() const;
    // The Network section (proxy, trusted certificates); the dialog takes it over.
    void addNetworkSettings(NetworkSettingsWidget *network);

signals:
    void applied(bool languageChanged, bool secretsModeChanged);

private:
    // Names, choices and hints of every field (the layout is the constructor's).
    void setUpFields();
    void load();
    void updatePreview();

    Core::Settings *m_settings;
    QHash<QString, QString> m_subscriptionNames;
    QComboBox *m_cloud;
    QLineEdit *m_cloudFile;
    QComboBox *m_method;
    QLineEdit *m_pattern;
    QLabel *m_preview;
    QTableWidget *m_defaults;
    QSpinBox *m_parallel;
    QComboBox *m_language;
    QCheckBox *m_notifications;
    QComboBox *m_secrets;
    QLabel *m_problem;
    NetworkSettingsWidget *m_network = nullptr;
    QString m_initialLanguage;
    bool m_initialSessionOnly = false;
};

} // namespace Apim::Ui
