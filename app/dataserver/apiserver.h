#pragma once

#include "accesstokens.h"
#include "cameraservice.h"
#include "catalog.h"
#include "entity.h"
#include "httplistener.h"
#include "reportimport.h"
#include "serverstore.h"

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace ioc {

// The IOC Data API v1 (docs/api.md) over a ServerStore: who may do what (AccessTokens), the
// request log, and the answers. HttpListener carries it over HTTP or HTTPS.
class ApiServer : public QObject, public HttpHandler
{
    Q_OBJECT
public:
    // With no tokens, anyone may do anything ("--no-auth", loopback only: ioc-dataserver
    // enforces that).
    ApiServer(const Catalog &catalog, const QByteArray &catalogMetaJson,
              const EntityRegistry &entities, ServerStore &store, const AccessTokens &tokens,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // The port it listens on (0 picks a free one), or 0 when it cannot listen.
    quint16 listen(const QHostAddress &address, quint16 port);
    // HTTPS from the next listen() on (HttpListener::loadTls).
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    void setLimits(const HttpListener::Limits &limits);
    HttpListener *listener() const { return m_http.get(); }

    // A new set of tokens (SIGHUP): requests from now on are checked against it.
    // Open live streams end: their clients open them again, with tokens checked anew.
    void setTokens(const AccessTokens &tokens);
    // Appends one JSON line per request to the file (docs/api.md, "Request log"); the file is
    // opened for appending only and made readable by the server's user alone.
    bool setAuditLog(const QString &path, QString *error);

    using Reply = HttpReply;
    // The whole API as a function of the request, for tests: admit, then respond at once.
    // Reports change the store, so handle() is not const; body: the request body (POST).
    Reply handle(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                 const QByteArray &ifNoneMatch, const QByteArray &body = {});
    static Reply error(int status, const QByteArray &code, const QString &message);

    std::optional<HttpReply> admit(const HttpRequest &request) override;
    void respond(const HttpRequest &request, std::function<void(HttpReply)> done) override;
    void served(const HttpRequest &request, const HttpReply &reply, qint64 bytesSent,
                qint64 elapsedMs) override;

    // The snapshot GET /snapshot serves (ServerStore::writeSnapshot); until one is set, that
    // path answers 404 and clients page through /observations from the start. It is streamed
    // from its file; its compressed copies ("file.zst", "file.gz") are written beside it in
    // the background, and served once they are whole (snapshotCoded); until then every client
    // gets the file as it is.
    void setSnapshot(const ServerStore::Snapshot &snapshot);
    ServerStore::Snapshot snapshot() const { return m_snapshot; }
    bool snapshotCodingsReady() const { return !m_snapshotCoded.isEmpty(); }
    // what went out on the wire since the start (headers and bodies, as sent)
    qint64 bytesSent() const { return m_bytesSent; }

    // GET /api/v1/stream (docs/api.md, "Live stream"): the real-time indicators' new rows, sent
    // to every client holding the stream as soon as publish() is told they are stored (by the
    // live readings, with the time they were taken, and by reports), and a heartbeat every
    // heartbeatMs so a client can tell a quiet stream from a dead one.
    void publish(const QDateTime &readAt = {});
    void setHeartbeatMs(int ms);
    int streams() const; // clients holding the stream now
    CameraService *cameras() const { return m_cameras.get(); }
    static constexpr int kMaxStreams = 384;
    static constexpr int kDefaultHeartbeatMs = 3000;

signals:
    // the current snapshot's compressed copies are whole and served from now on
    void snapshotCoded();

private:
    // The token the request presents (nullptr with open access), or the 401 refusing it.
    std::optional<Reply> authenticate(const HttpRequest &request, const AccessToken **token) const;
    Reply answer(const HttpRequest &request) const;
    Reply catalog() const;
    Reply entities() const;
    Reply stream(const HttpRequest &request, const AccessToken &token);
    void heartbeat();
    Reply observations(const QUrlQuery &query, const QByteArray &ifNoneMatch) const;
    // GET /submissions: the reports sent since `since` (default: the last kSubmissionDays),
    // stored or refused, the newest first; with a sender, only those it sent
    Reply submissions(const QUrlQuery &query, const QByteArray &ifNoneMatch,
                      const QString &sender) const;
    static constexpr int kSubmissionDays = 35;
    static constexpr int kMaxSubmissions = 500;
    // A report's file name from the query, or the 400 refusing it.
    static std::optional<Reply> reportName(const QUrlQuery &query, QString *file);
    static ImportResult parseReport(const Catalog &catalog, const EntityRegistry &entities,
                                    const QByteArray &body, const QString &file);
    // A report's rows checked against the token here; then stored on m_writes through a
    // connection of its own (reads go on meanwhile), `done` called back on this thread.
    void storeReport(const ImportResult &result, const AccessToken &token,
                     std::function<void(HttpReply)> done);
    // The 422 refusing a report (its problems, or rows outside what the token may carry), or
    // nothing; and the report as the submissions journal keeps it.
    std::optional<Reply> checkReport(const ImportResult &result, const AccessToken &token,
                                     ServerStore::Submission *submission) const;
    // coding: the one the request takes; a copy compressed so already is served as it is
    Reply snapshotFile(const QByteArray &ifNoneMatch, const QByteArray &coding) const;
    // The reply compressed as the request accepts (contentcoding); not a streamed file.
    void encode(const HttpRequest &request, Reply *reply);

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QByteArray m_catalogJson;
    QByteArray m_catalogEtag;
    QByteArray m_entitiesJson;
    ServerStore &m_store;
    AccessTokens m_tokens;
    ServerStore::Snapshot m_snapshot;
    QHash<QByteArray, QString> m_snapshotCoded; // the current snapshot's copies, by coding
    int m_snapshotGeneration = 0;               // which setSnapshot the copies are of
    QThreadPool m_coders;                       // one at a time, off the event loop
    QSslConfiguration m_tls;
    HttpListener::Limits m_limits;
    std::unique_ptr<HttpListener> m_http;
    QFile m_audit;
    QThreadPool m_parsers;                    // reports are parsed here, at most two at once
    QThreadPool m_writes;                     // and stored here, one at a time
    std::shared_ptr<ServerStore> m_writer;    // its connection (opened at the first report)
    AccessToken m_open;                       // the caller when there are no tokens
    std::unique_ptr<CameraService> m_cameras; // the traffic cameras' answers
    qint64 m_bytesSent = 0;

    struct Subscriber
    {
        std::shared_ptr<HttpEventStream> events;
        qint64 cursor = 0;      // the last row it was sent
        QStringList indicators; // what it asked for: real-time codes, never empty
        QDateTime expires;      // its token's end: the stream ends then
    };
    // the rows a stream's client was not sent yet: from its cursor, of its indicators, a page
    ServerStore::Page unsent(const Subscriber &s, QString *error) const;
    QVector<Subscriber> m_subscribers;
    QStringList m_realtime; // the catalog's real-time indicators
    QTimer m_heartbeat;
    qint64 m_published = 0; // the store's last row when the streams were last sent theirs
};

} // namespace ioc
