#include "apiserver.h"

#include "reportimport.h"
#include "snapshotformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

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

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

ApiServer::ApiServer(const Catalog &catalog, const QByteArray &catalogMetaJson,
                     const EntityRegistry &entities, ServerStore &store, const QString &token,
                     QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_store(store)
    , m_token(token.toUtf8())
{
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
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder) {
        QByteArray authorization, ifNoneMatch;
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                authorization = value;
            else if (name.compare("if-none-match", Qt::CaseInsensitive) == 0)
                ifNoneMatch = value;
        }
        const QByteArray method = request.method() == QHttpServerRequest::Method::Get    ? "GET"
                                  : request.method() == QHttpServerRequest::Method::Head ? "HEAD"
                                  : request.method() == QHttpServerRequest::Method::Post ? "POST"
                                                                                         : "OTHER";
        const Reply r = handle(method, request.url(), authorization, ifNoneMatch, request.body());
        responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
        if (r.status != 304) {
            responder.writeHeader("Content-Type", r.contentType);
            responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
        } else {
            responder.writeHeader("Content-Length", "0");
        }
        if (!r.etag.isEmpty())
            responder.writeHeader("ETag", r.etag);
        for (const auto &[name, value] : r.headers)
            responder.writeHeader(name, value);
        responder.writeHeader("Cache-Control", "no-cache");
        // writeBody() also ends the header block: call it even for an empty 304
        responder.writeBody(r.status == 304 ? QByteArray() : r.body);
    });
    return m_http->listen(address, port);
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
    if (url.toEncoded().size() > kMaxUrl)
        return error(414, "uri_too_long", QStringLiteral("The request line is longer than 8 KiB."));
    if (!m_token.isEmpty() && !constantTimeEquals(authorization, "Bearer " + m_token))
        return error(401, "unauthorized", QStringLiteral("A valid bearer token is required."));
    const QString path = url.path();
    if (!path.startsWith(QLatin1String("/api/v1/")))
        return error(404, "not_found", QStringLiteral("No such path: %1").arg(path));
    if (path == QLatin1String("/api/v1/reports")) {
        if (method != "POST")
            return error(405, "method_not_allowed", QStringLiteral("Reports are sent with POST."));
        return postReport(QUrlQuery(url), body);
    }
    if (method != "GET")
        return error(405, "method_not_allowed", QStringLiteral("Only GET is allowed here."));
    Reply r;
    if (path == QLatin1String("/api/v1/catalog"))
        r = catalog();
    else if (path == QLatin1String("/api/v1/entities"))
        r = entities();
    else if (path == QLatin1String("/api/v1/observations"))
        return observations(QUrlQuery(url), ifNoneMatch);
    else if (path == QLatin1String("/api/v1/snapshot"))
        return snapshotFile(ifNoneMatch);
    else
        return error(404, "not_found", QStringLiteral("No such path: %1").arg(path));
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
    const QByteArray etag = "\"obs-" + QByteArray::number(m_store.lastSeq()) + '-' + filter + '"';
    Reply r;
    r.etag = etag;
    if (etag == ifNoneMatch) {
        r.status = 304;
        return r;
    }
    QString storeError;
    const ServerStore::Page page = m_store.query(q, &storeError);
    if (!storeError.isEmpty())
        return error(500, "internal", QStringLiteral("The store could not be read."));
    QByteArray &out = r.body;
    out.reserve(int(page.rows.size()) * 160 + 256);
    // remaining: rows stored after this page (all indicators: an upper bound under a filter),
    // so a client can show how far a long first sync has come
    out += "{\"cursor\":\"" + QByteArray::number(page.cursor)
           + "\",\"more\":" + (page.more ? "true" : "false") + ",\"remaining\":"
           + QByteArray::number(page.more ? std::max<qint64>(0, m_store.lastSeq() - page.cursor)
                                          : 0)
           + ",\"columns\":[\"indicator\",\"entity\",\"period\",\"revision\",\"value\",\"plan\","
             "\"fetched_at\","
             "\"source\",\"source_detail\"],\"rows\":[";
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
        out += ']';
    }
    out += "]}";
    return r;
}

ApiServer::Reply ApiServer::snapshotFile(const QByteArray &ifNoneMatch) const
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
    QFile file(m_snapshot.path);
    if (!file.open(QIODevice::ReadOnly))
        return error(500, "internal", QStringLiteral("The snapshot could not be read."));
    r.body = file.readAll();
    r.contentType = snapshot::kContentType;
    return r;
}

ApiServer::Reply ApiServer::postReport(const QUrlQuery &query, const QByteArray &body)
{
    const QString file = query.queryItemValue(QStringLiteral("file"), QUrl::FullyDecoded);
    if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\')))
        return error(400, "bad_request",
                     QStringLiteral("'file' must be the report's file name (.xlsx or .csv)."));
    if (body.size() > ReportImporter::kMaxFileBytes)
        return error(413, "too_large",
                     QStringLiteral("A report may be at most %1 MB.")
                         .arg(ReportImporter::kMaxFileBytes / (1024 * 1024)));
    const ReportImporter importer(m_catalog, m_entities);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ImportResult result = importer.read(body, file, now);
    if (!result.ok()) {
        Reply r = error(422, "invalid_report",
                        QStringLiteral("The report has %1 problem(s); nothing was stored.")
                            .arg(result.problems.size()));
        QJsonObject root = QJsonDocument::fromJson(r.body).object();
        QJsonObject e = root.value(QStringLiteral("error")).toObject();
        QJsonArray problems;
        for (const ImportProblem &p : result.problems) {
            problems.append(QJsonObject{{QStringLiteral("sheet"), p.sheet},
                                        {QStringLiteral("row"), p.row},
                                        {QStringLiteral("column"), p.column},
                                        {QStringLiteral("cell"), p.cell()},
                                        {QStringLiteral("message"), p.message}});
        }
        e.insert(QStringLiteral("problems"), problems);
        e.insert(QStringLiteral("truncated"), result.truncated);
        root.insert(QStringLiteral("error"), e);
        r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        return r;
    }
    QVector<Observation> rows = result.rows;
    for (Observation &o : rows)
        o.sourceKind = QStringLiteral("report");
    int added = 0, changed = 0, unchanged = 0;
    QString storeError;
    if (!m_store.appendRevisions(rows, &added, &changed, &unchanged, &storeError))
        return error(500, "internal",
                     QStringLiteral("The report could not be stored; nothing was stored."));
    Reply r;
    r.body = QJsonDocument(
                 QJsonObject{{QStringLiteral("file"), file},
                             {QStringLiteral("sheets"), QJsonArray::fromStringList(result.sheets)},
                             {QStringLiteral("figures"), int(rows.size())},
                             {QStringLiteral("added"), added},
                             {QStringLiteral("changed"), changed},
                             {QStringLiteral("unchanged"), unchanged},
                             {QStringLiteral("cursor"), QString::number(m_store.lastSeq())}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

} // namespace ioc
