#pragma once

#include "inventory/ApimService.h"
#include "operations/OperationRequest.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Apim::Ui {

// How the service reaches the storage account: its access key, its system-assigned
// identity, or one of its user-assigned identities (picked by client id from those the
// service has). Identities the service lacks are shown but explained.
class AccessTypeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccessTypeWidget(QWidget *parent = nullptr);

    void setService(const Core::ApimService &service);
    Core::AccessType accessType() const;
    void setAccessType(Core::AccessType type);
    QString identityClientId() const;

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *identityCombo() const { return m_identity; }

signals:
    void changed();

private:
    void updateState();

    QComboBox *m_type;
    QComboBox *m_identity;
    QLabel *m_identityLabel;
    QLabel *m_hint;
    Core::ApimService m_service;
};

} // namespace Apim::Ui
