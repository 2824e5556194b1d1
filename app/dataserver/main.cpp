// ioc-dataserver: the reference implementation of the IOC Data API (docs/api.md).
#include "apiserver.h"
#include "livesensors.h"
#include "reportimport.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

using namespace ioc;

// NOLINTNEXTLINE(readability-function-size): over 120 lines; to be split (issue 16)
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ioc-dataserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the IOC Data API v1 (docs/api.md) from its own store: the demo dataset, with "
        "real-time Group D readings every few seconds."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Port to listen on (0: any free port)."),
                                     QStringLiteral("N"), QStringLiteral("8787"));
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QStringLiteral("Folder of the server's store (required)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption tokenOpt(
        QStringLiteral("token"),
        QStringLiteral("Require this bearer token (or set IOC_DATASERVER_TOKEN, which keeps it out "
                       "of the process list)."),
        QStringLiteral("T"));
    const QCommandLineOption seedOpt(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the demo dataset (default 5340: the published figures)."),
        QStringLiteral("S"), QString::number(DemoGenerator::kDefaultSeed));
    const QCommandLineOption tickOpt(
        QStringLiteral("tick"), QStringLiteral("Seconds between real-time readings (default 5)."),
        QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption bindOpt(
        QStringLiteral("bind"),
        QStringLiteral("Address to listen on (default 127.0.0.1; 0.0.0.0 for the network)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption importOpt(
        QStringLiteral("import"),
        QStringLiteral("Store a report file (.xlsx or .csv, docs/import-template.md) before "
                       "serving; may be repeated. The same as POST /api/v1/reports."),
        QStringLiteral("FILE"));
    for (const auto *o : {&portOpt, &dataOpt, &tokenOpt, &seedOpt, &tickOpt, &bindOpt, &importOpt})
        parser.addOption(*o);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(dataOpt)) {
        err << "ioc-dataserver: --data DIR is required" << Qt::endl;
        return 1;
    }
    bool ok = false;
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        err << "ioc-dataserver: --port takes 0 to 65535" << Qt::endl;
        return 1;
    }
    const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
    const int tick = parser.value(tickOpt).toInt();
    const QHostAddress address(parser.value(bindOpt));
    if (!ok || tick < 1 || address.isNull()) {
        err << "ioc-dataserver: --seed, --tick or --bind is malformed" << Qt::endl;
        return 1;
    }
    QString token = parser.value(tokenOpt);
    if (token.isEmpty())
        token = qEnvironmentVariable("IOC_DATASERVER_TOKEN");

    QVector<CatalogError> catalogErrors;
    const Catalog catalog = Catalog::builtIn(&catalogErrors);
    QString error;
    const EntityRegistry entities = EntityRegistry::builtIn(&error);
    if (!catalog.isValid() || !entities.isValid()) {
        err << "ioc-dataserver: the built-in catalog or areas do not load" << Qt::endl;
        return 3;
    }
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    meta.open(QIODevice::ReadOnly);

    const QString dir = parser.value(dataOpt);
    QDir().mkpath(dir);
    ServerStore store;
    if (!store.open(QDir(dir).filePath(QStringLiteral("ioc-dataserver.sqlite")), &error)) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    LiveSensors live(catalog, entities, store, seed);
    err << "ioc-dataserver: preparing the dataset in " << dir << " …" << Qt::endl;
    if (!live.catchUp(QDateTime::currentDateTime(), &error)
        || live.tick(QDateTime::currentDateTime(), &error) < 0) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    const ReportImporter importer(catalog, entities);
    for (const QString &file : parser.values(importOpt)) {
        ImportResult result = importer.readFile(file, QDateTime::currentDateTimeUtc());
        if (!result.ok()) {
            for (const ImportProblem &p : result.problems)
                err << "ioc-dataserver: " << p.toString() << '\n';
            err << "ioc-dataserver: nothing was stored from " << result.file << Qt::endl;
            return 4;
        }
        for (Observation &o : result.rows)
            o.sourceKind = QStringLiteral("report");
        int added = 0, changed = 0, unchanged = 0;
        if (!store.appendRevisions(result.rows, &added, &changed, &unchanged, &error)) {
            err << "ioc-dataserver: " << result.file << ": " << error << Qt::endl;
            return 2;
        }
        err << "ioc-dataserver: " << result.file << ": " << added << " new, " << changed
            << " changed, " << unchanged << " unchanged" << Qt::endl;
    }
    ApiServer api(catalog, meta.readAll(), entities, store, token);
    const quint16 bound = api.listen(address, quint16(port));
    if (bound == 0) {
        err << "ioc-dataserver: cannot listen on " << address.toString() << ':' << port << Qt::endl;
        return 2;
    }
    // The first sync of a client copies a snapshot instead of paging through millions of rows
    // (docs/api.md); it is written now and again in the background while rows keep arriving.
    const QString snapshotPath = QDir(dir).filePath(QStringLiteral("snapshot.sqlite"));
    ServerStore::Snapshot snapshot;
    err << "ioc-dataserver: writing the snapshot for first syncs …" << Qt::endl;
    if (store.writeSnapshot(snapshotPath, &snapshot, &error))
        api.setSnapshot(snapshot);
    else
        err << "ioc-dataserver: " << error << " (clients will page from the start)" << Qt::endl;
    QFutureWatcher<std::pair<ServerStore::Snapshot, QString>> refresh;
    QObject::connect(&refresh, &QFutureWatcher<std::pair<ServerStore::Snapshot, QString>>::finished,
                     &app, [&] {
                         const auto [fresh, why] = refresh.result();
                         if (why.isEmpty()) {
                             // requests are answered on this thread, each from a whole read of the
                             // file: none sees the swap half done
                             QFile::remove(snapshotPath);
                             ServerStore::Snapshot renamed = fresh;
                             if (QFile::rename(fresh.path, snapshotPath))
                                 renamed.path = snapshotPath;
                             api.setSnapshot(renamed);
                         } else {
                             err << "ioc-dataserver: " << why << Qt::endl;
                         }
                     });
    QTimer refreshTimer;
    QObject::connect(&refreshTimer, &QTimer::timeout, &app, [&] {
        // worth it once the rows after the snapshot would take a client more than a few pages
        if (refresh.isRunning() || store.lastSeq() - api.snapshot().cursor < 50000)
            return;
        const QString next = snapshotPath + QStringLiteral(".next");
        refresh.setFuture(QtConcurrent::run([&store, next] {
            ServerStore::Snapshot s;
            QString why;
            store.writeSnapshot(next, &s, &why);
            return std::make_pair(s, why);
        }));
    });
    refreshTimer.start(10 * 60 * 1000);
    live.start(tick);
    // the one line scripts wait for
    out << "listening on http://" << address.toString() << ':' << bound << "/api/v1/"
        << (token.isEmpty() ? "" : " (bearer token required)") << Qt::endl;
    return app.exec();
}
