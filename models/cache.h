#pragma once

#include "alert.h"
#include "cameras.h"
#include "sourcereadiness.h"
#include "observation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QVector>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace ioc {

// Diagnostics of the cache (debug: every open, with its thread); off unless asked for.
Q_DECLARE_LOGGING_CATEGORY(lcCache)

// The local observation cache: one SQLite file, the only code in the project that speaks SQL.
// One Cache object per thread (each opens its own connection to the same file).
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Cache)
public:
    static constexpr int kSchemaVersion = 7;
    enum class OnConflict { Ignore, Replace };

    Cache();
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // Opens (creating if needed) and migrates. A file that is not a database, is damaged, or
    // was written by a newer schema is reported and left exactly as it was.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    static QString defaultFileName() { return QStringLiteral("ioc-cache.sqlite"); }
    // One cache file per data source, so a server's figures never mix with the demo's:
    // the demo dataset uses defaultFileName().
    static QString fileNameFor(const QUrl &server);

    // Why a row cannot be stored (empty when it can).
    static QString validate(const Observation &o);
    // Writes all rows in one transaction: all of them or none. A bad row fails the batch.
    // meta: key/value pairs stored in the same transaction (a sync cursor with its page).
    bool write(const QVector<Observation> &rows, OnConflict onConflict, QString *error,
               const QVector<QPair<QString, QString>> &meta = {});

    // One series, the latest revision of each period, in period order.
    // Stores each row as the next revision of its (indicator, entity, period), in one
    // transaction; a row equal in value and plans to the newest revision is left alone.
    bool appendRevisions(const QVector<Observation> &rows, int *added, int *changed, int *unchanged,
                         QString *error);
    // The same for rows that come a batch at a time (nextBatch answers an empty batch at the
    // end), all in the one transaction: a large import never holds every row as observations.
    bool appendRevisions(const std::function<QVector<Observation>()> &nextBatch, int *added,
                         int *changed, int *unchanged, QString *error);

    // A server's snapshot (snapshotformat.h, docs/api.md) for a cache that holds no observations
    // yet. Every row is read once and checked (keyCheck for the codes and the period: empty
    // when fine, else why not; then revisions, numbers, times and sources), then all rows are
    // copied as they are, in key order, in one transaction together with `meta` and the
    // snapshot's cursor (stored under cursorKey). Anything
    // wrong: nothing changes, and error says what and where.
    struct SnapshotInfo
    {
        qint64 rows = 0;
        qint64 cursor = 0;
    };
    using KeyCheck = std::function<QString(QByteArrayView indicator, QByteArrayView entity,
                                           QByteArrayView period)>;
    bool adoptSnapshot(const QString &file, const KeyCheck &keyCheck, const QString &cursorKey,
                       const QVector<QPair<QString, QString>> &meta, SnapshotInfo *info,
                       QString *error);

    QVector<Observation> series(const QString &indicator, const QString &entity) const;
    // The same from fromPeriod on, and the `before` periods just before it (so that the latest
    // figure known at any time from fromPeriod on is there, and the one before it).
    QVector<Observation> seriesFrom(const QString &indicator, const QString &entity,
                                    const QString &fromPeriod, int before) const;
    // Every entity's rows of an indicator (latest revisions), optionally one entity only.
    QVector<Observation> observations(const QString &indicator, const QString &entity = {}) const;
    // Rows of an indicator (all entities, latest revisions) whose period keys fall in one of the
    // inclusive ranges; keys of one frequency sort in time order.
    QVector<Observation> observationsInRanges(const QString &indicator,
                                              const QVector<QPair<QString, QString>> &ranges) const;
    // Every revision of one (indicator, entity, period), oldest first.
    QVector<Observation> revisions(const QString &indicator, const QString &entity,
                                   const QString &period) const;
    qint64 observationCount() const;
    // SQLite's own full check of the file (slow on a large cache: for tests and diagnostics).
    bool integrityCheck(QString *error) const;

    // The traffic cameras (schema 5): the list as the server last gave it (cameras it no longer
    // lists go, with their pictures), and each camera's latest picture (an older one than the
    // one kept is ignored). cameraFrames() gives them undecoded.
    bool storeCameras(const QVector<Camera> &list, QString *error);
    QVector<Camera> cameras(QString *error = nullptr) const;
    bool storeCameraFrame(const CameraFrame &frame, QString *error);
    QVector<CameraFrame> cameraFrames(QString *error = nullptr) const;

    // What the data-readiness view asks of an indicator, as known at `before`: each period from
    // fromPeriod on, in period order, with its first and last arrival and how many entities
    // reported it (read through the key, entity by entity: the periods before fromPeriod are
    // not visited); and, for an indicator with nothing since, its newest period and arrival
    // (which reads all its rows).
    struct PeriodArrivals
    {
        QString period;
        QDateTime first;
        QDateTime last;
        int entities = 0;
    };
    QVector<PeriodArrivals> arrivalsSince(const QString &indicator, const QString &fromPeriod,
                                          const QDateTime &before) const;
    struct Receipt
    {
        QString latestPeriod; // empty: nothing yet
        QDateTime lastArrival;
    };
    Receipt latestReceipt(const QString &indicator, const QDateTime &before) const;
    // The import journal (schema 6): each report file imported here, taken or refused.
    bool recordImport(const ImportRecord &record, QString *error);
    QVector<ImportRecord> importJournal(const QDateTime &since, QString *error = nullptr) const;

    // The alert journal (schema 2, one alert per key since 3). Each status is compared with the
    // last one seen of its (indicator, entity): a rise to warn or to critical is journaled as an
    // alert, once per (indicator, entity, period, severity) (a key seen for the first time only
    // sets what later ones are compared with; NoData is ignored). One transaction; raised gets
    // the new alerts.
    bool recordStatuses(const QVector<StatusSeen> &seen, const QDateTime &at,
                        QVector<Alert> *raised, QString *error);
    // Every alert, newest first. A journal that cannot be read, or holds a damaged row, gives
    // nothing and says why in *error (never an emptied or shortened list without a word).
    QVector<Alert> alerts(QString *error = nullptr) const;
    // Stores who acknowledged an alert, when, and their note; updated gets the alert as stored.
    bool acknowledgeAlert(qint64 id, const QString &by, const QString &note, const QDateTime &at,
                          Alert *updated, QString *error);
    // Replaces the journal with these alerts as they are (a briefing pack's journal).
    bool replaceAlerts(const QVector<Alert> &alerts, QString *error);

    // While set, reads see the cache as it was known at that moment: a revision fetched later
    // is not there (a view of a past day shows no correction imported after it).
    void setKnownAt(const QDateTime &knownAt) { m_knownAt = knownAt; }
    QDateTime knownAt() const { return m_knownAt; }

    // While set, every observation a read returns is also appended here (a briefing pack
    // collects the rows its screens read).
    void setReadRecorder(QVector<Observation> *recorder) { m_recorder = recorder; }

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);

    // Whether a row's column holds the same optional number (NULL for none): a revision is new
    // only when its value or one of its plans differs from the newest one's. The server's
    // store asks the same of its rows.
    static bool sameNumber(::sqlite3_stmt *row, int column, const std::optional<double> &number);

private:
    static ::sqlite3 *nativeHandle(const QSqlDatabase &db); // null: not SQLite
    bool exec(const QString &sql, QString *error);
    // Validates and inserts rows inside the caller's transaction; problem says why not.
    bool insertRows(::sqlite3 *handle, const QVector<Observation> &rows, OnConflict onConflict,
                    QString *problem);
    // One batch of appendRevisions inside its transaction (`newest` reads a key's newest
    // revision); rows are numbered from offset + 1 in a problem.
    bool appendBatch(::sqlite3 *handle, ::sqlite3_stmt *newest, const QVector<Observation> &rows,
                     int offset, int *added, int *changed, int *unchanged, QString *problem);
    bool migrate(int from, QString *error);
    int sourceId(const QString &kind, const QString &ref, QString *error);
    // Rows of `sql` (kSelectColumns and a condition), text parameters ?1, ?2, ... bound in order.
    enum class Revisions { Newest, All };
    static void keepNewest(QVector<Observation> *rows);
    QVector<Observation> select(const QByteArray &sql, const QList<QByteArray> &binds,
                                Revisions revisions = Revisions::Newest) const;

    QString m_path;
    QDateTime m_knownAt;
    QString m_connection;
    mutable QHash<QByteArray, sqlite3_stmt *> m_statements; // prepared reads, by SQL
    QHash<QString, int> m_sourceIds;                        // "kind\nref" -> id
    QString m_lastSourceKind;
    QString m_lastSourceRef;
    int m_lastSourceId = -1;
    QVector<Observation> *m_recorder = nullptr;
};

} // namespace ioc
