#include "pgstore.h"

#include "period.h"
#include "snapshotformat.h"

#include <QDateTime>
#include <QFile>
#include <QScopeGuard>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>

namespace ioc {

namespace {
// the one lock every write transaction takes first, on every server sharing the database
constexpr char kWriteLock[] = "SELECT pg_advisory_xact_lock(1229931332)"; // "IOCD"
constexpr int kCopyChunk = 1 << 20;

using Result = std::unique_ptr<PGresult, void (*)(PGresult *)>;

QString lastError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

Result run(PGconn *conn, const QByteArray &sql, const QVector<QByteArray> &params = {})
{
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    return Result(PQexecParams(conn, sql.constData(), int(params.size()), nullptr, values.data(),
                               nullptr, nullptr, 0),
                  PQclear);
}

// A statement that returns nothing; false with the server's message otherwise.
bool command(PGconn *conn, const QByteArray &sql, QString *error,
             const QVector<QByteArray> &params = {})
{
    const Result r = run(conn, sql, params);
    const ExecStatusType status = PQresultStatus(r.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    if (error)
        *error = lastError(conn);
    return false;
}

bool hasRows(const Result &r)
{
    return PQresultStatus(r.get()) == PGRES_TUPLES_OK;
}

QString text(const Result &r, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(r.get(), row, column), PQgetlength(r.get(), row, column));
}

std::optional<double> number(const Result &r, int row, int column)
{
    if (PQgetisnull(r.get(), row, column))
        return std::nullopt;
    return QByteArray(PQgetvalue(r.get(), row, column)).toDouble();
}

// a text[] literal: {"A01.01","31"}
QByteArray array(const QStringList &items)
{
    QByteArray out = "{";
    for (const QString &item : items) {
        if (out.size() > 1)
            out += ',';
        QByteArray utf8 = item.toUtf8();
        utf8.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + utf8 + '"';
    }
    return out + '}';
}

// one field of COPY's text format
void copyField(QByteArray &out, const QString &value, bool null = false)
{
    if (null) {
        out += "\\N";
        return;
    }
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QByteArray copyNumber(const std::optional<double> &v)
{
    return v ? QByteArray::number(*v, 'g', 17) : QByteArray("\\N");
}

void swallowNotice(void *, const char *) {}

PGconn *connect(const QString &url)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    if (conn)
        PQsetNoticeProcessor(conn, swallowNotice, nullptr);
    return conn;
}
// The rows up to cursor `c`, in key order, from PostgreSQL into the snapshot's observations,
// in batches through a cursor (inside the caller's read transaction).
bool copySnapshotRows(PGconn *pg, sqlite3 *db, const QByteArray &c,
                      const QHash<QString, qint64> &sourceIds, qint64 *written, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1,
                       &stmt, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> row(stmt, sqlite3_finalize);
    if (!command(pg,
                 "DECLARE snap NO SCROLL CURSOR FOR SELECT indicator, entity, period, revision, "
                 "value, plan, source, source_detail, fetched_at, annual_plan FROM observations "
                 "WHERE seq <= "
                     + c + " ORDER BY indicator, entity, period, revision",
                 error))
        return false;
    for (;;) {
        const Result batch = run(pg, "FETCH 20000 FROM snap");
        if (!hasRows(batch)) {
            *error = lastError(pg);
            return false;
        }
        const int n = PQntuples(batch.get());
        for (int i = 0; i < n; ++i) {
            for (int col : {0, 1, 2})
                sqlite3_bind_text(row.get(), col + 1, PQgetvalue(batch.get(), i, col),
                                  PQgetlength(batch.get(), i, col), SQLITE_TRANSIENT);
            sqlite3_bind_int(row.get(), 4, text(batch, i, 3).toInt());
            sqlite3_bind_double(row.get(), 5, *number(batch, i, 4));
            for (const auto &[col, at] : {std::pair{5, 6}, std::pair{9, 10}}) {
                if (const auto v = number(batch, i, col))
                    sqlite3_bind_double(row.get(), at, *v);
                else
                    sqlite3_bind_null(row.get(), at);
            }
            sqlite3_bind_int64(row.get(), 7, sourceIds.value(text(batch, i, 6)));
            if (PQgetisnull(batch.get(), i, 7))
                sqlite3_bind_null(row.get(), 8);
            else
                sqlite3_bind_text(row.get(), 8, PQgetvalue(batch.get(), i, 7),
                                  PQgetlength(batch.get(), i, 7), SQLITE_TRANSIENT);
            sqlite3_bind_int64(row.get(), 9, text(batch, i, 8).toLongLong());
            if (sqlite3_step(row.get()) != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(db));
                return false;
            }
            sqlite3_reset(row.get());
        }
        *written += n;
        if (n == 0)
            return true;
    }
}
} // namespace

PgStore::~PgStore()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgStore::isLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

QString PgStore::describe(const QString &location)
{
    return QUrl(location).toString(QUrl::RemovePassword);
}

QString PgStore::createDatabase(const QString &url, const QString &name, QString *error)
{
    PGconn *conn = connect(url);
    const auto close = qScopeGuard([conn] { PQfinish(conn); });
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        *error = conn ? lastError(conn) : QStringLiteral("no memory");
        return {};
    }
    char *quoted
        = PQescapeIdentifier(conn, name.toUtf8().constData(), size_t(name.toUtf8().size()));
    const QByteArray identifier(quoted ? quoted : "");
    PQfreemem(quoted);
    if (identifier.isEmpty()
        || !command(conn, "DROP DATABASE IF EXISTS " + identifier + " WITH (FORCE)", error)
        || !command(conn, "CREATE DATABASE " + identifier, error))
        return {};
    QUrl made(url);
    made.setPath(QLatin1Char('/') + name);
    return made.toString();
}

bool PgStore::open(const QString &url, QString *error)
{
    m_url = url;
    m_conn = connect(url);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        *error = tr("cannot connect to the database %1: %2")
                     .arg(describe(url), m_conn ? lastError(m_conn) : QStringLiteral("no memory"));
        return false;
    }
    const Result readOnly = run(m_conn, "SHOW transaction_read_only");
    if (hasRows(readOnly) && text(readOnly, 0, 0) == QLatin1String("on")) {
        *error = tr("the database %1 is read-only; ioc-dataserver stores reports and readings in "
                    "it, so it needs to write")
                     .arg(describe(url));
        return false;
    }
    QString why;
    const auto fail = [&] {
        command(m_conn, "ROLLBACK", nullptr);
        *error = tr("cannot prepare the database %1: %2").arg(describe(url), why);
        return false;
    };
    // two servers starting at once: one prepares the schema, the other finds it ready
    if (!command(m_conn, "BEGIN", &why) || !command(m_conn, kWriteLock, &why)
        || !command(m_conn,
                    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    &why))
        return fail();
    const Result version = run(m_conn, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!hasRows(version)) {
        why = lastError(m_conn);
        return fail();
    }
    const int found = PQntuples(version.get()) ? text(version, 0, 0).toInt() : 0;
    if (found > kSchemaVersion) {
        command(m_conn, "ROLLBACK", nullptr);
        *error = tr("the database %1 was written by a newer ioc-dataserver (schema %2, this one "
                    "knows up to %3); it was left untouched")
                     .arg(describe(url))
                     .arg(found)
                     .arg(kSchemaVersion);
        return false;
    }
    if (found == 0
        && !command(m_conn, R"(CREATE TABLE observations (
                seq           BIGSERIAL PRIMARY KEY,
                indicator     TEXT NOT NULL,
                entity        TEXT NOT NULL,
                period        TEXT NOT NULL,
                revision      INTEGER NOT NULL,
                value         DOUBLE PRECISION NOT NULL,
                plan          DOUBLE PRECISION,
                fetched_at    BIGINT NOT NULL,
                source        TEXT NOT NULL,
                source_detail TEXT,
                annual_plan   DOUBLE PRECISION,
                UNIQUE (indicator, entity, period, revision)))",
                    &why))
        return fail();
    if (found < 3
        && (!command(m_conn, R"(CREATE TABLE IF NOT EXISTS submissions (
                id       BIGSERIAL PRIMARY KEY,
                at       BIGINT NOT NULL,
                token    TEXT NOT NULL,
                file     TEXT NOT NULL,
                sheets   TEXT NOT NULL,
                sources  TEXT NOT NULL,
                stored   BOOLEAN NOT NULL,
                figures  INTEGER NOT NULL,
                problems TEXT NOT NULL))",
                     &why)
            || !command(m_conn, "CREATE INDEX IF NOT EXISTS submissions_at ON submissions (at)",
                        &why)
            || !command(m_conn,
                        "INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT "
                        "(key) DO UPDATE SET value = excluded.value",
                        &why, {QByteArray::number(kSchemaVersion)})))
        return fail();
    if (!command(m_conn, "COMMIT", &why))
        return fail();
    return connected(error);
}

bool PgStore::connected(QString *error) const
{
    if (PQstatus(m_conn) != CONNECTION_OK) {
        PQreset(m_conn); // the server restarted, or the network failed: once more
        if (PQstatus(m_conn) != CONNECTION_OK) {
            if (error)
                *error = tr("the database %1 cannot be reached: %2")
                             .arg(describe(m_url), lastError(m_conn));
            return false;
        }
    }
    return true;
}

bool PgStore::load(const QVector<Observation> &rows, QString *error)
{
    // the rows of one write go through this table of the session, made by its first write
    // (here, not on every request: a reader's round trip is one statement, not two)
    if (!command(m_conn,
                 "CREATE TEMP TABLE IF NOT EXISTS incoming (ord INTEGER, indicator TEXT, "
                 "entity TEXT, period TEXT, revision INTEGER, value DOUBLE PRECISION, plan "
                 "DOUBLE PRECISION, fetched_at BIGINT, source TEXT, source_detail TEXT, "
                 "annual_plan DOUBLE PRECISION) ON COMMIT DELETE ROWS",
                 error)
        || !command(m_conn, "TRUNCATE incoming", error))
        return false;
    if (const Result copy(PQexec(m_conn, "COPY incoming FROM STDIN"), PQclear);
        PQresultStatus(copy.get()) != PGRES_COPY_IN) {
        *error = lastError(m_conn);
        return false;
    }
    QByteArray chunk;
    chunk.reserve(kCopyChunk + 4096);
    bool ok = true;
    for (int i = 0; i < rows.size() && ok; ++i) {
        const Observation &o = rows.at(i);
        chunk += QByteArray::number(i) + '\t';
        copyField(chunk, o.indicator);
        chunk += '\t';
        copyField(chunk, o.entity);
        chunk += '\t';
        copyField(chunk, o.period);
        chunk += '\t' + QByteArray::number(o.revision) + '\t' + QByteArray::number(o.value, 'g', 17)
                 + '\t' + copyNumber(o.plan) + '\t'
                 + QByteArray::number(o.fetchedAt.toSecsSinceEpoch()) + '\t';
        copyField(chunk, o.sourceRef);
        chunk += '\t';
        copyField(chunk, o.sourceDetail, o.sourceDetail.isEmpty());
        chunk += '\t' + copyNumber(o.annualPlan) + '\n';
        if (chunk.size() >= kCopyChunk || i + 1 == rows.size()) {
            ok = PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) == 1;
            chunk.clear();
        }
    }
    if (PQputCopyEnd(m_conn, ok ? nullptr : "the rows could not be sent") != 1)
        ok = false;
    for (PGresult *r = PQgetResult(m_conn); r; r = PQgetResult(m_conn)) {
        ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    if (!ok)
        *error = lastError(m_conn);
    return ok;
}

bool PgStore::copyRows(const QVector<Observation> &rows, QString *error)
{
    return load(rows, error)
           && command(
               m_conn,
               "INSERT INTO observations (indicator, entity, period, revision, value, plan, "
               "fetched_at, source, source_detail, annual_plan) SELECT indicator, entity, "
               "period, revision, value, plan, fetched_at, source, source_detail, annual_plan "
               "FROM incoming ORDER BY ord ON CONFLICT (indicator, entity, period, revision) "
               "DO NOTHING",
               error);
}

bool PgStore::insert(const QVector<Observation> &rows, QString *error)
{
    if (!connected(error))
        return false;
    if (!command(m_conn, "BEGIN", error) || !command(m_conn, kWriteLock, error)
        || !copyRows(rows, error)) {
        command(m_conn, "ROLLBACK", nullptr);
        return false;
    }
    return command(m_conn, "COMMIT", error);
}

bool PgStore::appendRevisions(const QVector<Observation> &rows, int *added, int *changed,
                              int *unchanged, QString *error)
{
    *added = *changed = *unchanged = 0;
    if (!connected(error))
        return false;
    auto fail = [&] {
        command(m_conn, "ROLLBACK", nullptr);
        *added = *changed = *unchanged = 0;
        return false;
    };
    if (!command(m_conn, "BEGIN", error) || !command(m_conn, kWriteLock, error)
        || !load(rows, error))
        return fail();
    // each row's newest stored revision, in the rows' order
    const Result newest = run(
        m_conn, "SELECT n.revision, n.value, n.plan, n.annual_plan FROM incoming i LEFT JOIN "
                "LATERAL (SELECT o.revision, o.value, o.plan, o.annual_plan FROM observations o "
                "WHERE o.indicator = i.indicator AND o.entity = i.entity AND o.period = i.period "
                "ORDER BY o.revision DESC LIMIT 1) n ON true ORDER BY i.ord");
    if (!hasRows(newest) || PQntuples(newest.get()) != rows.size()) {
        *error = lastError(m_conn);
        return fail();
    }
    QVector<Observation> fresh;
    for (int i = 0; i < rows.size(); ++i) {
        Observation o = rows.at(i);
        o.revision = 1;
        if (!PQgetisnull(newest.get(), i, 0)) {
            const bool same = number(newest, i, 2) == o.plan && number(newest, i, 3) == o.annualPlan
                              && number(newest, i, 1) == o.value;
            o.revision = text(newest, i, 0).toInt() + 1;
            ++*(same ? unchanged : changed);
            if (!same)
                fresh << o;
        } else {
            ++*added;
            fresh << o;
        }
    }
    if (!copyRows(fresh, error))
        return fail();
    if (!command(m_conn, "COMMIT", error))
        return fail();
    return true;
}

ServerStore::Page PgStore::query(const ServerStore::Query &q, QString *error) const
{
    ServerStore::Page page;
    page.cursor = q.since;
    if (!connected(error))
        return page;
    // one round trip: where the store stands (the ETag, "more", "remaining") and the rows after
    // the cursor, both as of one moment (one statement); a row of NULLs when there are none
    QByteArray rows = "SELECT seq, indicator, entity, period, revision, value, plan, fetched_at, "
                      "source, source_detail, annual_plan FROM observations WHERE seq > $1";
    QVector<QByteArray> params{QByteArray()};
    if (!q.indicators.isEmpty()) {
        params << array(q.indicators);
        rows += " AND indicator = ANY($" + QByteArray::number(params.size()) + "::text[])";
    }
    if (!q.entities.isEmpty()) {
        params << array(q.entities);
        rows += " AND entity = ANY($" + QByteArray::number(params.size()) + "::text[])";
    }
    params << QByteArray();
    rows += " ORDER BY seq LIMIT $" + QByteArray::number(params.size());
    const QByteArray sql = "SELECT l.last, o.* FROM (SELECT coalesce(max(seq), 0) AS last FROM "
                           "observations) l LEFT JOIN LATERAL ("
                           + rows + ") o ON true ORDER BY o.seq";
    const ServerStore::PeriodWindow window(q);
    qint64 since = q.since;
    const int chunk = std::max(q.limit, 1000);
    bool first = true;
    while (page.rows.size() < q.limit) {
        params.first() = QByteArray::number(since);
        params.last() = QByteArray::number(chunk);
        const Result r = run(m_conn, sql, params);
        if (!hasRows(r)) {
            *error = lastError(m_conn);
            return page;
        }
        int read = PQntuples(r.get());
        if (first && read > 0)
            page.last = text(r, 0, 0).toLongLong();
        first = false;
        if (read == 1 && PQgetisnull(r.get(), 0, 1))
            read = 0; // nothing after the cursor
        for (int i = 0; i < read && page.rows.size() < q.limit; ++i) {
            since = QByteArray(PQgetvalue(r.get(), i, 1)).toLongLong();
            ServerStore::StoredRow row;
            row.seq = since;
            Observation &o = row.observation;
            o.period = text(r, i, 4);
            page.cursor = since;
            if (window.active() && !window.admits(o.period))
                continue;
            o.indicator = text(r, i, 2);
            o.entity = text(r, i, 3);
            o.revision = text(r, i, 5).toInt();
            o.value = *number(r, i, 6);
            o.plan = number(r, i, 7);
            o.fetchedAt = QDateTime::fromSecsSinceEpoch(text(r, i, 8).toLongLong(),
                                                        Qt::OffsetFromUTC, kCityUtcOffsetSeconds);
            o.sourceRef = text(r, i, 9);
            o.sourceDetail = text(r, i, 10);
            o.annualPlan = number(r, i, 11);
            page.rows << row;
        }
        if (read < chunk)
            break; // exhausted
    }
    // a page that is not full ends the rows; a full one has more when the store goes further
    page.more = page.rows.size() >= q.limit && page.cursor < page.last;
    return page;
}

qint64 PgStore::lastSeq() const
{
    if (!connected(nullptr))
        return 0;
    const Result r = run(m_conn, "SELECT coalesce(max(seq), 0) FROM observations");
    return hasRows(r) ? text(r, 0, 0).toLongLong() : 0;
}

std::optional<Observation> PgStore::latest(const QString &indicator, const QString &entity) const
{
    if (!connected(nullptr))
        return std::nullopt;
    const Result r = run(m_conn,
                         "SELECT period, value, fetched_at FROM observations WHERE indicator = $1 "
                         "AND entity = $2 ORDER BY period DESC, revision DESC LIMIT 1",
                         {indicator.toUtf8(), entity.toUtf8()});
    if (!hasRows(r) || PQntuples(r.get()) == 0)
        return std::nullopt;
    Observation o;
    o.indicator = indicator;
    o.entity = entity;
    o.period = text(r, 0, 0);
    o.value = text(r, 0, 1).toDouble();
    o.fetchedAt = QDateTime::fromSecsSinceEpoch(text(r, 0, 2).toLongLong(), Qt::OffsetFromUTC,
                                                kCityUtcOffsetSeconds);
    return o;
}

int PgStore::latestRevision(const QString &indicator, const QString &entity,
                            const QString &period) const
{
    if (!connected(nullptr))
        return 0;
    const Result r = run(m_conn,
                         "SELECT coalesce(max(revision), 0) FROM observations WHERE indicator = "
                         "$1 AND entity = $2 AND period = $3",
                         {indicator.toUtf8(), entity.toUtf8(), period.toUtf8()});
    return hasRows(r) ? text(r, 0, 0).toInt() : 0;
}

QString PgStore::meta(const QString &key) const
{
    if (!connected(nullptr))
        return {};
    const Result r = run(m_conn, "SELECT value FROM meta WHERE key = $1", {key.toUtf8()});
    return hasRows(r) && PQntuples(r.get()) ? text(r, 0, 0) : QString();
}

bool PgStore::setMeta(const QString &key, const QString &value, QString *error)
{
    return connected(error)
           && command(m_conn,
                      "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE "
                      "SET value = excluded.value",
                      error, {key.toUtf8(), value.toUtf8()});
}

bool PgStore::recordSubmission(const ServerStore::Submission &submission, QString *error)
{
    using Submission = ServerStore::Submission;
    return connected(error)
           && command(m_conn,
                      "INSERT INTO submissions (at, token, file, sheets, sources, stored, figures, "
                      "problems) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                      error,
                      {QByteArray::number(submission.at.toSecsSinceEpoch()),
                       submission.token.toUtf8(), submission.file.toUtf8(),
                       Submission::encodeList(submission.sheets),
                       Submission::encodeList(submission.sources),
                       submission.stored ? QByteArray("true") : QByteArray("false"),
                       QByteArray::number(submission.figures),
                       Submission::encodeList(submission.problems)})
           && command(
               m_conn, "DELETE FROM submissions WHERE at < $1", error,
               {QByteArray::number(
                   submission.at.addDays(-ServerStore::kKeepSubmissionDays).toSecsSinceEpoch())});
}

QVector<ServerStore::Submission> PgStore::submissions(const QDateTime &since, const QString &sender,
                                                      int limit, QString *error) const
{
    using Submission = ServerStore::Submission;
    QVector<Submission> out;
    if (!connected(error))
        return out;
    const Result r = run(m_conn,
                         "SELECT id, at, token, file, sheets, sources, stored, figures, problems "
                         "FROM submissions WHERE at >= $1 AND ($2 = '' OR token = $2) ORDER BY "
                         "id DESC LIMIT $3",
                         {QByteArray::number(since.toSecsSinceEpoch()),
                          sender.isEmpty() ? QByteArray("") : sender.toUtf8(), // not NULL
                          QByteArray::number(limit)});
    if (!hasRows(r)) {
        if (error)
            *error = lastError(m_conn);
        return out;
    }
    for (int i = 0; i < PQntuples(r.get()); ++i) {
        Submission sub;
        sub.id = text(r, i, 0).toLongLong();
        sub.at = QDateTime::fromSecsSinceEpoch(text(r, i, 1).toLongLong(), Qt::UTC);
        sub.token = text(r, i, 2);
        sub.file = text(r, i, 3);
        sub.sheets = Submission::decodeList(text(r, i, 4).toUtf8());
        sub.sources = Submission::decodeList(text(r, i, 5).toUtf8());
        sub.stored = text(r, i, 6) == QLatin1String("t");
        sub.figures = text(r, i, 7).toInt();
        sub.problems = Submission::decodeList(text(r, i, 8).toUtf8());
        out << sub;
    }
    return out;
}

bool PgStore::writeSnapshot(const QString &path, ServerStore::Snapshot *snapshot,
                            QString *error) const
{
    // a connection of its own: the snapshot is written beside the server's other work
    PGconn *pg = connect(m_url);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *db = nullptr;
    bool done = false;
    const auto cleanUp = qScopeGuard([&] {
        PQfinish(pg);
        sqlite3_close(db);
        if (!done)
            QFile::remove(partial);
    });
    auto fail = [&](const QString &why) {
        *error = tr("cannot write the snapshot %1: %2").arg(path, why);
        return false;
    };
    if (!pg || PQstatus(pg) != CONNECTION_OK)
        return fail(pg ? lastError(pg) : QStringLiteral("no memory"));
    if (sqlite3_open_v2(partial.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    auto lite = [&](const QByteArray &sql) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        fail(QString::fromUtf8(message ? message : sqlite3_errmsg(db)));
        sqlite3_free(message);
        return false;
    };
    if (!lite(QByteArray("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;")
              + snapshot::kSnapshotTable + snapshot::kObservationTables
              + snapshot::kAnnualPlanColumn))
        return false;
    QString why;
    // one snapshot of the database: the cursor and the rows are of the same moment
    if (!command(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &why))
        return fail(why);
    const Result max = run(pg, "SELECT coalesce(max(seq), 0) FROM observations");
    if (!hasRows(max))
        return fail(lastError(pg));
    const QByteArray c = QByteArray(PQgetvalue(max.get(), 0, 0));
    const qint64 cursor = c.toLongLong();
    const Result sources
        = run(pg, "SELECT DISTINCT source FROM observations WHERE seq <= $1 ORDER BY source", {c});
    if (!hasRows(sources))
        return fail(lastError(pg));
    QHash<QString, qint64> sourceIds;
    {
        using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
        auto prepare = [&](const char *sql) {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
            return Statement(s, sqlite3_finalize);
        };
        Statement source = prepare("INSERT INTO sources (kind, reference) VALUES (?, ?)");
        for (int i = 0; i < PQntuples(sources.get()); ++i) {
            const QByteArray name(PQgetvalue(sources.get(), i, 0));
            sqlite3_bind_text(source.get(), 1, snapshot::kSourceKind, -1, SQLITE_STATIC);
            sqlite3_bind_text(source.get(), 2, name.constData(), int(name.size()),
                              SQLITE_TRANSIENT);
            if (sqlite3_step(source.get()) != SQLITE_DONE)
                return fail(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_reset(source.get());
            sourceIds.insert(QString::fromUtf8(name), sqlite3_last_insert_rowid(db));
        }
        qint64 written = 0;
        if (!copySnapshotRows(pg, db, c, sourceIds, &written, &why))
            return fail(why);
        command(pg, "COMMIT", nullptr);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!lite("INSERT INTO snapshot (key, value) VALUES ('format', '"
                  + QByteArray(snapshot::kFormat) + "'), ('cursor', '" + c + "'), ('rows', '"
                  + QByteArray::number(written) + "'), ('created_at', '"
                  + now.toString(Qt::ISODate).toLatin1() + "'); COMMIT;"))
            return false;
        snapshot->rows = written;
        snapshot->createdAt = now;
    }
    sqlite3_close(db);
    db = nullptr;
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return fail(tr("the finished file could not be renamed"));
    done = true;
    snapshot->path = path;
    snapshot->cursor = cursor;
    return true;
}

} // namespace ioc
