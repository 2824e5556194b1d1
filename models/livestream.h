#pragma once

#include "cache.h"
#include "catalog.h"
#include "entity.h"
#include "servertrust.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc {

// The server's live stream of the real-time indicators (GET /api/v1/stream, docs/api.md):
// Server-Sent Events, each "readings" event a page of rows as GET /observations gives them.
// An event is checked whole and written with the stream's cursor in one transaction, like a
// page of a sync; one that is malformed, names an unknown code or goes back (a cursor at or
// before the one it stands at) is dropped, the reason logged, nothing of it applied.
// The stream is live from the server's "hello" until it ends: the server closed it, the
// network failed, or no complete event (the server's heartbeats count) came for watchdogMs
// (a hung or trickling connection). Then it opens again after a backoff (1, 2, 4 … s, at most
// maxBackoffMs; a server without a stream, every five minutes). Lives on the sync thread
// beside the SyncEngines; opens its own cache connection there.
class LiveStream : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl server;
        QString token;
        ServerTrust trust;
        QStringList indicators; // the real-time ones (empty: all the server streams)
        QString stream = QStringLiteral("realtime"); // whose sync cursor it moves on
        int watchdogMs = 8000;
        int firstBackoffMs = 1000;
        int maxBackoffMs = 60 * 1000;
        qint64 maxEventBytes = 8LL * 1024 * 1024;
    };

    LiveStream(const Catalog &catalog, const EntityRegistry &entities, const QString &cachePath,
               const Options &options, QObject *parent = nullptr);
    ~LiveStream() override;

    bool isLive() const { return m_live; }

    // One event's text (what comes between blank lines) as the stream reads it; public for the
    // fuzz target and the tests.
    struct Event
    {
        QByteArray type = "message";
        QByteArray data;
        QByteArray id;
        bool comment = false; // not dispatched: comments only (a heartbeat), or no data
    };
    static Event parseEvent(const QByteArray &block);

public slots:
    // Opens the stream, and opens it again whenever it ends, until stop().
    void start();
    void stop();

signals:
    // live: the stream is up (the server's hello came); not live: an attempt ended, live or
    // not, and why (empty when stopped)
    void liveChanged(bool live, const QString &reason);
    // rows of an event are in the cache; readAt: when the server took the readings (invalid
    // when it does not say)
    void applied(qint64 rows, const QDateTime &readAt);
    // an event was not applied, and why
    void dropped(const QString &reason);
    // the server says the cache is too far behind for the stream: a sync should run first
    void behind();

private:
    void open();
    void readMore();
    void handle(const Event &event);
    void applyReadings(const QByteArray &data);
    void end(const QString &reason);
    void drop(const QString &reason);
    void setLive();
    qint64 cachedCursor() const;

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QString m_cachePath;
    Options m_options;
    std::unique_ptr<Cache> m_cache;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<QString> m_stop; // the guard's reason to end the current reply
    QByteArray m_in;                 // what came and is not a whole event yet
    QTimer m_watchdog;
    QTimer m_retry;
    QElapsedTimer m_upSince;
    qint64 m_cursor = 0; // the last row applied, or where the stream started
    int m_failures = 0;
    bool m_running = false;
    bool m_live = false;
};

} // namespace ioc
