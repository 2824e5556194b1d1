// Cache::adoptSnapshot: a server's snapshot (snapshotformat.h) checked row by row, then copied
// into an empty cache in one statement.
#include "cache.h"

#include "snapshotformat.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <memory>

namespace ioc {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

// The snapshot attached to the cache's connection as "snap", read with SQLite's own API.
// Each check says what is wrong (empty: nothing).
class SnapshotCheck
{
public:
    explicit SnapshotCheck(sqlite3 *handle)
        : m_db(handle)
    {}

    Statement prepare(const QByteArray &sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
        return Statement(stmt, sqlite3_finalize);
    }
    bool run(const char *sql, QString *why) const
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *why = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    static QByteArrayView text(sqlite3_stmt *s, int i)
    {
        return {reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                sqlite3_column_bytes(s, i)};
    }
    QString sqliteError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    QString attach(const QString &file) const
    {
        Statement attach = prepare("ATTACH DATABASE ? AS snap");
        const QByteArray path = file.toUtf8();
        sqlite3_bind_text(attach.get(), 1, path.constData(), int(path.size()), SQLITE_STATIC);
        if (sqlite3_step(attach.get()) != SQLITE_DONE)
            return Cache::tr("it is not a SQLite database or is damaged (%1)").arg(sqliteError());
        return {};
    }

    // The same tables as the cache's and nothing else (no views, triggers or other indexes):
    // the rows are copied as they are, so their layout must be the cache's own (format 1: all
    // but the annual plan, the cache's last column).
    QString schema(bool withAnnualPlan) const
    {
        const QSet<QByteArray> expected
            = {"table snapshot", "index sqlite_autoindex_snapshot_1", "table sources",
               "index sqlite_autoindex_sources_1", "table observations"};
        QSet<QByteArray> seen;
        Statement s = prepare("SELECT type, name FROM snap.sqlite_schema");
        int step;
        while ((step = sqlite3_step(s.get())) == SQLITE_ROW) {
            const QByteArray item
                = text(s.get(), 0).toByteArray() + ' ' + text(s.get(), 1).toByteArray();
            if (!expected.contains(item))
                return Cache::tr("it holds an unexpected %1").arg(QString::fromUtf8(item));
            seen.insert(item);
        }
        if (step != SQLITE_DONE)
            return Cache::tr("it is not a SQLite database or is damaged (%1)").arg(sqliteError());
        const QLatin1String format(withAnnualPlan ? snapshot::kFormat
                                                  : snapshot::kFormatWithoutAnnualPlan);
        if (seen != expected)
            return Cache::tr("it lacks the tables of format %1").arg(format);
        for (const char *table : {"sources", "observations"}) {
            QByteArrayList own = columns("main", table);
            if (!withAnnualPlan && qstrcmp(table, "observations") == 0)
                own.removeLast();
            if (columns("snap", table) != own)
                return Cache::tr("its table %1 differs from format %2")
                    .arg(QLatin1String(table), format);
        }
        return {};
    }

    // its format (whether it has the annual plan), cursor and row count (snap.snapshot); nothing
    // said when there is no such table (schema() says it)
    QString about(bool *withAnnualPlan, qint64 *cursor, qint64 *rows) const
    {
        QHash<QByteArray, QByteArray> about;
        Statement s = prepare("SELECT key, value FROM snap.snapshot");
        if (!s)
            return {};
        while (sqlite3_step(s.get()) == SQLITE_ROW)
            about.insert(text(s.get(), 0).toByteArray(), text(s.get(), 1).toByteArray());
        const QByteArray format = about.value("format");
        *withAnnualPlan = format == snapshot::kFormat;
        if (!*withAnnualPlan && format != snapshot::kFormatWithoutAnnualPlan)
            return Cache::tr("its format is '%1', not %2")
                .arg(QString::fromUtf8(format.left(40)), QLatin1String(snapshot::kFormat));
        bool okCursor = false, okRows = false;
        *cursor = about.value("cursor").toLongLong(&okCursor);
        *rows = about.value("rows").toLongLong(&okRows);
        if (!okCursor || !okRows || *cursor < 0 || *rows < 0)
            return Cache::tr("its cursor and row count must be whole numbers");
        return {};
    }

    // every source a server's, with a name
    QString sources(QSet<qint64> *ids) const
    {
        Statement s = prepare("SELECT id, kind, reference FROM snap.sources");
        int step;
        while ((step = sqlite3_step(s.get())) == SQLITE_ROW) {
            const QByteArrayView reference = text(s.get(), 2);
            if (text(s.get(), 1) != QByteArrayView(snapshot::kSourceKind) || reference.isEmpty()
                || reference.size() > 500)
                return Cache::tr("source %1 must be of kind '%2' with a name of at most 500 bytes")
                    .arg(sqlite3_column_int64(s.get(), 0))
                    .arg(QLatin1String(snapshot::kSourceKind));
            ids->insert(sqlite3_column_int64(s.get(), 0));
        }
        if (step != SQLITE_DONE)
            return Cache::tr("it is damaged (%1)").arg(sqliteError());
        return {};
    }

    // Every row, once, in key order; rows gets how many there are.
    QString observations(bool withAnnualPlan, const Cache::KeyCheck &keyCheck,
                         const QSet<qint64> &sourceIds, qint64 *rows) const
    {
        Statement s = prepare(
            QByteArray("SELECT indicator, entity, period, revision, value, plan, source_id, "
                       "source_detail, fetched_at, ")
            + (withAnnualPlan ? "annual_plan" : "NULL") + " FROM snap.observations");
        int step;
        while ((step = sqlite3_step(s.get())) == SQLITE_ROW) {
            ++*rows;
            sqlite3_stmt *r = s.get();
            const QByteArrayView indicator = text(r, 0), entity = text(r, 1), period = text(r, 2);
            if (QString why = row(r, keyCheck, sourceIds); !why.isEmpty()) {
                auto clip = [](QByteArrayView v) {
                    return QString::fromUtf8(v.data(), std::min<qsizetype>(v.size(), 20));
                };
                return Cache::tr("row %1 (%2, %3, %4): %5")
                    .arg(*rows)
                    .arg(clip(indicator), clip(entity), clip(period), why);
            }
        }
        if (step != SQLITE_DONE)
            return Cache::tr("it is damaged or cut short (%1)").arg(sqliteError());
        return {};
    }

private:
    QByteArrayList columns(const char *schema, const char *table) const
    {
        QByteArrayList out;
        Statement info = prepare(QByteArray("PRAGMA ") + schema + ".table_info(" + table + ")");
        while (sqlite3_step(info.get()) == SQLITE_ROW) {
            QByteArray c;
            for (int i = 1; i < 6; ++i)
                c += text(info.get(), i).toByteArray() + '|';
            out << c;
        }
        return out;
    }

    static bool isFiniteNumber(sqlite3_stmt *r, int i)
    {
        const int type = sqlite3_column_type(r, i);
        return (type == SQLITE_FLOAT || type == SQLITE_INTEGER)
               && std::isfinite(sqlite3_column_double(r, i));
    }

    // one observation: codes and period, revision, numbers, source and fetch time
    static QString row(sqlite3_stmt *r, const Cache::KeyCheck &keyCheck,
                       const QSet<qint64> &sourceIds)
    {
        static const qint64 earliest
            = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 latest = QDateTime::currentSecsSinceEpoch() + 2 * 86400;
        if (sqlite3_column_type(r, 0) != SQLITE_TEXT || sqlite3_column_type(r, 1) != SQLITE_TEXT
            || sqlite3_column_type(r, 2) != SQLITE_TEXT)
            return Cache::tr("indicator, entity and period must be text");
        if (QString keyProblem = keyCheck(text(r, 0), text(r, 1), text(r, 2));
            !keyProblem.isEmpty())
            return keyProblem;
        if (sqlite3_column_type(r, 3) != SQLITE_INTEGER || sqlite3_column_int64(r, 3) < 1
            || sqlite3_column_int64(r, 3) > std::numeric_limits<int>::max())
            return Cache::tr("the revision must be a whole number from 1");
        if (!isFiniteNumber(r, 4))
            return Cache::tr("the value is not a finite number");
        if (sqlite3_column_type(r, 5) != SQLITE_NULL && !isFiniteNumber(r, 5))
            return Cache::tr("the plan is not a finite number");
        if (sqlite3_column_type(r, 9) != SQLITE_NULL && !isFiniteNumber(r, 9))
            return Cache::tr("the annual plan is not a finite number");
        if (sqlite3_column_type(r, 6) != SQLITE_INTEGER
            || !sourceIds.contains(sqlite3_column_int64(r, 6)))
            return Cache::tr("its source is not among the snapshot's sources");
        const int detailType = sqlite3_column_type(r, 7);
        if (detailType != SQLITE_NULL
            && (detailType != SQLITE_TEXT || sqlite3_column_bytes(r, 7) > 500))
            return Cache::tr("the source detail must be text of at most 500 bytes");
        const qint64 fetched = sqlite3_column_int64(r, 8);
        if (sqlite3_column_type(r, 8) != SQLITE_INTEGER || fetched < earliest || fetched > latest)
            return Cache::tr("the fetch time is not a time since 2000");
        return {};
    }

    sqlite3 *m_db;
};

} // namespace

bool Cache::adoptSnapshot(const QString &file, const KeyCheck &keyCheck, const QString &cursorKey,
                          const QVector<QPair<QString, QString>> &meta, SnapshotInfo *info,
                          QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *handle = db.isOpen() ? nativeHandle(db) : nullptr;
    if (!handle) {
        *error = tr("the data cache is not open");
        return false;
    }
    auto fail = [&](const QString &why) {
        *error = tr("the server's snapshot is not usable: %1. Nothing of it was stored.").arg(why);
        return false;
    };
    const SnapshotCheck snap(handle);
    {
        Statement any = snap.prepare("SELECT 1 FROM observations LIMIT 1");
        if (!any || sqlite3_step(any.get()) != SQLITE_DONE)
            return fail(tr("the cache already holds observations"));
    }
    if (QString why = snap.attach(file); !why.isEmpty())
        return fail(why);
    const auto detach = qScopeGuard([&] {
        QString ignored;
        snap.run("DETACH DATABASE snap", &ignored);
    });
    qint64 declaredRows = -1;
    qint64 rows = 0;
    QSet<qint64> sourceIds;
    bool withAnnualPlan = true;
    QString why = snap.about(&withAnnualPlan, &info->cursor, &declaredRows);
    if (why.isEmpty()) // the format says which layout to expect
        why = snap.schema(withAnnualPlan);
    if (why.isEmpty())
        why = snap.sources(&sourceIds);
    if (why.isEmpty())
        why = snap.observations(withAnnualPlan, keyCheck, sourceIds, &rows);
    if (why.isEmpty() && rows != declaredRows)
        why = tr("it holds %1 rows but says %2").arg(rows).arg(declaredRows);
    if (!why.isEmpty())
        return fail(why);

    // The copy: SQLite moves whole records from one table to the other when both are alike and
    // the target is empty, which foreign-key enforcement would prevent (the sources were
    // checked above). PRAGMA foreign_keys only takes effect outside a transaction.
    if (!snap.run("PRAGMA foreign_keys=OFF", &why))
        return fail(why);
    const auto foreignKeysOn = qScopeGuard([&] {
        QString ignored;
        snap.run("PRAGMA foreign_keys=ON", &ignored);
    });
    if (!snap.run("BEGIN IMMEDIATE", &why))
        return fail(why);
    auto rollback = [&](const QString &message) {
        QString ignored;
        snap.run("ROLLBACK", &ignored);
        return fail(message);
    };
    // nothing refers to the sources of an empty cache; the snapshot brings its own
    if (!snap.run("DELETE FROM sources", &why)
        || !snap.run("INSERT INTO sources SELECT * FROM snap.sources", &why)
        || !snap.run(withAnnualPlan
                         ? "INSERT INTO observations SELECT * FROM snap.observations"
                         // row by row into named columns: the annual plan stays empty
                         : "INSERT INTO observations (indicator, entity, period, revision, value, "
                           "plan, source_id, source_detail, fetched_at) SELECT * FROM "
                           "snap.observations",
                     &why))
        return rollback(why);
    if (sqlite3_changes64(handle) != rows)
        return rollback(tr("%1 rows were copied, not %2").arg(sqlite3_changes64(handle)).arg(rows));
    QVector<QPair<QString, QString>> allMeta = meta;
    allMeta.append({cursorKey, QString::number(info->cursor)});
    for (const auto &[key, value] : std::as_const(allMeta)) {
        if (!setMeta(key, value, &why))
            return rollback(why);
    }
    if (!snap.run("COMMIT", &why))
        return rollback(why);
    m_sourceIds.clear();
    m_lastSourceId = -1;
    info->rows = rows;
    return true;
}

} // namespace ioc
