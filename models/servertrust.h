#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkReply;
class QNetworkRequest;
class QObject;

namespace ioc {

// How the console may talk to a server (issue 18): the certificate authorities it trusts
// besides the system's (the city's own CA), and whether plain HTTP was explicitly allowed for
// this one server. Certificates are always verified; nothing here can turn that off.
struct ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ServerTrust)
public:
    QList<QSslCertificate> authorities;
    bool plainHttpAllowed = false;

    // Trusts these authorities too (each once).
    void add(const QList<QSslCertificate> &more);

    // Why the console will not talk to this address at all (not http(s); plain HTTP to anything
    // but this computer without it being allowed), or empty.
    QString refusal(const QUrl &server) const;
    static bool isLoopback(const QUrl &server);
    // The token goes over HTTPS, or to this computer; never in clear over a network.
    static bool sendsToken(const QUrl &server);
    // Whether a redirect stays with the server: the same scheme, host and port.
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    // "AB:CD:…" (SHA-256), as `openssl x509 -fingerprint -sha256` shows it.
    static QString fingerprint(const QSslCertificate &certificate);
    // "Test City CA (SHA-256 AB:CD:…)": how a certificate is named to the person trusting it.
    static QString describe(const QSslCertificate &certificate);
    // The refusal of a certificate the console does not trust, naming the host and the
    // certificate's fingerprint, and what to do about it.
    static QString untrusted(const QString &host, const QList<QSslError> &errors,
                             const QSslCertificate &presented);

    // CA certificates from a PEM (or DER) file; empty with the problem when there are none or
    // one is not a CA.
    static QList<QSslCertificate> readAuthorities(const QString &file, QString *error);
    QByteArray authoritiesPem() const;
    static QList<QSslCertificate> fromPem(const QByteArray &pem);

    // A request to the IOC Data API of `server` (path under /api/v1/) as every console request
    // is made: its name and version as the User-Agent, certificates checked against the
    // system's and these authorities, redirects left to guard(), the token only where
    // sendsToken() allows it.
    QNetworkRequest request(const QUrl &server, const QString &path, const QUrlQuery &query,
                            const QString &token, int timeoutMs) const;
    // Watches a reply for what stops it at once: a certificate the console does not trust, a
    // redirect to another origin than `server` (never followed: the token would go there).
    // The reason, once one happened; `context` owns the connections.
    static std::shared_ptr<QString> guard(QNetworkReply *reply, const QUrl &server,
                                          QObject *context);
};

} // namespace ioc
