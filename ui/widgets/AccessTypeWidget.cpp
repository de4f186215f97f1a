#include "ui/widgets/AccessTypeWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Apim::Ui {

AccessTypeWidget::AccessTypeWidget(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_identity(new QComboBox(this))
    , m_identityLabel(new QLabel(tr("&Identity:"), this))
    , m_hint(new QLabel(this))
{
    m_type->setObjectName(QStringLiteral("accessTypeComboBox"));
    m_type->setAccessibleName(tr("Storage access"));
    m_type->addItem(tr("Storage account access key"), int(Core::AccessType::AccessKey));
    m_type->addItem(
        tr("Service's system-assigned managed identity"), int(Core::AccessType::SystemAssignedManagedIdentity));
    m_type->addItem(tr("Service's user-assigned managed identity"), int(Core::AccessType::UserAssignedManagedIdentity));
    m_identity->setObjectName(QStringLiteral("identityClientIdComboBox"));
    m_identity->setAccessibleName(tr("User-assigned identity"));
    m_identityLabel->setBuddy(m_identity);
    m_hint->setObjectName(QStringLiteral("accessHintLabel"));
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *typeLabel = new QLabel(tr("Storage acc&ess:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    form->addRow(m_identityLabel, m_identity);
    form->addRow(m_hint);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        emit changed();
    });
    connect(m_identity, &QComboBox::currentIndexChanged, this, &AccessTypeWidget::changed);
    updateState();
}

void AccessTypeWidget::setService(const Core::ApimService &service)
{
    m_service = service;
    m_identity->clear();
    for (const Core::UserAssignedIdentity &identity : service.userAssignedIdentities)
        m_identity->addItem(tr("%1 (client ID %2)").arg(identity.name(), identity.clientId), identity.clientId);
    updateState();
}

Core::AccessType AccessTypeWidget::accessType() const
{
    return Core::AccessType(m_type->currentData().toInt());
}

void AccessTypeWidget::setAccessType(Core::AccessType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

QString AccessTypeWidget::identityClientId() const
{
    return accessType() == Core::AccessType::UserAssignedManagedIdentity ? m_identity->currentData().toString()
                                                                         : QString();
}

void AccessTypeWidget::updateState()
{
    const Core::AccessType type = accessType();
    const bool user = type == Core::AccessType::UserAssignedManagedIdentity;
    m_identity->setVisible(user);
    m_identityLabel->setVisible(user);
    switch (type) {
    case Core::AccessType::AccessKey:
        m_hint->setText(tr("The key is read from the storage account when the operation starts and sent to the "
                           "service only; it is never saved in plain text."));
        break;
    case Core::AccessType::SystemAssignedManagedIdentity:
        m_hint->setText(m_service.hasSystemAssignedIdentity()
                ? tr("The service's identity needs the Storage Blob Data Contributor role on the account. "
                     "Works with storage firewalls that allow trusted Azure services.")
                : tr("This service has no system-assigned identity. Turn it on under Managed identities "
                     "in the portal, or choose another access type."));
        break;
    case Core::AccessType::UserAssignedManagedIdentity:
        m_hint->setText(m_service.userAssignedIdentities.isEmpty()
                ? tr("This service has no user-assigned identity. Assign one in the portal, or choose "
                     "another access type.")
                : tr("The chosen identity needs the Storage Blob Data Contributor role on the account."));
        break;
    }
}

} // namespace Apim::Ui
