#pragma once

#include "serverstore.h"

#include <QCoreApplication>

struct pg_conn;

namespace ioc {

// ServerStore's PostgreSQL backend (ioc-dataserver --database postgresql://…), through libpq:
// the same tables, the same global sequence as the sync cursor, the same imports. One
// connection per PgStore, used by one thread at a time (libpq connections are not tied to the
// thread that opened them). Several servers may share one database: every write transaction
// first takes one advisory lock, so rows are committed in the order of their sequence numbers
// and a client reading "since" a cursor never misses a row committed later below it.
class PgStore
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ServerStore)
public:
    PgStore() = default;
    ~PgStore();
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

    static bool isLocation(const QString &location);
    // The location without its password (for messages).
    static QString describe(const QString &location);

    // Creates an empty database `name` on the server of `url` (whose user may create
    // databases), dropping one of that name first, and returns its URL; empty and the problem
    // otherwise. For tests and setup.
    static QString createDatabase(const QString &url, const QString &name, QString *error);

    bool open(const QString &url, QString *error);
    QString location() const { return m_url; }
    bool insert(const QVector<Observation> &rows, QString *error);
    bool appendRevisions(const QVector<Observation> &rows, int *added, int *changed, int *unchanged,
                         QString *error);
    ServerStore::Page query(const ServerStore::Query &q, QString *error) const;
    qint64 lastSeq() const;
    std::optional<Observation> latest(const QString &indicator, const QString &entity) const;
    int latestRevision(const QString &indicator, const QString &entity,
                       const QString &period) const;
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);
    bool writeSnapshot(const QString &path, ServerStore::Snapshot *snapshot, QString *error) const;
    bool recordSubmission(const ServerStore::Submission &submission, QString *error);
    QVector<ServerStore::Submission> submissions(const QDateTime &since, const QString &sender,
                                                 int limit, QString *error) const;

    // 3: the reports sent (submissions)
    static constexpr int kSchemaVersion = 3;

private:
    bool connected(QString *error) const; // reconnects a connection that broke
    // rows into the session's table `incoming` (COPY), numbered in their order
    bool load(const QVector<Observation> &rows, QString *error);
    // rows into the store inside a transaction that holds the write lock
    bool copyRows(const QVector<Observation> &rows, QString *error);

    pg_conn *m_conn = nullptr;
    QString m_url;
};

} // namespace ioc
