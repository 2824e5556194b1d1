#pragma once

#include "cameras.h"
#include "catalog.h"
#include "demoseeder.h"
#include "entity.h"
#include "reportimport.h"
#include "servertrust.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <optional>

class QThread;
class QTimer;

namespace ioc {

class CameraFeed;
class LiveStream;
class SyncEngine;

// Where the figures come from and how they get into the cache: the demo dataset (prepared or
// topped up on a thread of its own), an IOC Data API server (two sync engines and the live
// stream on a sync thread: real-time sources come over the stream as the server takes them,
// and are polled every 30 s while it is down; everything every 5 min, everything again while
// offline) or a briefing pack (read-only, no network); and report files imported on a thread of
// their own. Online or offline is a property of the data layer: `connection()`. Nothing here
// touches the cache on the thread that owns the DataSource.
class DataSource : public QObject
{
    Q_OBJECT
public:
    enum class Connection { Demo, Cached, Syncing, Online, Offline, Pack };
    enum class Activity { Syncing, PreparingDemo, DemoByCommune, Importing };

    struct Source
    {
        QString cachePath;
        QUrl server; // empty: the demo data
        QString token;
        ServerTrust trust;
        bool autoSync = true; // false: the server's cache as it is, no network
        int syncTimeoutMs = 20000;
        bool pack = false;  // a briefing pack: read-only, no network
        QString packSource; // the pack's data source: "demo" or the server it came from
    };

    DataSource(const Catalog &catalog, const EntityRegistry &entities, QObject *parent = nullptr);
    ~DataSource() override;

    // Uses this source from now on: stops syncing and starts what the source asks for. For the
    // demo data, demoNeed says what the cache lacks (nullopt: found out on a worker thread).
    void use(const Source &source, std::optional<DemoSeeder::Need> demoNeed);
    const Source &source() const { return m_source; }

    Connection connection() const { return m_connection; }
    bool isDemo() const;
    QString name() const; // the server's address, the pack's source, or empty for the demo data
    QDateTime lastSync() const { return m_lastSync; }
    QString syncError() const { return m_syncError; }
    // a later catalog revision a sync brought (it applies at the next start), or empty
    QString laterCatalog() const { return m_laterCatalog; }
    // the demo data is being prepared for the first time: there is nothing to show yet
    bool waitingForData() const { return m_waitingForData; }
    bool importing() const { return m_importThread != nullptr; }
    bool syncs() const { return m_syncThread != nullptr; } // a server, on its schedule
    // the server's live stream is up: real-time readings arrive as they are taken
    bool isLive() const { return m_live; }
    QString liveError() const { return m_liveError; } // why it is down, once it was tried

    void syncNow();
    // The traffic cameras of a server (CameraFeed): the cameras on screen (only their pictures
    // are fetched) and the one watched live (empty: none). Nothing without a server.
    bool hasCameraFeed() const { return m_cameras != nullptr; }
    void watchCameras(const QStringList &ids);
    void openCameraLive(const QString &id);
    // Imports report files into the cache on a thread of their own, each whole or not at all;
    // one import at a time (false when one is running).
    bool importReports(const QStringList &files);
    // The window closes: the demo preparation stops at its next batch.
    void cancel() { m_cancelSeeding.storeRelaxed(1); }

signals:
    void changed(); // connection, name, last sync, sync error, later catalog or waiting
    // Work in the background: done of total rows (total -1: unknown; done -1: just started);
    // subject: the file being imported.
    void activity(ioc::DataSource::Activity activity, qint64 done, qint64 total,
                  const QString &subject);
    void activityFailed(ioc::DataSource::Activity activity, const QString &error);
    void idle();        // nothing runs in the background any more
    void dataArrived(); // new rows are in the cache (a sync, an import, the demo data)
    // real-time readings from the live stream are in the cache (dataArrived follows); readAt:
    // when the server took them
    void liveArrived(const QDateTime &readAt);
    void importFinished(const QVector<ioc::ImportOutcome> &outcomes);
    // from the camera feed: a new list, new pictures (decoded, in the cache), the live stream's
    void camerasListed(const QVector<ioc::Camera> &list);
    void cameraFrames(const QVector<ioc::CameraFrame> &frames);
    void cameraLiveFrame(const ioc::CameraFrame &frame);
    void cameraLiveChanged(const QString &camera, bool live, const QString &reason);

private:
    void setupSync();
    void setupLive(const QStringList &realtime);
    void setupCameras();
    void onLiveChanged(bool live, const QString &reason);
    void stopSync();
    void startSync(SyncEngine *engine);
    void onSyncFinished(SyncEngine *engine, bool ok, bool cancelled, qint64 rows,
                        const QString &catalogRevision, const QString &error);
    void checkDemo();
    void startSeeding();
    void endSeedingThread();
    bool busy() const;
    void settle(); // emits idle() when nothing runs

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    Source m_source;
    Connection m_connection = Connection::Demo;
    QString m_demoSource; // what the demo cache says it holds, once seeded
    QDateTime m_lastSync;
    QString m_syncError;
    QString m_laterCatalog;
    bool m_waitingForData = false;
    quint64 m_generation = 0; // one per use(): answers about an earlier source are dropped

    QThread *m_syncThread = nullptr;
    SyncEngine *m_syncAll = nullptr;
    SyncEngine *m_syncRealtime = nullptr;
    QSet<SyncEngine *> m_syncing;
    QTimer *m_syncAllTimer = nullptr;
    QTimer *m_syncRealtimeTimer = nullptr;
    LiveStream *m_stream = nullptr;  // on the sync thread, started after the first good sync
    CameraFeed *m_cameras = nullptr; // likewise
    QStringList m_camerasWatched;    // the cameras on screen, and the one watched live
    QString m_cameraLive;
    bool m_streamStarted = false;
    bool m_live = false;
    QString m_liveError;

    QThread *m_seedThread = nullptr;
    QAtomicInt m_cancelSeeding;
    QThread *m_importThread = nullptr;
    QThread *m_checkThread = nullptr;
};

} // namespace ioc
