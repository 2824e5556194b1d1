#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ioc {

struct Indicator;

// Who may do what on ioc-dataserver (docs/api.md, "Tokens and roles"): the tokens file read with
// --tokens and reloaded on SIGHUP. The file keeps each token's SHA-256, never its secret.
struct AccessToken
{
    enum class Role { Read, Report, Admin };

    QString name;
    Role role = Role::Read;
    // Report: the indicators it may carry, as codes or their prefixes ("A", "A01", "A01.01"),
    // and departments matched against the catalog's source ("City Statistics Office").
    QStringList indicators;
    QStringList departments;
    QDateTime expires; // invalid: never
    QByteArray sha256; // hex, of the secret

    bool mayRead() const { return true; }
    bool mayReport() const { return role != Role::Read; }
    // Whether a report under this token may carry the indicator.
    bool mayCarry(const Indicator &indicator) const;
    // "report (A01, City Statistics Office)": for messages and logs.
    QString scope() const;

    static QString roleKey(Role role);
};

class AccessTokens
{
public:
    AccessTokens() = default;
    // One token, for tests and the IOC_DATASERVER_TOKEN shortcut.
    static AccessTokens single(const QString &name, const QByteArray &secret,
                               AccessToken::Role role = AccessToken::Role::Admin);
    // The tokens file (JSON, docs/api.md); on a problem, an empty set and the problem naming
    // the file and the token.
    static AccessTokens fromFile(const QString &path, QString *error);
    bool isEmpty() const { return m_tokens.isEmpty(); }
    void add(const AccessToken &token) { m_tokens << token; }
    QList<AccessToken> tokens() const { return m_tokens; }

    enum class Check { Granted, Missing, Unknown, Expired };
    // The token an Authorization header presents; every stored hash is compared in constant time.
    Check check(const QByteArray &authorization, const QDateTime &now,
                const AccessToken **token) const;

    // A new random secret (43 characters, base64url) and its entry added to the file (created
    // 0600, an entry of the same name replaced); the secret is returned once, never stored.
    static QByteArray issue(const QString &path, AccessToken token, QString *error);
    static QByteArray hashOf(const QByteArray &secret);

private:
    QList<AccessToken> m_tokens;
};

} // namespace ioc
