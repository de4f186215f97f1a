#include "ui/dialogs/TrustedCertificatesDialog.h"

#include "net/TrustedCertificates.h"
#include "ui/support/DialogProvider.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Apim::Ui {

namespace {
enum Column { Subject, Issuer, Expires, Fingerprint, ColumnCount };
}

TrustedCertificatesDialog::TrustedCertificatesDialog(
    const Core::TrustedCertificateStore &store, DialogProvider *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_dialogs(dialogs)
    , m_table(new QTableWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("trustedCertificatesDialog"));
    setWindowTitle(tr("Trusted certificates"));

    auto *intro = new QLabel(tr("Certificate authorities trusted in addition to the system's, for example your "
                                "organisation's CA when its proxy inspects TLS traffic. Certificates are always "
                                "verified."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("trustedCertificatesTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Subject"), tr("Issuer"), tr("Expires"), tr("SHA-256 fingerprint") });
    m_table->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("trustedCertificatesStatusLabel"));
    m_status->setWordWrap(true);

    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("importCertificateButton"));
    m_remove->setObjectName(QStringLiteral("removeCertificateButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 360);

    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->openFileName(this, tr("Import a CA certificate"), QDir::homePath(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, &TrustedCertificatesDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void TrustedCertificatesDialog::reload()
{
    const QList<QSslCertificate> certificates = m_store.certificates();
    m_table->setRowCount(0);
    for (const QSslCertificate &certificate : certificates) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString subject = Core::TrustedCertificates::subjectText(certificate);
        auto *subjectItem = new QTableWidgetItem(subject);
        subjectItem->setToolTip(subject);
        subjectItem->setData(Qt::UserRole, certificate.toPem());
        m_table->setItem(row, Subject, subjectItem);
        m_table->setItem(row, Issuer, new QTableWidgetItem(Core::TrustedCertificates::issuerText(certificate)));
        m_table->setItem(row, Expires,
            new QTableWidgetItem(QLocale().toString(certificate.expiryDate().date(), QLocale::ShortFormat)));
        const QString fingerprint = Core::TrustedCertificates::fingerprint(certificate);
        auto *fingerprintItem = new QTableWidgetItem(fingerprint);
        fingerprintItem->setToolTip(fingerprint);
        m_table->setItem(row, Fingerprint, fingerprintItem);
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

bool TrustedCertificatesDialog::importFile(const QString &path)
{
    QString error;
    const int added = m_store.importFile(path, &error);
    if (added < 0) {
        m_dialogs->error(this, tr("Certificate not imported"), error);
        return false;
    }
    m_status->setText(added == 0
            ? tr("%1 holds no certificate that is not trusted already.").arg(QDir::toNativeSeparators(path))
            : tr("Imported %n certificate(s) from %1.", nullptr, added).arg(QDir::toNativeSeparators(path)));
    reload();
    if (added > 0)
        emit changed();
    return true;
}

void TrustedCertificatesDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Subject))
        return;
    const QSslCertificate certificate(m_table->item(row, Subject)->data(Qt::UserRole).toByteArray(), QSsl::Pem);
    const QString subject = Core::TrustedCertificates::subjectText(certificate);
    if (!m_dialogs->confirm(this, tr("Remove trusted certificate"),
            tr("Stop trusting %1? Connections whose certificates it issued will fail.").arg(subject), tr("Remove")))
        return;
    QString error;
    if (!m_store.remove(certificate, &error)) {
        m_dialogs->error(this, tr("Certificate not removed"), error);
        return;
    }
    m_status->setText(tr("Removed %1.").arg(subject));
    reload();
    emit changed();
}

} // namespace Apim::Ui
