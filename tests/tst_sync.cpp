#include "support/apifixture.h"
#include "apiserver.h"
#include "demodata.h"
#include "figures.h"
#include "sourcereadiness.h"
#include "syncengine.h"
#include "support/faultserver.h"
#include "support/throttleproxy.h"
#include "contentcoding.h"
#include "inflater.h"
#include "support/testcerts.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zstd.h>

using namespace ioc;

Q_DECLARE_METATYPE(FaultServer::Reply)

class tst_Sync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstSyncFillsTheCache();
    void pagedFirstSyncMatchesTheSnapshot();
    void snapshotProblemsFallBackToPages_data();
    void snapshotProblemsFallBackToPages();
    void inflatesWithinALimit();
    void syncsOverASlowLink();
    void annualPlanTravels();
    void syncsWithoutETags();
    void snapshotRefusedTokenStops();
    void noChangeTransfersNothing();
    void correctionReplacesTheValue();
    void failuresLeaveTheCacheAsItWas_data();
    void failuresLeaveTheCacheAsItWas();
    void retriesServerErrorsNotClientErrors();
    void unreachableServer();
    void tokenStaysOutOfTheCache();
    void tokenLeavesTheSettingsFile();
    void commandLine();
    void progressCountsRows();
    void laterCatalogIsKeptForTheNextStart();
    void killedSyncLeavesConsistentCache();
    void untrustedCertificatesAreRefused_data();
    void untrustedCertificatesAreRefused();
    void plainHttpAndRedirectsKeepTheToken();
    void bringsTheReportsSentIntoTheJournal();

private:
    SyncEngine::Summary sync(const QString &cachePath, const QString &server,
                             const QString &token = QStringLiteral("s3cret"), int timeoutMs = 5000,
                             bool useSnapshot = true, const ServerTrust &trust = {},
                             int *retries = nullptr);
    QByteArray alteredSnapshot(const QString &name, const QStringList &statements) const;
    QByteArray digest(const QString &cachePath) const;
    QByteArray observationsPage(const QString &rowsJson, bool more = false) const;

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    ServerStore m_store;
    std::unique_ptr<ApiServer> m_api;
    quint16 m_port = 0;
    QByteArray m_catalogBody;
    qint64 m_rows = 0;
    QString m_snapshotPath;
};

void tst_Sync::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("server.sqlite")), &error));
    error = test::seedStore(m_store, m_catalog, m_entities,
                            cityDateTime(QDate(2026, 4, 21), QTime(9, 0)),
                            {"A01.01", "A09.05", "C03.02", "A13.01"}, &m_rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    QVERIFY(m_api);
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port > 0);
    ServerStore::Snapshot snapshot;
    QVERIFY2(
        m_store.writeSnapshot(m_dir.filePath(QStringLiteral("snapshot.sqlite")), &snapshot, &error),
        qPrintable(error));
    QCOMPARE(snapshot.rows, m_rows);
    QCOMPARE(snapshot.cursor, m_store.lastSeq());
    m_snapshotPath = snapshot.path;
    m_api->setSnapshot(snapshot);
    m_catalogBody
        = m_api->handle("GET", QUrl(QStringLiteral("http://x/api/v1/catalog")), "Bearer s3cret", {})
              .body;
    qRegisterMetaType<ioc::SyncEngine::Summary>();
}

SyncEngine::Summary tst_Sync::sync(const QString &cachePath, const QString &server,
                                   const QString &token, int timeoutMs, bool useSnapshot,
                                   const ServerTrust &trust, int *retries)
{
    SyncEngine::Options o;
    o.server = QUrl(server);
    o.token = token;
    o.pageSize = 5000;
    o.timeoutMs = timeoutMs;
    o.maxAttempts = 2;
    o.firstBackoffMs = 20;
    o.maxBodyBytes = 8 * 1024 * 1024;
    o.useSnapshot = useSnapshot;
    o.trust = trust;
    SyncEngine engine(m_catalog, m_entities, cachePath, o);
    QSignalSpy done(&engine, &SyncEngine::finished);
    QSignalSpy retrying(&engine, &SyncEngine::retrying);
    engine.start();
    if (done.isEmpty() && !done.wait(60000))
        return {};
    if (retries)
        *retries = int(retrying.count());
    return done.first().first().value<SyncEngine::Summary>();
}

QByteArray tst_Sync::digest(const QString &cachePath) const
{
    Cache cache;
    QString error;
    cache.open(cachePath, &error);
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char *code : {"A01.01", "A09.05", "C03.02", "A13.01"}) {
        for (const Observation &o : cache.observations(QLatin1String(code)))
            h.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n")
                          .arg(o.entity, o.period)
                          .arg(o.revision)
                          .arg(o.value)
                          .arg(o.sourceRef)
                          .arg(o.plan ? QString::number(*o.plan) : QStringLiteral("-"))
                          .arg(o.annualPlan ? QString::number(*o.annualPlan) : QStringLiteral("-"))
                          .toUtf8());
    }
    h.addData(cache.meta(SyncEngine::metaCursor()).toUtf8());
    return h.result();
}

QByteArray tst_Sync::observationsPage(const QString &rowsJson, bool more) const
{
    return QStringLiteral(
               R"({"cursor":"99","more":%1,"columns":["indicator","entity","period","revision","value","plan","fetched_at","source","source_detail"],"rows":[%2]})")
        .arg(more ? QStringLiteral("true") : QStringLiteral("false"), rowsJson)
        .toUtf8();
}

void tst_Sync::firstSyncFillsTheCache()
{
    const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
    const auto s = sync(path, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.snapshotNote.isEmpty(), qPrintable(s.snapshotNote));
    QCOMPARE(s.rows, m_rows);
    QCOMPARE(s.snapshotRows, m_rows); // one file, not pages
    QCOMPARE(s.pages, 0);
    QDir dir(m_dir.path());
    QVERIFY(dir.entryList({QStringLiteral("first.sqlite.snapshot-*")})
                .isEmpty()); // the download is gone
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    QCOMPARE(cache.observationCount(), m_rows);
    QVERIFY(!cache.meta(SyncEngine::metaLastSuccess()).isEmpty());
    // the server's values and their source, as --query shows them
    const auto rows = cache.revisions(QStringLiteral("C03.02"), QStringLiteral("INV01"),
                                      QStringLiteral("2026-04"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value, 42.9);
    QCOMPARE(rows.first().sourceKind, QStringLiteral("api"));
    QCOMPARE(rows.first().sourceRef,
             QStringLiteral("Monthly Excel report – Dept. of Finance (public investment)"));
    QCOMPARE(rows.first().sourceDetail, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    const FigureService fs(m_catalog, m_entities, cache);
    const Figure grdp
        = fs.figure(*m_catalog.find("A01.01"), "31", {Selection::Mode::Month, QDate(2026, 4, 20)},
                    cityDateTime(QDate(2026, 4, 21), QTime(9, 0)));
    QCOMPARE(*grdp.value, 10.87);
    QCOMPARE(grdp.status.effective(), Status::Warn);
}

// Paging from the start (a server without a snapshot) gives the very same cache.
void tst_Sync::pagedFirstSyncMatchesTheSnapshot()
{
    const QString paged = m_dir.filePath(QStringLiteral("paged.sqlite"));
    const auto s = sync(paged, QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                        QStringLiteral("s3cret"), 5000, false);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.rows, m_rows);
    QCOMPARE(s.snapshotRows, 0);
    QVERIFY(s.pages >= 2);
    QCOMPARE(digest(paged), digest(m_dir.filePath(QStringLiteral("first.sqlite"))));
    Cache cache;
    QString error;
    QVERIFY(cache.open(paged, &error));
    QCOMPARE(
        cache
            .revisions(QStringLiteral("C03.02"), QStringLiteral("INV01"), QStringLiteral("2026-04"))
            .first()
            .sourceDetail,
        QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray tst_Sync::alteredSnapshot(const QString &name, const QStringList &statements) const
{
    const QString path = m_dir.filePath(QStringLiteral("altered-%1.sqlite").arg(name));
    QFile::remove(path);
    if (!QFile::copy(m_snapshotPath, path))
        return {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// A zstd frame of `data` whose header declares `declared` bytes (more than `data` for a bomb:
// the frame is left open, as if the rest were still to come).
static QByteArray zstdFrame(const QByteArray &data, qint64 declared)
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setPledgedSrcSize(cctx, static_cast<unsigned long long>(declared));
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))) + 64, Qt::Uninitialized);
    ZSTD_inBuffer in{data.constData(), size_t(data.size()), 0};
    ZSTD_outBuffer o{out.data(), size_t(out.size()), 0};
    const ZSTD_EndDirective how = declared == data.size() ? ZSTD_e_end : ZSTD_e_flush;
    while (ZSTD_compressStream2(cctx, &o, &in, how) > 0 && in.pos < in.size) {
    }
    ZSTD_freeCCtx(cctx);
    out.resize(qsizetype(o.pos));
    return out;
}

void tst_Sync::snapshotProblemsFallBackToPages_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<QString>("message");
    QFile real(m_snapshotPath);
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray good = real.readAll();
    const QString row
        = QStringLiteral("indicator = 'A01.01' AND entity = '31' AND period = '2026-04'");
    auto reply = [](const QByteArray &body) {
        return FaultServer::Reply{200, body};
    };
    QTest::newRow("none")
        << FaultServer::Reply{404,
                              R"({"error":{"status":404,"code":"no_snapshot","message":"none"}})"}
        << "the server has none";
    QTest::newRow("500")
        << FaultServer::Reply{500, R"({"error":{"status":500,"code":"internal","message":"boom"}})"}
        << "HTTP 500";
    QTest::newRow("not a database") << reply(QByteArray(20000, 'x')) << "not a SQLite database";
    QTest::newRow("truncated file")
        << reply(good.left(good.size() / 2)) << "snapshot is not usable";
    QTest::newRow("connection dropped")
        << FaultServer::Reply{200, good, 0, -1, true} << "snapshot was not used";
    QTest::newRow("too large") << FaultServer::Reply{200, "x", 0, 8LL * 1024 * 1024 * 1024, true}
                               << "larger than";
    // compressed on the wire: a damaged stream, one that ends too soon, one that declares more
    // than the limit once inflated (refused before anything is inflated)
    FaultServer::Reply damaged = reply(QByteArray(5000, 'z'));
    damaged.encoding = "zstd";
    QTest::newRow("damaged zstd") << damaged << "damaged";
    const QByteArray whole = zstdFrame(good, good.size());
    FaultServer::Reply cut = reply(whole.left(whole.size() / 2));
    cut.encoding = "zstd";
    QTest::newRow("cut zstd") << cut << "ends too soon";
    FaultServer::Reply bomb = reply(zstdFrame(QByteArray(4096, '\0'), 8LL << 30));
    bomb.encoding = "zstd";
    QTest::newRow("zstd bomb") << bomb << "larger than 4096 MiB once inflated";
    FaultServer::Reply unknown = reply(good);
    unknown.encoding = "br";
    QTest::newRow("unknown coding") << unknown << "coding this console cannot read";
    QTest::newRow("unknown indicator") << reply(
        alteredSnapshot("ind", {"UPDATE observations SET indicator = 'Z09.09' WHERE " + row}))
                                       << "unknown indicator 'Z09.09'";
    QTest::newRow("wrong period kind") << reply(
        alteredSnapshot("period", {"UPDATE observations SET period = '2026-04-01' WHERE " + row}))
                                       << "is not a monthly period";
    QTest::newRow("infinite value")
        << reply(alteredSnapshot("inf", {"UPDATE observations SET value = 1e999 WHERE " + row}))
        << "not a finite number";
    QTest::newRow("text value") << reply(
        alteredSnapshot("text", {"UPDATE observations SET value = 'eleven' WHERE " + row}))
                                << "not a finite number";
    QTest::newRow("revision 0") << reply(
        alteredSnapshot("rev", {"UPDATE observations SET revision = 0 WHERE " + row}))
                                << "revision";
    QTest::newRow("unknown source")
        << reply(alteredSnapshot("src", {"UPDATE observations SET source_id = 99 WHERE " + row}))
        << "not among the snapshot's sources";
    QTest::newRow("other source kind")
        << reply(alteredSnapshot("kind", {"UPDATE sources SET kind = 'demo'"})) << "of kind 'api'";
    QTest::newRow("trigger") << reply(alteredSnapshot(
        "trigger", {"CREATE TRIGGER t AFTER INSERT ON sources BEGIN DELETE FROM sources; END"}))
                             << "unexpected trigger t";
    QTest::newRow("other layout") << reply(
        alteredSnapshot("layout", {"ALTER TABLE observations ADD COLUMN extra TEXT"}))
                                  << "table observations differs";
    QTest::newRow("other format") << reply(alteredSnapshot(
        "format", {"UPDATE snapshot SET value = 'ioc-snapshot/9' WHERE key = 'format'"}))
                                  << "ioc-snapshot/9";
    QTest::newRow("row count") << reply(
        alteredSnapshot("rows", {"UPDATE snapshot SET value = value + 1 WHERE key = 'rows'"}))
                               << "rows but says";
}

// A snapshot that cannot be used is reported, leaves nothing behind, and the sync goes on
// with pages.
void tst_Sync::snapshotProblemsFallBackToPages()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("snap-%1.sqlite")
                                            .arg(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    FaultServer fault;
    fault.set("/api/v1/catalog", {200, m_catalogBody});
    fault.set("/api/v1/snapshot", reply);
    fault.set(
        "/api/v1/observations",
        {200,
         observationsPage(QStringLiteral(
             R"(["A01.01","31","2026-05",1,11.0,11.6,"2026-05-20T17:00:00+07:00","Statistics Office",null])"))});
    const auto s = sync(path, QString::fromLatin1(fault.base()), QStringLiteral("s3cret"), 3000);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(fault.requests("/api/v1/snapshot"), 1);
    QVERIFY2(s.snapshotNote.contains(message), qPrintable(s.snapshotNote));
    QVERIFY(s.snapshotNote.contains(QStringLiteral("page by page")));
    QCOMPARE(s.snapshotRows, 0);
    QCOMPARE(s.rows, 1);
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    QCOMPARE(cache.observationCount(), 1); // the page, and nothing of the snapshot
    QCOMPARE(cache.meta(SyncEngine::metaCursor()), QStringLiteral("99"));
    QVERIFY(QDir(m_dir.path())
                .entryList({QFileInfo(path).fileName() + QStringLiteral(".snapshot-*")})
                .isEmpty());
}

// The Inflater under the snapshot download: what it inflates is whole and equal, and never
// more than its limit; a stream that is damaged or ends too soon says so.
void tst_Sync::inflatesWithinALimit()
{
    const QByteArray text = QByteArray("Hải Phòng, ").repeated(100000); // about 1.3 MB
    const QByteArray z = zstdFrame(text, text.size());
    QVERIFY(z.size() < text.size() / 10);
    const auto run = [](const QByteArray &coding, const QByteArray &body, qint64 limit,
                        QByteArray *out, QString *error, qsizetype piece = 7000) {
        QBuffer buffer(out);
        buffer.open(QIODevice::WriteOnly);
        Inflater inflater(coding, &buffer, limit);
        // as the network hands it over: in pieces
        for (qsizetype at = 0; at < body.size(); at += piece) {
            if (!inflater.write(body.mid(at, piece))) {
                *error = inflater.error();
                return false;
            }
        }
        if (!inflater.finish()) {
            *error = inflater.error();
            return false;
        }
        return true;
    };
    QByteArray out;
    QString error;
    QVERIFY2(run("zstd", z, 2 << 20, &out, &error), qPrintable(error));
    QCOMPARE(out, text);
    out.clear();
    // a limit below the declared size: refused before anything is written
    QVERIFY(!run("zstd", z, 1 << 20, &out, &error));
    QVERIFY2(error.contains(QStringLiteral("larger than 1 MiB")), qPrintable(error));
    QCOMPARE(out.size(), 0);
    // ... also when the header comes a few bytes at a time
    QVERIFY(!run("zstd", z, 1 << 20, &out, &error, 5));
    QVERIFY2(error.contains(QStringLiteral("larger than 1 MiB")), qPrintable(error));
    QCOMPARE(out.size(), 0);
    // a whole body shorter than the largest header
    const QByteArray tiny = zstdFrame("Hải", 5);
    QVERIFY(tiny.size() < 18);
    QVERIFY2(run("zstd", tiny, 1 << 20, &out, &error, 3), qPrintable(error));
    QCOMPARE(out, QByteArray("Hải"));
    out.clear();
    // a frame that does not say its size: cut at the limit
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0);
    QByteArray unsized(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    unsized.resize(qsizetype(ZSTD_compress2(cctx, unsized.data(), size_t(unsized.size()),
                                            text.constData(), size_t(text.size()))));
    ZSTD_freeCCtx(cctx);
    out.clear();
    QVERIFY(!run("zstd", unsized, 1 << 20, &out, &error));
    QVERIFY(out.size() <= 1 << 20);
    // gzip, whole and cut short
    out.clear();
    QVERIFY2(run("gzip", contentcoding::encode(text, "gzip"), 2 << 20, &out, &error),
             qPrintable(error));
    QCOMPARE(out, text);
    const QByteArray gz = contentcoding::encode(text, "gzip");
    out.clear();
    QVERIFY(!run("gzip", gz.left(gz.size() / 2), 2 << 20, &out, &error));
    QVERIFY2(error.contains(QStringLiteral("ends too soon")), qPrintable(error));
    // as it is, under the same limit
    out.clear();
    QVERIFY(!run({}, text, 1 << 20, &out, &error));
    QVERIFY(out.size() <= 1 << 20);
}

// A first sync over a slow link (the benchmark's district line: 20 Mbit/s, 40 ms round trip,
// here 2 Mbit/s to make it tell): the same cache as over loopback, and no faster than the
// compressed snapshot can cross that line.
void tst_Sync::syncsOverASlowLink()
{
    constexpr double kBytesPerSecond = 2e6 / 8;
    test::ThrottleProxy link(m_port, kBytesPerSecond, 20);
    const quint16 port = link.start();
    QVERIFY(port > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_api->snapshotCodingsReady(), 20000);
    const QString path = m_dir.filePath(QStringLiteral("slow.sqlite"));
    const qint64 sentBefore = m_api->bytesSent();
    const auto s = sync(path, QStringLiteral("http://127.0.0.1:%1").arg(port),
                        QStringLiteral("s3cret"), 60000);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.snapshotNote.isEmpty(), qPrintable(s.snapshotNote));
    QCOMPARE(s.snapshotRows, m_rows);
    QCOMPARE(digest(path), digest(m_dir.filePath(QStringLiteral("first.sqlite"))));
    const qint64 wire = m_api->bytesSent() - sentBefore;
    QVERIFY2(s.elapsedMs >= 1000.0 * wire / kBytesPerSecond,
             qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(wire).arg(s.elapsedMs)));
}

// The annual plan a row carries reaches the cache by snapshot and by page; a server from
// before it (snapshot format 1, pages of nine columns) is still synced from, without it.
void tst_Sync::annualPlanTravels()
{
    Cache first;
    QString error;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("first.sqlite")), &error));
    const auto april = first.revisions(QStringLiteral("C03.02"), QStringLiteral("INV01"),
                                       QStringLiteral("2026-04"));
    QCOMPARE(april.size(), 1);
    QVERIFY(april.first().annualPlan); // the demo's disbursement plan for the year
    QVERIFY(*april.first().annualPlan > *april.first().plan);

    const QString path = m_dir.filePath(QStringLiteral("old-server.sqlite"));
    FaultServer fault;
    fault.set("/api/v1/catalog", {200, m_catalogBody});
    fault.set("/api/v1/snapshot",
              {200, alteredSnapshot("format-1",
                                    {"ALTER TABLE observations DROP COLUMN annual_plan",
                                     "UPDATE snapshot SET value = 'ioc-snapshot/1' WHERE key = "
                                     "'format'"})});
    fault.set(
        "/api/v1/observations",
        {200,
         observationsPage(QStringLiteral(
             R"(["A01.01","31","2026-05",1,11.0,11.6,"2026-05-20T17:00:00+07:00","Statistics Office",null])"))});
    auto s = sync(path, QString::fromLatin1(fault.base()), QStringLiteral("s3cret"), 3000);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.snapshotNote.isEmpty(), qPrintable(s.snapshotNote));
    QCOMPARE(s.snapshotRows, m_rows);
    {
        Cache cache;
        QVERIFY(cache.open(path, &error));
        const auto old = cache.revisions(QStringLiteral("C03.02"), QStringLiteral("INV01"),
                                         QStringLiteral("2026-04"));
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().value, april.first().value);
        QCOMPARE(old.first().plan, april.first().plan);
        QVERIFY(!old.first().annualPlan);
        QCOMPARE(cache
                     .revisions(QStringLiteral("A01.01"), QStringLiteral("31"),
                                QStringLiteral("2026-05"))
                     .size(),
                 1);
    }

    // a page of ten columns gives the year's plan; one that is not a number is refused whole
    const QString columns = QStringLiteral(
        R"("columns":["indicator","entity","period","revision","value","plan","fetched_at","source","source_detail","annual_plan"])");
    auto page = [&](const char *annualPlan) {
        return QStringLiteral(
                   R"({"cursor":"100","more":false,%1,"rows":[["A12.01","31","2026-05",1,1300.0,1200.0,"2026-06-05T17:00:00+07:00","Dept. of Finance",null,%2]]})")
            .arg(columns, QLatin1String(annualPlan))
            .toUtf8();
    };
    fault.set("/api/v1/observations", {200, page("\"lots\"")});
    s = sync(path, QString::fromLatin1(fault.base()), QStringLiteral("s3cret"), 3000);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QStringLiteral("annual plan")), qPrintable(s.error));
    fault.set("/api/v1/observations", {200, page("4200.5")});
    s = sync(path, QString::fromLatin1(fault.base()), QStringLiteral("s3cret"), 3000);
    QVERIFY2(s.ok, qPrintable(s.error));
    Cache cache;
    QVERIFY(cache.open(path, &error));
    const auto may = cache.revisions(QStringLiteral("A12.01"), QStringLiteral("31"),
                                     QStringLiteral("2026-05"));
    QCOMPARE(may.size(), 1);
    QCOMPARE(may.first().annualPlan, std::optional<double>(4200.5));
}

void tst_Sync::syncsWithoutETags()
{
    // a server or proxy that sends no ETag: the sync works, twice (it failed with "NOT NULL
    // constraint failed: meta.value" storing the missing tag)
    const QString path = m_dir.filePath(QStringLiteral("no-etag.sqlite"));
    FaultServer fault;
    FaultServer::Reply catalog{200, m_catalogBody};
    catalog.etag = false;
    fault.set("/api/v1/catalog", catalog);
    FaultServer::Reply page{
        200,
        observationsPage(QStringLiteral(
            R"(["A01.01","31","2026-05",1,11.0,11.6,"2026-05-20T17:00:00+07:00","Statistics Office",null])"))};
    page.etag = false;
    fault.set("/api/v1/observations", page);
    FaultServer::Reply snapshot{404,
                                R"({"error":{"status":404,"code":"not_found","message":"none"}})"};
    snapshot.etag = false;
    fault.set("/api/v1/snapshot", snapshot);
    for (int round = 0; round < 2; ++round) {
        const auto s
            = sync(path, QString::fromLatin1(fault.base()), QStringLiteral("s3cret"), 3000);
        QVERIFY2(s.ok, qPrintable(s.error));
    }
    QCOMPARE(fault.requests("/api/v1/observations"), 2);
    // the console says what it is (not Qt's "Mozilla/5.0")
    QVERIFY2(fault.userAgent("/api/v1/catalog").startsWith("ioc-console/"),
             fault.userAgent("/api/v1/catalog").constData());
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    QCOMPARE(cache.observationCount(), 1);
    QCOMPARE(cache.meta(QStringLiteral("sync_catalog_etag")), QString());
}

void tst_Sync::snapshotRefusedTokenStops()
{
    const QString path = m_dir.filePath(QStringLiteral("snap-401.sqlite"));
    FaultServer fault;
    fault.set("/api/v1/catalog", {200, m_catalogBody});
    fault.set("/api/v1/snapshot",
              {401, R"({"error":{"status":401,"code":"unauthorized","message":"bad token"}})"});
    const auto s = sync(path, QString::fromLatin1(fault.base()));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QStringLiteral("refused the access token")), qPrintable(s.error));
    QCOMPARE(fault.requests("/api/v1/observations"), 0);
}

void tst_Sync::noChangeTransfersNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("again.sqlite"));
    QVERIFY(sync(path, QStringLiteral("http://127.0.0.1:%1").arg(m_port)).ok);
    const QByteArray before = digest(path);
    const auto again = sync(path, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.rows, 0);
    QCOMPARE(again.pages, 0);
    QVERIFY(again.notModified >= 1); // the catalog and the observations both answer 304
    QCOMPARE(digest(path), before);
}

void tst_Sync::correctionReplacesTheValue()
{
    const QString path = m_dir.filePath(QStringLiteral("correction.sqlite"));
    QVERIFY(sync(path, QStringLiteral("http://127.0.0.1:%1").arg(m_port)).ok);
    Observation fix;
    fix.indicator = QStringLiteral("A01.01");
    fix.entity = QStringLiteral("31");
    fix.period = QStringLiteral("2026-04");
    fix.revision = 2;
    fix.value = 10.91;
    fix.plan = 11.5;
    fix.sourceRef = QStringLiteral("Statistics Office, revised estimate");
    fix.fetchedAt = cityDateTime(QDate(2026, 4, 20), QTime(18, 0));
    QString error;
    QVERIFY(m_store.insert({fix}, &error));
    const auto s = sync(path, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.rows, 1);
    Cache cache;
    QVERIFY(cache.open(path, &error));
    const FigureService fs(m_catalog, m_entities, cache);
    const Figure grdp
        = fs.figure(*m_catalog.find("A01.01"), "31", {Selection::Mode::Month, QDate(2026, 4, 20)},
                    cityDateTime(QDate(2026, 4, 21), QTime(9, 0)));
    QCOMPARE(*grdp.value, 10.91);
    QCOMPARE(
        cache.revisions(QStringLiteral("A01.01"), QStringLiteral("31"), QStringLiteral("2026-04"))
            .size(),
        2);
}

void tst_Sync::failuresLeaveTheCacheAsItWas_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<qint64>("declared");
    QTest::addColumn<bool>("closeEarly");
    QTest::addColumn<QString>("message");
    const QByteArray good
        = R"(["A01.01","31","2026-05",1,11.0,11.6,"2026-05-20T17:00:00+07:00","Statistics Office",null])";
    QTest::newRow("401")
        << 401
        << QByteArray(R"({"error":{"status":401,"code":"unauthorized","message":"bad token"}})")
        << 0 << qint64(-1) << false << "refused the access token";
    QTest::newRow("404")
        << 404
        << QByteArray(R"({"error":{"status":404,"code":"not_found","message":"no such data"}})")
        << 0 << qint64(-1) << false << "no such data";
    QTest::newRow("500") << 500
                         << QByteArray(
                                R"({"error":{"status":500,"code":"internal","message":"boom"}})")
                         << 0 << qint64(-1) << false << "HTTP 500";
    QTest::newRow("slow") << 200 << observationsPage(QString::fromLatin1(good)) << 1500
                          << qint64(-1) << false << "could not be reached";
    QTest::newRow("truncated") << 200 << observationsPage(QString::fromLatin1(good)) << 0
                               << qint64(-1) << true << "not valid JSON";
    QTest::newRow("lying length") << 200 << observationsPage(QString::fromLatin1(good)) << 0
                                  << qint64(5000) << true << "";
    QTest::newRow("malformed json") << 200 << QByteArray("{\"cursor\": \"1\", \"rows\": [") << 0
                                    << qint64(-1) << false << "not valid JSON";
    QTest::newRow("not an object")
        << 200 << QByteArray("[1,2,3]") << 0 << qint64(-1) << false << "'cursor'";
    QTest::newRow("value is text")
        << 200
        << observationsPage(QStringLiteral(
               R"(["A01.01","31","2026-05",1,"eleven",11.6,"2026-05-20T17:00:00+07:00","S",null])"))
        << 0 << qint64(-1) << false << "row 1: revision, value and plan must be numbers";
    QTest::newRow("unknown indicator")
        << 200
        << observationsPage(
               QString::fromLatin1(good)
               + QStringLiteral(
                   R"(,["Z09.09","31","2026-05",1,1,null,"2026-05-20T17:00:00+07:00","S",null])"))
        << 0 << qint64(-1) << false << "row 2: unknown indicator 'Z09.09'";
    QTest::newRow("unknown entity")
        << 200
        << observationsPage(QStringLiteral(
               R"(["A01.01","99999","2026-05",1,1,null,"2026-05-20T17:00:00+07:00","S",null])"))
        << 0 << qint64(-1) << false << "unknown entity '99999'";
    QTest::newRow("wrong period kind")
        << 200
        << observationsPage(QStringLiteral(
               R"(["A01.01","31","2026-05-01",1,1,null,"2026-05-20T17:00:00+07:00","S",null])"))
        << 0 << qint64(-1) << false << "is not a monthly period";
    QTest::newRow("bad columns") << 200
                                 << QByteArray(
                                        R"({"cursor":"1","more":false,"columns":["a"],"rows":[]})")
                                 << 0 << qint64(-1) << false << "the columns must be";
    QTest::newRow("oversized") << 200 << QByteArray("{}") << 0 << qint64(100LL * 1024 * 1024)
                               << true << "larger than 8 MiB";
}

void tst_Sync::failuresLeaveTheCacheAsItWas()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, delayMs);
    QFETCH(qint64, declared);
    QFETCH(bool, closeEarly);
    QFETCH(QString, message);
    // a cache that already holds good data from the real server
    const QString path = m_dir.filePath(QStringLiteral("fault-%1.sqlite")
                                            .arg(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString good
        = m_dir.filePath(QStringLiteral("first.sqlite")); // synced by firstSyncFillsTheCache
    QVERIFY(QFile::copy(good, path));
    {
        Cache copy;
        QString error;
        QVERIFY(copy.open(path, &error));
        QCOMPARE(copy.observationCount(), m_rows); // the good data is really there
    }
    const QByteArray before = digest(path);

    FaultServer fault;
    fault.set("/api/v1/catalog", {200, m_catalogBody});
    fault.set("/api/v1/observations", {status, body, delayMs, declared, closeEarly});
    const auto s = sync(path, QString::fromLatin1(fault.base()), QStringLiteral("s3cret"), 700);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(message), qPrintable(s.error));
    QVERIFY(s.error.contains(QStringLiteral("kept"))
            || s.error.contains(QStringLiteral("Nothing")));
    QCOMPARE(digest(path), before);
}

void tst_Sync::retriesServerErrorsNotClientErrors()
{
    const QString path = m_dir.filePath(QStringLiteral("retry.sqlite"));
    FaultServer fault;
    fault.set("/api/v1/catalog",
              {500, R"({"error":{"status":500,"code":"internal","message":"boom"}})"});
    QVERIFY(!sync(path, QString::fromLatin1(fault.base())).ok);
    QCOMPARE(fault.requests("/api/v1/catalog"), 2); // maxAttempts in this test
    fault.reset();
    fault.set("/api/v1/catalog",
              {401, R"({"error":{"status":401,"code":"unauthorized","message":"no"}})"});
    const auto s = sync(path, QString::fromLatin1(fault.base()));
    QCOMPARE(s.httpStatus, 401);
    QCOMPARE(fault.requests("/api/v1/catalog"), 1); // no retry on 4xx
    // a published catalog that does not validate is refused, naming the problem
    QByteArray broken = m_catalogBody;
    broken.replace("\"unit\":\"percent\"", "\"unit\":\"percentage\"");
    fault.set("/api/v1/catalog", {200, broken});
    const auto c = sync(path, QString::fromLatin1(fault.base()));
    QVERIFY(!c.ok);
    QVERIFY2(c.error.contains(QStringLiteral("unknown unit 'percentage'")), qPrintable(c.error));
}

void tst_Sync::unreachableServer()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close(); // nobody listens there now
    const auto s = sync(m_dir.filePath(QStringLiteral("unreachable.sqlite")),
                        QStringLiteral("http://127.0.0.1:%1").arg(port));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QStringLiteral("could not be reached")), qPrintable(s.error));
}

void tst_Sync::tokenStaysOutOfTheCache()
{
    const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("s3cret"));
    QFile wal(path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("s3cret"));
    const auto s = sync(m_dir.filePath(QStringLiteral("tok.sqlite")),
                        QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("wrong"));
    QVERIFY(!s.error.contains(QStringLiteral("wrong")));
}

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the console while this process keeps serving the API on loopback.
Run console(const QStringList &args, const QString &token, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (token.isNull())
        env.remove(QStringLiteral("IOC_TOKEN")); // the settings' token
    else
        env.insert(QStringLiteral("IOC_TOKEN"), token);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    env.insert(QStringLiteral("IOC_SECRETS"), QStringLiteral("file")); // never the desktop's
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(IOC_CONSOLE), args);
    Run r;
    if (!finished.wait(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

void tst_Sync::tokenLeavesTheSettingsFile()
{
    QTemporaryDir data, home;
    // an earlier version's settings: the server, and its token in clear
    const QString conf = home.filePath(QStringLiteral("HaiPhongIOC/ioc-console.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(conf).absolutePath()));
    QFile old(conf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(
        QStringLiteral("[data]\nserver=http://127.0.0.1:%1\ntoken=s3cret\n").arg(m_port).toUtf8());
    old.close();
    const QStringList sync{"--data-dir", data.path(), "--sync-only", "--lang", "en"};
    for (int start = 0; start < 2; ++start) { // moved at the first start, found at the second
        const Run r = console(sync, QString(), home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("s3cret"))
                && !r.err.contains(QStringLiteral("s3cret")));
    }
    // no file the console wrote holds the token but the secret store's own, readable by the
    // user alone
    const QString secrets = home.filePath(QStringLiteral("HaiPhongIOC/ioc-console/secrets.json"));
    QStringList checked;
    for (const QString &root : {data.path(), home.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll().contains("s3cret"), file == secrets);
            checked << QFileInfo(file).fileName();
        }
    }
    QVERIFY2(checked.contains(QStringLiteral("ioc-console.conf"))
                 && checked.contains(QStringLiteral("secrets.json"))
                 && checked.filter(QStringLiteral(".sqlite")).size() >= 1,
             qPrintable(checked.join(QLatin1Char(' '))));
    QCOMPARE(QFileInfo(secrets).permissions() & 0x0077, QFile::Permissions());
}

void tst_Sync::commandLine()
{
    QTemporaryDir data, home;
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const QStringList sync
        = {"--data-dir", data.path(), "--server", url, "--sync-only", "--lang", "en"};
    Run r = console(sync, QStringLiteral("s3cret"), home.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // every row the server holds, most of them in its snapshot
    QVERIFY2(r.out.contains(QStringLiteral("rows stored %1 (%2 of them from the server's snapshot)")
                                .arg(m_store.lastSeq())
                                .arg(m_api->snapshot().rows)),
             qPrintable(r.out));
    QVERIFY2(
        r.err.contains(
            QStringLiteral("… %1 of %1 rows (the server's snapshot)").arg(m_api->snapshot().rows)),
        qPrintable(r.err));
    r = console(sync, QStringLiteral("s3cret"), home.path());
    QCOMPARE(r.exitCode, 0);
    // nothing new: the observations answer 304 (the catalog too, unless an earlier test of this
    // run changed what the server publishes)
    QVERIFY2(r.out.contains(QStringLiteral("rows stored 0 ("))
                 && r.out.contains(QRegularExpression(QStringLiteral(R"(\(304\) [12],)"))),
             qPrintable(r.out));
    r = console(sync, QStringLiteral("not-the-token"), home.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("refused the access token")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("not-the-token"))
            && !r.out.contains(QStringLiteral("not-the-token")));
    // --query reads the server's cache, with the server as the source; this server's data ends
    // in April 2026, so today its latest figure is stale, as the freshness rule says
    r = console({"--data-dir", data.path(), "--server", url, "--query", "C03.02", "--entity",
                 "INV01", "--period", "2026-04"},
                QString(), home.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("C03.02,INV01,2026-04,42.9,28,stale,"))
                 && r.out.contains(QStringLiteral("api: ")),
             qPrintable(r.out + r.err));
    // and the demo cache beside it is a different file, untouched by the sync
    QVERIFY(!QFile::exists(QDir(data.path()).filePath(Cache::defaultFileName())));
}

// A sync killed at random moments never leaves the cache inconsistent: it opens, passes
// SQLite's integrity check, holds exactly the rows up to its stored cursor, and the next sync
// completes it.
void tst_Sync::progressCountsRows()
{
    SyncEngine::Options o;
    o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    o.token = QStringLiteral("s3cret");
    o.pageSize = 4000;
    o.useSnapshot = false; // pages, each with its count (a snapshot counts by bytes)
    SyncEngine engine(m_catalog, m_entities, m_dir.filePath(QStringLiteral("progress.sqlite")), o);
    QSignalSpy progress(&engine, &SyncEngine::progress);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QVERIFY(!done.isEmpty() || done.wait(60000));
    QVERIFY(progress.size() >= 3);
    const qint64 total
        = done.first().first().value<SyncEngine::Summary>().rows; // all the store holds
    QCOMPARE(total, m_store.lastSeq());
    qint64 previous = 0;
    for (const auto &args : std::as_const(progress)) {
        const qint64 rows = args.at(0).toLongLong();
        const qint64 remaining = args.at(2).toLongLong();
        QVERIFY(rows > previous);
        QCOMPARE(rows + remaining, total); // "n of total" holds from the first page on
        previous = rows;
    }
    QCOMPARE(progress.last().at(2).toLongLong(), 0);
}

void tst_Sync::laterCatalogIsKeptForTheNextStart()
{
    QVERIFY(
        Catalog::isLaterRevision(QStringLiteral("2026.06.01-1"), QStringLiteral("2025.12.30-1")));
    QVERIFY(
        Catalog::isLaterRevision(QStringLiteral("2025.12.30-10"), QStringLiteral("2025.12.30-9")));
    QVERIFY(
        !Catalog::isLaterRevision(QStringLiteral("2025.12.30-1"), QStringLiteral("2025.12.30-1")));
    QVERIFY(
        !Catalog::isLaterRevision(QStringLiteral("2025.01.01-1"), QStringLiteral("2025.12.30-1")));

    // A server that publishes a later revision of the catalog.
    QJsonObject meta = QJsonDocument::fromJson(m_catalogBody).object();
    meta.remove(QStringLiteral("indicators"));
    meta.insert(QStringLiteral("revision"), QStringLiteral("2026.06.01-1"));
    ApiServer later(m_catalog, QJsonDocument(meta).toJson(), m_entities, m_store,
                    AccessTokens::single(QStringLiteral("test"), "s3cret"));
    const quint16 port = later.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    const auto s = sync(path, QStringLiteral("http://127.0.0.1:%1").arg(port));
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.catalogRevision, QStringLiteral("2026.06.01-1"));
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    const QByteArray kept = cache.meta(SyncEngine::metaCatalogJson()).toUtf8();
    QVERIFY(!kept.isEmpty());

    QString note;
    const QStringList screenCodes{QStringLiteral("A01.01"), QStringLiteral("D01.03")};
    Catalog used = Catalog::preferred(m_catalog, kept, screenCodes, &note);
    QCOMPARE(used.revision(), QStringLiteral("2026.06.01-1"));
    QCOMPARE(used.indicators().size(), 86);
    QVERIFY2(note.contains(QStringLiteral("2026.06.01-1")), qPrintable(note));
    // not when it lacks an indicator a screen shows, is not valid, or is not later
    used = Catalog::preferred(m_catalog, kept, screenCodes + QStringList{QStringLiteral("Z99.99")},
                              &note);
    QCOMPARE(used.revision(), m_catalog.revision());
    QVERIFY2(note.contains(QStringLiteral("Z99.99")), qPrintable(note));
    used = Catalog::preferred(m_catalog, "{\"revision\": \"2027\"}", screenCodes, &note);
    QCOMPARE(used.revision(), m_catalog.revision());
    QVERIFY(note.contains(QStringLiteral("not valid")));
    used = Catalog::preferred(m_catalog, m_catalogBody, screenCodes, &note);
    QCOMPARE(used.revision(), m_catalog.revision());
    QVERIFY(note.isEmpty());
}

void tst_Sync::killedSyncLeavesConsistentCache()
{
    QTemporaryDir home;
    // the same store served with a snapshot (a first sync copies it) and without (it pages)
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    ApiServer plain(m_catalog, meta.readAll(), m_entities, m_store,
                    AccessTokens::single(QStringLiteral("test"), "s3cret"));
    const quint16 plainPort = plain.listen(QHostAddress::LocalHost, 0);
    QVERIFY(plainPort > 0);
    const QStringList urls{QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                           QStringLiteral("http://127.0.0.1:%1").arg(plainPort)};
    // kill anywhere in the time a whole sync takes from each
    QVector<int> spans;
    for (const QString &url : urls) {
        QTemporaryDir data;
        QElapsedTimer t;
        t.start();
        QCOMPARE(console({"--data-dir", data.path(), "--server", url, "--sync-only"},
                         QStringLiteral("s3cret"), home.path())
                     .exitCode,
                 0);
        spans << std::max(100, int(t.elapsed()));
    }
    QRandomGenerator rng(20261124);
    int interrupted = 0;
    for (int trial = 0; trial < 30; ++trial) {
        const QString url = urls.at(trial % 2);
        QTemporaryDir data;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("IOC_TOKEN"), QStringLiteral("s3cret"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(IOC_CONSOLE),
                {"--data-dir", data.path(), "--server", url, "--sync-only"});
        QVERIFY(p.waitForStarted());
        // serve the requests while waiting, then kill without warning
        QTest::qWait(int(rng.bounded(20, spans.at(trial % 2))));
        if (p.state() == QProcess::Running) {
            p.kill();
            ++interrupted;
        }
        if (finished.isEmpty())
            QVERIFY(finished.wait(30000));

        const QString path = QDir(data.path()).filePath(Cache::fileNameFor(QUrl(url)));
        if (!QFile::exists(path))
            continue; // killed before the cache was created
        {
            Cache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            const qint64 cursor = cache.meta(SyncEngine::metaCursor()).toLongLong();
            // every row the server stored up to that cursor, none after it
            qint64 expected = 0;
            ServerStore::Query all;
            all.limit = 20000;
            while (true) {
                const auto page = m_store.query(all, &error);
                for (const auto &r : page.rows)
                    expected += r.seq <= cursor;
                if (!page.more)
                    break;
                all.since = page.cursor;
            }
            QCOMPARE(cache.observationCount(), expected);
            QVERIFY(cache.integrityCheck(&error));
        }
        const Run done = console({"--data-dir", data.path(), "--server", url, "--sync-only"},
                                 QStringLiteral("s3cret"), home.path());
        QCOMPARE(done.exitCode, 0);
        Cache cache;
        QString error;
        QVERIFY(cache.open(path, &error));
        QCOMPARE(cache.observationCount(), m_store.lastSeq());
    }
    QVERIFY2(interrupted >= 20, qPrintable(QString::number(interrupted)));
}

void tst_Sync::untrustedCertificatesAreRefused_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("says");
    QTest::newRow("the city's CA trusted") << "server" << true << QString();
    QTest::newRow("the city's CA not trusted")
        << "server" << false << "not issued by a certificate authority the console trusts";
    QTest::newRow("self-signed") << "self" << true
                                 << "not issued by a certificate authority the console trusts";
    QTest::newRow("another host") << "other" << true
                                  << "it was issued for another name (files.example.org)";
    QTest::newRow("expired") << "expired" << true << "it expired on";
}

void tst_Sync::untrustedCertificatesAreRefused()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustCa);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const test::TestCerts certs = test::makeTestCerts(dir.path());
    QVERIFY2(certs.ok(), qPrintable(certs.problem));
    const QString file = certificate == QLatin1String("server")  ? certs.serverCert
                         : certificate == QLatin1String("self")  ? certs.selfSignedCert
                         : certificate == QLatin1String("other") ? certs.otherHostCert
                                                                 : certs.expiredCert;
    QString error;
    const QSslConfiguration tls = HttpListener::loadTls(file, certs.serverKey, &error);
    QVERIFY2(!tls.isNull(), qPrintable(error));
    auto api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    api->setTls(tls);
    const quint16 port = api->listen(QHostAddress::LocalHost, 0);
    ServerTrust trust;
    if (trustCa)
        trust.authorities = QSslCertificate::fromPath(certs.caCert);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    int retries = -1;
    const SyncEngine::Summary s = sync(cache, QStringLiteral("https://localhost:%1").arg(port),
                                       QStringLiteral("s3cret"), 5000, true, trust, &retries);
    if (says.isEmpty()) {
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.rows, m_store.lastSeq()); // every row the server holds, over HTTPS
        return;
    }
    QVERIFY(!s.ok);
    QCOMPARE(retries, 0); // a certificate is not a network hiccup: said at once, not retried
    const QString fingerprint = ServerTrust::fingerprint(QSslCertificate::fromPath(file).first());
    QVERIFY2(s.error.contains(QStringLiteral("The server localhost presented a certificate the "
                                             "console does not trust"))
                 && s.error.contains(says) && s.error.contains(fingerprint)
                 && s.error.contains(QStringLiteral("--ca-cert")),
             qPrintable(s.error));
    Cache c;
    QVERIFY(c.open(cache, &error));
    QCOMPARE(c.observationCount(), 0);
}

void tst_Sync::plainHttpAndRedirectsKeepTheToken()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    // plain HTTP to another machine: refused before anything is sent
    QElapsedTimer clock;
    clock.start();
    SyncEngine::Summary s = sync(cache, QStringLiteral("http://10.255.255.1:8787"));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QStringLiteral("does not talk to 10.255.255.1 over plain HTTP")),
             qPrintable(s.error));
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(!ServerTrust::sendsToken(QUrl(QStringLiteral("http://10.255.255.1:8787"))));
    QVERIFY(ServerTrust::sendsToken(QUrl(QStringLiteral("https://10.255.255.1:8787"))));
    QVERIFY(ServerTrust::sendsToken(QUrl(QStringLiteral("http://localhost:8787"))));
    QVERIFY(ServerTrust::sendsToken(QUrl(QStringLiteral("http://[::1]:8787"))));
    ServerTrust allowed;
    allowed.plainHttpAllowed = true;
    QVERIFY(allowed.refusal(QUrl(QStringLiteral("http://10.255.255.1:8787"))).isEmpty());

    // a redirect to another origin is not followed: the token never reaches it
    FaultServer there;
    there.set("/api/v1/catalog", {200, m_catalogBody});
    FaultServer here;
    here.set("/api/v1/catalog", {302, {}, 0, -1, false, there.base() + "/api/v1/catalog"});
    s = sync(cache, QString::fromLatin1(here.base()));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(QStringLiteral("sent the request on to another address (%1")
                                  .arg(QString::fromLatin1(there.base()))),
             qPrintable(s.error));
    QCOMPARE(there.requests("/api/v1/catalog"), 0);
    QCOMPARE(here.authorization("/api/v1/catalog"), QByteArray("Bearer s3cret"));

    // one on the same server is followed
    here.set("/api/v1/catalog", {301, {}, 0, -1, false, "/api/v1/moved"});
    s = sync(cache, QString::fromLatin1(here.base()));
    QCOMPARE(here.requests("/api/v1/moved"), 1);
}

// The reports a department sent to the server and the server refused reach the console's
// import journal at the next sync (GET /submissions), each once, and stand under the
// department in the readiness view; a list that is not usable, or a server without one, leaves
// the journal as it was and the sync succeeds.
void tst_Sync::bringsTheReportsSentIntoTheJournal()
{
    const AccessTokens tokens = test::adminAndFinance();
    ApiServer api(m_catalog, m_catalogBody, m_entities, m_store, tokens);
    const quint16 port = api.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    const QByteArray header = "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\n";
    for (const auto &[file, rows] :
         {std::pair{"dau-tu-cong-t3.csv", "C03.02,INV01,2026-13,12.5,14\n"},
          std::pair{"dau-tu-cong-t4.csv", "C03.02,INV01,2026-04,mười,14\n"}})
        QCOMPARE(api.handle("POST",
                            QUrl(QStringLiteral("http://localhost/api/v1/reports?file=")
                                 + QLatin1String(file)),
                            "Bearer fin", {}, header + rows)
                     .status,
                 422);

    const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("first.sqlite")), path));
    const QString server = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const auto s = sync(path, server);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.submissionsNote.isEmpty(), qPrintable(s.submissionsNote));
    QCOMPARE(s.submissions, 2);
    auto journal = [&] {
        Cache cache;
        QString error;
        cache.open(path, &error);
        return cache.importJournal(QDateTime::currentDateTime().addDays(-1));
    };
    QVector<ImportRecord> sent = journal();
    QCOMPARE(sent.size(), 2);
    for (const ImportRecord &r : sent) {
        QCOMPARE(r.origin, server);
        QVERIFY(r.serverId > 0);
        QCOMPARE(r.sender, QStringLiteral("so-tai-chinh"));
        QVERIFY(!r.imported);
        QVERIFY(!r.problems.isEmpty());
        QVERIFY(r.sources.contains(
            QStringLiteral("Monthly Excel report – Dept. of Finance (public investment)")));
    }
    QVERIFY2(sent.at(0).problems.first().contains(QStringLiteral("mười")),
             qPrintable(sent.at(0).problems.first()));

    // the readiness view: under the Department of Finance's public investment, not unmatched
    {
        Cache cache;
        QString error;
        QVERIFY(cache.open(path, &error));
        const SourceReadiness r
            = SourceReadiness::compute(m_catalog, m_entities, cache, QDateTime::currentDateTime());
        QVERIFY(r.unmatched.isEmpty());
        const auto row = std::find_if(r.rows.cbegin(), r.rows.cend(), [](const auto &row) {
            return row.source
                   == QStringLiteral("Monthly Excel report – Dept. of Finance (public "
                                     "investment)");
        });
        QVERIFY(row != r.rows.cend());
        QCOMPARE(row->rejected.size(), 2);
        QCOMPARE(r.refusedFiles(), 2);
    }

    // again: each kept once (the list answers 304)
    const auto again = sync(path, server);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(journal().size(), 2);

    // a list that is not usable, or a server failing to give it: the sync succeeds, the journal
    // is as it was, and the reason is given
    for (const auto &[status, body, why] :
         {std::tuple{200, QByteArray(R"({"submissions":[{"id":"x","file":"a.csv"}]})"),
                     "not usable"},
          std::tuple{200, QByteArray("[1,2"), "not valid JSON"},
          std::tuple{200,
                     QByteArray(R"({"submissions":[{"id":"9","at":"2026-12-01T00:00:00Z","token":)"
                                R"("t","file":"a.csv","sheets":[],"sources":[],"stored":false,)"
                                R"("figures":0,"problems":[1]}]})"),
                     "not usable"},
          std::tuple{500, QByteArray(R"({"error":{"status":500,"code":"x","message":"boom"}})"),
                     "HTTP 500"}}) {
        FaultServer fault;
        fault.set("/api/v1/catalog", {200, m_catalogBody});
        fault.set("/api/v1/observations", {200, observationsPage({})});
        fault.set("/api/v1/submissions", {status, body});
        const auto bad = sync(path, QString::fromLatin1(fault.base()));
        QVERIFY2(bad.ok, qPrintable(bad.error));
        QVERIFY2(bad.submissionsNote.contains(QLatin1String(why)), qPrintable(bad.submissionsNote));
        QCOMPARE(fault.requests("/api/v1/submissions"), 1); // no retry
        QCOMPARE(journal().size(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
