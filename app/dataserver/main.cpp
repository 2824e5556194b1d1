// ioc-dataserver: the reference implementation of the IOC Data API (docs/api.md).
#include "apiserver.h"
#include "livesensors.h"
#include "pgstore.h"
#include "reportimport.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <cmath>
#include <optional>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace ioc;

namespace {

struct Arguments
{
    QString dir;
    int port = 8787;
    QHostAddress address;
    QString tokensFile;
    QString database; // postgresql://…; empty: the SQLite file in dir
    QByteArray envToken;
    bool noAuth = false;
    QString audit;
    QString tlsCert;
    QString tlsKey;
    quint64 seed = DemoGenerator::kDefaultSeed;
    int historyYears = DemoGenerator::kDefaultHistoryYears;
    int tickMs = 5000;
    QStringList imports;
    std::optional<AccessToken> issue; // --issue-token: write the entry, print the secret, exit
};

struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *help;
    QString byDefault;
};

std::optional<Arguments> issueArguments(const QCommandLineParser &parser, const QString &file,
                                        QString *problem)
{
    if (file.isEmpty()) {
        *problem = QStringLiteral("--issue-token needs --tokens FILE");
        return std::nullopt;
    }
    AccessToken t;
    t.name = parser.value(QStringLiteral("issue-token")).trimmed();
    const QString role = parser.value(QStringLiteral("role"));
    t.role = role == QLatin1String("admin")    ? AccessToken::Role::Admin
             : role == QLatin1String("report") ? AccessToken::Role::Report
                                               : AccessToken::Role::Read;
    t.indicators = parser.value(QStringLiteral("indicators")).split(u',', Qt::SkipEmptyParts);
    t.departments = parser.value(QStringLiteral("departments")).split(u',', Qt::SkipEmptyParts);
    const QString expires = parser.value(QStringLiteral("expires"));
    const QDate day = QDate::fromString(expires, Qt::ISODate);
    if (!expires.isEmpty())
        t.expires = QDateTime(day.addDays(1), QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600);
    if (t.name.isEmpty() || AccessToken::roleKey(t.role) != role
        || (!expires.isEmpty() && !day.isValid())
        || (t.role == AccessToken::Role::Report && t.indicators.isEmpty()
            && t.departments.isEmpty())) {
        *problem = QStringLiteral(
            "--issue-token NAME --role read|report|admin [--expires YYYY-MM-DD]; a report token "
            "names --indicators or --departments");
        return std::nullopt;
    }
    Arguments a;
    a.tokensFile = file;
    a.issue = t;
    return a;
}

// The command line; the problem (printed by the caller) when it is malformed.
std::optional<Arguments> parseArguments(const QCoreApplication &app, QString *problem)
{
    const OptionSpec options[] = {
        {"port", "N", "Port to listen on (0: any free port).", QStringLiteral("8787")},
        {"data", "DIR", "Folder of the server's store, snapshots and request log (required).", {}},
        {"tokens",
         "FILE",
         "Who may do what: the tokens file (docs/api.md), reloaded on SIGHUP. "
         "IOC_DATASERVER_TOKEN adds one admin token.",
         {}},
        {"audit",
         "FILE",
         "The request log, one JSON line per request (default DIR/audit.jsonl).",
         {}},
        {"database",
         "URL",
         "Keep the store in PostgreSQL (postgresql://user@host/db; the password from ~/.pgpass "
         "or PGPASSWORD) instead of DIR/ioc-dataserver.sqlite. Several servers may share one.",
         {}},
        {"tls-cert", "FILE", "Serve HTTPS with this PEM certificate (chain).", {}},
        {"tls-key", "FILE", "The certificate's PEM private key.", {}},
        {"issue-token",
         "NAME",
         "Add a token to --tokens FILE and print its secret once (with --role, --indicators, "
         "--departments, --expires).",
         {}},
        {"role", "ROLE", "read, report or admin (--issue-token).", QStringLiteral("read")},
        {"indicators", "CODES", "Comma-separated codes or prefixes a report token may carry.", {}},
        {"departments", "NAMES", "Comma-separated departments (catalog sources), ditto.", {}},
        {"expires", "DATE", "The token's last day (--issue-token).", {}},
        {"seed", "S", "Seed of the demo dataset (default 5340: the published figures).",
         QString::number(DemoGenerator::kDefaultSeed)},
        {"history-years", "N",
         "Years of history in a new store's demo dataset (default 3: 2024 to 2026; at most 30). "
         "A store keeps the years it was made with.",
         QString::number(DemoGenerator::kDefaultHistoryYears)},
        {"tick", "SECONDS", "Seconds between real-time readings (default 5; at least 0.1).",
         QStringLiteral("5")},
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
    parser.addOption(QCommandLineOption(
        QStringLiteral("no-auth"),
        QStringLiteral("Serve without tokens: loopback only, for development.")));
    for (const OptionSpec &o : options)
        parser.addOption(QCommandLineOption(QLatin1String(o.name), QLatin1String(o.help),
                                            QLatin1String(o.valueName), o.byDefault));
    parser.process(app);

    Arguments a;
    a.tokensFile = parser.value(QStringLiteral("tokens"));
    if (parser.isSet(QStringLiteral("issue-token")))
        return issueArguments(parser, a.tokensFile, problem);
    a.dir = parser.value(QStringLiteral("data"));
    a.database = parser.value(QStringLiteral("database"));
    if (!a.database.isEmpty() && !PgStore::isLocation(a.database)) {
        *problem = QStringLiteral("--database takes a postgresql://… URL");
        return std::nullopt;
    }
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
    bool tickOk = false;
    const double tick = parser.value(QStringLiteral("tick")).toDouble(&tickOk);
    tickOk = tickOk && tick >= 0.1 && tick <= 3600;
    a.tickMs = tickOk ? int(std::lround(tick * 1000)) : 0;
    a.address = QHostAddress(parser.value(QStringLiteral("bind")));
    bool yearsOk = false;
    a.historyYears = parser.value(QStringLiteral("history-years")).toInt(&yearsOk);
    if (!ok || !tickOk || a.address.isNull() || !yearsOk || a.historyYears < 1
        || a.historyYears > 30) {
        *problem = QStringLiteral("--seed, --tick, --bind or --history-years is malformed");
        return std::nullopt;
    }
    a.envToken = qgetenv("IOC_DATASERVER_TOKEN");
    a.noAuth = parser.isSet(QStringLiteral("no-auth"));
    a.audit = parser.value(QStringLiteral("audit"));
    if (a.audit.isEmpty())
        a.audit = QDir(a.dir).filePath(QStringLiteral("audit.jsonl"));
    a.tlsCert = parser.value(QStringLiteral("tls-cert"));
    a.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (a.tlsCert.isEmpty() != a.tlsKey.isEmpty()) {
        *problem = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    if (a.noAuth && !a.address.isLoopback()) {
        *problem = QStringLiteral("--no-auth serves loopback only; give --tokens FILE to serve %1")
                       .arg(a.address.toString());
        return std::nullopt;
    }
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
        result.rows.setSourceKind(QStringLiteral("report"));
        int added = 0, changed = 0, unchanged = 0;
        QString error;
        if (!store.appendRevisions(result.rows.toVector(), &added, &changed, &unchanged, &error)) {
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
        // a reply opens the file when it is answered and streams what it opened: one still on
        // its way keeps the earlier snapshot whole, the next gets this one
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

int g_hangup[2] = {-1, -1};

void onHangup(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_hangup[0], &c, 1);
}

// The tokens file and IOC_DATASERVER_TOKEN; empty with the problem when neither gives a token.
AccessTokens loadTokens(const Arguments &args, QString *error)
{
    AccessTokens tokens;
    if (!args.tokensFile.isEmpty()) {
        tokens = AccessTokens::fromFile(args.tokensFile, error);
        if (tokens.isEmpty())
            return {};
    }
    if (!args.envToken.isEmpty()) {
        AccessToken t;
        t.name = QStringLiteral("IOC_DATASERVER_TOKEN");
        t.role = AccessToken::Role::Admin;
        t.sha256 = AccessTokens::hashOf(args.envToken);
        tokens.add(t);
    }
    if (tokens.isEmpty())
        *error = QStringLiteral("no tokens: give --tokens FILE (docs/api.md; --issue-token makes "
                                "one) or --no-auth to serve loopback without them");
    return tokens;
}

// SIGHUP reads the tokens file again; a file that does not read leaves the tokens as they were.
void reloadTokensOnHangup(ApiServer &api, const Arguments &args, QTextStream &err)
{
    if (args.tokensFile.isEmpty() || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_hangup) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_hangup[1], QSocketNotifier::Read, &api);
    QObject::connect(notifier, &QSocketNotifier::activated, &api, [&api, &args, &err] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_hangup[1], &c, 1);
        QString error;
        const AccessTokens tokens = loadTokens(args, &error);
        if (tokens.isEmpty()) {
            err << "ioc-dataserver: SIGHUP: " << error << "; the tokens stay as they were"
                << Qt::endl;
            return;
        }
        api.setTokens(tokens);
        err << "ioc-dataserver: SIGHUP: " << tokens.tokens().size() << " token(s) from "
            << args.tokensFile << Qt::endl;
    });
    struct sigaction hangup = {};
    hangup.sa_handler = onHangup;
    sigemptyset(&hangup.sa_mask);
    hangup.sa_flags = SA_RESTART;
    ::sigaction(SIGHUP, &hangup, nullptr);
}

// How the server is reached, and the warning when that is without tokens.
bool startServing(ApiServer &api, const Arguments &args, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!args.tlsCert.isEmpty()) {
        const QSslConfiguration tls = HttpListener::loadTls(args.tlsCert, args.tlsKey, &error);
        if (tls.isNull()) {
            err << "ioc-dataserver: " << error << Qt::endl;
            return false;
        }
        api.setTls(tls);
    }
    if (!api.setAuditLog(args.audit, &error)) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return false;
    }
    const quint16 bound = api.listen(args.address, quint16(args.port));
    if (bound == 0) {
        err << "ioc-dataserver: cannot listen on " << args.address.toString() << ':' << args.port
            << Qt::endl;
        return false;
    }
    if (args.noAuth)
        err << "ioc-dataserver: WARNING: --no-auth: anyone on this machine may read and send "
               "reports"
            << Qt::endl;
    // the one line scripts wait for
    out << "listening on " << (args.tlsCert.isEmpty() ? "http" : "https") << "://"
        << args.address.toString() << ':' << bound << "/api/v1/"
        << (args.noAuth ? "" : " (bearer token required)") << Qt::endl;
    return true;
}

int issueToken(const Arguments &args, QTextStream &out, QTextStream &err)
{
    QString error;
    const QByteArray secret = AccessTokens::issue(args.tokensFile, *args.issue, &error);
    if (secret.isEmpty()) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    err << "ioc-dataserver: token '" << args.issue->name << "' (" << args.issue->scope()
        << ") written to " << args.tokensFile
        << "; its secret follows, shown this once (send SIGHUP to a running server)" << Qt::endl;
    out << secret << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // the demo cameras' pictures are drawn with fonts, which need a QGuiApplication: one with
    // no display (the server never shows a window)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
    if (args->issue)
        return issueToken(*args, out, err);
    AccessTokens tokens;
    if (!args->noAuth) {
        tokens = loadTokens(*args, &error);
        if (tokens.isEmpty()) {
            err << "ioc-dataserver: " << error << Qt::endl;
            return 1;
        }
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
    const QString location = args->database.isEmpty()
                                 ? QDir(args->dir).filePath(QStringLiteral("ioc-dataserver.sqlite"))
                                 : args->database;
    if (!store.open(location, &error)) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    DemoGenerator::setDefaultHistoryYears(args->historyYears);
    LiveSensors live(catalog, entities, store, args->seed);
    err << "ioc-dataserver: preparing the dataset in "
        << (args->database.isEmpty() ? args->dir : PgStore::describe(args->database)) << " …"
        << Qt::endl;
    if (!live.catchUp(QDateTime::currentDateTime(), &error)
        || live.tick(QDateTime::currentDateTime(), &error) < 0) {
        err << "ioc-dataserver: " << error << Qt::endl;
        return 2;
    }
    if (const auto rc = importReports(catalog, entities, store, args->imports, err))
        return *rc;
    ApiServer api(catalog, meta.readAll(), entities, store, tokens);
    reloadTokensOnHangup(api, *args, err);
    SnapshotKeeper snapshots(store, api, args->dir, err);
    snapshots.start();
    if (!startServing(api, *args, out, err))
        return 2;
    // each round goes out to the live streams as soon as it is stored
    QObject::connect(&live, &LiveSensors::stored, &api,
                     [&api](int, const QDateTime &at) { api.publish(at); });
    live.start(args->tickMs);
    return app.exec();
}
