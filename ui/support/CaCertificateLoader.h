#pragma once

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace Apim::Ui {

// Reads the CAs trusted on top of the system's (SSL_CERT_FILE, SSL_CERT_DIR,
// REQUESTS_CA_BUNDLE, and those saved in Settings) on a worker thread. A machine whose
// environment names the system bundle holds hundreds of certificates: parsing them took
// about 450 ms, which the first frame does not need, since no request leaves before it.
// When there are certificates to add, the worker also reads the system's CAs, which
// installing them starts from, so that the GUI thread only merges lists.
class CaCertificateLoader : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QList<QSslCertificate> extra; // from the environment
        QList<QSslCertificate> saved; // from the trusted-certificates folder
        QString problem; // a variable naming a file without certificates
    };

    explicit CaCertificateLoader(QObject *parent = nullptr);
    // Stops a worker still reading at its next step and waits for that step only: it must
    // not outlive the application, and an app closed right after its first frame should
    // not wait for the whole reading (hundreds of milliseconds) it no longer needs.
    ~CaCertificateLoader() override;

    // Reads on the worker; done runs once, on context's thread, with what was read.
    // context must outlive this loader.
    void start(const QProcessEnvironment &environment, const QString &savedDir, QObject *context,
        std::function<void(const Result &)> done);

    // The same reading, on the calling thread; stops between steps once *stop is true
    // (what was read so far is returned, and done is not called).
    static Result load(
        const QProcessEnvironment &environment, const QString &savedDir, const std::atomic_bool *stop = nullptr);

private:
    std::atomic_bool m_stop { false };
    QThreadPool m_pool;
};

} // namespace Apim::Ui
