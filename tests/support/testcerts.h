#pragma once

// Certificates made at test time with openssl (scripts/deps.sh installs it): a city CA, a
// server certificate it signed for localhost/127.0.0.1, one for another host, an expired one
// and a self-signed one. Nothing is checked in; every run makes its own.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ioc::test {

struct TestCerts
{
    QString dir;
    QString caCert;
    QString serverCert; // signed by the CA for localhost and 127.0.0.1
    QString serverKey;
    QString otherHostCert;  // signed by the CA for files.example.org
    QString expiredCert;    // signed by the CA for localhost, expired yesterday
    QString selfSignedCert; // for localhost, signed by its own key
    QString problem;        // why they could not be made

    bool ok() const { return problem.isEmpty(); }
};

inline bool runOpenssl(const QString &dir, const QStringList &args, QString *problem)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *problem = QStringLiteral("openssl %1: %2")
                       .arg(args.join(QLatin1Char(' ')),
                            QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString());
        return false;
    }
    return true;
}

inline TestCerts makeTestCerts(const QString &dir)
{
    TestCerts c;
    c.dir = dir;
    const QDir d(dir);
    c.caCert = d.filePath(QStringLiteral("ca.pem"));
    c.serverCert = d.filePath(QStringLiteral("server.pem"));
    c.serverKey = d.filePath(QStringLiteral("server.key"));
    c.otherHostCert = d.filePath(QStringLiteral("other.pem"));
    c.expiredCert = d.filePath(QStringLiteral("expired.pem"));
    c.selfSignedCert = d.filePath(QStringLiteral("self.pem"));
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-nodes")};
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(d.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    if (!write(QStringLiteral("local.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        || !write(QStringLiteral("other.ext"), "subjectAltName=DNS:files.example.org\n")) {
        c.problem = QStringLiteral("cannot write in %1").arg(dir);
        return c;
    }
    // the name is in the subject too: Qt also accepts a matching common name
    auto sign = [&](const QString &out, const QString &ext, const QString &days,
                    const QString &csr = QStringLiteral("server.csr")) {
        return runOpenssl(dir,
                          {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                           csr, QStringLiteral("-CA"), c.caCert, QStringLiteral("-CAkey"),
                           QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-out"), out, QStringLiteral("-days"), days,
                           QStringLiteral("-extfile"), ext},
                          &c.problem);
    };
    const bool made
        = runOpenssl(dir,
                     QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                         + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                       QStringLiteral("-out"), c.caCert, QStringLiteral("-days"),
                                       QStringLiteral("2"), QStringLiteral("-subj"),
                                       QStringLiteral("/CN=Test Hai Phong City CA")},
                     &c.problem)
          && runOpenssl(dir,
                        QStringList{QStringLiteral("req")} + ec
                            + QStringList{QStringLiteral("-keyout"), c.serverKey,
                                          QStringLiteral("-out"), QStringLiteral("server.csr"),
                                          QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                        &c.problem)
          && sign(c.serverCert, QStringLiteral("local.ext"), QStringLiteral("2"))
          && runOpenssl(dir,
                        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                         c.serverKey, QStringLiteral("-out"), QStringLiteral("other.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=files.example.org")},
                        &c.problem)
          && sign(c.otherHostCert, QStringLiteral("other.ext"), QStringLiteral("2"),
                  QStringLiteral("other.csr"))
          && sign(c.expiredCert, QStringLiteral("local.ext"), QStringLiteral("-1"))
          && runOpenssl(dir,
                        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         QStringLiteral("server.csr"), QStringLiteral("-key"), c.serverKey,
                         QStringLiteral("-out"), c.selfSignedCert, QStringLiteral("-days"),
                         QStringLiteral("2"), QStringLiteral("-extfile"),
                         QStringLiteral("local.ext")},
                        &c.problem);
    if (!made && c.problem.isEmpty())
        c.problem = QStringLiteral("openssl failed");
    return c;
}

} // namespace ioc::test
