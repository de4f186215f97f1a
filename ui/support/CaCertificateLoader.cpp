#include "ui/support/CaCertificateLoader.h"

#include "net/TrustedCertificateStore.h"
#include "net/TrustedCertificates.h"

namespace Apim::Ui {

CaCertificateLoader::CaCertificateLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

CaCertificateLoader::~CaCertificateLoader()
{
    m_stop = true;
    m_pool.waitForDone();
}

CaCertificateLoader::Result CaCertificateLoader::load(
    const QProcessEnvironment &environment, const QString &savedDir, const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(); };
    Result result;
    result.extra = Core::TrustedCertificates::fromEnvironment(environment, &result.problem, stop);
    if (stopped())
        return result;
    result.saved = Core::TrustedCertificateStore(savedDir).certificates();
    if (stopped())
        return result;
    if (!result.extra.isEmpty() || !result.saved.isEmpty())
        Core::TrustedCertificates::systemDefaults();
    return result;
}

void CaCertificateLoader::start(const QProcessEnvironment &environment, const QString &savedDir, QObject *context,
    std::function<void(const Result &)> done)
{
    // context outlives the worker (the destructor waits for it); were it deleted first,
    // Qt drops the queued call with it.
    const std::atomic_bool *stop = &m_stop; // the destructor waits for the worker
    m_pool.start([environment, savedDir, context, stop, done = std::move(done)] {
        const Result result = load(environment, savedDir, stop);
        if (stop->load())
            return; // the application is closing: nothing waits for the certificates
        QMetaObject::invokeMethod(
            context, [result, done] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace Apim::Ui
