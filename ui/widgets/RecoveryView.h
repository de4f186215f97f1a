#pragma once

#include "inventory/ApimService.h"
#include "ui/models/ReadinessPresenter.h"
#include "ui/widgets/LazyPage.h"

#include <QDateTime>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Apim::Ui {

class ReadinessFilterProxy;
class ReadinessModel;

// The Recovery page: can each loaded service be recovered now, to what point and how
// fast. A sortable table with a "Needs attention" filter, the summary sentence, the reason
// of the selected row, and the actions on a row (back up now, run a drill, set the target
// RPO) as buttons, context menu entries and shortcuts. It asks; the controller acts.
class RecoveryView : public LazyPage
{
    Q_OBJECT
public:
    explicit RecoveryView(QWidget *parent = nullptr);

    void setRows(const QList<ReadinessView> &rows, const QString &summary, const QDateTime &now);
    // While the catalog is being read: the table stays, the summary says so.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // A problem that stopped the refresh (signed out, no services); empty: none.
    void setMessage(const QString &text);
    // The outcome of the last verification, above the table until the next one; empty hides it.
    void setVerifyResult(const QString &text, bool problems);
    void setVerifying(bool verifying);

    ReadinessModel *model() const { return m_model; }
    ReadinessFilterProxy *proxy() const { return m_proxy; }
    QTreeView *table() const { return built(m_table); }
    QLabel *summaryLabel() const { return built(m_summary); }
    QLabel *reasonLabel() const { return built(m_reason); }
    QCheckBox *attentionCheckBox() const { return built(m_attention); }
    QPushButton *refreshButton() const { return built(m_refresh); }
    QPushButton *verifyButton() const { return built(m_verify); }
    QLabel *verifyResultLabel() const { return built(m_verifyResult); }
    QPushButton *backupButton() const { return built(m_backup); }
    QPushButton *drillButton() const { return built(m_drill); }
    QPushButton *targetButton() const { return built(m_target); }

    // The service of the current row (invalid when none).
    Core::ApimService selectedService() const;
    bool selectService(const QString &serviceId);

signals:
    void refreshRequested();
    void verifyRequested();
    void backupNowRequested(const Apim::Core::ApimService &service);
    void drillRequested(const Apim::Core::ApimService &service);
    void targetRequested(const Apim::Core::ApimService &service);

private:
    void build() override;
    void createActions();
    QWidget *createButtons();
    void onCurrentChanged();
    void showMenu(const QPoint &pos);

    ReadinessModel *m_model;
    ReadinessFilterProxy *m_proxy;
    QTreeView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_reason = nullptr;
    QCheckBox *m_attention = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verifyResult = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_drill = nullptr;
    QPushButton *m_target = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_drillAction = nullptr;
    QAction *m_targetAction = nullptr;
    QString m_summaryText;
    bool m_loading = false;
};

} // namespace Apim::Ui
