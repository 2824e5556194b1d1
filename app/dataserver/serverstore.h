#pragma once

#include "observation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <memory>

struct sqlite3;

namespace ioc {

class PgStore;

// ioc-dataserver's store: observations in the order they were stored (the sequence number is
// the sync cursor), every revision kept. In an SQLite file of its own (the embedded default),
// or in a PostgreSQL database that several servers may share (PgStore): the same schema,
// cursor and imports on both.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ServerStore)
public:
    struct StoredRow
    {
        qint64 seq = 0;
        Observation observation;
    };
    struct Query
    {
        qint64 since = 0;
        int limit = 5000;
        QStringList indicators; // empty: all
        QStringList entities;   // empty: all
        QString from;           // period keys; empty: unbounded
        QString to;
    };
    // A query's from and to, read once: whether a stored row's period is within them (every
    // period when the query has neither).
    class PeriodWindow
    {
    public:
        explicit PeriodWindow(const Query &q);
        bool active() const { return m_active; }
        bool admits(const QString &period) const;

    private:
        QDate m_from;
        QDate m_to;
        bool m_active = false;
    };
    struct Page
    {
        QVector<StoredRow> rows;
        qint64 cursor = 0;
        bool more = false;
        qint64 last = 0; // the store's last sequence number as the page was read
    };

    ServerStore();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // A file path (SQLite) or a postgresql://… URL (PgStore::isLocation).
    bool open(const QString &location, QString *error);
    // where it was opened (a file or a URL; empty: not open): another connection to the same
    // store opens it
    QString path() const;
    // All rows or none; a row whose key is already stored is skipped.
    bool insert(const QVector<Observation> &rows, QString *error);
    // A report's rows, each as the next revision of its key, all or none; a row equal in value
    // and plans to the newest revision is skipped (posting a report twice changes nothing).
    bool appendRevisions(const QVector<Observation> &rows, int *added, int *changed, int *unchanged,
                         QString *error);
    Page query(const Query &q, QString *error) const;
    qint64 lastSeq() const;
    int latestRevision(const QString &indicator, const QString &entity,
                       const QString &period) const;
    // The newest revision of the latest period of one indicator and entity (a sensor's last
    // reading), or nothing.
    std::optional<Observation> latest(const QString &indicator, const QString &entity) const;
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);

    // A report sent with POST /reports, stored or refused: who sent what and what was wrong
    // with it (GET /submissions, the console's readiness view of the departments).
    struct Submission
    {
        qint64 id = 0;
        QDateTime at;
        QString token; // the sender's token name, never its secret
        QString file;
        QStringList sheets;
        QStringList sources; // the catalog sources the token reports for (empty: any)
        bool stored = false;
        int figures = 0;
        QStringList problems; // "sheet 'Sở Tài chính', cell D12: …", at most the importer's limit

        // its lists as they are kept (a JSON array of strings) and read back
        static QByteArray encodeList(const QStringList &items);
        static QStringList decodeList(const QByteArray &json);
    };
    // Journals one; those older than kKeepSubmissionDays go.
    bool recordSubmission(const Submission &submission, QString *error);
    // Those received at or after `since` (sent with the token `sender` only, unless empty), the
    // newest first, at most `limit`.
    QVector<Submission> submissions(const QDateTime &since, const QString &sender, int limit,
                                    QString *error) const;
    static constexpr int kKeepSubmissionDays = 400;

    struct Snapshot
    {
        QString path;
        qint64 cursor = 0; // the last sequence number it holds
        qint64 rows = 0;
        QDateTime createdAt;
    };
    // Writes every row stored so far into a new snapshot file (docs/api.md, "GET /snapshot"),
    // in key order, through a connection of its own: it may run on another thread while this
    // store keeps serving and storing. The file appears under `path` only when it is complete.
    bool writeSnapshot(const QString &path, Snapshot *snapshot, QString *error) const;

private:
    bool exec(const char *sql, QString *error) const;
    bool insertRows(const QVector<Observation> &rows, QString *error); // inside a transaction
    sqlite3 *m_db = nullptr;
    std::unique_ptr<PgStore> m_pg; // the store is in PostgreSQL
};

} // namespace ioc
