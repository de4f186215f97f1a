// ServiceTreeModel: what the filter reads and the Recovery column, the parts that change
// when readiness is judged again or the filter is typed.
#include "ui/models/ServiceTreeModel.h"
#include "ui/models/ServiceTreeNode_p.h"

#include "inventory/AzureRegion.h"
#include "recovery/RecoveryReadiness.h"
#include "ui/models/ReadinessPresenter.h"
#include "ui/support/AzureTerms.h"
#include "util/OnWorker.h"

#include <QTimer>

#include <utility>

namespace Apim::Ui {

QString ServiceTreeModel::filterText(const Node *node, QHash<QString, QString> *regionWords) const
{
    if (node->kind == NodeKind::Loading || node->kind == NodeKind::Message)
        return {};
    if (node->kind != NodeKind::Service)
        return node->text + QLatin1Char(' ') + node->id;
    const ServiceEntry &s = node->service;
    // The region as shown (maybe translated: "한국 중부"), in English ("Korea Central") and
    // as ARM writes it ("koreacentral").
    const auto words = [&s] {
        const QString canonical = Core::AzureRegion::canonical(s.location);
        return QStringList { AzureTerms::regionName(canonical), Core::AzureRegion::displayName(canonical), canonical }
            .join(QLatin1Char(' '));
    };
    QString region;
    if (regionWords) {
        auto cached = regionWords->constFind(s.location);
        if (cached == regionWords->constEnd())
            cached = regionWords->insert(s.location, words());
        region = *cached;
    } else {
        region = words();
    }
    return QStringList { s.name, s.resourceGroup, region, s.sku, s.resourceId }.join(QLatin1Char(' '));
}

ServiceTreeModel::NodeKind ServiceTreeModel::kindAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->kind : NodeKind::Message;
}

QString ServiceTreeModel::foldedFilterText(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    if (node->kind != NodeKind::Service)
        return filterText(node).toCaseFolded();
    // Built once per service: a keystroke then costs one search per row, no allocation.
    if (node->foldedFilterText.isEmpty())
        node->foldedFilterText = filterText(node).toCaseFolded();
    return node->foldedFilterText;
}

void ServiceTreeModel::setRecoveryMarks(RecoveryMarks marks)
{
    // The old marks are freed on a worker: 10,000 of them took milliseconds.
    Core::releaseOnWorker(std::exchange(m_recovery, marks.takeByKey()));
    m_recoveryChanges.clear();
    for (const auto &tenant : m_root->children) {
        for (const auto &subscription : tenant->children) {
            if (!subscription->children.empty())
                m_recoveryChanges << subscription->key;
        }
    }
    announceRecoveryChanges(++m_recoveryGeneration);
}

void ServiceTreeModel::announceRecoveryChanges(int generation)
{
    if (generation != m_recoveryGeneration)
        return; // newer marks took over
    // One change per subscription (its rows' Recovery cells), naming the roles it touches,
    // a few thousand rows per turn of the event loop: the filter proxy tests every changed
    // row again (its filter is recursive), 10,000 of them held the window for a frame.
    // data() gives the new marks at once; only the announcement is spread out.
    static const QList<int> roles { Qt::DisplayRole, Qt::AccessibleTextRole, Qt::DecorationRole, Qt::ToolTipRole,
        Qt::AccessibleDescriptionRole, RecoveryStateRole };
    constexpr size_t kRowsPerTurn = 2000;
    size_t announced = 0;
    while (!m_recoveryChanges.isEmpty() && announced < kRowsPerTurn) {
        const Node *subscription = m_byId.value(m_recoveryChanges.takeFirst());
        if (!subscription || subscription->kind != NodeKind::Subscription || subscription->children.empty())
            continue;
        emit dataChanged(indexFor(subscription->children.front().get(), RecoveryColumn),
            indexFor(subscription->children.back().get(), RecoveryColumn), roles);
        announced += subscription->children.size();
    }
    if (!m_recoveryChanges.isEmpty()) {
        // A zero timer, not a queued call: the window's input gets its turn in between.
        auto *next = new QTimer(this);
        next->setSingleShot(true);
        connect(next, &QTimer::timeout, this, [this, next, generation] {
            next->deleteLater();
            announceRecoveryChanges(generation);
        });
        next->start(0);
    }
}

QVariant ServiceTreeModel::recoveryData(const Node *node, int role) const
{
    if (node->kind != NodeKind::Service || m_recovery.isEmpty())
        return {};
    const auto it = m_recovery.constFind(node->key);
    if (it == m_recovery.constEnd())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return it->text;
    case Qt::DecorationRole:
        return ReadinessPresenter::stateIcon(Core::RecoveryState(it->state));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return it->reason;
    case RecoveryStateRole:
        return it->state;
    default:
        return {};
    }
}

} // namespace Apim::Ui
