#include "servertrust.h"

#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslCertificateExtension>

namespace ioc {

QString ServerTrust::refusal(const QUrl &server) const
{
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("The server's address must start with https:// (not '%1').")
            .arg(server.toString(QUrl::RemoveUserInfo));
    if (scheme == QLatin1String("http") && !isLoopback(server) && !plainHttpAllowed)
        return tr("The console does not talk to %1 over plain HTTP: the figures and the access "
                  "token would cross the network unencrypted. Use its https:// address, or allow "
                  "plain HTTP for this server under File → Data source….")
            .arg(server.host());
    return {};
}

void ServerTrust::add(const QList<QSslCertificate> &more)
{
    for (const QSslCertificate &c : more) {
        if (!authorities.contains(c))
            authorities << c;
    }
}

bool ServerTrust::isLoopback(const QUrl &server)
{
    const QString host = server.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool ServerTrust::sendsToken(const QUrl &server)
{
    return server.scheme() == QLatin1String("https")
           || (server.scheme() == QLatin1String("http") && isLoopback(server));
}

bool ServerTrust::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

QString ServerTrust::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString ServerTrust::describe(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    const QString name = names.isEmpty() ? certificate.subjectDisplayName() : names.first();
    return tr("%1 (SHA-256 %2)").arg(name, fingerprint(certificate));
}

QString ServerTrust::untrusted(const QString &host, const QList<QSslError> &errors,
                               const QSslCertificate &presented)
{
    QStringList why;
    const QLocale locale;
    for (const QSslError &e : errors) {
        QString text;
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            text = tr("it is not issued by a certificate authority the console trusts");
            break;
        case QSslError::HostNameMismatch:
            text = tr("it was issued for another name (%1)")
                       .arg(presented.subjectAlternativeNames().values().join(QLatin1String(", ")));
            break;
        case QSslError::CertificateExpired:
            text = tr("it expired on %1")
                       .arg(locale.toString(presented.expiryDate().date(), QLocale::ShortFormat));
            break;
        case QSslError::CertificateNotYetValid:
            text
                = tr("it is not valid before %1")
                      .arg(locale.toString(presented.effectiveDate().date(), QLocale::ShortFormat));
            break;
        case QSslError::CertificateRevoked:
            text = tr("it has been revoked");
            break;
        default:
            text = e.errorString();
        }
        if (!why.contains(text))
            why << text;
    }
    return tr("The server %1 presented a certificate the console does not trust: %2 (SHA-256 "
              "%3). Nothing was sent to it; the cached figures are kept. If the certificate comes "
              "from the city's own certificate authority, trust that authority under File → Data "
              "source… or with --ca-cert FILE.")
        .arg(host, why.join(QLatin1String("; ")),
             presented.isNull() ? tr("not shown") : fingerprint(presented));
}

QList<QSslCertificate> ServerTrust::readAuthorities(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(file, f.errorString());
        return {};
    }
    const QByteArray bytes = f.read(1024 * 1024);
    QList<QSslCertificate> found = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (found.isEmpty())
        found = QSslCertificate::fromData(bytes, QSsl::Der);
    if (found.isEmpty()) {
        *error = tr("%1 holds no certificate (PEM or DER).").arg(file);
        return {};
    }
    for (const QSslCertificate &c : std::as_const(found)) {
        bool isCa = false;
        for (const QSslCertificateExtension &x : c.extensions()) {
            if (x.name() == QLatin1String("basicConstraints"))
                isCa = x.value().toMap().value(QStringLiteral("ca")).toBool();
        }
        if (!isCa) {
            *error = tr("%1 is not a certificate authority's certificate: %2. Trust the authority "
                        "that issued the server's certificate, not the server's own.")
                         .arg(file, describe(c));
            return {};
        }
    }
    return found;
}

QByteArray ServerTrust::authoritiesPem() const
{
    QByteArray pem;
    for (const QSslCertificate &c : authorities)
        pem += c.toPem();
    return pem;
}

QList<QSslCertificate> ServerTrust::fromPem(const QByteArray &pem)
{
    return pem.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromData(pem, QSsl::Pem);
}

QNetworkRequest ServerTrust::request(const QUrl &server, const QString &path,
                                     const QUrlQuery &query, const QString &token,
                                     int timeoutMs) const
{
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + QStringLiteral("/api/v1/") + path);
    url.setQuery(query);
    QNetworkRequest r(url);
    if (timeoutMs > 0)
        r.setTransferTimeout(timeoutMs);
    // the server's request log can tell consoles and their versions apart (Qt would say
    // "Mozilla/5.0")
    const QString version = QCoreApplication::applicationVersion();
    r.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("ioc-console/%1").arg(version.isEmpty() ? QStringLiteral("dev") : version));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::UserVerifiedRedirectPolicy);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(authorities);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        r.setSslConfiguration(tls);
    }
    if (!token.isEmpty() && sendsToken(url))
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return r;
}

std::shared_ptr<QString> ServerTrust::guard(QNetworkReply *reply, const QUrl &server,
                                            QObject *context)
{
    auto stop = std::make_shared<QString>();
    QObject::connect(reply, &QNetworkReply::sslErrors, context,
                     [reply, stop](const QList<QSslError> &errors) {
                         QSslCertificate presented
                             = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
                         if (presented.isNull())
                             presented = reply->sslConfiguration().peerCertificate();
                         // never ignored: Qt ends the handshake, and the reply finishes with
                         // this as its reason
                         *stop = untrusted(reply->url().host(), errors, presented);
                     });
    QObject::connect(
        reply, &QNetworkReply::redirected, context, [server, reply, stop](const QUrl &to) {
            if (sameOrigin(server, to)) {
                emit reply->redirectAllowed();
                return;
            }
            *stop
                = tr("The server %1 sent the request on to another address (%2). The console does "
                     "not follow it there: the access token was not sent, and the cached figures "
                     "are kept.")
                      .arg(server.host(), to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            reply->abort();
        });
    return stop;
}

} // namespace ioc
