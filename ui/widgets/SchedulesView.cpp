#include "ui/widgets/SchedulesView.h"

#include "ui/models/ScheduleTableModel.h"
#include "ui/support/Icons.h"
#include "ui/widgets/BannerWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Apim::Ui {

SchedulesView::SchedulesView(QWidget *parent)
    : LazyPage(parent)
    , m_model(new ScheduleTableModel(this))
{
    setObjectName(QStringLiteral("schedulesView"));
}

void SchedulesView::build()
{
    auto *intro = new QLabel(tr("Backups that run unattended on this computer, through the command-line tool."), this);
    intro->setObjectName(QStringLiteral("schedulesIntroLabel"));
    intro->setWordWrap(true);

    m_banner = new BannerWidget(this);
    m_banner->setObjectName(QStringLiteral("schedulesMessageBanner"));
    m_banner->hide();

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("schedulesTreeView"));
    m_table->setAccessibleName(tr("Schedules"));
    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(true);
    for (int column = 0; column < ScheduleTableModel::LastResultColumn; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_empty = new QLabel(tr("No schedules are installed on this computer.\n\nChoose New… to back up services "
                            "unattended: every day, every week or on a cron schedule. Select the services in the "
                            "Services page first to have them filled in."),
        this);
    m_empty->setObjectName(QStringLiteral("schedulesEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scheduleProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // file contents are shown as written, never as markup
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problem);
    layout->addWidget(createButtons());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchedulesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchedulesView::updateButtons);
    connect(m_table, &QTreeView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    updateButtons();
}

QWidget *SchedulesView::createButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_new = new QPushButton(Icons::backup(), tr("&New…"), box);
    m_new->setObjectName(QStringLiteral("scheduleNewButton"));
    m_new->setToolTip(tr("Schedule backups of services"));
    m_edit = new QPushButton(Icons::settings(), tr("&Edit…"), box);
    m_edit->setObjectName(QStringLiteral("scheduleEditButton"));
    m_delete = new QPushButton(tr("&Delete"), box);
    m_delete->setObjectName(QStringLiteral("scheduleDeleteButton"));
    m_delete->setToolTip(tr("Disable the schedule and delete its files"));
    m_runNow = new QPushButton(Icons::running(), tr("R&un now"), box);
    m_runNow->setObjectName(QStringLiteral("scheduleRunNowButton"));
    m_runNow->setToolTip(tr("Start the job now, as the scheduler would"));
    m_reload = new QPushButton(Icons::refresh(), tr("Re&load"), box);
    m_reload->setObjectName(QStringLiteral("scheduleReloadButton"));
    m_reload->setToolTip(tr("Read the installed schedules again"));
    row->addWidget(m_new);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    row->addWidget(m_runNow);
    row->addStretch(1);
    row->addWidget(m_reload);

    connect(m_new, &QPushButton::clicked, this, &SchedulesView::newRequested);
    connect(m_reload, &QPushButton::clicked, this, &SchedulesView::reloadRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Core::ScheduleEntry *entry = selectedEntry(); entry && entry->isEditable())
            emit editRequested(*entry);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const Core::ScheduleEntry *entry = selectedEntry())
            emit deleteRequested(*entry);
    });
    connect(m_runNow, &QPushButton::clicked, this, [this] {
        if (const Core::ScheduleEntry *entry = selectedEntry())
            emit runNowRequested(*entry);
    });
    return box;
}

void SchedulesView::setEntries(const QList<Core::ScheduleEntry> &entries, const QDateTime &now)
{
    ensureBuilt();
    const Core::ScheduleEntry *current = selectedEntry();
    const QString keep = current ? current->name : QString();
    m_model->setEntries(entries, now);
    m_stack->setCurrentWidget(entries.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (!entries.isEmpty() && !selectEntry(keep))
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void SchedulesView::setBusy(bool busy)
{
    ensureBuilt();
    m_busy = busy;
    m_reload->setText(busy ? tr("Reading…") : tr("Re&load"));
    updateButtons();
}

void SchedulesView::setMessage(const QString &text, bool isError)
{
    ensureBuilt();
    m_banner->setKind(isError ? BannerWidget::Kind::Error : BannerWidget::Kind::Information);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

const Core::ScheduleEntry *SchedulesView::selectedEntry() const
{
    ensureBuilt();
    return m_model->entryAt(m_table->currentIndex());
}

bool SchedulesView::selectEntry(const QString &name)
{
    ensureBuilt();
    const int row = name.isEmpty() ? -1 : m_model->rowForName(name);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void SchedulesView::updateButtons()
{
    const Core::ScheduleEntry *entry = selectedEntry();
    m_new->setEnabled(!m_busy);
    m_reload->setEnabled(!m_busy);
    m_edit->setEnabled(!m_busy && entry && entry->isEditable());
    m_delete->setEnabled(!m_busy && entry);
    // A damaged entry's command is not known for sure: it runs once repaired.
    m_runNow->setEnabled(!m_busy && entry && entry->state != Core::ScheduleEntry::State::Damaged);
    const QString problem = entry ? ScheduleTableModel::problemText(*entry) : QString();
    m_problem->setText(entry ? tr("%1: %2").arg(entry->name, problem) : QString());
    m_problem->setVisible(!problem.isEmpty());
    m_edit->setToolTip(entry && !entry->isEditable() ? problem : tr("Change the selected schedule"));
}

void SchedulesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        emit firstShown();
    }
}

} // namespace Apim::Ui
