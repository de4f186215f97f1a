#include "TestCertificates.h"

#include <QHostInfo>
#include <QProcess>

namespace Apim::Test {

bool TestCertificates::create()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder for the certificates");
        return false;
    }
    const QString name = QHostInfo::localHostName();
    if (!name.isEmpty() && name != QLatin1String("localhost")) {
        for (const QHostAddress &address : QHostInfo::fromName(name).addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                m_hostName = name;
                m_hostAddress = address.toString();
                break;
            }
        }
    }
    QStringList arguments { m_dir.path() };
    if (!m_hostName.isEmpty())
        arguments << m_hostName << m_hostAddress;
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral(APIM_MAKE_TEST_CA), arguments);
    if (!make.waitForFinished(60000) || make.exitStatus() != QProcess::NormalExit || make.exitCode() != 0) {
        m_error = QStringLiteral("make-test-ca.sh failed: %1").arg(QString::fromUtf8(make.readAll()));
        return false;
    }
    return true;
}

QString TestCertificates::noHostNameReason()
{
    return QStringLiteral("this host's name does not resolve to an IPv4 address: the proxy tests need one");
}

QStringList TestCertificates::simArguments(const QString &name) const
{
    return { QStringLiteral("--tls-cert"), filePath(name + QStringLiteral(".pem")), QStringLiteral("--tls-key"),
        filePath(name + QStringLiteral(".key")) };
}

QStringList TestCertificates::simArgumentsByName() const
{
    return simArguments() << QStringLiteral("--host") << m_hostName;
}

} // namespace Apim::Test
