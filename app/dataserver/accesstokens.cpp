#include "accesstokens.h"

#include "indicator.h"
#include "savefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace ioc {

namespace {

constexpr qint64 kMaxTokensFileBytes = 4 * 1024 * 1024;

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

std::optional<AccessToken::Role> roleFromKey(const QString &key)
{
    if (key == QLatin1String("read"))
        return AccessToken::Role::Read;
    if (key == QLatin1String("report"))
        return AccessToken::Role::Report;
    if (key == QLatin1String("admin"))
        return AccessToken::Role::Admin;
    return std::nullopt;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue s : v.toArray())
        if (!s.toString().trimmed().isEmpty())
            out << s.toString().trimmed();
    return out;
}

QJsonObject toJson(const AccessToken &t)
{
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("role"), AccessToken::roleKey(t.role)},
                  {QStringLiteral("sha256"), QString::fromLatin1(t.sha256)}};
    if (!t.indicators.isEmpty())
        o.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(t.indicators));
    if (!t.departments.isEmpty())
        o.insert(QStringLiteral("departments"), QJsonArray::fromStringList(t.departments));
    if (t.expires.isValid())
        o.insert(QStringLiteral("expires"), t.expires.toUTC().toString(Qt::ISODate));
    return o;
}

// One entry of the file, or the problem with it.
std::optional<AccessToken> fromJson(const QJsonObject &o, QString *problem)
{
    AccessToken t;
    t.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (t.name.isEmpty()) {
        *problem = QStringLiteral("a token has no name");
        return std::nullopt;
    }
    const auto role = roleFromKey(o.value(QStringLiteral("role")).toString());
    if (!role) {
        *problem = QStringLiteral("token '%1': role must be read, report or admin").arg(t.name);
        return std::nullopt;
    }
    t.role = *role;
    t.indicators = strings(o.value(QStringLiteral("indicators")));
    t.departments = strings(o.value(QStringLiteral("departments")));
    if (t.role == AccessToken::Role::Report && t.indicators.isEmpty() && t.departments.isEmpty()) {
        *problem = QStringLiteral("token '%1': a report token names its indicators or departments")
                       .arg(t.name);
        return std::nullopt;
    }
    const QString expires = o.value(QStringLiteral("expires")).toString();
    if (!expires.isEmpty()) {
        t.expires = QDateTime::fromString(expires, Qt::ISODate);
        if (!t.expires.isValid()) {
            // a bare date expires at the end of that day, city time
            const QDate day = QDate::fromString(expires, Qt::ISODate);
            if (day.isValid())
                t.expires = QDateTime(day.addDays(1), QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600);
        }
        if (!t.expires.isValid()) {
            *problem = QStringLiteral("token '%1': 'expires' must be a date such as 2027-06-30")
                           .arg(t.name);
            return std::nullopt;
        }
    }
    t.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1().toLower();
    if (t.sha256.size() != 64 || QByteArray::fromHex(t.sha256).size() != 32) {
        *problem = QStringLiteral("token '%1': 'sha256' must be the 64 hex digits of the secret's "
                                  "SHA-256 (the secret itself is never written here)")
                       .arg(t.name);
        return std::nullopt;
    }
    return t;
}

} // namespace

bool AccessToken::mayCarry(const Indicator &indicator) const
{
    if (role == Role::Admin)
        return true;
    if (role != Role::Report)
        return false;
    for (const QString &prefix : indicators) {
        if (indicator.code == prefix
            || (indicator.code.startsWith(prefix)
                && (prefix.size() == 1 || indicator.code.at(prefix.size()) == QLatin1Char('.'))))
            return true;
    }
    for (const QString &department : departments) {
        if (indicator.source.contains(department, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString AccessToken::scope() const
{
    QString s = roleKey(role);
    const QStringList what = indicators + departments;
    if (role == Role::Report && !what.isEmpty())
        s += QStringLiteral(" (") + what.join(QStringLiteral(", ")) + QLatin1Char(')');
    return s;
}

QString AccessToken::roleKey(Role role)
{
    switch (role) {
    case Role::Read:
        return QStringLiteral("read");
    case Role::Report:
        return QStringLiteral("report");
    case Role::Admin:
        break;
    }
    return QStringLiteral("admin");
}

AccessTokens AccessTokens::single(const QString &name, const QByteArray &secret,
                                  AccessToken::Role role)
{
    AccessTokens tokens;
    AccessToken t;
    t.name = name;
    t.role = role;
    t.sha256 = hashOf(secret);
    tokens.m_tokens << t;
    return tokens;
}

AccessTokens AccessTokens::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > kMaxTokensFileBytes) {
        *error = QStringLiteral("%1: larger than 4 MiB, not a tokens file").arg(path);
        return {};
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: not a tokens file (%2 at byte %3)")
                     .arg(path, parse.errorString())
                     .arg(parse.offset);
        return {};
    }
    AccessTokens tokens;
    QStringList names;
    for (const QJsonValue v : doc.object().value(QStringLiteral("tokens")).toArray()) {
        QString problem;
        const auto token = fromJson(v.toObject(), &problem);
        if (token && names.contains(token->name))
            problem = QStringLiteral("token '%1' is listed twice").arg(token->name);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(path, problem);
            return {};
        }
        names << token->name;
        tokens.m_tokens << *token;
    }
    if (tokens.isEmpty())
        *error = QStringLiteral("%1: no tokens listed").arg(path);
    return tokens;
}

AccessTokens::Check AccessTokens::check(const QByteArray &authorization, const QDateTime &now,
                                        const AccessToken **token) const
{
    *token = nullptr;
    static const QByteArray scheme = "bearer ";
    if (authorization.size() <= scheme.size()
        || authorization.left(scheme.size()).toLower() != scheme)
        return Check::Missing;
    const QByteArray presented = hashOf(authorization.mid(scheme.size()).trimmed());
    // every hash compared, so the time taken does not tell which one came close
    for (const AccessToken &t : m_tokens) {
        if (constantTimeEquals(presented, t.sha256) && !*token)
            *token = &t;
    }
    if (!*token)
        return Check::Unknown;
    if ((*token)->expires.isValid() && (*token)->expires <= now)
        return Check::Expired;
    return Check::Granted;
}

QByteArray AccessTokens::hashOf(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

QByteArray AccessTokens::issue(const QString &path, AccessToken token, QString *error)
{
    QJsonArray kept;
    if (QFile::exists(path)) {
        const AccessTokens existing = fromFile(path, error);
        if (existing.isEmpty())
            return {};
        for (const AccessToken &t : existing.m_tokens)
            if (t.name != token.name)
                kept.append(toJson(t));
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    QByteArray secret
        = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    token.sha256 = hashOf(secret);
    kept.append(toJson(token));
    if (!saveWhole(path, QJsonDocument(QJsonObject{{QStringLiteral("tokens"), kept}}).toJson(),
                   error, FileAccess::OwnerOnly))
        return {};
    return secret;
}

} // namespace ioc
