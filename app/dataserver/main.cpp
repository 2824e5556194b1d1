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

#include <optional>

using namespace ioc;

namespace {

struct Arguments
{
    QString dir;
    int port = 8787;
    QHostAddress address;
    QString token;
    quint64 seed = DemoGenerator::kDefaultSeed;
    int tick = 5;
    QStringList imports;
};

struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *help;
    QString byDefault;
};

// The command line; the problem (printed by the caller) when it is malformed.
std::optional<Arguments> parseArguments(const QCoreApplication &app, QString *problem)
{
    const OptionSpec options[] = {
        {"port", "N", "Port to listen on (0: any free port).", QStringLiteral("8787")},
        {"data", "DIR", "Folder of the server's store (required).", {}},
        {"token",
         "T",
         "Require this bearer token (or set IOC_DATASERVER_TOKEN, which keeps it out of the "
         "process list).",
         {}},
        {"seed", "S", "Seed of the demo dataset (default 5340: the published figures).",
         QString::number(DemoGenerator::kDefaultSeed)},
        {"tick", "SECONDS", "Seconds between real-time readings (default 5).", QStringLiteral("5")},
        {"bind", "ADDRESS", "Address to listen on (default 127.0.0.1; 0.0.0.0 for the network).",
         QStringLiteral("127.0.0.1")},
        {"import",
         "FILE",
         "Store a report file (.xlsx or .csv, docs/import-template.md) before serving; may be "
         "repeated. The same as POST /api/v1/reports.",
         {}},
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the IOC Data API v1 (docs/api.md) from its own store: the demo dataset, with "
        "real-time Group D readings every few seconds."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &o : options)
        parser.addOption(QCommandLineOption(QLatin1String(o.name), QLatin1String(o.help),
                                            QLatin1String(o.valueName), o.byDefault));
    parser.process(app);

    Arguments a;
    a.dir = parser.value(QStringLiteral("data"));
    if (a.dir.isEmpty()) {
        *problem = QStringLiteral("--data DIR is required");
        return std::nullopt;
    }
    bool ok = false;
    a.port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || a.port < 0 || a.port > 65535) {
        *problem = QStringLiteral("--port takes 0 to 65535");
        return std::nullopt;
    }
    a.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    a.tick = parser.value(QStringLiteral("tick")).toInt();
    a.address = QHostAddress(parser.value(QStringLiteral("bind")));
    if (!ok || a.tick < 1 || a.address.isNull()) {
        *problem = QStringLiteral("--seed, --tick or --bind is malformed");
        return std::nullopt;
    }
    a.token = parser.value(QStringLiteral("token"));
    if (a.token.isEmpty())
        a.token = qEnvironmentVariable("IOC_DATASERVER_TOKEN");
    a.imports = parser.values(QStringLiteral("import"));
    return a;
}

// Stores the report files before serving, each whole or not at all; the exit code on a problem.
std::optional<int> importReports(const Catalog &catalog, const EntityRegistry &entities,
                                 ServerStore &store, const QStringList &files, QTextStream &err)
{
    const ReportImporter importer(catalog, entities);
    for (const QString &file : files) {
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
        QString error;
        if (!store.appendRevisions(result.rows, &added, &changed, &unchanged, &error)) {
            err << "ioc-dataserver: " << result.file << ": " << error << Qt::endl;
            return 2;
        }
        err << "ioc-dataserver: " << result.file << ": " << added << " new, " << changed
            << " changed, " << unchanged << " unchanged" << Qt::endl;
    }
    return std::nullopt;
}

// The first sync of a client copies a snapshot instead of paging through millions of rows
// (docs/api.md); it is written at the start and again in the background while rows keep
// arriving, once the rows after it would take a client more than a few pages.
class SnapshotKeeper : public QObject
{
public:
    SnapshotKeeper(ServerStore &store, ApiServer &api, const QString &dir, QTextStream &err)
        : m_store(store)
        , m_api(api)
        , m_path(QDir(dir).filePath(QStringLiteral("snapshot.sqlite")))
        , m_err(err)
    {
        connect(&m_refresh, &QFutureWatcher<Outcome>::finished, this, &SnapshotKeeper::swap);
        connect(&m_timer, &QTimer::timeout, this, &SnapshotKeeper::refresh);
    }

    void start()
    {
        ServerStore::Snapshot snapshot;
        QString error;
        m_err << "ioc-dataserver: writing the snapshot for first syncs …" << Qt::endl;
        if (m_store.writeSnapshot(m_path, &snapshot, &error))
            m_api.setSnapshot(snapshot);
        else
            m_err << "ioc-dataserver: " << error << " (clients will page from the start)"
                  << Qt::endl;
        m_timer.start(10 * 60 * 1000);
    }

private:
    using Outcome = std::pair<ServerStore::Snapshot, QString>;

    void refresh()
    {
        if (m_refresh.isRunning() || m_store.lastSeq() - m_api.snapshot().cursor < 50000)
            return;
        const QString next = m_path + QStringLiteral(".next");
        ServerStore *store = &m_store;
        m_refresh.setFuture(QtConcurrent::run([store, next] {
            ServerStore::Snapshot s;
            QString why;
            store->writeSnapshot(next, &s, &why);
            return Outcome(s, why);
        }));
    }

    void swap()
    {
        const auto [fresh, why] = m_refresh.result();
        if (!why.isEmpty()) {
            m_err << "ioc-dataserver: " << why << Qt::endl;
            return;
        }
        // requests are answered on this thread, each from a whole read of the file: none sees
        // the swap half done
        QFile::remove(m_path);
        ServerStore::Snapshot renamed = fresh;
        if (QFile::rename(fresh.path, m_path))
            renamed.path = m_path;
        m_api.setSnapshot(renamed);
    }

    ServerStore &m_store;
    ApiServer &m_api;
    const QString m_path;
    QTextStream &m_err;
    QFutureWatcher<Outcome> m_refresh;
    QTimer m_timer;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ioc-dataserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::optional<Arguments> args = parseArguments(app, &error);
    if (!args) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 1;
    }
    QVector<CatalogError> catalogErrors;
    const Catalog catalog = Catalog::builtIn(&catalogErrors);
    const EntityRegistry entities = EntityRegistry::builtIn(&error);
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    if (!catalog.isValid() || !entities.isValid() || !meta.open(QIODevice::ReadOnly)) {
        err << "ioc-dataserver: the built-in catalog or areas do not load" << Qt::endl;
        return 3;
    }
    QDir().mkpath(args->dir);
    ServerStore store;
    if (!store.open(QDir(args->dir).filePath(QStringLiteral("ioc-dataserver.sqlite")), &error)) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    LiveSensors live(catalog, entities, store, args->seed);
    err << "ioc-dataserver: preparing the dataset in " << args->dir << " …" << Qt::endl;
    if (!live.catchUp(QDateTime::currentDateTime(), &error)
        || live.tick(QDateTime::currentDateTime(), &error) < 0) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    if (const auto rc = importReports(catalog, entities, store, args->imports, err))
        return *rc;
    ApiServer api(catalog, meta.readAll(), entities, store, args->token);
    const quint16 bound = api.listen(args->address, quint16(args->port));
    if (bound == 0) {
        err << "ioc-dataserver: cannot listen on " << args->address.toString() << ':' << args->port
            << Qt::endl;
        return 2;
    }
    SnapshotKeeper snapshots(store, api, args->dir, err);
    snapshots.start();
    live.start(args->tick);
    // the one line scripts wait for
    out << "listening on http://" << args->address.toString() << ':' << bound << "/api/v1/"
        << (args->token.isEmpty() ? "" : " (bearer token required)") << Qt::endl;
    return app.exec();
}
