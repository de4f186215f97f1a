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
    m_pool.waitForDone();
}

CaCertificateLoader::Result CaCertificateLoader::load(const QProcessEnvironment &environment, const QString &savedDir)
{
    Result result;
    result.extra = Core::TrustedCertificates::fromEnvironment(environment, &result.problem);
    result.saved = Core::TrustedCertificateStore(savedDir).certificates();
    if (!result.extra.isEmpty() || !result.saved.isEmpty())
        Core::TrustedCertificates::systemDefaults();
    return result;
}

void CaCertificateLoader::start(const QProcessEnvironment &environment, const QString &savedDir, QObject *context,
    std::function<void(const Result &)> done)
{
    // context outlives the worker (the destructor waits for it); were it deleted first,
    // Qt drops the queued call with it.
    m_pool.start([environment, savedDir, context, done = std::move(done)] {
        const Result result = load(environment, savedDir);
        QMetaObject::invokeMethod(
            context, [result, done] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace Apim::Ui
