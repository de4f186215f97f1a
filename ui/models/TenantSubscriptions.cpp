#include "ui/models/TenantSubscriptions.h"

#include "ui/models/ServiceTreeModel.h"

#include <algorithm>

namespace Apim::Ui {

QVector<SubscriptionEntry> TenantSubscriptions::besides(const ServiceTreeModel &model, const QString &subscriptionId)
{
    const QModelIndex own = model.indexForId(subscriptionId);
    if (!own.isValid() || own.data(ServiceTreeModel::KindRole).toInt() != int(ServiceTreeModel::NodeKind::Subscription))
        return { SubscriptionEntry { subscriptionId, {}, subscriptionId, {} } };
    const QModelIndex tenant = own.parent();
    const QString tenantId = tenant.data(ServiceTreeModel::IdRole).toString();
    const auto entryAt = [&](const QModelIndex &index) {
        return SubscriptionEntry { index.data(ServiceTreeModel::IdRole).toString(), tenantId,
            index.data(Qt::DisplayRole).toString(), {} };
    };
    QVector<SubscriptionEntry> others;
    for (int row = 0; row < model.rowCount(tenant); ++row) {
        const QModelIndex index = model.index(row, 0, tenant);
        if (index.data(ServiceTreeModel::KindRole).toInt() == int(ServiceTreeModel::NodeKind::Subscription)
            && index != own)
            others << entryAt(index);
    }
    std::sort(others.begin(), others.end(), [](const SubscriptionEntry &a, const SubscriptionEntry &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    others.prepend(entryAt(own));
    return others;
}

} // namespace Apim::Ui
