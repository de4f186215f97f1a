#pragma once

#include "net/TrustedCertificateStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Apim::Ui {

class DialogProvider;

// Settings → Network → Trusted certificates…: the CA certificates trusted on top of the
// system's (an organisation's TLS-inspecting proxy, a private cloud). Import a PEM or DER
// file, see each certificate's subject, issuer, expiry and SHA-256 fingerprint, remove
// one. Changes are saved at once (changed() follows), as certificates are public.
class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    TrustedCertificatesDialog(
        const Core::TrustedCertificateStore &store, DialogProvider *dialogs, QWidget *parent = nullptr);

    // The file dialog's part of "Import…", for tests and drag and drop alike.
    bool importFile(const QString &path);

signals:
    void changed();

private:
    void reload();
    void removeSelected();

    Core::TrustedCertificateStore m_store;
    DialogProvider *m_dialogs;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace Apim::Ui
