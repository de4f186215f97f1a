#include "ui/dialogs/ScheduleDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Apim::Ui {

using Core::ScheduleSpec;

namespace {
const QString kDaily = QStringLiteral("daily");
const QString kWeekly = QStringLiteral("weekly");
const QString kCron = QStringLiteral("cron");

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}
} // namespace

ScheduleDialog::ScheduleDialog(const ScheduleSpec &base, bool editing, const QList<ScheduleSpec::Format> &formats,
    const QStringList &webhookNames, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(editing ? tr("Edit schedule %1").arg(base.name) : tr("New schedule"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("scheduleFormatComboBox"));
    for (ScheduleSpec::Format format : formats) {
        const QString label = format == ScheduleSpec::Format::Systemd ? tr("systemd user timer")
            : format == ScheduleSpec::Format::Cron                    ? tr("crontab")
                                                                      : tr("Windows Task Scheduler");
        m_format->addItem(label, int(format));
    }
    m_webhook = new QComboBox(this);
    m_webhook->setObjectName(QStringLiteral("scheduleWebhookComboBox"));
    m_webhook->setEditable(true);
    m_webhook->addItem(QString());
    m_webhook->addItems(webhookNames);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scheduleProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    installButton()->setText(editing ? tr("&Save") : tr("&Install"));
    installButton()->setObjectName(QStringLiteral("scheduleInstallButton"));

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(createWhat());
    auto *right = new QVBoxLayout;
    right->addWidget(createWhen());
    right->addWidget(createJob());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load(base);
    connect(m_every, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateFields);
    connect(m_prune, &QCheckBox::toggled, this, &ScheduleDialog::updateFields);
    connect(m_accessType, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateFields);
    connect(m_webhook, &QComboBox::currentTextChanged, this, &ScheduleDialog::updateFields);
    connect(m_webhookUrl, &QPushButton::clicked, this,
        [this] { emit webhookUrlRequested(m_webhook->currentText().trimmed()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

QWidget *ScheduleDialog::createWhat()
{
    auto *box = new QGroupBox(tr("What"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("scheduleNameLineEdit"));
    m_name->setToolTip(tr("Names the timer, crontab block and files: letters, digits, dots, hyphens, underscores"));
    m_services = new QPlainTextEdit(box);
    m_services->setObjectName(QStringLiteral("scheduleServicesEdit"));
    m_services->setPlaceholderText(tr("One resource id per line, backed up in this order"));
    m_services->setTabChangesFocus(true);
    m_account = new QLineEdit(box);
    m_account->setObjectName(QStringLiteral("scheduleAccountLineEdit"));
    m_container = new QLineEdit(box);
    m_container->setObjectName(QStringLiteral("scheduleContainerLineEdit"));
    m_storageSubscription = new QLineEdit(box);
    m_storageSubscription->setObjectName(QStringLiteral("scheduleStorageSubscriptionLineEdit"));
    m_storageSubscription->setPlaceholderText(tr("Optional: the prune searches every subscription without it"));
    m_accessType = new QComboBox(box);
    m_accessType->setObjectName(QStringLiteral("scheduleAccessTypeComboBox"));
    m_accessType->addItem(tr("Default (storage account key)"), QString());
    m_accessType->addItem(tr("Storage account key"), QStringLiteral("key"));
    m_accessType->addItem(tr("System-assigned managed identity"), QStringLiteral("system-identity"));
    m_accessType->addItem(tr("User-assigned managed identity"), QStringLiteral("user-identity"));
    m_identityClientId = new QLineEdit(box);
    m_identityClientId->setObjectName(QStringLiteral("scheduleIdentityClientIdLineEdit"));
    m_identityClientId->setPlaceholderText(tr("Client id of the user-assigned identity"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(tr("Storage &account:"), m_account);
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("Storage s&ubscription:"), m_storageSubscription);
    form->addRow(tr("Access t&ype:"), m_accessType);
    form->addRow(tr("&Identity client id:"), m_identityClientId);
    return box;
}

QWidget *ScheduleDialog::createWhen()
{
    auto *box = new QGroupBox(tr("When"), this);
    auto *form = new QFormLayout(box);
    m_every = new QComboBox(box);
    m_every->setObjectName(QStringLiteral("scheduleEveryComboBox"));
    m_every->addItem(tr("Every day"), kDaily);
    m_every->addItem(tr("Every week"), kWeekly);
    m_every->addItem(tr("Cron expression"), kCron);
    m_at = new QTimeEdit(box);
    m_at->setObjectName(QStringLiteral("scheduleTimeEdit"));
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_weekday = new QComboBox(box);
    m_weekday->setObjectName(QStringLiteral("scheduleWeekdayComboBox"));
    const QList<std::pair<QString, QString>> days { { QStringLiteral("mon"), tr("Monday") },
        { QStringLiteral("tue"), tr("Tuesday") }, { QStringLiteral("wed"), tr("Wednesday") },
        { QStringLiteral("thu"), tr("Thursday") }, { QStringLiteral("fri"), tr("Friday") },
        { QStringLiteral("sat"), tr("Saturday") }, { QStringLiteral("sun"), tr("Sunday") } };
    for (const auto &[value, label] : days)
        m_weekday->addItem(label, value);
    m_cron = new QLineEdit(box);
    m_cron->setObjectName(QStringLiteral("scheduleCronLineEdit"));
    m_cron->setPlaceholderText(tr("minute hour day month weekday, e.g. 30 2 * * 1-5"));
    m_prune = new QCheckBox(tr("After the backups, &delete old ones"), box);
    m_prune->setObjectName(QStringLiteral("schedulePruneCheckBox"));
    m_pruneOlderThan = new QLineEdit(box);
    m_pruneOlderThan->setObjectName(QStringLiteral("schedulePruneOlderThanLineEdit"));
    m_pruneOlderThan->setPlaceholderText(tr("e.g. 30d; empty: the expired ones"));
    m_keepLast = new QSpinBox(box);
    m_keepLast->setObjectName(QStringLiteral("scheduleKeepLastSpinBox"));
    m_keepLast->setRange(-1, 1000);
    m_keepLast->setSpecialValueText(tr("Default (1)"));
    form->addRow(tr("&Repeat:"), m_every);
    form->addRow(tr("&Time:"), m_at);
    form->addRow(tr("&Day:"), m_weekday);
    form->addRow(tr("Cron e&xpression:"), m_cron);
    form->addRow(m_prune);
    form->addRow(tr("Delete &older than:"), m_pruneOlderThan);
    form->addRow(tr("&Keep at least:"), m_keepLast);
    return box;
}

QWidget *ScheduleDialog::createJob()
{
    auto *box = new QGroupBox(tr("Job"), this);
    auto *form = new QFormLayout(box);
    m_auth = new QComboBox(box);
    m_auth->setObjectName(QStringLiteral("scheduleAuthComboBox"));
    m_auth->addItem(tr("Service principal from a credentials file"), int(ScheduleSpec::Auth::Environment));
    m_auth->addItem(tr("The sign-in saved by the command-line tool"), int(ScheduleSpec::Auth::StoredSignIn));
    m_auth->setToolTip(tr("A credentials file suits servers: you fill in the secret, readable only by you. The saved "
                          "sign-in needs an unlocked keychain when the job runs."));
    m_notifyOn = new QComboBox(box);
    m_notifyOn->setObjectName(QStringLiteral("scheduleNotifyOnComboBox"));
    m_notifyOn->addItem(tr("When a backup fails"), QStringLiteral("failure"));
    m_notifyOn->addItem(tr("After every backup"), QStringLiteral("always"));
    m_webhookUrl = new QPushButton(tr("Save &URL…"), box);
    m_webhookUrl->setObjectName(QStringLiteral("scheduleWebhookUrlButton"));
    m_webhookUrl->setToolTip(tr("Keep the webhook's URL in the keychain: it is a secret, so no job file holds it"));
    auto *webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhook, 1);
    webhookRow->addWidget(m_webhookUrl);
    m_onFailure = new QLineEdit(box);
    m_onFailure->setObjectName(QStringLiteral("scheduleOnFailureLineEdit"));
    m_onFailure->setPlaceholderText(tr("Optional command run when the job fails"));
    form->addRow(tr("Sc&heduler:"), m_format);
    form->addRow(tr("Si&gn-in:"), m_auth);
    form->addRow(tr("Notify &webhook:"), webhookRow);
    // A row that is a layout gets a label without a buddy: link it to the combo, and name
    // the combo's editor, so that a screen reader says what is typed there.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(webhookRow)))
        label->setBuddy(m_webhook);
    m_webhook->lineEdit()->setAccessibleName(tr("Notify webhook"));
    form->addRow(tr("N&otify:"), m_notifyOn);
    form->addRow(tr("On &failure run:"), m_onFailure);
    return box;
}

void ScheduleDialog::load(const ScheduleSpec &spec)
{
    m_name->setText(spec.name);
    m_services->setPlainText(spec.services.join(QLatin1Char('\n')));
    m_account->setText(spec.account);
    m_container->setText(spec.container);
    m_storageSubscription->setText(spec.storageSubscription);
    const int access = m_accessType->findData(ScheduleSpec::normalizeAccessType(spec.accessType));
    m_accessType->setCurrentIndex(access < 0 ? 0 : access);
    m_identityClientId->setText(spec.identityClientId);
    const QString every = spec.every.trimmed().toLower();
    if (every == kDaily || every == kWeekly) {
        m_every->setCurrentIndex(m_every->findData(every));
    } else {
        m_every->setCurrentIndex(m_every->findData(kCron));
        m_cron->setText(spec.every);
    }
    m_at->setTime(spec.at.isValid() ? spec.at : QTime(2, 0));
    const int day = m_weekday->findData(spec.weekday.trimmed().toLower());
    m_weekday->setCurrentIndex(day < 0 ? m_weekday->findData(QStringLiteral("sun")) : day);
    m_prune->setChecked(spec.prune && !spec.isDrill());
    m_prune->setEnabled(!spec.isDrill()); // a drill deletes nothing
    m_pruneOlderThan->setText(spec.pruneOlderThan);
    m_keepLast->setValue(spec.keepLast < 0 ? -1 : spec.keepLast);
    const int format = m_format->findData(int(spec.format));
    if (format >= 0)
        m_format->setCurrentIndex(format);
    m_auth->setCurrentIndex(m_auth->findData(int(spec.auth)));
    if (!spec.notify.isEmpty() && m_webhook->findText(spec.notify) < 0)
        m_webhook->addItem(spec.notify);
    m_webhook->setCurrentText(spec.notify);
    const int notifyOn = m_notifyOn->findData(spec.notifyOn.isEmpty() ? QStringLiteral("failure") : spec.notifyOn);
    m_notifyOn->setCurrentIndex(notifyOn < 0 ? 0 : notifyOn);
    m_onFailure->setText(spec.onFailure);
}

ScheduleSpec ScheduleDialog::spec() const
{
    ScheduleSpec spec = m_base;
    spec.name = m_name->text().trimmed();
    spec.services = lines(m_services->toPlainText());
    spec.account = m_account->text().trimmed();
    spec.container = m_container->text().trimmed();
    spec.storageSubscription = m_storageSubscription->text().trimmed();
    spec.accessType = m_accessType->currentData().toString();
    spec.identityClientId
        = spec.accessType == QLatin1String("user-identity") ? m_identityClientId->text().trimmed() : QString();
    const QString every = m_every->currentData().toString();
    spec.every = every == kCron ? m_cron->text().trimmed() : every;
    spec.at = m_at->time();
    spec.weekday = m_weekday->currentData().toString();
    spec.prune = m_prune->isChecked() && !spec.isDrill();
    spec.pruneOlderThan = spec.prune ? m_pruneOlderThan->text().trimmed() : QString();
    spec.keepLast = spec.prune ? m_keepLast->value() : -1;
    if (m_format->currentIndex() >= 0)
        spec.format = ScheduleSpec::Format(m_format->currentData().toInt());
    spec.auth = ScheduleSpec::Auth(m_auth->currentData().toInt());
    spec.notify = m_webhook->currentText().trimmed();
    spec.notifyOn = spec.notify.isEmpty() ? QString() : m_notifyOn->currentData().toString();
    spec.onFailure = m_onFailure->text().trimmed();
    return spec;
}

void ScheduleDialog::updateFields()
{
    const QString every = m_every->currentData().toString();
    m_at->setEnabled(every != kCron);
    m_weekday->setEnabled(every == kWeekly);
    m_cron->setEnabled(every == kCron);
    m_pruneOlderThan->setEnabled(m_prune->isChecked());
    m_keepLast->setEnabled(m_prune->isChecked());
    m_identityClientId->setEnabled(m_accessType->currentData().toString() == QLatin1String("user-identity"));
    const bool webhook = !m_webhook->currentText().trimmed().isEmpty();
    m_notifyOn->setEnabled(webhook);
    m_webhookUrl->setEnabled(webhook);
}

QPushButton *ScheduleDialog::installButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ScheduleDialog::submit()
{
    const ScheduleSpec candidate = spec();
    QString problem;
    if (candidate.services.isEmpty() || candidate.account.isEmpty() || candidate.container.isEmpty())
        problem = tr("Name at least one service (its resource id), the storage account and the container.");
    else if (m_format->count() == 0)
        problem = tr("No scheduler was found on this computer: install systemd or cron, or use the command-line tool.");
    else
        problem = candidate.validate();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    showProblem(QString());
    emit installRequested(candidate);
}

void ScheduleDialog::setBusy(bool busy)
{
    for (QWidget *child : findChildren<QGroupBox *>())
        child->setEnabled(!busy);
    installButton()->setEnabled(!busy);
    if (busy)
        showProblem(QString());
}

void ScheduleDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ScheduleDialog::problem() const
{
    return m_problem->text();
}

void ScheduleDialog::addWebhookName(const QString &name)
{
    if (m_webhook->findText(name) < 0)
        m_webhook->addItem(name);
    m_webhook->setCurrentText(name);
}

} // namespace Apim::Ui
