#include "serverstore.h"

#include "cache.h"
#include "pgstore.h"
#include "snapshotformat.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <sqlite3.h>

#include <memory>

namespace ioc {

namespace {
using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

Statement prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr);
    return Statement(stmt, sqlite3_finalize);
}

void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString columnText(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, i)) : QString();
}
} // namespace

ServerStore::ServerStore() = default;

ServerStore::~ServerStore()
{
    if (m_db)
        sqlite3_close(m_db);
}

bool ServerStore::exec(const char *sql, QString *error) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool ServerStore::open(const QString &location, QString *error)
{
    if (PgStore::isLocation(location)) {
        m_pg = std::make_unique<PgStore>();
        if (m_pg->open(location, error))
            return true;
        m_pg.reset();
        return false;
    }
    const QString &path = location;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = tr("cannot open the server store %1: %2")
                     .arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    int version = -1;
    {
        Statement s = prepare(m_db, "PRAGMA user_version");
        if (!s || sqlite3_step(s.get()) != SQLITE_ROW) {
            *error
                = tr("the server store %1 is damaged or is not a database; it was left untouched")
                      .arg(path);
            return false;
        }
        version = sqlite3_column_int(s.get(), 0);
    }
    if (version > 3) {
        *error
            = tr("the server store %1 was written by a newer ioc-dataserver; it was left untouched")
                  .arg(path);
        return false;
    }
    if (!exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", error))
        return false;
    if (version == 0) {
        const char *schema = R"(BEGIN;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE observations (
                seq           INTEGER PRIMARY KEY,
                indicator     TEXT NOT NULL,
                entity        TEXT NOT NULL,
                period        TEXT NOT NULL,
                revision      INTEGER NOT NULL,
                value         REAL NOT NULL,
                plan          REAL,
                fetched_at    INTEGER NOT NULL,
                source        TEXT NOT NULL,
                source_detail TEXT,
                UNIQUE (indicator, entity, period, revision));
            PRAGMA user_version = 1;
            COMMIT;)";
        if (!exec(schema, error)) {
            exec("ROLLBACK", nullptr);
            return false;
        }
        version = 1;
    }
    if (version == 1) { // 2: the annual plan of a row
        const QByteArray upgrade = QByteArray("BEGIN IMMEDIATE;") + snapshot::kAnnualPlanColumn
                                   + "PRAGMA user_version = 2; COMMIT;";
        if (!exec(upgrade.constData(), error)) {
            exec("ROLLBACK", nullptr);
            return false;
        }
        version = 2;
    }
    if (version == 2) { // 3: the reports sent, stored or refused
        const char *upgrade = R"(BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS submissions (
                id       INTEGER PRIMARY KEY,
                at       INTEGER NOT NULL,
                token    TEXT NOT NULL,
                file     TEXT NOT NULL,
                sheets   TEXT NOT NULL,
                sources  TEXT NOT NULL,
                stored   INTEGER NOT NULL,
                figures  INTEGER NOT NULL,
                problems TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS submissions_at ON submissions (at);
            PRAGMA user_version = 3;
            COMMIT;)";
        if (!exec(upgrade, error)) {
            exec("ROLLBACK", nullptr);
            return false;
        }
    }
    return true;
}

QString ServerStore::path() const
{
    if (m_pg)
        return m_pg->location();
    const char *file = m_db ? sqlite3_db_filename(m_db, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

bool ServerStore::insert(const QVector<Observation> &rows, QString *error)
{
    if (m_pg)
        return m_pg->insert(rows, error);
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    if (!insertRows(rows, error)) {
        exec("ROLLBACK", nullptr);
        return false;
    }
    return exec("COMMIT", error);
}

bool ServerStore::insertRows(const QVector<Observation> &rows, QString *error)
{
    Statement s = prepare(
        m_db, "INSERT INTO observations (indicator, entity, period, revision, value, plan, "
              "fetched_at, source, source_detail, annual_plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?) "
              "ON CONFLICT (indicator, entity, period, revision) DO NOTHING");
    for (const Observation &o : rows) {
        bindText(s.get(), 1, o.indicator);
        bindText(s.get(), 2, o.entity);
        bindText(s.get(), 3, o.period);
        sqlite3_bind_int(s.get(), 4, o.revision);
        sqlite3_bind_double(s.get(), 5, o.value);
        if (o.plan)
            sqlite3_bind_double(s.get(), 6, *o.plan);
        else
            sqlite3_bind_null(s.get(), 6);
        sqlite3_bind_int64(s.get(), 7, o.fetchedAt.toSecsSinceEpoch());
        bindText(s.get(), 8, o.sourceRef);
        if (o.sourceDetail.isEmpty())
            sqlite3_bind_null(s.get(), 9);
        else
            bindText(s.get(), 9, o.sourceDetail);
        if (o.annualPlan)
            sqlite3_bind_double(s.get(), 10, *o.annualPlan);
        else
            sqlite3_bind_null(s.get(), 10);
        if (sqlite3_step(s.get()) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_reset(s.get());
    }
    return true;
}

bool ServerStore::appendRevisions(const QVector<Observation> &rows, int *added, int *changed,
                                  int *unchanged, QString *error)
{
    if (m_pg)
        return m_pg->appendRevisions(rows, added, changed, unchanged, error);
    *added = *changed = *unchanged = 0;
    QVector<Observation> fresh;
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    Statement newest
        = prepare(m_db, "SELECT revision, value, plan, annual_plan FROM observations WHERE "
                        "indicator = ? AND entity = ? AND period = ? ORDER BY revision DESC "
                        "LIMIT 1");
    for (Observation o : rows) {
        bindText(newest.get(), 1, o.indicator);
        bindText(newest.get(), 2, o.entity);
        bindText(newest.get(), 3, o.period);
        o.revision = 1;
        if (sqlite3_step(newest.get()) == SQLITE_ROW) {
            const bool same = Cache::sameNumber(newest.get(), 2, o.plan)
                              && Cache::sameNumber(newest.get(), 3, o.annualPlan)
                              && sqlite3_column_double(newest.get(), 1) == o.value;
            o.revision = sqlite3_column_int(newest.get(), 0) + 1;
            ++*(same ? unchanged : changed);
            if (!same)
                fresh << o;
        } else {
            ++*added;
            fresh << o;
        }
        sqlite3_reset(newest.get());
    }
    if (!insertRows(fresh, error)) {
        exec("ROLLBACK", nullptr);
        *added = *changed = *unchanged = 0;
        return false;
    }
    return exec("COMMIT", error);
}

ServerStore::PeriodWindow::PeriodWindow(const Query &q)
{
    const auto fromPeriod = Period::fromKey(q.from);
    const auto toPeriod = Period::fromKey(q.to);
    m_from = fromPeriod ? fromPeriod->firstDay() : QDate(1900, 1, 1);
    m_to = toPeriod ? toPeriod->lastDay() : QDate(2999, 12, 31);
    m_active = fromPeriod || toPeriod;
}

bool ServerStore::PeriodWindow::admits(const QString &period) const
{
    const auto p = Period::fromKey(period);
    return p && p->overlaps(m_from, m_to);
}

ServerStore::Page ServerStore::query(const Query &q, QString *error) const
{
    if (m_pg)
        return m_pg->query(q, error);
    Page page;
    page.cursor = q.since;
    // where the store stands before the rows are read: a row stored meanwhile makes it older
    // than the page, never newer (an ETag made of it never hides a row)
    page.last = lastSeq();
    QByteArray sql
        = "SELECT seq, indicator, entity, period, revision, value, plan, fetched_at, source, "
          "source_detail, annual_plan FROM observations WHERE seq > ?";
    auto inList = [](const char *column, int n) {
        QByteArray clause = QByteArray(" AND ") + column + " IN (";
        for (int i = 0; i < n; ++i)
            clause += i ? ",?" : "?";
        return clause + ")";
    };
    if (!q.indicators.isEmpty())
        sql += inList("indicator", int(q.indicators.size()));
    if (!q.entities.isEmpty())
        sql += inList("entity", int(q.entities.size()));
    sql += " ORDER BY seq LIMIT ?";
    Statement s = prepare(m_db, sql);
    if (!s) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return page;
    }
    const PeriodWindow window(q);
    // read in chunks until the page is full or the store is exhausted
    qint64 since = q.since;
    const int chunk = std::max(q.limit, 1000);
    while (page.rows.size() < q.limit) {
        int i = 1;
        sqlite3_bind_int64(s.get(), i++, since);
        for (const QString &c : q.indicators)
            bindText(s.get(), i++, c);
        for (const QString &c : q.entities)
            bindText(s.get(), i++, c);
        sqlite3_bind_int(s.get(), i, chunk);
        int read = 0;
        while (sqlite3_step(s.get()) == SQLITE_ROW) {
            ++read;
            since = sqlite3_column_int64(s.get(), 0);
            StoredRow r;
            r.seq = since;
            Observation &o = r.observation;
            o.period = columnText(s.get(), 3);
            if (window.active() && !window.admits(o.period)) {
                page.cursor = since;
                continue;
            }
            o.indicator = columnText(s.get(), 1);
            o.entity = columnText(s.get(), 2);
            o.revision = sqlite3_column_int(s.get(), 4);
            o.value = sqlite3_column_double(s.get(), 5);
            if (sqlite3_column_type(s.get(), 6) != SQLITE_NULL)
                o.plan = sqlite3_column_double(s.get(), 6);
            o.fetchedAt = QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(s.get(), 7),
                                                        Qt::OffsetFromUTC, kCityUtcOffsetSeconds);
            o.sourceRef = columnText(s.get(), 8);
            o.sourceDetail = columnText(s.get(), 9);
            if (sqlite3_column_type(s.get(), 10) != SQLITE_NULL)
                o.annualPlan = sqlite3_column_double(s.get(), 10);
            page.rows << r;
            page.cursor = since;
            if (page.rows.size() >= q.limit)
                break;
        }
        sqlite3_reset(s.get());
        if (read < chunk && page.rows.size() < q.limit)
            break; // exhausted
    }
    // a full page has more after it when the store goes further (rows stored while it was read
    // take it past `last`: then asked again)
    page.more = page.rows.size() >= q.limit
                && page.cursor < (page.cursor < page.last ? page.last : lastSeq());
    return page;
}

qint64 ServerStore::lastSeq() const
{
    if (m_pg)
        return m_pg->lastSeq();
    Statement s = prepare(m_db, "SELECT coalesce(max(seq), 0) FROM observations");
    return s && sqlite3_step(s.get()) == SQLITE_ROW ? sqlite3_column_int64(s.get(), 0) : 0;
}

int ServerStore::latestRevision(const QString &indicator, const QString &entity,
                                const QString &period) const
{
    if (m_pg)
        return m_pg->latestRevision(indicator, entity, period);
    Statement s = prepare(m_db, "SELECT coalesce(max(revision), 0) FROM observations WHERE "
                                "indicator = ? AND entity = ? AND period = ?");
    bindText(s.get(), 1, indicator);
    bindText(s.get(), 2, entity);
    bindText(s.get(), 3, period);
    return sqlite3_step(s.get()) == SQLITE_ROW ? sqlite3_column_int(s.get(), 0) : 0;
}

std::optional<Observation> ServerStore::latest(const QString &indicator,
                                               const QString &entity) const
{
    if (m_pg)
        return m_pg->latest(indicator, entity);
    Statement s = prepare(m_db, "SELECT period, value, fetched_at FROM observations WHERE "
                                "indicator = ? AND entity = ? ORDER BY period DESC, revision DESC "
                                "LIMIT 1");
    bindText(s.get(), 1, indicator);
    bindText(s.get(), 2, entity);
    if (sqlite3_step(s.get()) != SQLITE_ROW)
        return std::nullopt;
    Observation o;
    o.indicator = indicator;
    o.entity = entity;
    o.period = columnText(s.get(), 0);
    o.value = sqlite3_column_double(s.get(), 1);
    o.fetchedAt = QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(s.get(), 2), Qt::OffsetFromUTC,
                                                kCityUtcOffsetSeconds);
    return o;
}

QString ServerStore::meta(const QString &key) const
{
    if (m_pg)
        return m_pg->meta(key);
    Statement s = prepare(m_db, "SELECT value FROM meta WHERE key = ?");
    bindText(s.get(), 1, key);
    return sqlite3_step(s.get()) == SQLITE_ROW ? columnText(s.get(), 0) : QString();
}

bool ServerStore::setMeta(const QString &key, const QString &value, QString *error)
{
    if (m_pg)
        return m_pg->setMeta(key, value, error);
    Statement s = prepare(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    bindText(s.get(), 1, key);
    bindText(s.get(), 2, value);
    if (sqlite3_step(s.get()) != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

QByteArray ServerStore::Submission::encodeList(const QStringList &items)
{
    return QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact);
}

QStringList ServerStore::Submission::decodeList(const QByteArray &json)
{
    QStringList items;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &v : array)
        items << v.toString();
    return items;
}

bool ServerStore::recordSubmission(const Submission &submission, QString *error)
{
    if (m_pg)
        return m_pg->recordSubmission(submission, error);
    Statement s = prepare(m_db, "INSERT INTO submissions (at, token, file, sheets, sources, "
                                "stored, figures, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_bind_int64(s.get(), 1, submission.at.toSecsSinceEpoch());
    bindText(s.get(), 2, submission.token);
    bindText(s.get(), 3, submission.file);
    bindText(s.get(), 4, QString::fromUtf8(Submission::encodeList(submission.sheets)));
    bindText(s.get(), 5, QString::fromUtf8(Submission::encodeList(submission.sources)));
    sqlite3_bind_int(s.get(), 6, submission.stored ? 1 : 0);
    sqlite3_bind_int(s.get(), 7, submission.figures);
    bindText(s.get(), 8, QString::fromUtf8(Submission::encodeList(submission.problems)));
    if (sqlite3_step(s.get()) != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    Statement old = prepare(m_db, "DELETE FROM submissions WHERE at < ?");
    sqlite3_bind_int64(old.get(), 1,
                       submission.at.addDays(-kKeepSubmissionDays).toSecsSinceEpoch());
    sqlite3_step(old.get()); // a journal not pruned this time is pruned the next
    return true;
}

QVector<ServerStore::Submission> ServerStore::submissions(const QDateTime &since,
                                                          const QString &sender, int limit,
                                                          QString *error) const
{
    if (m_pg)
        return m_pg->submissions(since, sender, limit, error);
    QVector<Submission> out;
    Statement s = prepare(m_db, "SELECT id, at, token, file, sheets, sources, stored, figures, "
                                "problems FROM submissions WHERE at >= ? AND (? = '' OR token = "
                                "?) ORDER BY id DESC LIMIT ?");
    sqlite3_bind_int64(s.get(), 1, since.toSecsSinceEpoch());
    bindText(s.get(), 2, sender);
    bindText(s.get(), 3, sender);
    sqlite3_bind_int(s.get(), 4, limit);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(s.get())) == SQLITE_ROW) {
        Submission sub;
        sub.id = sqlite3_column_int64(s.get(), 0);
        sub.at = QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(s.get(), 1), Qt::UTC);
        sub.token = columnText(s.get(), 2);
        sub.file = columnText(s.get(), 3);
        sub.sheets = Submission::decodeList(columnText(s.get(), 4).toUtf8());
        sub.sources = Submission::decodeList(columnText(s.get(), 5).toUtf8());
        sub.stored = sqlite3_column_int(s.get(), 6) != 0;
        sub.figures = sqlite3_column_int(s.get(), 7);
        sub.problems = Submission::decodeList(columnText(s.get(), 8).toUtf8());
        out << sub;
    }
    if (step != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return out;
}

bool ServerStore::writeSnapshot(const QString &path, Snapshot *snapshot, QString *error) const
{
    if (m_pg)
        return m_pg->writeSnapshot(path, snapshot, error);
    const char *storePath = sqlite3_db_filename(m_db, "main");
    if (!storePath || !*storePath) {
        *error = tr("the server store has no file to take a snapshot of");
        return false;
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *db = nullptr;
    bool done = false;
    const auto cleanUp = qScopeGuard([&] {
        sqlite3_close(db);
        if (!done)
            QFile::remove(partial);
    });
    auto fail = [&](const QString &why) {
        *error = tr("cannot write the snapshot %1: %2").arg(path, why);
        return false;
    };
    // CREATE: an attached file is opened with the flags of the connection
    if (sqlite3_open_v2(storePath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_busy_timeout(db, 5000);
    auto run = [&](const QByteArray &sql) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        fail(QString::fromUtf8(message ? message : sqlite3_errmsg(db)));
        sqlite3_free(message);
        return false;
    };
    Statement attach = prepare(db, "ATTACH DATABASE ? AS snap");
    const QByteArray partialUtf8 = partial.toUtf8();
    sqlite3_bind_text(attach.get(), 1, partialUtf8.constData(), int(partialUtf8.size()),
                      SQLITE_STATIC);
    if (sqlite3_step(attach.get()) != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    attach.reset();
    QByteArray schema = QByteArray(snapshot::kSnapshotTable) + snapshot::kObservationTables
                        + snapshot::kAnnualPlanColumn;
    schema.replace("CREATE TABLE ", "CREATE TABLE snap.");
    schema.replace("ALTER TABLE ", "ALTER TABLE snap.");
    // one read transaction: the cursor and the rows are of the same moment
    if (!run("PRAGMA snap.journal_mode=OFF; PRAGMA snap.synchronous=OFF; BEGIN;") || !run(schema)) {
        run("ROLLBACK");
        return false;
    }
    qint64 cursor = 0;
    {
        Statement s = prepare(db, "SELECT coalesce(max(seq), 0) FROM main.observations");
        if (!s || sqlite3_step(s.get()) != SQLITE_ROW) {
            run("ROLLBACK");
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        }
        cursor = sqlite3_column_int64(s.get(), 0);
    }
    const QByteArray c = QByteArray::number(cursor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool copied
        = run("INSERT INTO snap.sources (kind, reference) SELECT DISTINCT '"
              + QByteArray(snapshot::kSourceKind)
              + "', source FROM main.observations WHERE seq <= " + c + " ORDER BY source")
          && run("INSERT INTO snap.observations SELECT o.indicator, o.entity, o.period, "
                 "o.revision, o.value, "
                 "o.plan, s.id, o.source_detail, o.fetched_at, o.annual_plan FROM "
                 "main.observations o JOIN "
                 "snap.sources s "
                 "ON s.reference = o.source WHERE o.seq <= "
                 + c + " ORDER BY o.indicator, o.entity, o.period, o.revision");
    if (!copied) {
        run("ROLLBACK");
        return false;
    }
    const qint64 rows = sqlite3_changes64(db);
    if (!run("INSERT INTO snap.snapshot (key, value) VALUES ('format', '"
             + QByteArray(snapshot::kFormat) + "'), ('cursor', '" + c + "'), ('rows', '"
             + QByteArray::number(rows) + "'), ('created_at', '"
             + now.toString(Qt::ISODate).toLatin1() + "'); COMMIT; DETACH DATABASE snap;")) {
        run("ROLLBACK");
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return fail(tr("the finished file could not be renamed"));
    done = true;
    snapshot->path = path;
    snapshot->cursor = cursor;
    snapshot->rows = rows;
    snapshot->createdAt = now;
    return true;
}

} // namespace ioc
