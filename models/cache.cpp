#include "cache.h"

#include "snapshotformat.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>

#include <cmath>
#include <limits>

namespace ioc {

namespace {

QAtomicInt g_connectionSerial;

// Each entry migrates the schema from version i to i + 1.
const std::string kMigrations[] = {
    std::string("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
        + snapshot::kObservationTables,
    // 2: the alert journal, and the status last seen of each (indicator, entity)
    "CREATE TABLE alert_state ("
    "    indicator TEXT NOT NULL, entity TEXT NOT NULL, status TEXT NOT NULL, period TEXT NOT NULL,"
    "    PRIMARY KEY (indicator, entity)) WITHOUT ROWID;"
    "CREATE TABLE alerts ("
    "    id INTEGER PRIMARY KEY, raised_at INTEGER NOT NULL, indicator TEXT NOT NULL,"
    "    entity TEXT NOT NULL, period TEXT NOT NULL, status TEXT NOT NULL, previous TEXT NOT NULL,"
    "    value REAL NOT NULL, acknowledged_at INTEGER, acknowledged_by TEXT, note TEXT);",
    // 3: one alert per (indicator, entity, period, severity). Repeats journaled before are
    // folded into one, keeping an acknowledged one (and its note) where there is one.
    "DELETE FROM alerts WHERE id NOT IN ("
    "    SELECT coalesce(min(CASE WHEN acknowledged_at IS NOT NULL THEN id END), min(id)) FROM "
    "alerts"
    "    GROUP BY indicator, entity, period, status);"
    "CREATE UNIQUE INDEX alerts_key ON alerts (indicator, entity, period, status);",
    // 4: the annual plan of a row (snapshot format 2 has it too)
    snapshot::kAnnualPlanColumn,
    // 5: the traffic cameras as last listed, and the last picture of each (times in ms)
    R"(CREATE TABLE IF NOT EXISTS cameras (
        id TEXT PRIMARY KEY, junction_vi TEXT NOT NULL, junction_en TEXT NOT NULL,
        commune TEXT NOT NULL, online INTEGER NOT NULL, last_frame_at INTEGER,
        congestion REAL, congestion_at INTEGER, demo INTEGER NOT NULL,
        listed_at INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS camera_frames (
        camera TEXT PRIMARY KEY, taken_at INTEGER NOT NULL, jpeg BLOB NOT NULL) WITHOUT ROWID;)",
    // 6: the import journal: every report file imported here, taken or refused, with its problems
    R"(CREATE TABLE IF NOT EXISTS import_journal (
        id INTEGER PRIMARY KEY, at INTEGER NOT NULL, file TEXT NOT NULL, sheets TEXT NOT NULL,
        imported INTEGER NOT NULL, rows INTEGER NOT NULL, problems TEXT NOT NULL);)",
    // 7: reports sent to a data server, as its GET /submissions lists them: which server, its
    // number there (each kept once), the sender's token and the catalog sources it reports for
    R"(ALTER TABLE import_journal ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE import_journal ADD COLUMN server_id INTEGER;
    ALTER TABLE import_journal ADD COLUMN sender TEXT NOT NULL DEFAULT '';
    ALTER TABLE import_journal ADD COLUMN sources TEXT NOT NULL DEFAULT '';
    CREATE UNIQUE INDEX IF NOT EXISTS import_journal_server ON import_journal (origin, server_id);)",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Cache::kSchemaVersion,
              "one migration per schema version");

const char kSelectColumns[]
    = "SELECT o.indicator, o.entity, o.period, o.revision, o.value, o.plan, o.source_id, s.kind, "
      "s.reference, "
      // rows from a server keep no detail of their own: the server is the cache's data source
      "coalesce(o.source_detail, CASE s.kind WHEN 'api' THEN (SELECT value FROM meta WHERE key = "
      "'data_source') END), "
      "o.fetched_at, o.annual_plan FROM observations o JOIN sources s ON s.id = o.source_id ";

} // namespace

sqlite3 *Cache::nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Cache::Cache()
    : m_connection(QStringLiteral("ioc-cache-%1").arg(g_connectionSerial.fetchAndAddRelaxed(1)))
{}

Cache::~Cache()
{
    close();
}

QString Cache::fileNameFor(const QUrl &server)
{
    if (server.isEmpty())
        return defaultFileName();
    const QByteArray key
        = server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::RemoveQuery)
              .toString()
              .toLower()
              .toUtf8();
    return QStringLiteral("ioc-cache-%1.sqlite")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12)));
}

bool Cache::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
           && QSqlDatabase::database(m_connection, false).isOpen();
}

void Cache::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_sourceIds.clear();
    m_lastSourceId = -1;
}

bool Cache::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

Q_LOGGING_CATEGORY(lcCache, "ioc.cache", QtWarningMsg)

bool Cache::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    // which thread opens which cache (QT_LOGGING_RULES="ioc.cache.debug=true"): never the UI's
    // while a window runs
    qCDebug(lcCache, "open %s on thread %p (%s)", qPrintable(path),
            static_cast<void *>(QThread::currentThread()),
            qPrintable(QThread::currentThread()->objectName()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = tr("%1 is not a file").arg(path);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = tr("cannot open the data cache %1: %2").arg(path, db.lastError().text());
            close();
            return false;
        }
    }

    // Read-only probes first: nothing is written until the file is known to be ours and current.
    // One read transaction: another connection migrating a new file meanwhile is seen before or
    // after, never half-way (its tables without its version).
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    exec(QStringLiteral("BEGIN"), nullptr);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error
            = tr("the data cache %1 is damaged or is not a database (%2). It was left untouched; "
                 "move it away or start with another --data-dir.")
                  .arg(path, q.lastError().text());
        close();
        return false;
    }
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        *error = tr("the data cache %1 is damaged (%2). It was left untouched.")
                     .arg(path, q.lastError().text());
        close();
        return false;
    }
    const int objects = q.value(0).toInt();
    q.finish();
    exec(QStringLiteral("COMMIT"), nullptr);
    if (version > kSchemaVersion) {
        *error
            = tr("the data cache %1 was written by a newer version of the console (schema %2, this "
                 "version reads up to %3). It was left untouched; update the console.")
                  .arg(path)
                  .arg(version)
                  .arg(kSchemaVersion);
        close();
        return false;
    }
    if (version == 0 && objects > 0) {
        *error = tr("%1 is an SQLite database but not a console data cache. It was left untouched.")
                     .arg(path);
        close();
        return false;
    }

    QString sqlError;
    // Turning a new file to WAL needs it to itself for a moment: another connection opening it
    // at the same time (the window's reader and a sync) is waited for, up to the busy timeout.
    bool wal = exec(QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError);
    for (int i = 0; !wal && i < 50; ++i) {
        QThread::msleep(100);
        wal = exec(QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError);
    }
    if (!wal || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &sqlError)
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"), &sqlError)) {
        *error = tr("cannot prepare the data cache %1: %2").arg(path, sqlError);
        close();
        return false;
    }
    if (version < kSchemaVersion && !migrate(version, error)) {
        close();
        return false;
    }
    return true;
}

bool Cache::migrate(int from, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int v = from; v < kSchemaVersion; ++v) {
        QString sqlError;
        // The write lock first, then the version again: two connections opening a new cache at
        // once (the window's reader and a sync) wait for each other, and the second finds the
        // schema the first wrote.
        if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &sqlError)) {
            *error = tr("cannot upgrade the data cache to schema %1: %2").arg(v + 1).arg(sqlError);
            return false;
        }
        QSqlQuery q(db);
        const int current
            = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : v;
        q.finish();
        bool ok = true;
        if (current <= v) {
            const QStringList statements = QString::fromStdString(kMigrations[v])
                                               .split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &s : statements) {
                if (!s.trimmed().isEmpty() && !exec(s, &sqlError)) {
                    ok = false;
                    break;
                }
            }
            ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1), &sqlError);
        }
        if (!ok || !exec(QStringLiteral("COMMIT"), &sqlError)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            *error = tr("cannot upgrade the data cache to schema %1: %2").arg(v + 1).arg(sqlError);
            return false;
        }
    }
    return true;
}

int Cache::sourceId(const QString &kind, const QString &ref, QString *error)
{
    // batches come with long runs of one source: skip the lookup for a repeat
    if (m_lastSourceId >= 0 && kind == m_lastSourceKind && ref == m_lastSourceRef)
        return m_lastSourceId;
    const QString key = kind + QLatin1Char('\n') + ref;
    const auto it = m_sourceIds.constFind(key);
    if (it != m_sourceIds.cend()) {
        m_lastSourceKind = kind;
        m_lastSourceRef = ref;
        return m_lastSourceId = *it;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sources (kind, reference) VALUES (?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(ref);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    q.prepare(QStringLiteral("SELECT id FROM sources WHERE kind = ? AND reference = ?"));
    q.addBindValue(kind);
    q.addBindValue(ref);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    const int id = q.value(0).toInt();
    m_sourceIds.insert(key, id);
    m_lastSourceKind = kind;
    m_lastSourceRef = ref;
    return m_lastSourceId = id;
}

QString Cache::validate(const Observation &o)
{
    if (o.indicator.isEmpty() || o.entity.isEmpty())
        return tr("the indicator or entity code is empty");
    if (!Period::fromKey(o.period))
        return tr("'%1' is not a period").arg(o.period);
    if (!std::isfinite(o.value))
        return tr("the value is not a finite number");
    if (o.plan && !std::isfinite(*o.plan))
        return tr("the plan is not a finite number");
    if (o.annualPlan && !std::isfinite(*o.annualPlan))
        return tr("the annual plan is not a finite number");
    if (o.revision < 1)
        return tr("the revision must be 1 or more");
    if (!o.fetchedAt.isValid())
        return tr("the fetch time is missing");
    if (o.sourceKind.isEmpty())
        return tr("the source is missing");
    return {};
}

bool Cache::insertRows(sqlite3 *handle, const QVector<Observation> &rows, OnConflict onConflict,
                       QString *problem)
{
    // The rows go through SQLite's own statement API on Qt's connection (and its transaction):
    // binding through QSqlQuery costs several times more per row for large batches.
    // Only a key conflict is resolved here; any other constraint fails the whole batch.
    const QByteArray sql
        = QByteArrayLiteral("INSERT INTO observations (indicator, entity, period, revision, value, "
                            "plan, source_id, "
                            "source_detail, fetched_at, annual_plan) VALUES (?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?) ON CONFLICT (indicator, entity, period, revision) DO ")
          + (onConflict == OnConflict::Ignore
                 ? QByteArrayLiteral("NOTHING")
                 : QByteArrayLiteral("UPDATE SET value = excluded.value, plan = excluded.plan, "
                                     "annual_plan = excluded.annual_plan, source_id = "
                                     "excluded.source_id, source_detail = "
                                     "excluded.source_detail, fetched_at = excluded.fetched_at"));
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *problem = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
    QByteArray indicator, entity, period, detail;
    QString lastIndicator, lastEntity;
    QDateTime lastFetched;  // a batch is usually fetched at one time: converted once, since a
    qint64 fetchedSecs = 0; // local time's conversion reads the time zone file every time
    for (int i = 0; i < rows.size(); ++i) {
        const Observation &o = rows.at(i);
        const QString invalid = validate(o);
        if (!invalid.isEmpty()) {
            *problem = tr("row %1 (%2, %3, %4): %5")
                           .arg(i + 1)
                           .arg(o.indicator, o.entity, o.period, invalid);
            return false;
        }
        const int source = sourceId(o.sourceKind, o.sourceRef, problem);
        if (source < 0)
            return false;
        if (i == 0 || o.indicator != lastIndicator) {
            indicator = o.indicator.toUtf8();
            lastIndicator = o.indicator;
        }
        if (i == 0 || o.entity != lastEntity) {
            entity = o.entity.toUtf8();
            lastEntity = o.entity;
        }
        period = o.period.toUtf8();
        sqlite3_bind_text(stmt, 1, indicator.constData(), int(indicator.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, entity.constData(), int(entity.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, period.constData(), int(period.size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, 4, o.revision);
        sqlite3_bind_double(stmt, 5, o.value);
        if (o.plan)
            sqlite3_bind_double(stmt, 6, *o.plan);
        else
            sqlite3_bind_null(stmt, 6);
        sqlite3_bind_int(stmt, 7, source);
        if (o.sourceDetail.isEmpty()) {
            sqlite3_bind_null(stmt, 8);
        } else {
            detail = o.sourceDetail.toUtf8();
            sqlite3_bind_text(stmt, 8, detail.constData(), int(detail.size()), SQLITE_STATIC);
        }
        if (i == 0 || o.fetchedAt != lastFetched) {
            lastFetched = o.fetchedAt;
            fetchedSecs = o.fetchedAt.toSecsSinceEpoch();
        }
        sqlite3_bind_int64(stmt, 9, fetchedSecs);
        if (o.annualPlan)
            sqlite3_bind_double(stmt, 10, *o.annualPlan);
        else
            sqlite3_bind_null(stmt, 10);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            *problem = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        sqlite3_reset(stmt);
    }
    return true;
}

bool Cache::write(const QVector<Observation> &rows, OnConflict onConflict, QString *error,
                  const QVector<QPair<QString, QString>> &meta)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        *error = tr("the data cache is not open");
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Source ids are only trusted once the transaction that created them commits.
    const QHash<QString, int> knownSources = m_sourceIds;
    auto fail = [&](const QString &message) {
        db.rollback();
        m_sourceIds = knownSources;
        m_lastSourceId = -1;
        *error = tr("writing to the data cache failed: %1").arg(message);
        return false;
    };
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return fail(tr("the SQLite driver gives no native handle"));
    QString problem;
    if (!insertRows(handle, rows, onConflict, &problem))
        return fail(problem);
    for (const auto &[key, value] : meta) {
        if (!setMeta(key, value, &problem))
            return fail(problem);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

bool Cache::appendRevisions(const QVector<Observation> &rows, int *added, int *changed,
                            int *unchanged, QString *error)
{
    bool given = false;
    const auto once = [&rows, &given] {
        const bool first = !given;
        given = true;
        return first ? rows : QVector<Observation>();
    };
    return appendRevisions(once, added, changed, unchanged, error);
}

bool Cache::appendRevisions(const std::function<QVector<Observation>()> &nextBatch, int *added,
                            int *changed, int *unchanged, QString *error)
{
    *added = *changed = *unchanged = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *handle = db.isOpen() ? nativeHandle(db) : nullptr;
    if (!handle) {
        *error = tr("the data cache is not open");
        return false;
    }
    // IMMEDIATE: the newest revisions read here must still be the newest when the rows are
    // written, even while a sync writes through another connection.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const QHash<QString, int> knownSources = m_sourceIds;
    auto fail = [&](const QString &message) {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
        m_sourceIds = knownSources;
        m_lastSourceId = -1;
        *added = *changed = *unchanged = 0;
        *error = tr("writing to the data cache failed: %1").arg(message);
        return false;
    };
    const char newestSql[]
        = "SELECT revision, value, plan, annual_plan FROM observations WHERE indicator = ? AND "
          "entity = ? AND period = ? ORDER BY revision DESC LIMIT 1";
    sqlite3_stmt *newest = nullptr;
    if (sqlite3_prepare_v2(handle, newestSql, -1, &newest, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(newest,
                                                                           sqlite3_finalize);
    int offset = 0; // rows of earlier batches
    for (QVector<Observation> rows = nextBatch(); !rows.isEmpty(); rows = nextBatch()) {
        QString problem;
        if (!appendBatch(handle, newest, rows, offset, added, changed, unchanged, &problem))
            return fail(problem);
        offset += int(rows.size());
    }
    QString problem;
    if (!exec(QStringLiteral("COMMIT"), &problem))
        return fail(problem);
    return true;
}

bool Cache::sameNumber(sqlite3_stmt *row, int column, const std::optional<double> &number)
{
    return sqlite3_column_type(row, column) == SQLITE_NULL
               ? !number
               : (number && *number == sqlite3_column_double(row, column));
}

bool Cache::appendBatch(sqlite3 *handle, sqlite3_stmt *newest, const QVector<Observation> &rows,
                        int offset, int *added, int *changed, int *unchanged, QString *problem)
{
    QVector<Observation> fresh; // each as the next revision of its key
    fresh.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Observation &o = rows.at(i);
        const QString invalid = validate(o);
        if (!invalid.isEmpty()) {
            *problem = tr("row %1 (%2, %3, %4): %5")
                           .arg(offset + i + 1)
                           .arg(o.indicator, o.entity, o.period, invalid);
            return false;
        }
        const QByteArray indicator = o.indicator.toUtf8(), entity = o.entity.toUtf8(),
                         period = o.period.toUtf8();
        sqlite3_bind_text(newest, 1, indicator.constData(), int(indicator.size()), SQLITE_STATIC);
        sqlite3_bind_text(newest, 2, entity.constData(), int(entity.size()), SQLITE_STATIC);
        sqlite3_bind_text(newest, 3, period.constData(), int(period.size()), SQLITE_STATIC);
        const int step = sqlite3_step(newest);
        if (step != SQLITE_ROW && step != SQLITE_DONE) {
            *problem = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        int revision = 1;
        if (step == SQLITE_ROW) {
            const bool same = sameNumber(newest, 2, o.plan) && sameNumber(newest, 3, o.annualPlan)
                              && sqlite3_column_double(newest, 1) == o.value;
            revision = sqlite3_column_int(newest, 0) + 1;
            ++*(same ? unchanged : changed);
            if (same) {
                sqlite3_reset(newest);
                continue;
            }
        } else {
            ++*added;
        }
        sqlite3_reset(newest);
        fresh << o;
        fresh.last().revision = revision;
    }
    return insertRows(handle, fresh, OnConflict::Ignore, problem);
}

void Cache::keepNewest(QVector<Observation> *rows)
{
    // rows ordered by revision within a period: the last of each (entity, period) stays
    auto last
        = std::unique(rows->rbegin(), rows->rend(), [](const Observation &a, const Observation &b) {
              return a.entity == b.entity && a.period == b.period;
          });
    rows->erase(rows->begin(), last.base());
}

QVector<Observation> Cache::select(const QByteArray &sql, const QList<QByteArray> &binds,
                                   Revisions revisions) const
{
    // Reads go through SQLite's statement API too: a screen reads tens of thousands of rows, and
    // QSqlQuery copies every column of every row into QVariants first. Columns: kSelectColumns.
    // Strings that repeat from row to row (entity, source) are converted once.
    QVector<Observation> out;
    sqlite3 *handle = nativeHandle(QSqlDatabase::database(m_connection, false));
    if (!handle)
        return out;
    // A screen reads with a handful of statements many times over: each is prepared once.
    sqlite3_stmt *stmt = m_statements.value(sql);
    if (!stmt) {
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr)
            != SQLITE_OK) {
            qWarning("cache read failed: %s", sqlite3_errmsg(handle));
            return out;
        }
        if (m_statements.size() >= 32) {
            for (sqlite3_stmt *old : std::as_const(m_statements))
                sqlite3_finalize(old);
            m_statements.clear();
        }
        m_statements.insert(sql, stmt);
    }
    const auto reset = qScopeGuard([stmt] {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    });
    for (int i = 0; i < binds.size(); ++i)
        sqlite3_bind_text(stmt, i + 1, binds.at(i).constData(), int(binds.at(i).size()),
                          SQLITE_STATIC);

    auto text = [stmt](int column) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(stmt, column));
    };
    struct Interned
    {
        QByteArray bytes;
        QString text;
        bool set = false;
        const QString &operator()(QByteArrayView v)
        {
            if (!set || v != bytes) {
                bytes = v.toByteArray();
                text = QString::fromUtf8(v);
                set = true;
            }
            return text;
        }
    };
    Interned indicator, entity, detail;
    QHash<int, QPair<QString, QString>> sources; // id -> kind, reference
    int step;
    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
        Observation o;
        o.indicator = indicator(text(0));
        o.entity = entity(text(1));
        o.period = QString::fromUtf8(text(2));
        o.revision = sqlite3_column_int(stmt, 3);
        o.value = sqlite3_column_double(stmt, 4);
        if (sqlite3_column_type(stmt, 5) != SQLITE_NULL)
            o.plan = sqlite3_column_double(stmt, 5);
        const int source = sqlite3_column_int(stmt, 6);
        auto it = sources.constFind(source);
        if (it == sources.cend())
            it = sources.insert(source,
                                qMakePair(QString::fromUtf8(text(7)), QString::fromUtf8(text(8))));
        o.sourceKind = it->first;
        o.sourceRef = it->second;
        if (sqlite3_column_type(stmt, 9) != SQLITE_NULL)
            o.sourceDetail = detail(text(9));
        o.fetchedAt = QDateTime::fromSecsSinceEpoch(sqlite3_column_int64(stmt, 10), Qt::UTC);
        if (sqlite3_column_type(stmt, 11) != SQLITE_NULL)
            o.annualPlan = sqlite3_column_double(stmt, 11);
        if (m_knownAt.isValid() && o.fetchedAt > m_knownAt)
            continue; // not known yet at the moment the reader looks from
        out << std::move(o);
    }
    if (revisions == Revisions::Newest)
        keepNewest(&out);
    if (m_recorder)
        *m_recorder += out;
    if (step != SQLITE_DONE)
        qWarning("cache read failed: %s", sqlite3_errmsg(handle));
    return out;
}

QVector<Observation> Cache::series(const QString &indicator, const QString &entity) const
{
    return select(QByteArray(kSelectColumns)
                      + "WHERE o.indicator = ?1 AND o.entity = ?2 ORDER BY o.period, o.revision",
                  {indicator.toUtf8(), entity.toUtf8()});
}

QVector<Observation> Cache::seriesFrom(const QString &indicator, const QString &entity,
                                       const QString &fromPeriod, int before) const
{
    // the first period read: `before` periods before fromPeriod, or fromPeriod when there are fewer
    return select(QByteArray(kSelectColumns)
                      + "WHERE o.indicator = ?1 AND o.entity = ?2 AND o.period >= coalesce(("
                        "SELECT min(period) FROM (SELECT DISTINCT period FROM observations WHERE "
                        "indicator = ?1 AND entity = ?2 AND period < ?3 ORDER BY period DESC LIMIT "
                      + QByteArray::number(std::max(before, 0))
                      + ")), ?3) ORDER BY o.period, o.revision",
                  {indicator.toUtf8(), entity.toUtf8(), fromPeriod.toUtf8()});
}

QVector<Observation> Cache::observations(const QString &indicator, const QString &entity) const
{
    if (!entity.isEmpty())
        return series(indicator, entity);
    return select(QByteArray(kSelectColumns)
                      + "WHERE o.indicator = ?1 ORDER BY o.entity, o.period, o.revision",
                  {indicator.toUtf8()});
}

QVector<Observation>
Cache::observationsInRanges(const QString &indicator,
                            const QVector<QPair<QString, QString>> &ranges) const
{
    // Overlapping ranges are merged so that no row is read twice.
    QVector<QPair<QString, QString>> merged;
    auto sorted = ranges;
    std::sort(sorted.begin(), sorted.end());
    for (const auto &r : std::as_const(sorted)) {
        if (r.first > r.second)
            continue;
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged << r;
    }
    if (merged.isEmpty())
        return {};
    // The key is (indicator, entity, period, revision): a period range of every entity is not a
    // range of the key. The entities are walked through the key (one seek each, a skip scan),
    // then each (entity, range) is a range of the key.
    QByteArray values;
    QList<QByteArray> binds{indicator.toUtf8()};
    for (const auto &[from, to] : std::as_const(merged)) {
        values += values.isEmpty() ? "" : ", ";
        values += "(?" + QByteArray::number(binds.size() + 1) + ", ?"
                  + QByteArray::number(binds.size() + 2) + ')';
        binds << from.toUtf8() << to.toUtf8();
    }
    const QByteArray sql
        = "WITH RECURSIVE entities (code) AS ("
          " SELECT min(entity) FROM observations WHERE indicator = ?1"
          " UNION ALL SELECT (SELECT min(entity) FROM observations WHERE indicator = ?1 AND entity "
          "> code)"
          " FROM entities WHERE code IS NOT NULL), "
          "ranges (lo, hi) AS (VALUES "
          + values + ") "
          + QByteArray(kSelectColumns)
                .replace("FROM observations o",
                         "FROM entities CROSS JOIN ranges CROSS JOIN observations o")
          + "WHERE o.indicator = ?1 AND o.entity = entities.code AND o.period BETWEEN ranges.lo "
            "AND ranges.hi";
    // The loops above yield the rows in key order (entities ascending, ranges ascending and
    // disjoint, then the key): sorting them again in SQLite copied every row through a sorter.
    // SQL promises no order without ORDER BY, so the order is checked here, and made if need be.
    QVector<Observation> rows = select(sql, binds, Revisions::All);
    auto before = [](const Observation &a, const Observation &b) {
        if (a.entity != b.entity)
            return a.entity < b.entity;
        if (a.period != b.period)
            return a.period < b.period;
        return a.revision < b.revision;
    };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), before))
        std::sort(rows.begin(), rows.end(), before);
    keepNewest(&rows);
    return rows;
}

QVector<Observation> Cache::revisions(const QString &indicator, const QString &entity,
                                      const QString &period) const
{
    return select(
        QByteArray(kSelectColumns)
            + "WHERE o.indicator = ?1 AND o.entity = ?2 AND o.period = ?3 ORDER BY o.revision",
        {indicator.toUtf8(), entity.toUtf8(), period.toUtf8()}, Revisions::All);
}

qint64 Cache::observationCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT count(*) FROM observations")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool Cache::integrityCheck(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok")) {
        *error = verdict;
        return false;
    }
    return true;
}

QString Cache::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Cache::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    // a null QString binds as NULL: an absent value (a reply without an ETag) is kept as ""
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace ioc

namespace ioc {

namespace {

Alert alertFrom(const QSqlQuery &q)
{
    // columns: id, raised_at, indicator, entity, period, status, previous, value,
    // acknowledged_at, acknowledged_by, note
    Alert a;
    a.id = q.value(0).toLongLong();
    a.raisedAt = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    a.indicator = q.value(2).toString();
    a.entity = q.value(3).toString();
    a.period = q.value(4).toString();
    a.status = statusFromKey(q.value(5).toString());
    a.previous = statusFromKey(q.value(6).toString());
    a.value = q.value(7).toDouble();
    if (!q.value(8).isNull())
        a.acknowledgedAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    a.acknowledgedBy = q.value(9).toString();
    a.note = q.value(10).toString();
    return a;
}

const char kAlertColumns[]
    = "SELECT id, raised_at, indicator, entity, period, status, previous, value, "
      "acknowledged_at, acknowledged_by, note FROM alerts ";

} // namespace

bool Cache::recordStatuses(const QVector<StatusSeen> &seen, const QDateTime &at,
                           QVector<Alert> *raised, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    };
    QSqlQuery last(db), store(db), journal(db);
    last.prepare(
        QStringLiteral("SELECT status FROM alert_state WHERE indicator = ? AND entity = ?"));
    store.prepare(QStringLiteral("INSERT OR REPLACE INTO alert_state (indicator, entity, status, "
                                 "period) VALUES (?, ?, ?, ?)"));
    // once per (indicator, entity, period, severity): a figure that falls back and rises again
    // within its period is the alert already journaled (and perhaps acknowledged)
    journal.prepare(QStringLiteral("INSERT OR IGNORE INTO alerts (raised_at, indicator, entity, "
                                   "period, status, previous, value) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QVector<Alert> fresh;
    for (const StatusSeen &s : seen) {
        if (s.status == Status::NoData)
            continue;
        last.addBindValue(s.indicator);
        last.addBindValue(s.entity);
        if (!last.exec())
            return fail(last);
        const bool known = last.next();
        const Status before = known ? statusFromKey(last.value(0).toString()) : Status::NoData;
        last.finish();
        if (known && before == s.status)
            continue;
        store.addBindValue(s.indicator);
        store.addBindValue(s.entity);
        store.addBindValue(statusKey(s.status));
        store.addBindValue(s.period);
        if (!store.exec())
            return fail(store);
        if (!known || alertLevel(s.status) <= alertLevel(before))
            continue;
        Alert a;
        a.raisedAt = at.toUTC();
        a.indicator = s.indicator;
        a.entity = s.entity;
        a.period = s.period;
        a.status = s.status;
        a.previous = before;
        a.value = s.value;
        for (const QVariant &v :
             {QVariant(a.raisedAt.toSecsSinceEpoch()), QVariant(a.indicator), QVariant(a.entity),
              QVariant(a.period), QVariant(statusKey(a.status)), QVariant(statusKey(a.previous)),
              QVariant(a.value)})
            journal.addBindValue(v);
        if (!journal.exec())
            return fail(journal);
        if (journal.numRowsAffected() != 1)
            continue;
        a.id = journal.lastInsertId().toLongLong();
        fresh << a;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (raised)
        *raised = fresh;
    return true;
}

QVector<Alert> Cache::alerts(QString *error) const
{
    QVector<Alert> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    auto fail = [&](const QString &why) {
        const QString message = tr("the alert journal in %1 cannot be read: %2").arg(m_path, why);
        if (error)
            *error = message;
        else
            qWarning("%s", qPrintable(message));
        return QVector<Alert>();
    };
    if (!q.exec(QLatin1String(kAlertColumns) + QLatin1String("ORDER BY raised_at DESC, id DESC")))
        return fail(q.lastError().text());
    while (q.next()) {
        const Alert a = alertFrom(q);
        // a row that says no severity is damage, not an alert: report it rather than list less
        if (alertLevel(a.status) == 0 || a.indicator.isEmpty() || !a.raisedAt.isValid())
            return fail(
                tr("alert %1 is damaged (status '%2')").arg(a.id).arg(q.value(5).toString()));
        out << a;
    }
    if (q.lastError().isValid())
        return fail(q.lastError().text());
    if (error)
        error->clear();
    return out;
}

bool Cache::acknowledgeAlert(qint64 id, const QString &by, const QString &note, const QDateTime &at,
                             Alert *updated, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, note = ? WHERE id = ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(by);
    q.addBindValue(note);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("there is no alert %1 in the journal").arg(id);
        return false;
    }
    q.prepare(QLatin1String(kAlertColumns) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (updated)
        *updated = alertFrom(q);
    return true;
}

bool Cache::replaceAlerts(const QVector<Alert> &alerts, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM alerts"))) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO alerts (id, raised_at, indicator, entity, period, status, previous, value, "
        "acknowledged_at, acknowledged_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Alert &a : alerts) {
        for (const QVariant &v :
             {QVariant(a.id), QVariant(a.raisedAt.toSecsSinceEpoch()), QVariant(a.indicator),
              QVariant(a.entity), QVariant(a.period), QVariant(statusKey(a.status)),
              QVariant(statusKey(a.previous)), QVariant(a.value),
              a.acknowledged() ? QVariant(a.acknowledgedAt.toSecsSinceEpoch()) : QVariant(),
              a.acknowledged() ? QVariant(a.acknowledgedBy) : QVariant(),
              a.acknowledged() ? QVariant(a.note) : QVariant()})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace ioc
