#include "apiserver.h"

#include "contentcoding.h"

#include "reportimport.h"
#include "snapshotformat.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtConcurrent>

#include <cmath>
#include <cstdio>

namespace ioc {

namespace {
constexpr int kDefaultLimit = 5000;
constexpr int kMaxLimit = 20000;
constexpr int kMaxUrl = 8192;

void appendJsonString(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    bool plain = true;
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += utf8;
    } else {
        for (const char c : utf8) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += QByteArray("\\u00")
                           + QByteArray::number(int(c), 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
    }
    out += '"';
}

// "2026-04-20T17:00:00+07:00": a fetch time in city time, as Qt::ISODate writes it, without
// building a QDateTime string per row.
void appendCityTime(QByteArray &out, const QDateTime &dt)
{
    const qint64 local = dt.toSecsSinceEpoch() + kCityUtcOffsetSeconds;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const int secs = int(local - days * 86400);
    const QDate d = QDate::fromJulianDay(2440588 + days);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", d.year(), d.month(),
                  d.day(), secs / 3600, secs / 60 % 60, secs % 60);
    out += buf;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 15);
}

// Where a stored row came from ("Sheet 1!D12") as a problem the clerk can find.
ImportProblem problemAt(const Observation &o, const QString &message)
{
    ImportProblem p;
    p.file = o.sourceRef;
    const qsizetype bang = o.sourceDetail.lastIndexOf(QLatin1Char('!'));
    p.sheet = bang < 0 ? QString() : o.sourceDetail.left(bang);
    const QString cell = o.sourceDetail.mid(bang + 1);
    qsizetype digits = 0;
    while (digits < cell.size() && cell.at(digits).isLetter())
        p.column = p.column * 26 + (cell.at(digits++).toUpper().unicode() - 'A' + 1);
    p.row = cell.mid(digits).toInt();
    p.message = message;
    return p;
}

QJsonObject problemJson(const ImportProblem &p)
{
    return QJsonObject{{QStringLiteral("sheet"), p.sheet},
                       {QStringLiteral("row"), p.row},
                       {QStringLiteral("column"), p.column},
                       {QStringLiteral("cell"), p.cell()},
                       {QStringLiteral("message"), p.message}};
}

// A 422 listing problems of a report; nothing was stored.
ApiServer::Reply invalidReport(const QString &message, const QVector<ImportProblem> &problems,
                               bool truncated)
{
    ApiServer::Reply r = ApiServer::error(422, "invalid_report", message);
    QJsonObject root = QJsonDocument::fromJson(r.body).object();
    QJsonObject e = root.value(QStringLiteral("error")).toObject();
    QJsonArray list;
    for (const ImportProblem &p : problems)
        list.append(problemJson(p));
    e.insert(QStringLiteral("problems"), list);
    e.insert(QStringLiteral("truncated"), truncated);
    root.insert(QStringLiteral("error"), e);
    r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return r;
}

// A page of rows as GET /observations answers it (docs/api.md), also the data of a live
// stream's "readings" event; extra: members put first (the stream's "read_at").
QByteArray pageJson(const ServerStore::Page &page, qint64 remaining, const QByteArray &extra = {})
{
    QByteArray out;
    out.reserve(int(page.rows.size()) * 160 + 256);
    out += "{" + extra + "\"cursor\":\"" + QByteArray::number(page.cursor) + "\",\"more\":"
           + (page.more ? "true" : "false") + ",\"remaining\":" + QByteArray::number(remaining)
           + ",\"columns\":[\"indicator\",\"entity\",\"period\",\"revision\",\"value\",\"plan\","
             "\"fetched_at\",\"source\",\"source_detail\",\"annual_plan\"],\"rows\":[";
    for (int i = 0; i < page.rows.size(); ++i) {
        const Observation &o = page.rows.at(i).observation;
        if (i)
            out += ',';
        out += '[';
        appendJsonString(out, o.indicator);
        out += ',';
        appendJsonString(out, o.entity);
        out += ',';
        appendJsonString(out, o.period);
        out += ',' + QByteArray::number(o.revision) + ',' + number(o.value) + ',';
        out += o.plan ? number(*o.plan) : QByteArray("null");
        out += ",\"";
        appendCityTime(out, o.fetchedAt);
        out += "\",";
        appendJsonString(out, o.sourceRef);
        out += ',';
        if (o.sourceDetail.isEmpty())
            out += "null";
        else
            appendJsonString(out, o.sourceDetail);
        out += ',';
        out += o.annualPlan ? number(*o.annualPlan) : QByteArray("null");
        out += ']';
    }
    out += "]}";
    return out;
}

bool isRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}
} // namespace

ApiServer::ApiServer(const Catalog &catalog, const QByteArray &catalogMetaJson,
                     const EntityRegistry &entities, ServerStore &store, const AccessTokens &tokens,
                     QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_store(store)
    , m_tokens(tokens)
    , m_cameras(std::make_unique<CameraService>(entities, store))
{
    m_parsers.setMaxThreadCount(2);
    m_coders.setMaxThreadCount(1);
    m_writes.setMaxThreadCount(1);
    m_limits.maxBodyBytes = ReportImporter::kMaxFileBytes;
    m_open.name = QStringLiteral("anonymous");
    m_open.role = AccessToken::Role::Admin;
    for (const Indicator &i : catalog.indicators()) {
        if (i.frequency == Frequency::Realtime)
            m_realtime << i.code;
    }
    connect(&m_heartbeat, &QTimer::timeout, this, &ApiServer::heartbeat);
    m_heartbeat.start(kDefaultHeartbeatMs);
    // The catalog and entities do not change while the server runs: build their bodies once.
    QJsonObject meta = QJsonDocument::fromJson(catalogMetaJson).object();
    QJsonArray indicators;
    for (const Indicator &i : catalog.indicators()) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), i.code);
        o.insert(QStringLiteral("group"), QString(i.group));
        o.insert(QStringLiteral("subgroup_code"), i.subgroupCode);
        o.insert(QStringLiteral("subgroup_vi"), i.subgroupVi);
        o.insert(QStringLiteral("subgroup_en"), i.subgroupEn);
        o.insert(QStringLiteral("name_vi"), i.nameVi);
        o.insert(QStringLiteral("name_en"), i.nameEn);
        o.insert(QStringLiteral("unit"), unitKey(i.unit));
        o.insert(QStringLiteral("frequency"), frequencyKey(i.frequency));
        o.insert(QStringLiteral("source"), i.source);
        o.insert(QStringLiteral("source_kind"), sourceKindKey(i.sourceKind));
        o.insert(QStringLiteral("geo_level"), geoLevelKey(i.geoLevel));
        o.insert(QStringLiteral("direction"), directionKey(i.direction));
        o.insert(QStringLiteral("has_plan"),
                 i.hasPlan ? QStringLiteral("yes") : QStringLiteral("no"));
        o.insert(QStringLiteral("warn_rule"), i.warnRule.text());
        o.insert(QStringLiteral("critical_rule"), i.criticalRule.text());
        o.insert(QStringLiteral("notes"), i.notes);
        o.insert(QStringLiteral("aggregation"), aggregationKey(i.aggregation));
        o.insert(QStringLiteral("entity_set"), i.entitySet);
        o.insert(QStringLiteral("source_vi"), i.sourceVi);
        o.insert(QStringLiteral("not_applicable_vi"), i.notApplicableVi);
        o.insert(QStringLiteral("not_applicable_en"), i.notApplicableEn);
        indicators.append(o);
    }
    meta.insert(QStringLiteral("indicators"), indicators);
    m_catalogJson = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    m_catalogEtag = "\"catalog-" + catalog.revision().toUtf8() + '"';

    QJsonArray list;
    for (const Entity &e : entities.all()) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), e.code);
        o.insert(QStringLiteral("kind"), entityKindKey(e.kind));
        if (!e.set.isEmpty())
            o.insert(QStringLiteral("set"), e.set);
        o.insert(QStringLiteral("name_vi"), e.nameVi);
        o.insert(QStringLiteral("name_en"), e.nameEn);
        if (e.areaKm2 > 0)
            o.insert(QStringLiteral("area_km2"), e.areaKm2);
        if (!std::isnan(e.latitude)) {
            o.insert(QStringLiteral("lat"), e.latitude);
            o.insert(QStringLiteral("lon"), e.longitude);
        }
        if (!e.alarmLevels.isEmpty()) {
            QJsonArray levels;
            for (double l : e.alarmLevels)
                levels.append(l);
            o.insert(QStringLiteral("alarm_levels"), levels);
        }
        list.append(o);
    }
    m_entitiesJson
        = QJsonDocument(QJsonObject{{QStringLiteral("revision"), QStringLiteral("2025-07-01")},
                                    {QStringLiteral("entities"), list}})
              .toJson(QJsonDocument::Compact);
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    m_http = std::make_unique<HttpListener>(*this);
    m_http->setLimits(m_limits);
    m_http->setTls(m_tls);
    return m_http->listen(address, port) ? m_http->serverPort() : 0;
}

void ApiServer::setLimits(const HttpListener::Limits &limits)
{
    m_limits = limits;
    if (m_http)
        m_http->setLimits(limits);
}

void ApiServer::setTokens(const AccessTokens &tokens)
{
    m_tokens = tokens;
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.events->close();
    m_cameras->endAll();
}

bool ApiServer::setAuditLog(const QString &path, QString *error)
{
    m_audit.close();
    m_audit.setFileName(path);
    if (!m_audit.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("%1: %2").arg(path, m_audit.errorString());
        return false;
    }
    m_audit.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

ApiServer::Reply ApiServer::error(int status, const QByteArray &code, const QString &message)
{
    Reply r;
    r.status = status;
    const QJsonObject body{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("status"), status},
                                              {QStringLiteral("code"), QString::fromLatin1(code)},
                                              {QStringLiteral("message"), message}}}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiServer::Reply ApiServer::handle(const QByteArray &method, const QUrl &url,
                                   const QByteArray &authorization, const QByteArray &ifNoneMatch,
                                   const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    request.headers = {{"Authorization", authorization}, {"If-None-Match", ifNoneMatch}};
    request.body = body;
    if (std::optional<Reply> refused = admit(request))
        return *refused;
    if (url.path() == QLatin1String("/api/v1/reports")) {
        const AccessToken *token = nullptr;
        authenticate(request, &token);
        QString file;
        reportName(QUrlQuery(url), &file);
        // stored off this thread as over HTTP; the answer waited for here
        std::optional<Reply> stored;
        QEventLoop loop;
        storeReport(parseReport(m_catalog, m_entities, body, file), *token, [&](HttpReply r) {
            stored = std::move(r);
            loop.quit();
        });
        if (!stored)
            loop.exec();
        return *stored;
    }
    if (url.path() == QLatin1String("/api/v1/stream")) {
        const AccessToken *token = nullptr;
        authenticate(request, &token);
        return stream(request, *token);
    }
    if (url.path().endsWith(QLatin1String("/live")) && CameraService::isCameraPath(url.path())) {
        const AccessToken *token = nullptr;
        authenticate(request, &token);
        return m_cameras->live(url.path(), method, *token);
    }
    return answer(request);
}

std::optional<ApiServer::Reply> ApiServer::authenticate(const HttpRequest &request,
                                                        const AccessToken **token) const
{
    *token = nullptr;
    if (m_tokens.isEmpty()) {
        *token = &m_open;
        return std::nullopt;
    }
    switch (
        m_tokens.check(request.header("authorization"), QDateTime::currentDateTimeUtc(), token)) {
    case AccessTokens::Check::Granted:
        return std::nullopt;
    case AccessTokens::Check::Missing:
        return error(401, "unauthorized", QStringLiteral("A valid bearer token is required."));
    case AccessTokens::Check::Unknown:
        return error(401, "unauthorized", QStringLiteral("This server does not know the token."));
    case AccessTokens::Check::Expired:
        break;
    }
    Reply r = error(401, "token_expired",
                    QStringLiteral("The token '%1' expired on %2.")
                        .arg((*token)->name, (*token)->expires.toUTC().toString(Qt::ISODate)));
    r.caller = (*token)->name;
    *token = nullptr;
    return r;
}

std::optional<HttpReply> ApiServer::admit(const HttpRequest &request)
{
    if (request.target.size() > kMaxUrl)
        return error(414, "uri_too_long", QStringLiteral("The request line is longer than 8 KiB."));
    const AccessToken *token = nullptr;
    if (std::optional<Reply> refused = authenticate(request, &token))
        return refused;
    const QString path = request.url.path();
    std::optional<Reply> refused;
    if (path == QLatin1String("/api/v1/reports")) {
        QString file;
        if (request.method != "POST")
            refused
                = error(405, "method_not_allowed", QStringLiteral("Reports are sent with POST."));
        else if (!token->mayReport())
            refused = error(403, "forbidden",
                            QStringLiteral("The token '%1' (%2) may not send reports.")
                                .arg(token->name, token->scope()));
        else
            refused = reportName(QUrlQuery(request.url), &file);
    } else if (!isRead(request.method)) {
        refused = error(405, "method_not_allowed",
                        QStringLiteral("Only GET and HEAD are allowed here."));
    } else if (CameraService::isCameraPath(path)) {
        refused = m_cameras->admit(path);
    } else if (!QStringList{QStringLiteral("/api/v1/catalog"), QStringLiteral("/api/v1/entities"),
                            QStringLiteral("/api/v1/observations"),
                            QStringLiteral("/api/v1/snapshot"), QStringLiteral("/api/v1/stream"),
                            QStringLiteral("/api/v1/submissions")}
                    .contains(path)) {
        refused = error(404, "not_found", QStringLiteral("No such path: %1").arg(path));
    }
    if (refused)
        refused->caller = token->name;
    return refused;
}

void ApiServer::respond(const HttpRequest &request, std::function<void(HttpReply)> done)
{
    const AccessToken *token = nullptr;
    if (std::optional<Reply> refused = authenticate(request, &token)) {
        done(*refused); // the tokens were reloaded in between
        return;
    }
    if (request.url.path() == QLatin1String("/api/v1/stream")) {
        Reply r = stream(request, *token);
        r.caller = token->name;
        done(r);
        return;
    }
    if (request.url.path().endsWith(QLatin1String("/live"))
        && CameraService::isCameraPath(request.url.path())) {
        Reply r = m_cameras->live(request.url.path(), request.method, *token);
        r.caller = token->name;
        done(r);
        return;
    }
    if (request.url.path() != QLatin1String("/api/v1/reports")) {
        Reply r = answer(request);
        r.caller = token->name;
        encode(request, &r);
        done(r);
        return;
    }
    // parsed off the event loop, at most two at once; then stored off it too
    QString file;
    reportName(QUrlQuery(request.url), &file);
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    const AccessToken caller = *token;
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this,
            [this, watcher, caller, done = std::move(done)] {
                watcher->deleteLater();
                storeReport(watcher->result(), caller, done);
            });
    watcher->setFuture(QtConcurrent::run(&m_parsers, &ApiServer::parseReport, std::cref(m_catalog),
                                         std::cref(m_entities), request.body, file));
}

void ApiServer::served(const HttpRequest &request, const HttpReply &reply, qint64 bytesSent,
                       qint64 elapsedMs)
{
    m_bytesSent += std::max<qint64>(0, bytesSent);
    if (!m_audit.isOpen())
        return;
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("peer"), request.peer.toString()},
        {QStringLiteral("token"), reply.caller.isEmpty() ? QStringLiteral("-") : reply.caller},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), QString::fromUtf8(request.target.left(kMaxUrl))},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("bytes"), bytesSent},
        {QStringLiteral("ms"), elapsedMs}};
    if (reply.rowsStored >= 0)
        line.insert(QStringLiteral("rows"), reply.rowsStored);
    m_audit.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_audit.flush();
}

ApiServer::Reply ApiServer::answer(const HttpRequest &request) const
{
    const QString path = request.url.path();
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (CameraService::isCameraPath(path))
        return m_cameras->answer(path, ifNoneMatch);
    if (path == QLatin1String("/api/v1/observations"))
        return observations(QUrlQuery(request.url), ifNoneMatch);
    if (path == QLatin1String("/api/v1/snapshot"))
        return snapshotFile(ifNoneMatch, contentcoding::choose(request.header("accept-encoding")));
    if (path == QLatin1String("/api/v1/submissions")) {
        // a department's token sees what it sent; the IOC's read and admin tokens see all
        const AccessToken *token = nullptr;
        authenticate(request, &token);
        return submissions(QUrlQuery(request.url), ifNoneMatch,
                           token && token->role == AccessToken::Role::Report ? token->name
                                                                             : QString());
    }
    Reply r = path == QLatin1String("/api/v1/catalog") ? catalog() : entities();
    if (!r.etag.isEmpty() && r.etag == ifNoneMatch) {
        r.status = 304;
        r.body.clear();
    }
    return r;
}

ApiServer::Reply ApiServer::catalog() const
{
    Reply r;
    r.body = m_catalogJson;
    r.etag = m_catalogEtag;
    return r;
}

ApiServer::Reply ApiServer::entities() const
{
    Reply r;
    r.body = m_entitiesJson;
    r.etag = "\"entities-2025-07-01\"";
    return r;
}

ApiServer::Reply ApiServer::observations(const QUrlQuery &query,
                                         const QByteArray &ifNoneMatch) const
{
    ServerStore::Query q;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        q.since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || q.since < 0)
            return error(400, "bad_request",
                         QStringLiteral("'since' must be a cursor from an earlier answer."));
    }
    q.limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        q.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > kMaxLimit)
            return error(400, "bad_request",
                         QStringLiteral("'limit' must be between 1 and %1.").arg(kMaxLimit));
    }
    auto codes = [&](const QString &name) {
        const QString v = query.queryItemValue(name);
        return v.isEmpty() ? QStringList() : v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    q.indicators = codes(QStringLiteral("indicator"));
    q.entities = codes(QStringLiteral("entity"));
    if (q.indicators.size() > 100 || q.entities.size() > 200)
        return error(400, "bad_request",
                     QStringLiteral("At most 100 indicators and 200 entities per request."));
    QStringList unknown;
    for (const QString &c : std::as_const(q.indicators)) {
        if (!m_catalog.find(c))
            unknown << c;
    }
    if (!unknown.isEmpty())
        return error(
            404, "not_found",
            QStringLiteral("Unknown indicator: %1").arg(unknown.join(QStringLiteral(", "))));
    for (const char *name : {"from", "to"}) {
        const QString v = query.queryItemValue(QLatin1String(name));
        if (!v.isEmpty() && !Period::fromKey(v))
            return error(400, "bad_request",
                         QStringLiteral("'%1' must be a period key such as 2026-04.")
                             .arg(QLatin1String(name)));
    }
    q.from = query.queryItemValue(QStringLiteral("from"));
    q.to = query.queryItemValue(QStringLiteral("to"));

    const QByteArray filter = QCryptographicHash::hash(query.toString(QUrl::FullyEncoded).toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(12);
    // the page and where the store stood as it was read: one round trip to PostgreSQL
    QString storeError;
    const ServerStore::Page page = m_store.query(q, &storeError);
    if (!storeError.isEmpty()) { // a database that went away or broke: the client tries later
        Reply r = error(503, "store_unavailable",
                        QStringLiteral("The store could not be read (%1).").arg(storeError));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        return r;
    }
    Reply r;
    r.etag = "\"obs-" + QByteArray::number(page.last) + '-' + filter + '"';
    if (r.etag == ifNoneMatch) {
        r.status = 304;
        return r;
    }
    // remaining: rows stored after this page (all indicators: an upper bound under a filter),
    // so a client can show how far a long first sync has come
    r.body = pageJson(page, page.more ? std::max<qint64>(0, page.last - page.cursor) : 0);
    return r;
}

ApiServer::Reply ApiServer::submissions(const QUrlQuery &query, const QByteArray &ifNoneMatch,
                                        const QString &sender) const
{
    QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kSubmissionDays);
    if (query.hasQueryItem(QStringLiteral("since"))) {
        since = QDateTime::fromString(query.queryItemValue(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return error(400, "bad_request",
                         QStringLiteral("'since' must be a time such as 2026-12-01T00:00:00Z."));
    }
    QString storeError;
    const QVector<ServerStore::Submission> list
        = m_store.submissions(since, sender, kMaxSubmissions + 1, &storeError);
    if (!storeError.isEmpty()) {
        Reply r = error(503, "store_unavailable",
                        QStringLiteral("The store could not be read (%1).").arg(storeError));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        return r;
    }
    QJsonArray items;
    for (const ServerStore::Submission &sub : list.mid(0, kMaxSubmissions))
        items.append(
            QJsonObject{{QStringLiteral("id"), QString::number(sub.id)},
                        {QStringLiteral("at"), sub.at.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("token"), sub.token},
                        {QStringLiteral("file"), sub.file},
                        {QStringLiteral("sheets"), QJsonArray::fromStringList(sub.sheets)},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(sub.sources)},
                        {QStringLiteral("stored"), sub.stored},
                        {QStringLiteral("figures"), sub.figures},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(sub.problems)}});
    Reply r;
    r.body
        = QJsonDocument(QJsonObject{{QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("truncated"), list.size() > kMaxSubmissions},
                                    {QStringLiteral("submissions"), items}})
              .toJson(QJsonDocument::Compact);
    r.etag = "\"sub-" + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex().left(16)
             + '"';
    if (r.etag == ifNoneMatch) {
        r.status = 304;
        r.body.clear();
    }
    return r;
}

ApiServer::Reply ApiServer::snapshotFile(const QByteArray &ifNoneMatch,
                                         const QByteArray &coding) const
{
    if (m_snapshot.path.isEmpty())
        return error(
            404, "no_snapshot",
            QStringLiteral(
                "No snapshot has been prepared yet; page through /observations from since=0."));
    Reply r;
    r.etag = "\"snap-" + QByteArray::number(m_snapshot.cursor) + '"';
    r.headers = {{"X-IOC-Cursor", QByteArray::number(m_snapshot.cursor)},
                 {"X-IOC-Rows", QByteArray::number(m_snapshot.rows)}};
    if (r.etag == ifNoneMatch) {
        r.status = 304;
        return r;
    }
    r.contentType = snapshot::kContentType;
    r.headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding")));
    // streamed from its file, or from its copy in the coding the client takes once written;
    // the file is opened now: a later snapshot replacing it does not change what is sent
    const auto coded = m_snapshotCoded.constFind(coding);
    const bool compressed = !coding.isEmpty() && coded != m_snapshotCoded.cend();
    r.bodyFile = std::make_shared<QFile>(compressed ? coded.value() : m_snapshot.path);
    if (!r.bodyFile->open(QIODevice::ReadOnly))
        return error(500, "internal", QStringLiteral("The snapshot could not be read."));
    if (compressed)
        r.headers.append(qMakePair(QByteArray("Content-Encoding"), coding));
    return r;
}

void ApiServer::setSnapshot(const ServerStore::Snapshot &snapshot)
{
    m_snapshot = snapshot;
    m_snapshotCoded.clear();
    const int generation = ++m_snapshotGeneration;
    if (snapshot.path.isEmpty())
        return;
    using Coded = QHash<QByteArray, QString>;
    auto *watcher = new QFutureWatcher<Coded>(this);
    connect(watcher, &QFutureWatcher<Coded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_snapshotGeneration || watcher->result().isEmpty())
            return; // a later snapshot came meanwhile, or the copies could not be written
        m_snapshotCoded = watcher->result();
        emit snapshotCoded();
    });
    const QString path = snapshot.path;
    watcher->setFuture(QtConcurrent::run(&m_coders, [path] {
        Coded coded;
        for (const auto &[coding, suffix] :
             {std::pair{QByteArray("zstd"), ".zst"}, std::pair{QByteArray("gzip"), ".gz"}}) {
            const QString to = path + QLatin1String(suffix);
            if (const QString why = contentcoding::encodeFile(path, to, coding); !why.isEmpty()) {
                qWarning("ioc-dataserver: the snapshot's %s copy was not written (%s); it is "
                         "served uncompressed",
                         coding.constData(), qPrintable(why));
                return Coded();
            }
            coded.insert(coding, to);
        }
        return coded;
    }));
}

void ApiServer::encode(const HttpRequest &request, Reply *reply)
{
    if (reply->status != 200 || reply->body.size() < contentcoding::kMinBytes
        || reply->contentType == "image/jpeg")
        return; // small, already compressed, or a file streamed as it is (snapshotFile chose)
    // caches between the server and a console keep one copy per coding
    reply->headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding")));
    const QByteArray coding = contentcoding::choose(request.header("accept-encoding"));
    if (coding.isEmpty())
        return;
    const QByteArray coded = contentcoding::encode(reply->body, coding);
    if (coded.isEmpty())
        return; // sent as it is
    reply->body = coded;
    reply->headers.append(qMakePair(QByteArray("Content-Encoding"), coding));
}

std::optional<ApiServer::Reply> ApiServer::reportName(const QUrlQuery &query, QString *file)
{
    *file = query.queryItemValue(QStringLiteral("file"), QUrl::FullyDecoded);
    if (file->isEmpty() || file->contains(QLatin1Char('/')) || file->contains(QLatin1Char('\\')))
        return error(400, "bad_request",
                     QStringLiteral("'file' must be the report's file name (.xlsx or .csv)."));
    return std::nullopt;
}

ImportResult ApiServer::parseReport(const Catalog &catalog, const EntityRegistry &entities,
                                    const QByteArray &body, const QString &file)
{
    const ReportImporter importer(catalog, entities);
    return importer.read(body, file, QDateTime::currentDateTimeUtc());
}

std::optional<ApiServer::Reply> ApiServer::checkReport(const ImportResult &result,
                                                       const AccessToken &token,
                                                       ServerStore::Submission *submission) const
{
    submission->at = QDateTime::currentDateTimeUtc();
    submission->token = token.name;
    submission->file = result.file;
    if (token.role == AccessToken::Role::Report) {
        for (const Indicator &indicator : m_catalog.indicators()) {
            if (token.mayCarry(indicator) && !submission->sources.contains(indicator.source))
                submission->sources << indicator.source;
        }
    }
    std::optional<Reply> refusal;
    ImportOutcome outcome;
    outcome.result = result;
    if (!result.ok()) {
        refusal = invalidReport(QStringLiteral("The report has %1 problem(s); nothing was stored.")
                                    .arg(result.problems.size()),
                                result.problems, result.truncated);
    } else {
        // a department reports its own indicators only
        QVector<ImportProblem> outside;
        for (const Observation &o : result.rows) {
            const Indicator *indicator = m_catalog.find(o.indicator);
            if (indicator && !token.mayCarry(*indicator)
                && outside.size() < ReportImporter::kMaxProblems)
                outside << problemAt(
                    o, QStringLiteral("%1 (%2) is not among what the token '%3' may "
                                      "report: %4")
                           .arg(o.indicator, indicator->source, token.name, token.scope()));
        }
        if (!outside.isEmpty()) {
            refusal = invalidReport(
                QStringLiteral("%1 row(s) carry indicators the token '%2' may not report; nothing "
                               "was stored.")
                    .arg(outside.size())
                    .arg(token.name),
                outside, outside.size() >= ReportImporter::kMaxProblems);
            refusal->caller = token.name;
            outcome.result.problems = outside;
        }
    }
    const ImportRecord journal = outcome.record(submission->at);
    submission->sheets = journal.sheets;
    submission->problems = journal.problems;
    submission->figures = refusal ? 0 : int(result.rows.size());
    return refusal;
}

void ApiServer::storeReport(const ImportResult &result, const AccessToken &token,
                            std::function<void(HttpReply)> done)
{
    // every report is journalled, stored or refused, so the readiness view shows who sent what
    ServerStore::Submission submission;
    const std::optional<Reply> refusal = checkReport(result, token, &submission);

    ImportedRows reported = refusal ? ImportedRows() : result.rows;
    reported.setSourceKind(QStringLiteral("report"));
    QString why;
    if (!m_writer) { // a connection of its own: WAL lets the reads go on while it writes
        auto writer = std::make_shared<ServerStore>();
        if (writer->open(m_store.path(), &why))
            m_writer = writer;
        else
            qWarning("ioc-dataserver: no second connection to the store (%s)", qPrintable(why));
    }
    struct Stored
    {
        bool ok = false;
        int added = 0, changed = 0, unchanged = 0;
        qint64 cursor = 0;
        QString error;
    };
    const bool refused = refusal.has_value();
    // the rows (unless refused), then the journal, on the writer's connection
    auto store = [refused, submission](ServerStore &to, const ImportedRows &rows) {
        Stored s;
        if (!refused) {
            s.ok
                = to.appendRevisions(rows.toVector(), &s.added, &s.changed, &s.unchanged, &s.error);
            s.cursor = to.lastSeq();
        }
        if (refused || s.ok) { // a store that failed is the server's problem, not the sender's
            ServerStore::Submission sent = submission;
            sent.stored = s.ok;
            QString why;
            if (!to.recordSubmission(sent, &why))
                qWarning("ioc-dataserver: the report %s could not be journalled (%s)",
                         qPrintable(sent.file), qPrintable(why));
        }
        return s;
    };
    auto reply = [refusal, file = result.file, sheets = result.sheets, hidden = result.hiddenSheets,
                  figures = int(reported.size()), caller = token.name](const Stored &s) {
        if (refusal)
            return *refusal;
        if (!s.ok) { // the store is busy, full or read-only: the client may try again later
            Reply r = error(503, "store_unavailable",
                            QStringLiteral("The report could not be stored (%1); nothing was "
                                           "stored. Send it again later.")
                                .arg(s.error));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
            return r;
        }
        Reply r;
        r.caller = caller;
        r.rowsStored = s.added + s.changed;
        r.body
            = QJsonDocument(
                  QJsonObject{{QStringLiteral("file"), file},
                              {QStringLiteral("sheets"), QJsonArray::fromStringList(sheets)},
                              {QStringLiteral("hidden_sheets"), QJsonArray::fromStringList(hidden)},
                              {QStringLiteral("figures"), figures},
                              {QStringLiteral("added"), s.added},
                              {QStringLiteral("changed"), s.changed},
                              {QStringLiteral("unchanged"), s.unchanged},
                              {QStringLiteral("cursor"), QString::number(s.cursor)}})
                  .toJson(QJsonDocument::Compact);
        return r;
    };
    if (!m_writer) {
        const Stored s = store(m_store, reported);
        done(reply(s));
        if (s.ok && s.added + s.changed > 0)
            publish();
        return;
    }
    auto *watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this,
            [this, watcher, reply, done = std::move(done)] {
                watcher->deleteLater();
                const Stored s = watcher->result();
                done(reply(s));
                if (s.ok && s.added + s.changed > 0)
                    publish();
            });
    watcher->setFuture(QtConcurrent::run(
        &m_writes, [writer = m_writer, reported, store] { return store(*writer, reported); }));
}

ApiServer::Reply ApiServer::stream(const HttpRequest &request, const AccessToken &token)
{
    const QUrlQuery query(request.url);
    Subscriber sub;
    sub.expires = token.expires;
    sub.cursor = m_store.lastSeq(); // from now on, unless the client says where it stands
    if (query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        sub.cursor = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || sub.cursor < 0)
            return error(400, "bad_request",
                         QStringLiteral("'since' must be a cursor from an earlier answer."));
    }
    const QString codes = query.queryItemValue(QStringLiteral("indicator"));
    sub.indicators = codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : std::as_const(sub.indicators)) {
        if (!m_catalog.find(c))
            return error(404, "not_found", QStringLiteral("Unknown indicator: %1").arg(c));
        if (!m_realtime.contains(c))
            return error(400, "bad_request",
                         QStringLiteral("%1 is not a real-time indicator: only those are "
                                        "streamed; sync the others with /observations.")
                             .arg(c));
    }
    if (sub.indicators.isEmpty())
        sub.indicators = m_realtime;
    if (streams() >= kMaxStreams) {
        Reply r = error(503, "busy",
                        QStringLiteral("The server holds as many live streams as it may; poll "
                                       "/observations and try again later."));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        return r;
    }
    // what came since the client's cursor goes first; a client too far behind syncs first
    QString storeError;
    const ServerStore::Page page = unsent(sub, &storeError);
    if (!storeError.isEmpty())
        return error(503, "store_unavailable",
                     QStringLiteral("The store could not be read (%1).").arg(storeError));
    if (page.more)
        return error(409, "too_far_behind",
                     QStringLiteral("More than %1 rows came since that cursor: sync them with "
                                    "/observations, then open the stream again.")
                         .arg(kMaxLimit));
    Reply r;
    r.contentType = "text/event-stream; charset=utf-8";
    r.headers.append(qMakePair(QByteArray("X-Accel-Buffering"), QByteArray("no")));
    r.body = "retry: 5000\nevent: hello\ndata: {\"cursor\":\"" + QByteArray::number(sub.cursor)
             + "\",\"heartbeat_ms\":" + QByteArray::number(m_heartbeat.interval()) + "}\n\n";
    if (!page.rows.isEmpty()) {
        r.body += "id: " + QByteArray::number(page.cursor)
                  + "\nevent: readings\ndata: " + pageJson(page, 0) + "\n\n";
        sub.cursor = page.cursor;
    }
    if (request.method == "HEAD")
        return r;
    sub.events = std::make_shared<HttpEventStream>();
    r.events = sub.events;
    m_subscribers << sub;
    return r;
}

ServerStore::Page ApiServer::unsent(const Subscriber &s, QString *error) const
{
    ServerStore::Query q;
    q.since = s.cursor;
    q.indicators = s.indicators;
    q.limit = kMaxLimit;
    return m_store.query(q, error);
}

int ApiServer::streams() const
{
    return int(std::count_if(m_subscribers.cbegin(), m_subscribers.cend(),
                             [](const Subscriber &s) { return s.events->isOpen(); }));
}

void ApiServer::setHeartbeatMs(int ms)
{
    m_heartbeat.start(ms);
}

void ApiServer::heartbeat()
{
    // ended streams go here, not from their own signal (they are being ended then)
    m_subscribers.removeIf([](const Subscriber &s) { return !s.events->isOpen(); });
    // rows another server stored in a shared database (PostgreSQL) are noticed here
    if (!m_subscribers.isEmpty() && m_store.lastSeq() > m_published)
        publish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.expires.isValid() && s.expires <= now)
            s.events->close(); // its client opens it again with a token that is valid
        else
            s.events->write(": \n\n");
    }
}

void ApiServer::publish(const QDateTime &readAt)
{
    m_subscribers.removeIf([](const Subscriber &s) { return !s.events->isOpen(); });
    if (m_subscribers.isEmpty())
        return;
    m_published = m_store.lastSeq();
    const QByteArray extra
        = readAt.isValid()
              ? "\"read_at\":\"" + readAt.toUTC().toString(Qt::ISODateWithMs).toLatin1() + "\","
              : QByteArray();
    // clients that stand at the same place and ask for the same get the same event: one query
    struct Sent
    {
        qint64 cursor;
        QStringList indicators;
        qint64 next;
        QByteArray event;
    };
    QVector<Sent> sent;
    for (Subscriber &s : m_subscribers) {
        auto same = std::find_if(sent.cbegin(), sent.cend(), [&s](const Sent &e) {
            return e.cursor == s.cursor && e.indicators == s.indicators;
        });
        if (same == sent.cend()) {
            QString storeError;
            const ServerStore::Page page = unsent(s, &storeError);
            Sent e{s.cursor, s.indicators, page.cursor, {}};
            if (!storeError.isEmpty()) {
                qWarning("ioc-dataserver: the live stream could not read the store (%s)",
                         qPrintable(storeError));
            } else if (page.more) {
                // a client this far behind syncs by pages: the stream tells it so and ends
                e.event = "event: behind\ndata: {\"cursor\":\"" + QByteArray::number(s.cursor)
                          + "\"}\n\n";
            } else if (!page.rows.isEmpty()) {
                e.event = "id: " + QByteArray::number(page.cursor)
                          + "\nevent: readings\ndata: " + pageJson(page, 0, extra) + "\n\n";
            }
            sent << e;
            same = sent.cend() - 1;
        }
        if (same->event.isEmpty())
            continue;
        if (s.events->write(same->event))
            s.cursor = same->next;
        if (same->event.startsWith("event: behind"))
            s.events->close();
    }
}

} // namespace ioc
