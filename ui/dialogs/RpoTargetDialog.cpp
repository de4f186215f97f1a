#include "ui/dialogs/RpoTargetDialog.h"

#include "operations/Retention.h"
#include "recovery/RecoverySettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Apim::Ui {

namespace {
// In the form parseAge reads back, whatever the language: "36h", "2d".
QString editableAge(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    return QStringLiteral("%1h").arg(qMax<qint64>(1, seconds / 3600));
}
} // namespace

RpoTargetDialog::RpoTargetDialog(const Core::ApimService &service, Core::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("rpoTargetDialog"));
    setWindowTitle(tr("Target RPO of %1").arg(service.name));
    auto *intro = new QLabel(tr("How old may the newest backup be before %1 counts as breached? "
                                "A backup older than 80 % of the target is at risk.")
                                 .arg(service.name),
        this);
    intro->setWordWrap(true);
    m_forService = new QRadioButton(tr("For this &service only"), this);
    m_forService->setObjectName(QStringLiteral("rpoServiceRadioButton"));
    m_forSubscription = new QRadioButton(tr("For every service of its s&ubscription"), this);
    m_forSubscription->setObjectName(QStringLiteral("rpoSubscriptionRadioButton"));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_forService);
    scope->addButton(m_forSubscription);
    m_forService->setChecked(true);
    m_duration = new QLineEdit(this);
    m_duration->setObjectName(QStringLiteral("rpoDurationLineEdit"));
    m_duration->setPlaceholderText(tr("e.g. 12h, 2d, 1w"));
    m_useDefault = new QCheckBox(
        tr("Use the &default (%1)").arg(Core::Retention::formatAge(m_settings.globalRpoSeconds())), this);
    m_useDefault->setObjectName(QStringLiteral("rpoUseDefaultCheckBox"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rpoProblemLabel"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    auto *target = new QLabel(tr("&Target:"), this);
    target->setBuddy(m_duration);
    form->addRow(target, m_duration);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_forService);
    layout->addWidget(m_forSubscription);
    layout->addLayout(form);
    layout->addWidget(m_useDefault);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_forService, &QRadioButton::toggled, this, &RpoTargetDialog::showCurrent);
    connect(m_duration, &QLineEdit::textChanged, this, &RpoTargetDialog::validate);
    connect(m_useDefault, &QCheckBox::toggled, this, &RpoTargetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            return;
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showCurrent();
}

void RpoTargetDialog::showCurrent()
{
    const std::optional<qint64> current = m_forService->isChecked()
        ? m_settings.serviceRpoSeconds(m_service.id)
        : m_settings.subscriptionRpoSeconds(m_service.subscriptionId);
    m_useDefault->setChecked(!current);
    m_duration->setText(current ? editableAge(*current) : QString());
    validate();
}

std::optional<qint64> RpoTargetDialog::seconds(QString *error) const
{
    if (m_useDefault->isChecked())
        return std::nullopt;
    const std::optional<qint64> value = Core::Retention::parseAge(m_duration->text().trimmed(), error);
    if (value && *value <= 0) {
        if (error)
            *error = tr("The target must be longer than zero.");
        return std::nullopt;
    }
    return value;
}

void RpoTargetDialog::validate()
{
    m_duration->setEnabled(!m_useDefault->isChecked());
    QString error;
    const bool ok = m_useDefault->isChecked() || seconds(&error).has_value();
    m_problem->setText(ok || m_duration->text().trimmed().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void RpoTargetDialog::apply()
{
    const std::optional<qint64> value = seconds();
    if (m_forService->isChecked())
        m_settings.setServiceRpoSeconds(m_service.id, value);
    else
        m_settings.setSubscriptionRpoSeconds(m_service.subscriptionId, value);
}

} // namespace Apim::Ui
