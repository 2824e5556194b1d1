#pragma once

#include "cache.h"
#include "catalog.h"
#include "entity.h"
#include "servertrust.h"
#include "sourcereadiness.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <memory>

class QJsonArray;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace ioc {

// Pulls the catalog and then observations from an IOC Data API server (docs/api.md) into the
// cache, incrementally from the last cursor. Each page is checked whole and written with its
// cursor in one transaction: whatever fails, the cache is as it was before that page.
// Retries 5xx answers and timeouts with backoff, gives up at once on other 4xx answers.
// The only code in the project with a QNetworkAccessManager. Lives on one thread (it opens
// its own cache connection there); the token never goes into the cache or a message.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl server;       // e.g. http://127.0.0.1:8787 (the API is under /api/v1)
        QString token;     // sent over HTTPS or to this computer only (ServerTrust::sendsToken)
        ServerTrust trust; // the city's CA; whether plain HTTP was allowed for this server
        int pageSize = 20000;
        int timeoutMs = 20000;
        int maxAttempts = 4;
        int firstBackoffMs = 1000;
        qint64 maxBodyBytes = 64LL * 1024 * 1024;
        // A stream: only these indicators (empty: all), with its own cursor in the cache, so
        // real-time sources can be synced every few seconds and monthly ones rarely.
        QStringList indicators;
        QString stream = QStringLiteral("all");
        // An empty cache starts from the server's snapshot (GET /snapshot) when it has one.
        bool useSnapshot = true;
        qint64 maxSnapshotBytes = 4LL * 1024 * 1024 * 1024;
    };
    struct Summary
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        int httpStatus = 0;      // of the failing request
        int pages = 0;           // pages with rows
        int notModified = 0;     // 304 answers
        qint64 rows = 0;         // rows stored
        qint64 remaining = -1;   // the server's estimate of rows still to come (-1: unknown)
        QString catalogRevision; // of the catalog the server published (empty: unchanged, 304)
        QString cursor;
        qint64 elapsedMs = 0;
        qint64 snapshotRows = 0; // of those rows, how many came in the snapshot
        QString snapshotNote;    // why a snapshot was tried and not used (pages were, instead)
        int submissions = -1;    // reports sent to the server this month (-1: not listed)
        QString submissionsNote; // why they could not be read (the sync succeeded still)
    };

    SyncEngine(const Catalog &catalog, const EntityRegistry &entities, const QString &cachePath,
               const Options &options, QObject *parent = nullptr);
    ~SyncEngine() override;

    bool isRunning() const { return m_running; }
    static QString metaCursor(const QString &stream = QStringLiteral("all"))
    {
        return stream == QLatin1String("all") ? QStringLiteral("sync_cursor")
                                              : QStringLiteral("sync_cursor_") + stream;
    }
    static QString metaLastSuccess() { return QStringLiteral("sync_last_success"); }

    // One page of GET /observations, every row checked against the catalog and the entities;
    // nullopt and the problem when any of it is not usable (nothing of it is stored then).
    struct Page
    {
        QVector<Observation> rows;
        QString cursor;
        bool more = false;
        qint64 remaining = -1;
    };
    static std::optional<Page> parsePage(const QByteArray &body, const Catalog &catalog,
                                         const EntityRegistry &entities, QString *problem);
    // GET /submissions (docs/api.md): the reports sent to a server, as journal records of that
    // origin; nullopt and the problem when any of it is not usable (nothing is kept then).
    static std::optional<QVector<ImportRecord>>
    parseSubmissions(const QByteArray &body, const QString &origin, QString *problem);
    static constexpr int kMaxSubmissions = 500;
    // The server's published catalog (JSON, validated), for Catalog::preferred at the next start.
    static QString metaCatalogJson() { return QStringLiteral("sync_catalog_json"); }

public slots:
    void start();
    void cancel();

signals:
    // remaining: the server's estimate of rows still to come, -1 when it gives none
    void progress(qint64 rows, int pages, qint64 remaining);
    // The snapshot of a first sync on its way (rows in proportion to the bytes), then stored.
    void snapshotProgress(qint64 arrived, qint64 total);
    // An attempt failed and will be retried: the server is not reachable right now.
    void retrying(int attempt, const QString &reason);
    void finished(const ioc::SyncEngine::Summary &summary);

private:
    using Done = std::function<void(int status, const QByteArray &body, const QByteArray &etag)>;
    void get(const QString &path, const QUrlQuery &query, const QByteArray &etag, const Done &done,
             int attempt = 1);
    void fetchCatalog();
    void fetchObservations();
    void fetchSnapshot();
    void fetchSubmissions();
    void adoptSnapshot(const QString &file);
    QNetworkRequest request(const QString &path, const QUrlQuery &query,
                            const QByteArray &etag) const;
    QString serverName() const;
    // Watches a reply for what stops a sync at once, on any attempt: a certificate the console
    // does not trust, a redirect to another origin (never followed: the token would go there).
    // The reason, once one happened.
    std::shared_ptr<QString> guard(QNetworkReply *reply);
    // A row of a page whose columns are expectedColumns (with the annual plan) or all but the
    // last (a server from before it)
    static std::optional<Observation> parseRow(const QJsonArray &row, bool withAnnualPlan,
                                               const Catalog &catalog,
                                               const EntityRegistry &entities, QString *why);
    bool storePage(const QByteArray &body, const QByteArray &etag, bool *more, QString *error);
    void finish(bool ok, const QString &error, int status = 0);
    QString describe(int status, const QByteArray &body) const;

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QString m_cachePath;
    Options m_options;
    std::unique_ptr<Cache> m_cache;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_backoff;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_snapshotTried = false;
    bool m_optionalStep = false; // a request whose failure does not fail the sync
    Summary m_summary;
    QElapsedTimer m_clock;
};

} // namespace ioc

Q_DECLARE_METATYPE(ioc::SyncEngine::Summary)
