#include "datasource.h"

#include "camerafeed.h"

#include "cache.h"
#include "livestream.h"
#include "syncengine.h"

#include <QThread>
#include <QTimer>

namespace ioc {

DataSource::DataSource(const Catalog &catalog, const EntityRegistry &entities, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
{
    qRegisterMetaType<ioc::SyncEngine::Summary>();
}

DataSource::~DataSource()
{
    stopSync();
    m_cancelSeeding.storeRelaxed(1);
    // a report file takes a moment; its rows go in whole or not at all
    for (QThread *t : {m_seedThread, m_importThread, m_checkThread}) {
        if (t) {
            t->wait();
            delete t;
        }
    }
}

bool DataSource::isDemo() const
{
    const QString n = name();
    return n.isEmpty() || n == DemoGenerator::sourceKind();
}

QString DataSource::name() const
{
    if (m_source.pack)
        return m_source.packSource;
    if (!m_source.server.isEmpty())
        return m_source.server.toString(QUrl::RemoveUserInfo);
    return m_demoSource;
}

void DataSource::use(const Source &source, std::optional<DemoSeeder::Need> demoNeed)
{
    stopSync();
    ++m_generation;
    m_source = source;
    m_lastSync = QDateTime();
    m_syncError.clear();
    m_waitingForData = false;
    m_connection = Connection::Demo;
    if (m_source.pack) {
        m_connection = Connection::Pack;
    } else if (!m_source.server.isEmpty()) {
        m_connection = Connection::Cached;
        if (m_source.autoSync)
            setupSync();
    } else if (!demoNeed) {
        checkDemo();
    } else if (*demoNeed != DemoSeeder::Need::Nothing) {
        m_waitingForData = *demoNeed == DemoSeeder::Need::Everything;
        startSeeding();
    } else {
        m_demoSource = DemoGenerator::sourceKind();
    }
    emit changed();
}

// What the demo cache lacks, found out on a thread of its own; then prepared as needed.
void DataSource::checkDemo()
{
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
    const QString path = m_source.cachePath;
    const quint64 generation = m_generation;
    m_checkThread = QThread::create([this, path, generation] {
        Cache cache;
        QString error;
        const auto need = cache.open(path, &error)
                              ? DemoSeeder::need(cache, QDateTime::currentDateTime())
                              : DemoSeeder::Need::Everything;
        QMetaObject::invokeMethod(this, [this, need, generation] {
            if (generation != m_generation)
                return; // another source meanwhile
            if (need == DemoSeeder::Need::Nothing) {
                m_demoSource = DemoGenerator::sourceKind();
            } else {
                m_waitingForData = need == DemoSeeder::Need::Everything;
                startSeeding();
            }
            emit changed();
        });
    });
    m_checkThread->setObjectName(QStringLiteral("demo-check"));
    m_checkThread->start();
}

void DataSource::setupSync()
{
    m_syncThread = new QThread(this);
    m_syncThread->setObjectName(QStringLiteral("sync"));
    QStringList realtime;
    for (const Indicator &i : m_catalog.indicators()) {
        if (i.frequency == Frequency::Realtime)
            realtime << i.code;
    }
    for (const bool everything : {true, false}) {
        SyncEngine::Options o;
        o.server = m_source.server;
        o.token = m_source.token;
        o.trust = m_source.trust;
        o.timeoutMs = m_source.syncTimeoutMs;
        if (!everything) {
            o.stream = QStringLiteral("realtime");
            o.indicators = realtime;
        }
        auto *engine = new SyncEngine(m_catalog, m_entities, m_source.cachePath, o);
        engine->moveToThread(m_syncThread);
        connect(m_syncThread, &QThread::finished, engine, &QObject::deleteLater);
        connect(engine, &SyncEngine::progress, this, [this](qint64 rows, int, qint64 remaining) {
            emit activity(Activity::Syncing, rows, remaining < 0 ? -1 : rows + remaining, {});
        });
        connect(engine, &SyncEngine::snapshotProgress, this, [this](qint64 arrived, qint64 total) {
            emit activity(Activity::Syncing, arrived, total, {});
        });
        connect(engine, &SyncEngine::retrying, this, [this](int, const QString &reason) {
            // said at the first failed attempt; the engine keeps trying in the background
            m_connection = Connection::Offline;
            m_syncError = reason;
            emit changed();
        });
        connect(engine, &SyncEngine::finished, this, [this, engine](const SyncEngine::Summary &s) {
            onSyncFinished(engine, s.ok, s.cancelled, s.rows, s.catalogRevision, s.error);
        });
        (everything ? m_syncAll : m_syncRealtime) = engine;
    }
    setupLive(realtime);
    setupCameras();
    m_syncThread->start();
    m_syncRealtimeTimer = new QTimer(this);
    connect(m_syncRealtimeTimer, &QTimer::timeout, this, [this] {
        startSync(m_connection == Connection::Offline ? m_syncAll : m_syncRealtime);
    });
    m_syncRealtimeTimer->start(30 * 1000);
    m_syncAllTimer = new QTimer(this);
    connect(m_syncAllTimer, &QTimer::timeout, this, [this] { startSync(m_syncAll); });
    m_syncAllTimer->start(5 * 60 * 1000);
    m_connection = Connection::Syncing;
    QTimer::singleShot(0, this, [this] { startSync(m_syncAll); });
}

void DataSource::setupLive(const QStringList &realtime)
{
    LiveStream::Options o;
    o.server = m_source.server;
    o.token = m_source.token;
    o.trust = m_source.trust;
    o.indicators = realtime;
    m_stream = new LiveStream(m_catalog, m_entities, m_source.cachePath, o);
    m_stream->moveToThread(m_syncThread);
    connect(m_syncThread, &QThread::finished, m_stream, &QObject::deleteLater);
    connect(m_stream, &LiveStream::liveChanged, this, &DataSource::onLiveChanged);
    connect(m_stream, &LiveStream::applied, this, [this](qint64 rows, const QDateTime &readAt) {
        if (rows <= 0)
            return;
        emit liveArrived(readAt);
        emit dataArrived();
    });
    // the cache is too far behind for the stream: the real-time sync brings it up first
    connect(m_stream, &LiveStream::behind, this, [this] { startSync(m_syncRealtime); });
}

void DataSource::setupCameras()
{
    CameraFeed::Options o;
    o.server = m_source.server;
    o.token = m_source.token;
    o.trust = m_source.trust;
    m_cameras = new CameraFeed(m_source.cachePath, o);
    // what the window shows now: fetched once the feed starts
    m_cameras->watch(m_camerasWatched);
    m_cameras->openLive(m_cameraLive);
    m_cameras->moveToThread(m_syncThread);
    connect(m_syncThread, &QThread::finished, m_cameras, &QObject::deleteLater);
    connect(m_cameras, &CameraFeed::listed, this, &DataSource::camerasListed);
    connect(m_cameras, &CameraFeed::framesArrived, this, &DataSource::cameraFrames);
    connect(m_cameras, &CameraFeed::liveFrame, this, &DataSource::cameraLiveFrame);
    connect(m_cameras, &CameraFeed::liveChanged, this, &DataSource::cameraLiveChanged);
}

void DataSource::watchCameras(const QStringList &ids)
{
    m_camerasWatched = ids; // a feed made later (another server) starts from them
    if (m_cameras)
        QMetaObject::invokeMethod(
            m_cameras, [feed = m_cameras, ids] { feed->watch(ids); }, Qt::QueuedConnection);
}

void DataSource::openCameraLive(const QString &id)
{
    m_cameraLive = id;
    if (m_cameras)
        QMetaObject::invokeMethod(
            m_cameras, [feed = m_cameras, id] { feed->openLive(id); }, Qt::QueuedConnection);
}

void DataSource::onLiveChanged(bool live, const QString &reason)
{
    if (!m_syncRealtimeTimer)
        return; // an answer about a source no longer used
    m_live = live;
    m_liveError = reason;
    if (live) {
        m_syncRealtimeTimer->stop(); // the stream brings the real-time readings now
    } else if (!m_syncRealtimeTimer->isActive()) {
        // back to polling, at once: what the stream would have brought comes this way
        m_syncRealtimeTimer->start(30 * 1000);
        startSync(m_connection == Connection::Offline ? m_syncAll : m_syncRealtime);
    }
    emit changed();
}

void DataSource::onSyncFinished(SyncEngine *engine, bool ok, bool cancelled, qint64 rows,
                                const QString &catalogRevision, const QString &error)
{
    m_syncing.remove(engine);
    if (ok && !m_streamStarted && m_stream) {
        // the stream goes on from where the cache stands, so it opens after a sync
        m_streamStarted = true;
        QMetaObject::invokeMethod(m_stream, &LiveStream::start, Qt::QueuedConnection);
        if (m_cameras)
            QMetaObject::invokeMethod(m_cameras, &CameraFeed::start, Qt::QueuedConnection);
    }
    if (ok) {
        m_connection = Connection::Online;
        m_lastSync = QDateTime::currentDateTime();
        m_syncError.clear();
        if (!catalogRevision.isEmpty()
            && Catalog::isLaterRevision(catalogRevision, m_catalog.revision()))
            m_laterCatalog = catalogRevision;
    } else if (!cancelled) {
        // the last good figures stay on screen; the timers try again by themselves
        m_connection = Connection::Offline;
        m_syncError = error;
    }
    emit changed();
    if (ok && rows > 0)
        emit dataArrived();
    settle();
}

void DataSource::stopSync()
{
    if (!m_syncThread)
        return;
    delete m_syncRealtimeTimer;
    delete m_syncAllTimer;
    m_syncRealtimeTimer = m_syncAllTimer = nullptr;
    if (m_stream) // its connections go before the thread does
        disconnect(m_stream, nullptr, this, nullptr);
    m_stream = nullptr;
    if (m_cameras)
        disconnect(m_cameras, nullptr, this, nullptr);
    m_cameras = nullptr;
    m_streamStarted = m_live = false;
    m_liveError.clear();
    m_syncThread->quit();
    m_syncThread->wait();
    delete m_syncThread; // its engines were deleted with their thread's last events
    m_syncThread = nullptr;
    m_syncAll = m_syncRealtime = nullptr;
    m_syncing.clear();
    settle();
}

void DataSource::syncNow()
{
    startSync(m_syncAll);
}

void DataSource::startSync(SyncEngine *engine)
{
    if (!engine || m_syncing.contains(engine) || !m_syncing.isEmpty())
        return; // one sync at a time: the next tick comes soon enough
    m_syncing.insert(engine);
    if (m_connection != Connection::Offline)
        m_connection = Connection::Syncing;
    emit activity(Activity::Syncing, -1, -1, {});
    emit changed();
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
}

void DataSource::startSeeding()
{
    if (m_seedThread && m_seedThread->isRunning())
        return; // it carries on with the same demo cache
    delete m_seedThread;
    m_seedThread = nullptr;
    emit activity(Activity::PreparingDemo, -1, -1, {});
    const QString path = m_source.cachePath;
    QAtomicInt *cancel = &m_cancelSeeding;
    // answers count while the demo data is the source (the user may switch to a server)
    const auto stillDemo = [this] {
        return m_source.server.isEmpty() && !m_source.pack;
    };
    m_seedThread = QThread::create([this, path, cancel, stillDemo] {
        Cache cache;
        QString error;
        const auto fail = [this, stillDemo](const QString &error) {
            QMetaObject::invokeMethod(this, [this, error, stillDemo] {
                if (stillDemo())
                    emit activityFailed(Activity::PreparingDemo, error);
            });
        };
        if (!cache.open(path, &error))
            return fail(error);
        DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed,
                          QDateTime::currentDateTime());
        gen.setHistoryYears(DemoSeeder::historyYears(cache));
        for (const auto part : {DemoGenerator::Part::Overview, DemoGenerator::Part::Communes}) {
            const Activity what = part == DemoGenerator::Part::Overview ? Activity::PreparingDemo
                                                                        : Activity::DemoByCommune;
            auto progress = [this, what](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, what, done, total] { emit activity(what, done, total, {}); });
            };
            if (!DemoSeeder::seed(cache, gen, part, progress, cancel, &error)) {
                if (!cancel->loadRelaxed())
                    fail(error);
                return;
            }
            QMetaObject::invokeMethod(this, [this, stillDemo] {
                if (!stillDemo())
                    return;
                m_demoSource = DemoGenerator::sourceKind();
                m_waitingForData = false;
                emit changed();
                emit dataArrived();
            });
        }
    });
    connect(m_seedThread, &QThread::finished, this, &DataSource::settle);
    m_seedThread->setObjectName(QStringLiteral("demo-seeder"));
    m_seedThread->start(QThread::LowPriority);
}

bool DataSource::importReports(const QStringList &files)
{
    if (m_importThread || files.isEmpty())
        return false; // one import at a time
    emit activity(Activity::Importing, -1, -1, files.first());
    const QString path = m_source.cachePath;
    m_importThread = QThread::create([this, path, files] {
        QVector<ImportOutcome> outcomes;
        const ReportImporter importer(m_catalog, m_entities);
        Cache cache;
        QString openError;
        const bool open = cache.open(path, &openError);
        for (const QString &file : files) {
            ImportOutcome o;
            if (open) {
                const QDateTime at = QDateTime::currentDateTime();
                o = importer.importInto(cache, file, at);
                QString journalError; // the journal is a record: the import stands without it
                if (!cache.recordImport(o.record(at), &journalError))
                    qCWarning(lcCache, "the import journal was not written: %s",
                              qUtf8Printable(journalError));
            } else {
                o.result = importer.readFile(file, QDateTime::currentDateTime());
                if (o.result.ok())
                    o.storeError = openError;
            }
            o.result.rows.clear(); // stored; what happened needs the counts only
            outcomes << o;
        }
        QMetaObject::invokeMethod(this, [this, outcomes] {
            m_importThread->wait();
            delete m_importThread;
            m_importThread = nullptr;
            const bool any = std::any_of(outcomes.cbegin(), outcomes.cend(),
                                         [](const ImportOutcome &o) { return o.imported(); });
            settle();
            if (any)
                emit dataArrived();
            emit importFinished(outcomes);
        });
    });
    m_importThread->setObjectName(QStringLiteral("report-import"));
    m_importThread->start();
    return true;
}

bool DataSource::busy() const
{
    return !m_syncing.isEmpty() || (m_seedThread && m_seedThread->isRunning()) || m_importThread;
}

void DataSource::settle()
{
    if (!busy())
        emit idle();
}

} // namespace ioc
