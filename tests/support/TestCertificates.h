#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Apim::Test {

// A throwaway CA and server certificates for the TLS and proxy tests
// (tests/support/make-test-ca.sh), for 127.0.0.1, localhost and this machine's name: a name
// that is not loopback by its spelling, so that the product sends it to a proxy, while a
// proxy on this machine still reaches a simulator through it. Deleted when destroyed.
class TestCertificates
{
public:
    TestCertificates() = default;
    TestCertificates(const TestCertificates &) = delete;
    TestCertificates &operator=(const TestCertificates &) = delete;

    // Finds this machine's name and makes the certificates (for the name only when it has one).
    bool create();
    QString errorString() const { return m_error; }

    // Empty when this machine's name does not resolve to an IPv4 address: the tests that go
    // through a proxy then skip.
    QString hostName() const { return m_hostName; }
    QString hostAddress() const { return m_hostAddress; } // the IPv4 address hostName() resolves to
    static QString noHostNameReason();

    QString caFile() const { return filePath(QStringLiteral("ca.pem")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }
    // azure-sim's arguments to serve HTTPS with the certificate name ("server" or "wrong-host").
    QStringList simArguments(const QString &name = QStringLiteral("server")) const;
    // The same, served under this machine's name (--host): reached through a proxy.
    QStringList simArgumentsByName() const;

private:
    QTemporaryDir m_dir;
    QString m_hostName;
    QString m_hostAddress;
    QString m_error;
};

} // namespace Apim::Test
