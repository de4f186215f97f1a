#pragma once

#include "schedule/ScheduleEntry.h"
#include "ui/widgets/LazyPage.h"

#include <QDateTime>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Apim::Ui {

class BannerWidget;
class ScheduleTableModel;

// The Schedules page: the schedules this tool installed on this machine (systemd user
// timers, crontab blocks, Windows tasks) with their services, target, when they run, the
// next run and the latest result, and New, Edit, Delete, Run now and Reload. An entry
// that cannot be edited (older or damaged) says why below the table. It asks; the
// SchedulesController acts.
class SchedulesView : public LazyPage
{
    Q_OBJECT
public:
    explicit SchedulesView(QWidget *parent = nullptr);

    void setEntries(const QList<Core::ScheduleEntry> &entries, const QDateTime &now);
    // While the catalog is read or written: the buttons wait, the table stays.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Above the table until replaced; empty hides it.
    void setMessage(const QString &text, bool isError);

    ScheduleTableModel *model() const { return m_model; }
    QTreeView *table() const { return built(m_table); }
    BannerWidget *messageBanner() const { return built(m_banner); }
    QLabel *emptyLabel() const { return built(m_empty); }
    QLabel *problemLabel() const { return built(m_problem); }
    QPushButton *newButton() const { return built(m_new); }
    QPushButton *editButton() const { return built(m_edit); }
    QPushButton *deleteButton() const { return built(m_delete); }
    QPushButton *runNowButton() const { return built(m_runNow); }
    QPushButton *reloadButton() const { return built(m_reload); }

    // The entry of the current row (nullptr when none).
    const Core::ScheduleEntry *selectedEntry() const;
    bool selectEntry(const QString &name);

signals:
    void newRequested();
    void editRequested(const Apim::Core::ScheduleEntry &entry);
    void deleteRequested(const Apim::Core::ScheduleEntry &entry);
    void runNowRequested(const Apim::Core::ScheduleEntry &entry);
    void reloadRequested();
    // The page was shown for the first time: the controller reads the catalog then.
    void firstShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build() override;
    QWidget *createButtons();
    void updateButtons();

    ScheduleTableModel *m_model;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_table = nullptr;
    BannerWidget *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_runNow = nullptr;
    QPushButton *m_reload = nullptr;
    bool m_busy = false;
    bool m_shown = false;
};

} // namespace Apim::Ui
