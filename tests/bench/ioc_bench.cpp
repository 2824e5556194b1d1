// ioc-bench: measures the console against the budgets of the issues and prints one JSON object.
// Run it on purpose (scripts/bench.sh); medians over several runs, since the machine is noisy.
#include "briefingpack.h"
#include "cache.h"
#include "narrative.h"
#include "pdfexport.h"
#include "reportimport.h"

#include "../support/keepalive.h"
#include "consoleload.h"
#include "../support/throttleproxy.h"
#include "../support/xlsxfixture.h"
#include "catalog.h"
#include "demodata.h"
#include "demoseeder.h"
#include "entity.h"
#include "forecast.h"
#include "geo.h"
#include "mapview.h"
#include "presentation.h"
#include "kpitile.h"
#include "screenpage.h"
#include "theme.h"
#include "screens.h"
#include "syncengine.h"

#include "apiserver.h"
#include "pgstore.h"
#include "serverstore.h"

#include <QEventLoop>

#include <QApplication>
#include <QCursor>
#include <QToolTip>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <cstdio>

using namespace ioc;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n == 0 ? -1 : n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double rounded(double v, int decimals = 1)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

struct Latencies
{
    double p99 = -1, max = -1, windowMs = 0;
    int count = 0;
};

// GETs of `path`, one after another on a kept-alive connection from another thread, for as
// long as `work` runs on this one (at least a second); their p99 and worst.
template <typename Work> Latencies getsWhile(quint16 port, const QByteArray &path, Work work)
{
    std::atomic<bool> stop{false};
    std::atomic<bool> done{false};
    QVector<double> ms;
    std::thread client([&] {
        const auto finished = qScopeGuard([&] { done = true; });
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(5000))
            return;
        while (!stop) {
            const std::optional<double> took = ioc::test::timedGet(s, path, "bench");
            if (!took)
                return;
            ms << *took;
        }
    });
    QElapsedTimer window;
    window.start();
    work();
    while (window.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double windowMs = double(window.elapsed());
    stop = true;
    while (!done) // the client's last request is answered by this thread's loop
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    client.join();
    Latencies out;
    out.windowMs = windowMs;
    out.count = int(ms.size());
    if (!ms.isEmpty()) {
        std::sort(ms.begin(), ms.end());
        out.p99 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99)));
        out.max = ms.last();
    }
    return out;
}

// A CSV report of `rows` figures of the daily commune-level indicators, from the start of 2024
QByteArray benchReport(const Catalog &catalog, const EntityRegistry &entities, int rows)
{
    QByteArray csv = "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện\n";
    int n = 0;
    for (const Indicator &ind : catalog.indicators()) {
        if (ind.geoLevel != GeoLevel::Commune || ind.frequency != Frequency::Daily)
            continue;
        for (QDate d(2024, 1, 1); d < QDate(2026, 4, 1) && n < rows; d = d.addDays(1)) {
            for (const Entity *e : entities.communes()) {
                if (n == rows)
                    break;
                csv += ind.code.toLatin1() + ',' + e->code.toLatin1() + ','
                       + d.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(1 + n % 97)
                       + '\n';
                ++n;
            }
        }
    }
    return csv;
}

// Posts a report over HTTP and waits for the answer (the server runs on this thread); the
// rows it stored, or -1.
int postReport(quint16 port, const QByteArray &csv)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/reports?file=bench.csv").arg(port)));
    request.setRawHeader("Authorization", "Bearer bench");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/csv"));
    QNetworkReply *reply = nam.post(request, csv);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "report: %s\n", qPrintable(reply->errorString()));
        return -1;
    }
    return o.value(QStringLiteral("added")).toInt() + o.value(QStringLiteral("changed")).toInt();
}

// a process's peak resident memory: "self" or a process id
qint64 peakRssKb(const QString &process)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(process));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString status = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(QStringLiteral(R"(VmHWM:\s+(\d+))")).match(status);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

qint64 selfPeakRssKb()
{
    return peakRssKb(QStringLiteral("self"));
}

struct FirstSyncs
{
    double wallMs = -1; // from the first start to the last finish
    int snapshots = 0;  // consoles whose sync took the whole snapshot
    qint64 serverPeakKb = -1;
};

// ioc-dataserver serving `dir` in a process of its own (open access, a free port), once it
// says where; its port, or 0 (the reason on stderr).
quint16 startServer(QProcess &server, const QString &dir, const QStringList &more)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(IOC_DATASERVER),
                 QStringList{QStringLiteral("--data"), dir, QStringLiteral("--no-auth"),
                             QStringLiteral("--port"), QStringLiteral("0")}
                     + more);
    QByteArray line;
    QElapsedTimer wait;
    wait.start();
    while (!line.contains('\n') && wait.elapsed() < 600000
           && server.state() != QProcess::NotRunning)
        if (server.waitForReadyRead(1000))
            line += server.readAllStandardOutput();
    const auto port
        = QRegularExpression(QStringLiteral(R"(:(\d+)/api/v1/)")).match(QString::fromLatin1(line));
    if (!port.hasMatch())
        std::fprintf(stderr, "ioc-dataserver did not start: %s\n", line.constData());
    return port.hasMatch() ? quint16(port.captured(1).toUInt()) : 0;
}

void stopServer(QProcess &server)
{
    server.terminate();
    if (!server.waitForFinished(10000))
        server.kill();
}

// `consoles` first syncs started at once against ioc-dataserver serving the store in `dir`,
// once its snapshot and the snapshot's compressed copies are written (as a server that has
// been up a minute has them).
FirstSyncs firstSyncs(const Catalog &catalog, const EntityRegistry &entities, const QString &dir,
                      int consoles)
{
    FirstSyncs out;
    QProcess server;
    const quint16 port
        = startServer(server, dir, {QStringLiteral("--tick"), QStringLiteral("3600")});
    const QString gz = QDir(dir).filePath(QStringLiteral("snapshot.sqlite.gz"));
    QElapsedTimer wait;
    wait.start();
    while (port && !QFile::exists(gz) && wait.elapsed() < 600000)
        QThread::msleep(200);
    if (port && QFile::exists(gz)) {
        QTemporaryDir caches;
        SyncEngine::Options o;
        o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        std::vector<std::unique_ptr<SyncEngine>> engines;
        int finished = 0;
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < consoles; ++i) {
            engines.push_back(std::make_unique<SyncEngine>(
                catalog, entities, caches.filePath(QStringLiteral("c%1.sqlite").arg(i)), o));
            QObject::connect(engines.back().get(), &SyncEngine::finished, &loop,
                             [&](const SyncEngine::Summary &s) {
                                 out.snapshots += s.ok && s.snapshotRows > 0 && s.pages == 0;
                                 if (!s.snapshotNote.isEmpty())
                                     std::fprintf(stderr, "%s\n", qPrintable(s.snapshotNote));
                                 if (++finished == consoles)
                                     loop.quit();
                             });
            QMetaObject::invokeMethod(engines.back().get(), &SyncEngine::start,
                                      Qt::QueuedConnection);
        }
        loop.exec();
        out.wallMs = double(clock.elapsed());
        out.serverPeakKb = peakRssKb(QString::number(server.processId()));
    }
    stopServer(server);
    return out;
}

struct Startup
{
    double wallMs = -1;  // from process start to the line on stdout
    double paintMs = -1; // as the console measured it from main()
    double peakRssMb = -1;
};

// Starts the console, waits for S01 to be painted with data, and reads its own figures.
Startup startConsole(const QString &dataDir)
{
    Startup s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(IOC_CONSOLE),
            {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--exit-after-first-paint"),
             QStringLiteral("--lang"), QStringLiteral("vi")});
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
        if (s.wallMs < 0 && out.contains("first_paint_ms"))
            s.wallMs = double(t.nsecsElapsed()) / 1e6;
        if (t.elapsed() > 120000) {
            p.kill();
            break;
        }
    }
    p.waitForFinished();
    out += p.readAllStandardOutput();
    const QString text = QString::fromUtf8(out);
    const auto paint = QRegularExpression(QStringLiteral(R"(first_paint_ms (\d+))")).match(text);
    if (paint.hasMatch())
        s.paintMs = paint.captured(1).toDouble();
    const auto rss = QRegularExpression(QStringLiteral(R"(peak_rss_kb (\d+))")).match(text);
    if (rss.hasMatch())
        s.peakRssMb = rss.captured(1).toDouble() / 1024;
    return s;
}

// The five columns of the import template (docs/import-template.md).
fixture::Row templateHeader()
{
    return fixture::Row{QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Mã đối tượng"),
                        QStringLiteral("Kỳ báo cáo"), QStringLiteral("Thực hiện"),
                        QStringLiteral("Kế hoạch")};
}

struct ChildRun
{
    double ms = -1;
    double peakRssMb = -1; // VmHWM, read every 10 ms while it runs
    int exitCode = -1;
};

// Runs the console headless and watches its peak memory from outside.
ChildRun runConsole(const QStringList &args)
{
    ChildRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(IOC_CONSOLE), args);
    p.waitForStarted();
    QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
    qint64 peakKb = 0;
    while (!p.waitForFinished(10)) {
        if (status.open(QIODevice::ReadOnly)) {
            const auto m = QRegularExpression(QStringLiteral(R"(VmHWM:\s+(\d+))"))
                               .match(QString::fromLatin1(status.readAll()));
            if (m.hasMatch())
                peakKb = std::max(peakKb, m.captured(1).toLongLong());
            status.close();
        }
        if (t.elapsed() > 300000) {
            p.kill();
            p.waitForFinished();
            return r;
        }
    }
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.peakRssMb = double(peakKb) / 1024;
    r.exitCode = p.exitCode();
    return r;
}

} // namespace

// highlight_ms: picking a unit out on S09 (its map and its 114-row ranked table, the tiles'
// line) at 1920x1080: ScreenPage::selectUnit and a synchronous repaint of the page, one unit
// after another through the communes
void benchHighlight(const Catalog &catalog, const EntityRegistry &entities,
                    const QString &cachePath, const QDateTime &end, int runs, QJsonObject *result)
{
    QString error;
    const QVector<ScreenDefinition> screens = ScreenCatalog::builtIn(&error);
    const MapGeometry geometry(GeoReader::builtIn(&entities, &error));
    ScreenLoader loader(catalog, entities, screens, cachePath);
    const auto def = std::find_if(screens.cbegin(), screens.cend(),
                                  [](const ScreenDefinition &d) { return d.code == "S09"; });
    if (def == screens.cend())
        return;
    ScreenPage page(*def, entities, &geometry);
    page.resize(1920, 1080);
    page.setData(loader.compute(def->code, Selection{Selection::Mode::Month, end.date()}, end),
                 Formatter(QStringLiteral("vi")), Theme::light(), true);
    page.show();
    QCoreApplication::processEvents();
    page.repaint();
    QVector<double> ms;
    const QVector<const Entity *> communes = entities.communes();
    for (int i = 0; i < runs * 20; ++i) {
        QElapsedTimer t;
        t.start();
        page.selectUnit(i % 5 == 4 ? QString() : communes.at(i * 7 % communes.size())->code);
        page.repaint();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    result->insert(QStringLiteral("highlight_ms"), rounded(median(ms), 2));

    // place_filter_ms: S09 for one commune after another (the place's figures, ranks and
    // trends computed from the cache, the page filled and repainted), as the place button does
    QVector<double> placeMs;
    for (int i = 0; i < runs * 4; ++i) {
        const QString place = communes.at(i * 13 % communes.size())->code;
        QElapsedTimer t;
        t.start();
        page.setData(
            loader.compute(def->code, Selection{Selection::Mode::Month, end.date()}, end, place),
            Formatter(QStringLiteral("vi")), Theme::light(), true);
        page.repaint();
        placeMs << double(t.nsecsElapsed()) / 1e6;
    }
    result->insert(QStringLiteral("place_filter_ms"), rounded(median(placeMs), 1));

    // tooltip_ms: the pointer comes to rest on a tile (two moves, as a hand does) to its
    // tooltip on screen, through the event loop (the style's wake-up delay included)
    page.setData(loader.compute(def->code, Selection{Selection::Mode::Month, end.date()}, end),
                 Formatter(QStringLiteral("vi")), Theme::light(), true);
    useQuickToolTips();
    QWidget *tile = page.findChild<KpiTile *>();
    QVector<double> tipMs;
    for (int i = 0; tile && i < runs; ++i) {
        QToolTip::hideText();
        QCursor::setPos(page.mapToGlobal(QPoint(1, 1)));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 2300) // past the 2 s in which a next tooltip comes at once
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QElapsedTimer t;
        t.start();
        QCursor::setPos(tile->mapToGlobal(QPoint(100, 40)));
        QCursor::setPos(tile->mapToGlobal(QPoint(102, 42)));
        while (!QToolTip::isVisible() && t.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        tipMs << (QToolTip::isVisible() ? double(t.nsecsElapsed()) / 1e6 : -1.0);
    }
    QToolTip::hideText();
    result->insert(QStringLiteral("tooltip_ms"), rounded(median(tipMs), 0));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the map is painted without a display
    QApplication app(argc, argv);
    const int requested = qEnvironmentVariableIntValue("IOC_BENCH_RUNS");
    const int runs = requested > 0 ? requested : 5;
    QTemporaryDir work;
    QJsonObject result;
    // IOC_BENCH_ONLY=sync,import runs only those parts (all by default): for profiling one part
    const QStringList only
        = qEnvironmentVariable("IOC_BENCH_ONLY").split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto want = [&](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    result.insert(QStringLiteral("runs"), runs);

    // catalog_load_ms: parse and validate the 86-indicator catalog with its rules
    QVector<double> catalogMs;
    Catalog catalog;
    for (int i = 0; i < runs * 4; ++i) {
        QElapsedTimer t;
        t.start();
        QVector<CatalogError> errors;
        catalog = Catalog::builtIn(&errors);
        catalogMs << double(t.nsecsElapsed()) / 1e6;
    }
    result.insert(QStringLiteral("catalog_load_ms"), rounded(median(catalogMs), 2));
    QString error;
    const EntityRegistry entities = EntityRegistry::builtIn(&error);

    // IOC_BENCH_HISTORY_YEARS=10: the whole benchmark on ten years of demo history (the
    // console's figures are then compared with the default three years' in docs/performance.md)
    const int historyYears = qEnvironmentVariableIntValue("IOC_BENCH_HISTORY_YEARS");
    if (historyYears > 0)
        DemoGenerator::setDefaultHistoryYears(historyYears);
    result.insert(QStringLiteral("history_years"), DemoGenerator::defaultHistoryYears());
    // the full demo dataset, generated into memory, then written: generation and writing apart
    const QDateTime end = QDateTime::currentDateTime();
    const DemoGenerator gen(catalog, entities, DemoGenerator::kDefaultSeed, end);
    QVector<QVector<Observation>> batches;
    qint64 rows = 0;
    QElapsedTimer genTimer;
    genTimer.start();
    gen.generate(DemoGenerator::Part::All, [&](const QVector<Observation> &b) {
        batches << b;
        rows += b.size();
        return true;
    });
    const double genMs = double(genTimer.nsecsElapsed()) / 1e6;
    result.insert(QStringLiteral("demo_rows"), rows);
    result.insert(QStringLiteral("demo_generate_rows_per_s"), qRound64(rows / (genMs / 1000)));

    const QString cachePath
        = QDir(work.path()).filePath(QStringLiteral("bench/") + Cache::defaultFileName());
    QDir().mkpath(QFileInfo(cachePath).path());
    {
        Cache cache;
        if (!cache.open(cachePath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        for (const auto &b : std::as_const(batches)) {
            if (!cache.write(b, Cache::OnConflict::Ignore, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        const double writeMs = double(t.nsecsElapsed()) / 1e6;
        result.insert(QStringLiteral("cache_write_rows_per_s"), qRound64(rows / (writeMs / 1000)));
        cache.setMeta(DemoSeeder::metaSource(), DemoGenerator::sourceKind(), &error);
        cache.setMeta(DemoSeeder::metaDemoComplete(), end.toString(Qt::ISODate), &error);
        cache.setMeta(DemoSeeder::metaDemoHistoryYears(), QString::number(gen.historyYears()),
                      &error);
        // as DemoSeeder leaves a complete cache: a console started on it has nothing to top up
        cache.setMeta(DemoSeeder::metaDemoSeed(), QString::number(gen.seed()), &error);
        cache.setMeta(DemoSeeder::metaDemoRevision(), QString::number(DemoGenerator::revision()),
                      &error);
        const double cacheMb = rounded(QFileInfo(cachePath).size() / 1048576.0);
        result.insert(QStringLiteral("cache_file_mb"), cacheMb);
        if (gen.historyYears() != DemoGenerator::kDefaultHistoryYears)
            result.insert(QStringLiteral("cache_file_mb_%1y").arg(gen.historyYears()), cacheMb);
    }
    // sync_full_ms / sync_nochange_ms: the whole dataset from ioc-dataserver over loopback
    if (want("sync")) {
        ServerStore store;
        if (!store.open(QDir(work.path()).filePath(QStringLiteral("server.sqlite")), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (const auto &b : std::as_const(batches))
            store.insert(b, &error);
        QFile meta(QStringLiteral(":/catalog/catalog.json"));
        meta.open(QIODevice::ReadOnly);
        ApiServer api(catalog, meta.readAll(), entities, store,
                      AccessTokens::single(QStringLiteral("bench"), "bench"));
        // the server writes its snapshot once, before clients come (ioc-dataserver at start)
        QElapsedTimer snapshotClock;
        snapshotClock.start();
        ServerStore::Snapshot snapshot;
        if (!store.writeSnapshot(QDir(work.path()).filePath(QStringLiteral("snapshot.sqlite")),
                                 &snapshot, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        result.insert(QStringLiteral("server_snapshot_write_ms"), double(snapshotClock.elapsed()));
        api.setSnapshot(snapshot);
        // its compressed copies are written in the background; clients take them once whole
        snapshotClock.restart();
        while (!api.snapshotCodingsReady() && snapshotClock.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        result.insert(QStringLiteral("server_snapshot_coding_ms"), double(snapshotClock.elapsed()));
        const quint16 port = api.listen(QHostAddress::LocalHost, 0);
        SyncEngine::Options o;
        o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        o.token = QStringLiteral("bench");
        auto runSync
            = [&](const QString &cacheFile, bool useSnapshot = true, const QUrl &via = QUrl()) {
                  SyncEngine::Options options = o;
                  options.useSnapshot = useSnapshot;
                  if (!via.isEmpty())
                      options.server = via;
                  SyncEngine engine(catalog, entities, cacheFile, options);
                  SyncEngine::Summary summary;
                  QEventLoop loop;
                  QObject::connect(&engine, &SyncEngine::finished, &loop,
                                   [&](const SyncEngine::Summary &s) {
                                       summary = s;
                                       loop.quit();
                                   });
                  QMetaObject::invokeMethod(&engine, &SyncEngine::start, Qt::QueuedConnection);
                  loop.exec();
                  return summary;
              };
        const QString syncCache = QDir(work.path()).filePath(QStringLiteral("synced.sqlite"));
        QVector<double> fullTimes;
        SyncEngine::Summary full;
        qint64 wire = 0; // bytes on the wire for one full sync (compressed as the client takes)
        for (int i = 0; i < runs; ++i) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(syncCache + suffix);
            const qint64 before = api.bytesSent();
            full = runSync(syncCache);
            wire = api.bytesSent() - before;
            fullTimes << (full.ok ? double(full.elapsedMs) : -1.0);
            std::fprintf(stderr, "full sync %d: %.0f ms\n", i, fullTimes.last());
        }
        result.insert(QStringLiteral("sync_full_ms"), rounded(median(fullTimes)));
        result.insert(QStringLiteral("sync_full_wire_mb"), rounded(wire / 1048576.0));
        result.insert(QStringLiteral("server_snapshot_mb"),
                      rounded(QFileInfo(snapshot.path).size() / 1048576.0));
        result.insert(QStringLiteral("sync_full_rows"), full.rows);
        result.insert(QStringLiteral("sync_full_snapshot_rows"), full.snapshotRows);
        if (!full.snapshotNote.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(full.snapshotNote));
        QVector<double> nochange;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const SyncEngine::Summary again = runSync(syncCache);
            nochange << (again.ok ? double(t.nsecsElapsed()) / 1e6 : -1.0);
        }
        result.insert(QStringLiteral("sync_nochange_ms"), rounded(median(nochange)));
        // sync_full_20mbit_ms: the same first sync over a district office's line, a loopback
        // link throttled to 20 Mbit/s each way with a 40 ms round trip
        test::ThrottleProxy slowLink(port, 20e6 / 8, 20);
        const QUrl slow(QStringLiteral("http://127.0.0.1:%1").arg(slowLink.start()));
        QVector<double> slowTimes;
        for (int i = 0; i < runs; ++i) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(syncCache + suffix);
            const SyncEngine::Summary overSlow = runSync(syncCache, true, slow);
            slowTimes << (overSlow.ok && overSlow.snapshotRows > 0 ? double(overSlow.elapsedMs)
                                                                   : -1.0);
            std::fprintf(stderr, "full sync at 20 Mbit/s %d: %.0f ms\n", i, slowTimes.last());
        }
        result.insert(QStringLiteral("sync_full_20mbit_ms"), rounded(median(slowTimes)));
        // the same from a server without a snapshot: page by page (one run: it takes a while)
        const QString pagedCache = QDir(work.path()).filePath(QStringLiteral("paged.sqlite"));
        const SyncEngine::Summary paged = runSync(pagedCache, false);
        result.insert(QStringLiteral("sync_full_paged_ms"),
                      paged.ok ? double(paged.elapsedMs) : -1.0);

        // server_get_p99_during_import_ms: a console's incremental sync (the 50 rows after its
        // cursor), one after another, while a 300 000-row report is posted, parsed and stored
        // (and the same with no report)
        const QByteArray incremental
            = "/api/v1/observations?limit=50&since=" + QByteArray::number(store.lastSeq() - 50);
        const Latencies idle = getsWhile(port, incremental, [] {});
        const QByteArray report = benchReport(catalog, entities, 300000);
        int stored = -1;
        const Latencies busy
            = getsWhile(port, incremental, [&] { stored = postReport(port, report); });
        result.insert(QStringLiteral("server_get_p99_idle_ms"), rounded(idle.p99, 1));
        result.insert(QStringLiteral("server_get_p99_during_import_ms"), rounded(busy.p99, 1));
        result.insert(QStringLiteral("server_get_max_during_import_ms"), rounded(busy.max, 1));
        result.insert(QStringLiteral("server_gets_during_import"), busy.count);
        result.insert(QStringLiteral("server_import_rows_stored"), stored);
        result.insert(QStringLiteral("server_import_ms"), rounded(busy.windowMs, 0));
    }
    // first_sync_16_ms: 16 consoles starting at once against ioc-dataserver in its own process
    // (on the store the sync figures were measured on): every one takes the snapshot, none
    // pages; first_sync_16_server_peak_mb is the server's peak resident memory (VmHWM)
    if (want("sync")) {
        const QDir srv(QDir(work.path()).filePath(QStringLiteral("server")));
        srv.mkpath(QStringLiteral("."));
        QFile::rename(QDir(work.path()).filePath(QStringLiteral("server.sqlite")),
                      srv.filePath(QStringLiteral("ioc-dataserver.sqlite")));
        const FirstSyncs f = firstSyncs(catalog, entities, srv.path(), 16);
        result.insert(QStringLiteral("first_sync_16_ms"), f.wallMs);
        result.insert(QStringLiteral("first_sync_16_snapshots"), f.snapshots);
        result.insert(QStringLiteral("first_sync_16_server_peak_mb"),
                      rounded(f.serverPeakKb / 1024.0));
    }
    batches.clear();
    batches.squeeze();
    result.insert(QStringLiteral("bench_peak_rss_mb"), rounded(selfPeakRssKb() / 1024.0));

    // cache_series_query_ms: one indicator's full history for one commune (daily since 2024)
    if (want("cache")) {
        Cache cache;
        cache.open(cachePath, &error);
        QVector<double> ms;
        int points = 0;
        const QStringList communes
            = {QStringLiteral("10507"), QStringLiteral("11914"), QStringLiteral("11311"),
               QStringLiteral("10888"), QStringLiteral("11948")};
        for (int i = 0; i < runs * 10; ++i) {
            QElapsedTimer t;
            t.start();
            points = int(
                cache.series(QStringLiteral("A13.01"), communes.at(i % communes.size())).size());
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        result.insert(QStringLiteral("cache_series_query_ms"), rounded(median(ms), 2));
        result.insert(QStringLiteral("cache_series_points"), points);
    }

    // import_xlsx_rows_per_s: a report workbook written by libxlsxwriter (3 department sheets,
    // 114 communes x 150 days each), read, checked cell by cell and stored in a fresh cache
    if (want("import")) {
        const QString xlsx = QDir(work.path()).filePath(QStringLiteral("bao-cao.xlsx"));
        QVector<fixture::Sheet> sheets;
        const auto communes = entities.communes();
        const QDate first(2025, 11, 1);
        int importRows = 0;
        for (const char *code : {"A13.01", "A13.02", "B05.02"}) {
            fixture::Sheet sheet{QStringLiteral("Sở %1").arg(QLatin1String(code)), {}};
            sheet.rows << templateHeader();
            for (const Entity *c : communes) {
                for (int d = 0; d < 150; ++d) {
                    sheet.rows << fixture::Row{QLatin1String(code), c->code.toDouble(),
                                               first.addDays(d), 80.0 + (d % 17) * 0.5, 90.0};
                    ++importRows;
                }
            }
            sheets << sheet;
        }
        if (!fixture::writeXlsx(xlsx, sheets)) {
            std::fprintf(stderr, "libxlsxwriter could not write %s\n", qPrintable(xlsx));
            return 1;
        }
        const ReportImporter importer(catalog, entities);
        QVector<double> perSecond, readMs;
        for (int i = 0; i < runs; ++i) {
            Cache cache;
            cache.open(QDir(work.path()).filePath(QStringLiteral("import-%1.sqlite").arg(i)),
                       &error);
            QElapsedTimer t;
            t.start();
            const ImportResult r = importer.readFile(xlsx, QDateTime::currentDateTime());
            readMs << double(t.nsecsElapsed()) / 1e6;
            ImportStats stats;
            if (!r.ok() || !ReportImporter::store(cache, r.rows, &stats, &error)
                || stats.added != importRows) {
                std::fprintf(stderr, "import failed: %s\n",
                             qPrintable(r.ok() ? error : r.problems.first().toString()));
                return 1;
            }
            perSecond << importRows / (double(t.nsecsElapsed()) / 1e9);
        }
        result.insert(QStringLiteral("import_xlsx_rows"), importRows);
        result.insert(QStringLiteral("import_xlsx_file_kb"),
                      qRound64(QFileInfo(xlsx).size() / 1024.0));
        result.insert(QStringLiteral("import_xlsx_read_ms"), rounded(median(readMs)));
        result.insert(QStringLiteral("import_xlsx_rows_per_s"), qRound64(median(perSecond)));
    }

    // import_300k_ms / import_300k_peak_mb: `ioc-console --import` of a 300 000-row workbook
    // into an empty data folder, its memory watched from outside; import_zipbomb_*: a 200 KB
    // workbook whose sheet declares 200 MiB, refused
    if (want("import")) {
        const QString big = QDir(work.path()).filePath(QStringLiteral("bao-cao-300k.xlsx"));
        QVector<fixture::Sheet> sheets;
        const auto communes = entities.communes();
        const QDate first(2024, 1, 1);
        for (const char *code : {"A13.01", "A13.02", "B05.02"}) {
            fixture::Sheet sheet{QStringLiteral("Sở %1").arg(QLatin1String(code)), {}};
            sheet.rows << templateHeader();
            for (const Entity *c : communes) {
                for (int d = 0; d < 877; ++d)
                    sheet.rows << fixture::Row{QLatin1String(code), c->code.toDouble(),
                                               first.addDays(d), 80.0 + (d % 17) * 0.5, 90.0};
            }
            sheets << sheet;
        }
        if (!fixture::writeXlsx(big, sheets)) {
            std::fprintf(stderr, "libxlsxwriter could not write %s\n", qPrintable(big));
            return 1;
        }
        QVector<double> ms, peak;
        for (int i = 0; i < runs; ++i) {
            const QString data = QDir(work.path()).filePath(QStringLiteral("import300k-%1").arg(i));
            const ChildRun r
                = runConsole({QStringLiteral("--data-dir"), data, QStringLiteral("--import"), big,
                              QStringLiteral("--lang"), QStringLiteral("en")});
            if (r.exitCode != 0) {
                std::fprintf(stderr, "the 300 000-row import failed (%d)\n", r.exitCode);
                return 1;
            }
            ms << r.ms;
            peak << r.peakRssMb;
        }
        result.insert(QStringLiteral("import_300k_rows"), 3 * int(communes.size()) * 877);
        result.insert(QStringLiteral("import_300k_ms"), rounded(median(ms)));
        result.insert(QStringLiteral("import_300k_peak_mb"), rounded(median(peak)));

        QMap<QString, QByteArray> bomb = fixture::minimalWorkbook({});
        bomb[QStringLiteral("xl/worksheets/sheet1.xml")] += QByteArray(200 * 1024 * 1024, ' ');
        const QString bombFile = QDir(work.path()).filePath(QStringLiteral("bomb.xlsx"));
        fixture::writeZip(bombFile, bomb);
        bomb.clear();
        QVector<double> bombMs, bombPeak;
        for (int i = 0; i < runs; ++i) {
            const ChildRun r = runConsole({QStringLiteral("--data-dir"),
                                           QDir(work.path()).filePath(QStringLiteral("bomb")),
                                           QStringLiteral("--import"), bombFile,
                                           QStringLiteral("--lang"), QStringLiteral("en")});
            bombMs << r.ms;
            bombPeak << r.peakRssMb;
        }
        result.insert(QStringLiteral("import_zipbomb_file_kb"),
                      qRound64(QFileInfo(bombFile).size() / 1024.0));
        result.insert(QStringLiteral("import_zipbomb_ms"), rounded(median(bombMs)));
        result.insert(QStringLiteral("import_zipbomb_peak_mb"), rounded(median(bombPeak)));
    }

    // cold_start_ms: process start to S01 painted with figures from a present cache
    QVector<double> cold, coldPaint, rss;
    for (int i = 0; i < (want("startup") ? runs : 0); ++i) {
        const Startup s = startConsole(QFileInfo(cachePath).path());
        cold << s.wallMs;
        coldPaint << s.paintMs;
        rss << s.peakRssMb;
    }
    if (want("startup")) {
        result.insert(QStringLiteral("cold_start_ms"), rounded(median(cold)));
        result.insert(QStringLiteral("cold_start_in_process_ms"), rounded(median(coldPaint)));
        result.insert(QStringLiteral("startup_peak_rss_mb"),
                      rounded(*std::max_element(rss.begin(), rss.end())));
    }

    // switch_p50_ms / switch_p90_ms / first_visit_max_ms / peak_rss_mb: the window visits all
    // 17 screens, then switches among them for three rounds (ioc-bench-screens, screenwalk.cpp)
    if (want("screens")) {
        QVector<double> firstMax, firstP50, switch50, switch90, refresh50, refresh90, screensRss;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(IOC_BENCH_SCREENS), {QFileInfo(cachePath).path()});
            p.waitForFinished(300000);
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            auto value = [&](const char *name) {
                const auto m
                    = QRegularExpression(QLatin1String(name) + QStringLiteral(R"( ([\d.]+))"))
                          .match(text);
                return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
            };
            firstMax << value("first_visit_max_ms");
            firstP50 << value("first_visit_p50_ms");
            switch50 << value("switch_p50_ms");
            switch90 << value("switch_p90_ms");
            refresh50 << value("refresh_p50_ms");
            refresh90 << value("refresh_p90_ms");
            screensRss << value("peak_rss_kb") / 1024;
        }
        result.insert(QStringLiteral("first_visit_max_ms"), rounded(median(firstMax)));
        result.insert(QStringLiteral("first_visit_p50_ms"), rounded(median(firstP50)));
        result.insert(QStringLiteral("switch_p50_ms"), rounded(median(switch50)));
        result.insert(QStringLiteral("switch_p90_ms"), rounded(median(switch90)));
        result.insert(QStringLiteral("refresh_p50_ms"), rounded(median(refresh50)));
        result.insert(QStringLiteral("refresh_p90_ms"), rounded(median(refresh90)));
        result.insert(QStringLiteral("peak_rss_mb"),
                      rounded(*std::max_element(screensRss.begin(), screensRss.end())));
    }

    // server_p99_ms: 200 consoles against ioc-dataserver in its own process, each asking for
    // what came since its cursor every 30 s, while 10 consoles with empty caches make their
    // first sync (the snapshot) at once; the answers' p99, the errors and the server's peak
    // memory. On SQLite, and on PostgreSQL when IOC_BENCH_POSTGRES names a server whose user
    // may create databases (scripts/bench.sh starts one): the *_postgresql figures.
    if (want("load")) {
        // three rounds of the consoles' 30-second syncs by default
        const int asked = qEnvironmentVariableIntValue("IOC_BENCH_LOAD_SECONDS");
        const int seconds = asked > 0 ? std::max(30, asked) : 90;
        const QString postgres = qEnvironmentVariable("IOC_BENCH_POSTGRES");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QString suffix
                = backend == QLatin1String("sqlite") ? QString() : QStringLiteral("_postgresql");
            QStringList more{QStringLiteral("--tick"), QStringLiteral("5")};
            if (!suffix.isEmpty()) {
                if (postgres.isEmpty())
                    continue;
                const QString db
                    = PgStore::createDatabase(postgres, QStringLiteral("ioc_bench"), &error);
                if (db.isEmpty()) {
                    std::fprintf(stderr, "load on PostgreSQL: %s\n", qPrintable(error));
                    continue;
                }
                more << QStringLiteral("--database") << db;
            }
            const QDir dir(QDir(work.path()).filePath(QStringLiteral("load-") + backend));
            dir.mkpath(QStringLiteral("."));
            QProcess server;
            QElapsedTimer prepared;
            prepared.start();
            const quint16 port = startServer(server, dir.path(), more);
            const QString gz = dir.filePath(QStringLiteral("snapshot.sqlite.gz"));
            while (port && !QFile::exists(gz) && prepared.elapsed() < 900000)
                QThread::msleep(200);
            result.insert(QStringLiteral("load_server_ready_ms") + suffix,
                          double(prepared.elapsed()));
            if (!port || !QFile::exists(gz)) {
                stopServer(server);
                continue;
            }
            QTcpSocket head;
            head.connectToHost(QHostAddress::LocalHost, port);
            head.waitForConnected(5000);
            head.write("HEAD /api/v1/snapshot HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray answer;
            while (!answer.contains("\r\n\r\n") && head.waitForReadyRead(5000))
                answer += head.readAll();
            const auto cursor = QRegularExpression(QStringLiteral(R"(X-IOC-Cursor: (\d+))"))
                                    .match(QString::fromLatin1(answer));
            const bench::LoadResult load = bench::driveConsoles(
                catalog, entities, port, cursor.hasMatch() ? cursor.captured(1).toLongLong() : 0,
                200, 10, seconds);
            for (auto it = load.why.cbegin(); it != load.why.cend(); ++it)
                std::fprintf(stderr, "load on %s: %d x %s\n", qPrintable(backend), it.value(),
                             qPrintable(it.key()));
            QVector<double> ms = load.latencies;
            std::sort(ms.begin(), ms.end());
            result.insert(QStringLiteral("server_p99_ms") + suffix,
                          ms.isEmpty() ? -1.0
                                       : rounded(ms.at(std::min<qsizetype>(
                                           ms.size() - 1, qsizetype(ms.size() * 0.99)))));
            result.insert(QStringLiteral("load_p50_ms") + suffix, rounded(median(ms)));
            result.insert(QStringLiteral("load_requests") + suffix, int(ms.size()));
            result.insert(QStringLiteral("load_errors") + suffix, load.errors);
            result.insert(QStringLiteral("load_full_syncs_ok") + suffix, load.fullSyncs);
            result.insert(QStringLiteral("load_full_sync_max_ms") + suffix, load.fullSyncMaxMs);
            result.insert(QStringLiteral("load_server_peak_mb") + suffix,
                          rounded(peakRssKb(QString::number(server.processId())) / 1024.0));
            stopServer(server);
        }
    }

    // live_latency_p99_ms: a reading taken by ioc-dataserver (a round every half second) to the
    // emergency screen S17 repainted with it, in a window that went live after its first sync
    // (ioc-bench-screens --live), on the default demo dataset
    if (want("live")) {
        const QDir dir(QDir(work.path()).filePath(QStringLiteral("live")));
        dir.mkpath(QStringLiteral("server"));
        dir.mkpath(QStringLiteral("console"));
        QProcess server;
        const quint16 port = startServer(server, dir.filePath(QStringLiteral("server")),
                                         {QStringLiteral("--tick"), QStringLiteral("0.5")});
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int rounds = std::max(60, runs * 20);
        if (port) {
            p.start(QStringLiteral(IOC_BENCH_SCREENS),
                    {QStringLiteral("--live"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                     dir.filePath(QStringLiteral("console")), QString::number(rounds)});
            p.waitForFinished(900000);
        }
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        if (!text.contains(QLatin1String("live_latency_p99_ms")))
            std::fprintf(stderr, "live: %s\n", qPrintable(text));
        for (const char *name :
             {"live_latency_p50_ms", "live_latency_p99_ms", "live_latency_max_ms", "live_rounds"}) {
            const auto m = QRegularExpression(QLatin1String(name) + QStringLiteral(R"( ([\d.]+))"))
                               .match(text);
            result.insert(QLatin1String(name), m.hasMatch() ? m.captured(1).toDouble() : -1.0);
        }
        stopServer(server);
    }

    // first_run_ms: an empty data folder to S01 painted (the demo data is built on the way)
    QVector<double> first;
    for (int i = 0; i < (want("startup") ? runs : 0); ++i) {
        const QString dir = QDir(work.path()).filePath(QStringLiteral("first-%1").arg(i));
        QDir().mkpath(dir);
        first << startConsole(dir).wallMs;
    }
    if (want("startup"))
        result.insert(QStringLiteral("first_run_ms"), rounded(median(first)));

    // map_load_ms: read the boundaries, project them and build the map's items;
    // map_paint_ms: a full repaint of the map at 1920x1080 (units, labels, legend, symbols);
    // map_recolor_ms: switching it to another indicator (classes, colours, labels)
    if (want("map")) {
        QString geoError;
        const EntityRegistry geoEntities = EntityRegistry::builtIn(&geoError);
        QVector<double> load, paint, paintAfterRecolor, recolor;
        for (int i = 0; i < runs * 4; ++i) {
            QElapsedTimer t;
            t.start();
            const MapGeometry geometry(GeoReader::builtIn(&geoEntities, &geoError));
            MapView view(geometry, geoEntities);
            load << double(t.nsecsElapsed()) / 1e6;
        }
        const MapGeometry geometry(GeoReader::builtIn(&geoEntities, &geoError));
        MapView view(geometry, geoEntities);
        view.resize(1920, 1080);
        view.show();
        QCoreApplication::processEvents();
        view.fitCity();
        // two indicators' figures for every unit, made up: only the painting is measured
        const Indicator *a = catalog.find(QStringLiteral("D02.01"));
        const Indicator *b = catalog.find(QStringLiteral("A13.01"));
        QVector<Figure> figuresA, figuresB;
        int n = 0;
        for (const Entity *e : geoEntities.communes()) {
            Figure f;
            f.entity = e->code;
            f.indicator = a;
            f.value = double(n % 17);
            figuresA << f;
            f.indicator = b;
            f.value = 95.0 + (n * 7 % 50) / 10.0;
            f.plan = 98.0;
            figuresB << f;
            ++n;
        }
        QVector<MapPoint> points;
        for (const Entity &e : geoEntities.all()) {
            if ((e.kind == EntityKind::Station || e.kind == EntityKind::Project)
                && !std::isnan(e.latitude))
                points << MapPoint{e.code, QGeoCoordinate(e.latitude, e.longitude), e.kind,
                                   Figure()};
        }
        view.setPoints(points);
        view.setFigures(a, figuresA);
        for (int i = 0; i < runs * 6; ++i) {
            QElapsedTimer t;
            t.start();
            view.setFigures(i % 2 ? a : b, i % 2 ? figuresA : figuresB);
            recolor << double(t.nsecsElapsed()) / 1e6;
            // the first paint after a recolour rasterises every unit again; a repaint of an
            // unchanged map (an expose, a tooltip, a hover) comes from the items' caches
            // (a synchronous repaint of the whole viewport into the window's backing store)
            for (int k = 0; k < 3; ++k) {
                t.restart();
                view.viewport()->repaint();
                (k == 0 ? paintAfterRecolor : paint) << double(t.nsecsElapsed()) / 1e6;
            }
        }
        result.insert(QStringLiteral("map_load_ms"), rounded(median(load), 1));
        result.insert(QStringLiteral("map_paint_ms"), rounded(median(paint), 2));
        result.insert(QStringLiteral("map_recolor_ms"), rounded(median(recolor), 2));
        result.insert(QStringLiteral("map_paint_after_recolor_ms"),
                      rounded(median(paintAfterRecolor), 2));
    }

    // present_switch_ms: presentation mode at 1920x1080, a key press to the next frame painted
    // (painted beforehand, while the previous one showed), over every frame of the 17 screens;
    // present_render_median_ms: painting one wall frame
    if (want("present")) {
        QString screensError;
        const QVector<ScreenDefinition> screens = ScreenCatalog::builtIn(&screensError);
        ScreenLoader loader(catalog, entities, screens, cachePath);
        const Selection sel{Selection::Mode::Month, end.date()};
        QString geoError;
        const MapGeometry geometry(GeoReader::builtIn(&entities, &geoError));
        PresentationView show(screens, entities, &geometry, geoError);
        show.setLook(Formatter(QStringLiteral("vi")), Theme::dark(), true);
        show.resize(1920, 1080);
        show.show();
        QStringList codes;
        for (const ScreenDefinition &d : screens)
            codes << d.code;
        show.setPlaylist(codes);
        QVector<double> render;
        for (const ScreenDefinition &d : screens)
            show.setData(loader.compute(d.code, sel, end));
        for (int i = 0; i < show.frames().size(); ++i) {
            QElapsedTimer t;
            t.start();
            show.renderFrame(i, QSize(1920, 1080));
            render << double(t.nsecsElapsed()) / 1e6;
        }
        QCoreApplication::processEvents();
        QVector<double> switches;
        for (int round = 0; round < std::max(1, runs / 2); ++round) {
            for (int i = 0; i < show.frames().size(); ++i) {
                QCoreApplication::processEvents(); // the next frame is rendered here, between key
                                                   // presses
                QKeyEvent key(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
                QElapsedTimer t;
                t.start();
                QCoreApplication::sendEvent(&show, &key);
                show.repaint();
                switches << double(t.nsecsElapsed()) / 1e6;
            }
        }
        std::sort(switches.begin(), switches.end());
        result.insert(QStringLiteral("present_switch_p50_ms"), rounded(median(switches), 2));
        result.insert(QStringLiteral("present_switch_p90_ms"),
                      rounded(switches.at(int(switches.size() * 0.9)), 2));
        result.insert(QStringLiteral("present_render_median_ms"), rounded(median(render), 1));
        result.insert(QStringLiteral("present_frames"), int(show.frames().size()));
    }

    // forecast_backtest_mape: the year-end projection made at each month-end of last year
    // from the figures to then, against that year's December (every city-level year-to-date
    // indicator of the demo data); by kind as well, for docs/forecast.md
    if (want("forecast")) {
        Cache cache;
        QString error;
        if (cache.open(cachePath, &error)) {
            const int year = end.date().year() - 1;
            const ForecastBacktest b = ForecastBacktest::run(catalog, entities, cache, year);
            result.insert(QStringLiteral("forecast_backtest_mape"), rounded(b.mape(), 2));
            result.insert(QStringLiteral("forecast_backtest_projections"), b.count());
            result.insert(QStringLiteral("forecast_backtest_range_coverage_pct"),
                          rounded(b.rangeCoverage(), 1));
            for (auto kind : {ForecastBacktest::Kind::Money, ForecastBacktest::Kind::Volume,
                              ForecastBacktest::Kind::Rate}) {
                const QString key = ForecastBacktest::kindKey(kind);
                result.insert(QStringLiteral("forecast_backtest_mape_") + key,
                              rounded(b.mape(kind), 2));
                result.insert(QStringLiteral("forecast_backtest_projections_") + key,
                              b.count(kind));
            }
            QJsonObject byMonth;
            for (int m = 1; m <= 11; ++m) {
                double sum = 0;
                int n = 0;
                for (const ForecastBacktest::Score &sc : b.scores) {
                    if (sc.month == m) {
                        sum += sc.ape;
                        ++n;
                    }
                }
                if (n > 0)
                    byMonth.insert(QString::number(m), rounded(100.0 * sum / n, 2));
            }
            result.insert(QStringLiteral("forecast_backtest_mape_by_month"), byMonth);
            QHash<QString, QPair<double, int>> sums;
            for (const ForecastBacktest::Score &sc : b.scores) {
                sums[sc.indicator].first += 100.0 * sc.ape;
                ++sums[sc.indicator].second;
            }
            QJsonObject byIndicator;
            for (auto it = sums.cbegin(); it != sums.cend(); ++it)
                byIndicator.insert(it.key(), rounded(it->first / it->second, 2));
            result.insert(QStringLiteral("forecast_backtest_mape_by_indicator"), byIndicator);
        }
    }

    if (want("highlight"))
        benchHighlight(catalog, entities, cachePath, end, runs, &result);

    // pack_write_ms: all 17 screens of the current month into a briefing pack (readiness,
    // every row read, the file); pack_open_ms: checked and unpacked; pdf_export_ms: the handout
    // of the 17 screens (cover, summary, words, charts, maps, tables); narrative_ms: the words
    if (want("pack")) {
        QString screensError;
        const QVector<ScreenDefinition> screens = ScreenCatalog::builtIn(&screensError);
        QStringList codes;
        for (const ScreenDefinition &d : screens)
            codes << d.code;
        const QString packFile = work.filePath(QStringLiteral("bench.iocpack"));
        QVector<double> writeMs, openMs, pdfMs, narrativeMs;
        int narrativeSentences = 0;
        qint64 packRows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            PackWriter writer(catalog, entities, screens, cachePath);
            QString packError;
            if (!writer.prepare(codes, {Selection{Selection::Mode::Month, end.date()}}, end,
                                &packError)
                || !writer.write(packFile, {}, {}, QStringLiteral("demo"), nullptr, &packError)) {
                std::fprintf(stderr, "pack: %s\n", qPrintable(packError));
                return 1;
            }
            writeMs << double(t.nsecsElapsed()) / 1e6;
            packRows = writer.observationCount();
        }
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            OpenedPack pack;
            QString packError;
            if (!PackReader::open(packFile, &pack, &packError)) {
                std::fprintf(stderr, "pack: %s\n", qPrintable(packError));
                return 1;
            }
            openMs << double(t.nsecsElapsed()) / 1e6;
            if (i + 1 < runs)
                continue;
            // the PDF of the pack's 17 screens, figures read from the pack
            QString geoError;
            const MapGeometry geometry(
                GeoReader::readFile(pack.boundariesPath, &entities, &geoError));
            for (int j = 0; j < runs; ++j) {
                QElapsedTimer p;
                p.start();
                ScreenLoader loader(pack.catalog, entities, pack.screens, pack.cachePath);
                QVector<ScreenData> data;
                for (const ScreenDefinition &d : std::as_const(pack.screens))
                    data << loader.compute(d.code, pack.selections.first(), pack.frozenNow);
                PdfExporter pdf(pack.screens, entities, &geometry, Formatter(QStringLiteral("vi")));
                pdf.setPackHash(pack.hash);
                if (!pdf.write(work.filePath(QStringLiteral("bench.pdf")), data, &packError)) {
                    std::fprintf(stderr, "pdf: %s\n", qPrintable(packError));
                    return 1;
                }
                pdfMs << double(p.nsecsElapsed()) / 1e6;
            }
            // the briefing in words of the 17 screens and its summary, from their figures
            ScreenLoader loader(pack.catalog, entities, pack.screens, pack.cachePath);
            QVector<ScreenData> data;
            for (const ScreenDefinition &d : std::as_const(pack.screens))
                data << loader.compute(d.code, pack.selections.first(), pack.frozenNow);
            const Formatter vi(QStringLiteral("vi"));
            for (int j = 0; j < runs; ++j) {
                QElapsedTimer n;
                n.start();
                const NarrativeWriter writer(entities, vi);
                QVector<Narrative> screens;
                for (int k = 0; k < data.size(); ++k)
                    screens << writer.screen(pack.screens.at(k), data.at(k));
                const Narrative summary = writer.briefing(screens);
                narrativeMs << double(n.nsecsElapsed()) / 1e6;
                narrativeSentences = int(summary.sentences.size());
            }
        }
        result.insert(QStringLiteral("pack_write_ms"), rounded(median(writeMs), 1));
        result.insert(QStringLiteral("pack_open_ms"), rounded(median(openMs), 1));
        result.insert(QStringLiteral("pack_rows"), packRows);
        result.insert(QStringLiteral("pack_mb"), rounded(QFileInfo(packFile).size() / 1048576.0));
        result.insert(QStringLiteral("pdf_export_ms"), rounded(median(pdfMs), 1));
        result.insert(QStringLiteral("narrative_ms"), rounded(median(narrativeMs), 1));
        result.insert(QStringLiteral("narrative_summary_sentences"), narrativeSentences);
    }

    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
