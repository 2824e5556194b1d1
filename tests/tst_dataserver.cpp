#include "support/apifixture.h"
#include "support/keepalive.h"
#include "apiserver.h"
#include "livesensors.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <libpq-fe.h>
#include <zlib.h>
#include <zstd.h>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <thread>

using namespace ioc;

class tst_DataServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void catalogAndEntities();
    void pagingWithCursor();
    void filters();
    void etagGives304();
    void snapshot();
    void liveReadingsAreNewRevisions();
    void streamsTheSnapshot();
    void overHttp();
    void compressesOnTheWire();
    void postsReports();
    void journalsTheReportsSent();
    void servesWhileAReportIsStored();
    void keptAliveRequestsAreAnsweredAtOnce();
    void upgradesItsStore();
    void twoServersServeOneStore();
    void refusesAStoreItCannotUse();

private:
    ApiServer::Reply get(const QString &pathAndQuery, const QByteArray &etag = {}) const
    {
        return m_api->handle("GET", QUrl(QStringLiteral("http://localhost") + pathAndQuery),
                             "Bearer s3cret", etag);
    }
    static QJsonObject json(const ApiServer::Reply &r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    ServerStore m_store;
    std::unique_ptr<ApiServer> m_api;
    qint64 m_rows = 0;
};

void tst_DataServer::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    const QString location
        = test::storeLocation(m_dir.filePath(QStringLiteral("s.sqlite")), &error);
    if (location.isEmpty())
        QSKIP(qPrintable(error));
    QVERIFY2(m_store.open(location, &error), qPrintable(error));
    error = test::seedStore(m_store, m_catalog, m_entities,
                            cityDateTime(QDate(2026, 4, 21), QTime(9, 0)),
                            {"A01.01", "C03.02", "D01.03"}, &m_rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    QVERIFY(m_api);
}

void tst_DataServer::errors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no token") << QByteArray("GET") << "/api/v1/catalog" << QByteArray() << 401
                              << "unauthorized";
    QTest::newRow("wrong token") << QByteArray("GET") << "/api/v1/catalog"
                                 << QByteArray("Bearer nope") << 401 << "unauthorized";
    QTest::newRow("unknown path") << QByteArray("GET") << "/api/v1/nothing"
                                  << QByteArray("Bearer s3cret") << 404 << "not_found";
    QTest::newRow("not the api") << QByteArray("GET") << "/index.html"
                                 << QByteArray("Bearer s3cret") << 404 << "not_found";
    QTest::newRow("get reports") << QByteArray("GET") << "/api/v1/reports"
                                 << QByteArray("Bearer s3cret") << 405 << "method_not_allowed";
    QTest::newRow("report without token") << QByteArray("POST") << "/api/v1/reports?file=a.csv"
                                          << QByteArray() << 401 << "unauthorized";
    QTest::newRow("report without name") << QByteArray("POST") << "/api/v1/reports"
                                         << QByteArray("Bearer s3cret") << 400 << "bad_request";
    QTest::newRow("report with a path") << QByteArray("POST") << "/api/v1/reports?file=../x.csv"
                                        << QByteArray("Bearer s3cret") << 400 << "bad_request";
    QTest::newRow("post") << QByteArray("POST") << "/api/v1/catalog" << QByteArray("Bearer s3cret")
                          << 405 << "method_not_allowed";
    QTest::newRow("unknown indicator")
        << QByteArray("GET") << "/api/v1/observations?indicator=A01.01,Z09.09"
        << QByteArray("Bearer s3cret") << 404 << "not_found";
    QTest::newRow("bad since") << QByteArray("GET") << "/api/v1/observations?since=abc"
                               << QByteArray("Bearer s3cret") << 400 << "bad_request";
    QTest::newRow("limit too big") << QByteArray("GET") << "/api/v1/observations?limit=20001"
                                   << QByteArray("Bearer s3cret") << 400 << "bad_request";
    QTest::newRow("bad period") << QByteArray("GET") << "/api/v1/observations?from=April"
                                << QByteArray("Bearer s3cret") << 400 << "bad_request";
    QTest::newRow("long url") << QByteArray("GET")
                              << "/api/v1/observations?entity=" + QString(9000, QLatin1Char('x'))
                              << QByteArray("Bearer s3cret") << 414 << "uri_too_long";
}

void tst_DataServer::errors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QByteArray, auth);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiServer::Reply r
        = m_api->handle(method, QUrl(QStringLiteral("http://localhost") + url), auth, {});
    QCOMPARE(r.status, status);
    const QJsonObject e = json(r).value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
}

void tst_DataServer::catalogAndEntities()
{
    const ApiServer::Reply c = get(QStringLiteral("/api/v1/catalog"));
    QCOMPARE(c.status, 200);
    const QJsonObject catalog = json(c);
    QCOMPARE(catalog.value(QStringLiteral("revision")).toString(), m_catalog.revision());
    const QJsonArray indicators = catalog.value(QStringLiteral("indicators")).toArray();
    QCOMPARE(indicators.size(), 86);
    QCOMPARE(indicators.first().toObject().value(QStringLiteral("critical_rule")).toString(),
             QStringLiteral("value<plan-1"));
    QCOMPARE(catalog.value(QStringLiteral("references"))
                 .toObject()
                 .value(QStringLiteral("bf_8"))
                 .toDouble(),
             17.2);
    const QJsonArray entities
        = json(get(QStringLiteral("/api/v1/entities"))).value(QStringLiteral("entities")).toArray();
    QCOMPARE(entities.size(), m_entities.all().size());
    int communes = 0;
    for (const QJsonValue &e : entities) {
        const QString kind = e.toObject().value(QStringLiteral("kind")).toString();
        communes += kind == QLatin1String("ward") || kind == QLatin1String("commune")
                    || kind == QLatin1String("special_zone");
    }
    QCOMPARE(communes, 114);
}

void tst_DataServer::pagingWithCursor()
{
    // all rows, page by page, each exactly once and in order
    QString since = QStringLiteral("0");
    qint64 received = 0;
    int pages = 0;
    QSet<QString> keys;
    while (true) {
        const QJsonObject page
            = json(get(QStringLiteral("/api/v1/observations?limit=997&since=") + since));
        const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue &row : rows) {
            const QJsonArray r = row.toArray();
            QCOMPARE(r.size(), 10);
            QVERIFY(r.at(9).isDouble() || r.at(9).isNull()); // the annual plan
            keys.insert(r.at(0).toString() + r.at(1).toString() + r.at(2).toString()
                        + QString::number(r.at(3).toInt()));
            QVERIFY(r.at(4).isDouble());
        }
        received += rows.size();
        ++pages;
        since = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("more")).toBool())
            break;
        QVERIFY(pages < 100);
    }
    QCOMPARE(received, m_rows);
    QCOMPARE(qint64(keys.size()), m_rows);
    // up to date: an empty page with the same cursor
    const QJsonObject again = json(get(QStringLiteral("/api/v1/observations?since=") + since));
    QCOMPARE(again.value(QStringLiteral("rows")).toArray().size(), 0);
    QCOMPARE(again.value(QStringLiteral("cursor")).toString(), since);
    QVERIFY(!again.value(QStringLiteral("more")).toBool());
}

void tst_DataServer::filters()
{
    const QJsonObject page = json(get(QStringLiteral(
        "/api/v1/observations?indicator=C03.02&entity=INV01,INV09&from=2026-04&to=2026-04")));
    const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QMap<QString, double> byEntity;
    for (const QJsonValue &r : rows)
        byEntity.insert(r.toArray().at(1).toString(), r.toArray().at(4).toDouble());
    QCOMPARE(byEntity.value(QStringLiteral("INV01")), 42.9);
    QCOMPARE(byEntity.value(QStringLiteral("INV09")), 0.0);
    const QJsonArray first = rows.first().toArray();
    QCOMPARE(first.at(6).toString().right(6), QStringLiteral("+07:00"));
}

void tst_DataServer::etagGives304()
{
    const ApiServer::Reply c = get(QStringLiteral("/api/v1/catalog"));
    QVERIFY(!c.etag.isEmpty());
    const ApiServer::Reply again = get(QStringLiteral("/api/v1/catalog"), c.etag);
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    const ApiServer::Reply obs
        = get(QStringLiteral("/api/v1/observations?indicator=A01.01&since=0"));
    QCOMPARE(get(QStringLiteral("/api/v1/observations?indicator=A01.01&since=0"), obs.etag).status,
             304);
    // another filter is another etag
    QVERIFY(get(QStringLiteral("/api/v1/observations?indicator=C03.02&since=0")).etag != obs.etag);
}

void tst_DataServer::snapshot()
{
    // none yet: 404, and clients page from the start
    QCOMPARE(get(QStringLiteral("/api/v1/snapshot")).status, 404);
    QCOMPARE(json(get(QStringLiteral("/api/v1/snapshot")))
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("no_snapshot"));

    ServerStore::Snapshot snap;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
    QVERIFY2(m_store.writeSnapshot(path, &snap, &error), qPrintable(error));
    QCOMPARE(snap.cursor, m_store.lastSeq());
    QCOMPARE(snap.rows, m_store.lastSeq()); // every row stored so far
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    m_api->setSnapshot(snap);
    const ApiServer::Reply r = get(QStringLiteral("/api/v1/snapshot"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/vnd.sqlite3"));
    // streamed from its file, opened for this reply
    QVERIFY(r.body.isEmpty() && r.bodyFile && r.bodyFile->isOpen());
    QCOMPARE(r.bodyFile->fileName(), path);
    QVERIFY(r.bodyFile->peek(15) == "SQLite format 3");
    QCOMPARE(r.etag, "\"snap-" + QByteArray::number(snap.cursor) + '"');
    QVERIFY(r.headers.contains(qMakePair(QByteArray("X-IOC-Rows"), QByteArray::number(snap.rows))));
    QVERIFY(
        r.headers.contains(qMakePair(QByteArray("X-IOC-Cursor"), QByteArray::number(snap.cursor))));
    QCOMPARE(get(QStringLiteral("/api/v1/snapshot"), r.etag).status, 304);

    // the file holds the rows in key order, each with its source, and says what it is
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snap"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM snapshot ORDER BY key")));
        QMap<QString, QString> about;
        while (q.next())
            about.insert(q.value(0).toString(), q.value(1).toString());
        QCOMPARE(about.value(QStringLiteral("format")), QStringLiteral("ioc-snapshot/2"));
        QCOMPARE(about.value(QStringLiteral("rows")).toLongLong(), snap.rows);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT o.value, o.plan, s.kind, s.reference FROM observations o JOIN sources s "
            "ON s.id = o.source_id WHERE o.indicator = 'C03.02' AND o.entity = 'INV01' "
            "AND o.period = '2026-04'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 42.9);
        QCOMPARE(q.value(2).toString(), QStringLiteral("api"));
        QCOMPARE(q.value(3).toString(),
                 QStringLiteral("Monthly Excel report – Dept. of Finance (public investment)"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM observations")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), snap.rows);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snap"));
    // a later one replaces the file whole
    QVERIFY(m_store.writeSnapshot(path, &snap, &error));
    QCOMPARE(snap.rows, m_store.lastSeq());
}

void tst_DataServer::liveReadingsAreNewRevisions()
{
    const ApiServer::Reply before
        = get(QStringLiteral("/api/v1/observations?indicator=D01.03&since=0&limit=20000"));
    QString cursor = json(before).value(QStringLiteral("cursor")).toString();
    for (QJsonObject page = json(before); page.value(QStringLiteral("more")).toBool();) {
        page = json(get(QStringLiteral("/api/v1/observations?indicator=D01.03&limit=20000&since=")
                        + cursor));
        cursor = page.value(QStringLiteral("cursor")).toString();
    }
    LiveSensors live(m_catalog, m_entities, m_store, DemoGenerator::kDefaultSeed);
    QString error;
    const QDateTime t = cityDateTime(QDate(2026, 4, 21), QTime(9, 3));
    QVERIFY(live.tick(t, &error) > 0);
    QVERIFY(live.tick(t.addSecs(5), &error) > 0);
    // the etag moved on, and the new readings come after the old cursor
    QCOMPARE(get(QStringLiteral("/api/v1/observations?indicator=D01.03&since=0&limit=20000"),
                 before.etag)
                 .status,
             200);
    const QJsonArray fresh
        = json(get(QStringLiteral("/api/v1/observations?indicator=D01.03&since=") + cursor))
              .value(QStringLiteral("rows"))
              .toArray();
    QCOMPARE(fresh.size(), 2 * 6); // two rounds of six river stations
    QCOMPARE(fresh.first().toArray().at(2).toString(), QStringLiteral("2026-04-21T09:00"));
    QCOMPARE(fresh.first().toArray().at(3).toInt(), 1);
    QCOMPARE(fresh.last().toArray().at(3).toInt(), 2); // the same slot, a newer revision

    // the cameras' list carries each junction's last congestion reading: the newest revision
    // of its latest slot (ServerStore::latest, on either backend)
    const std::optional<Observation> tc01
        = m_store.latest(QStringLiteral("B02.04"), QStringLiteral("TC01"));
    QVERIFY(tc01);
    QVERIFY(tc01->period >= QLatin1String("2026-04-21T09:00"));
    QVERIFY(!m_store.latest(QStringLiteral("B02.04"), QStringLiteral("TC99")));
    const QJsonArray cameras
        = json(get(QStringLiteral("/api/v1/cameras"))).value(QStringLiteral("cameras")).toArray();
    QCOMPARE(cameras.size(), 6);
    for (const QJsonValue &v : cameras) {
        const QJsonObject c = v.toObject();
        const auto last
            = m_store.latest(QStringLiteral("B02.04"), c.value(QStringLiteral("id")).toString());
        QVERIFY(last);
        QCOMPARE(c.value(QStringLiteral("congestion"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 last->value);
    }
}

// One GET on a socket of its own, the Accept-Encoding given: the status line's code, the
// headers (lower-case names) and the body as sent.
struct RawReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

static RawReply rawGet(quint16 port, const QByteArray &path, const QByteArray &acceptEncoding)
{
    // the server runs on this thread: the event loop turns while the answer comes
    QTcpSocket s;
    QByteArray all;
    QObject::connect(&s, &QTcpSocket::readyRead, &s, [&] { all += s.readAll(); });
    s.connectToHost(QHostAddress::LocalHost, port);
    QByteArray request = "GET " + path
                         + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Authorization: Bearer s3cret\r\nConnection: close\r\n";
    if (!acceptEncoding.isNull())
        request += "Accept-Encoding: " + acceptEncoding + "\r\n";
    s.write(request + "\r\n");
    QEventLoop loop;
    QObject::connect(&s, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    all += s.readAll();
    RawReply r;
    const qsizetype end = all.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = all.left(end).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                             lines.at(i).mid(colon + 1).trimmed());
    }
    r.body = all.mid(end + 4);
    return r;
}

static QByteArray unzstd(const QByteArray &coded)
{
    const unsigned long long size = ZSTD_getFrameContentSize(coded.constData(), coded.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        return {};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t n = ZSTD_decompress(out.data(), out.size(), coded.constData(), coded.size());
    return ZSTD_isError(n) ? QByteArray() : out.left(qsizetype(n));
}

static QByteArray gunzip(const QByteArray &coded)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return {};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(coded.constData()));
    zs.avail_in = uInt(coded.size());
    QByteArray out;
    char buffer[65536];
    int result = Z_OK;
    while (result == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        result = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    }
    inflateEnd(&zs);
    return result == Z_STREAM_END ? out : QByteArray();
}

// Pages go compressed to a client that takes it: zstd first, gzip otherwise, as they are to
// one that asks for neither (or refuses both with q=0); the bytes inflate to the same page.
void tst_DataServer::compressesOnTheWire()
{
    const quint16 port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    const QByteArray page = "/api/v1/observations?since=0&limit=2000";
    const RawReply plain = rawGet(port, page, QByteArray());
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.headers.contains("content-encoding"));
    QCOMPARE(plain.headers.value("vary"), QByteArray("Accept-Encoding"));
    QVERIFY(plain.body.size() > 10000);
    QCOMPARE(plain.headers.value("content-length").toLongLong(), plain.body.size());

    const RawReply z = rawGet(port, page, "zstd, br, gzip, deflate"); // what Qt sends
    QCOMPARE(z.status, 200);
    QCOMPARE(z.headers.value("content-encoding"), QByteArray("zstd"));
    QCOMPARE(z.headers.value("content-length").toLongLong(), z.body.size());
    QVERIFY2(z.body.size() * 4 < plain.body.size(),
             qPrintable(QStringLiteral("%1 of %2").arg(z.body.size()).arg(plain.body.size())));
    QCOMPARE(unzstd(z.body), plain.body);
    QCOMPARE(z.headers.value("etag"), plain.headers.value("etag"));

    for (const QByteArray &accept : {QByteArray("gzip"), QByteArray("zstd;q=0, gzip;q=0.5")}) {
        const RawReply g = rawGet(port, page, accept);
        QCOMPARE(g.headers.value("content-encoding"), QByteArray("gzip"));
        QCOMPARE(gunzip(g.body), plain.body);
    }
    for (const QByteArray &accept : {QByteArray("br, deflate"), QByteArray("zstd;q=0")}) {
        const RawReply none = rawGet(port, page, accept);
        QVERIFY(!none.headers.contains("content-encoding"));
        QCOMPARE(none.body, plain.body);
    }
    // the snapshot: its compressed copies are written beside it in the background, then served
    // from disk (the snapshot itself is not read for them: it is away for these requests)
    QTRY_VERIFY_WITH_TIMEOUT(m_api->snapshotCodingsReady(), 20000);
    const QString snapshot = m_api->snapshot().path;
    QVERIFY(!snapshot.isEmpty());
    QFile file(snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    file.close();
    QVERIFY(QFile::rename(snapshot, snapshot + QStringLiteral(".away")));
    const RawReply first = rawGet(port, "/api/v1/snapshot", "zstd, gzip");
    const RawReply gzipped = rawGet(port, "/api/v1/snapshot", "gzip");
    QVERIFY(QFile::rename(snapshot + QStringLiteral(".away"), snapshot));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("content-encoding"), QByteArray("zstd"));
    QCOMPARE(first.headers.value("content-length").toLongLong(), first.body.size());
    QCOMPARE(unzstd(first.body), raw);
    QCOMPARE(gzipped.headers.value("content-encoding"), QByteArray("gzip"));
    QCOMPARE(gunzip(gzipped.body), raw);
    QCOMPARE(gzipped.headers.value("etag"), first.headers.value("etag"));
    const RawReply asItIs = rawGet(port, "/api/v1/snapshot", "identity");
    QVERIFY(!asItIs.headers.contains("content-encoding"));
    QCOMPARE(asItIs.headers.value("vary"), QByteArray("Accept-Encoding"));
    QCOMPARE(asItIs.body, raw);
    // a small body is sent as it is
    const RawReply small = rawGet(port, "/api/v1/observations?indicator=A01.01&limit=1", "zstd");
    QCOMPARE(small.status, 200);
    QVERIFY(!small.headers.contains("content-encoding"));
}

// The snapshot is sent from the file it was when asked for, a little at a time as the client
// takes it: a client reading slowly gets that file whole even though a later snapshot replaces
// it meanwhile; a client that stops reading is dropped after the request time.
void tst_DataServer::streamsTheSnapshot()
{
    QTemporaryDir dir;
    ServerStore::Snapshot first;
    QString error;
    const QString path = dir.filePath(QStringLiteral("snapshot.sqlite"));
    QVERIFY2(m_store.writeSnapshot(path, &first, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    file.close();
    QVERIFY(raw.size() > 4 * HttpListener::kStreamAhead); // more than is ever queued at once
    const ServerStore::Snapshot before = m_api->snapshot();
    m_api->setSnapshot(first);
    const quint16 port = m_api->listen(QHostAddress::LocalHost, 0);

    QTcpSocket s;
    s.setReadBufferSize(64 * 1024); // a slow reader: TCP holds the rest at the server
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(s.waitForConnected(5000));
    s.write("GET /api/v1/snapshot HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\n"
            "Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
    QByteArray all;
    QTRY_VERIFY_WITH_TIMEOUT((all += s.readAll()).size() > 100000, 10000);
    // a new snapshot replaces the file while the first is on its way
    const QByteArray later = "SQLite format 3 but another file altogether";
    QVERIFY(QFile::remove(path));
    {
        QFile replaced(path);
        QVERIFY(replaced.open(QIODevice::WriteOnly));
        replaced.write(later);
    }
    ServerStore::Snapshot second = first;
    second.cursor += 1;
    m_api->setSnapshot(second);
    s.setReadBufferSize(0);
    QEventLoop loop;
    connect(&s, &QTcpSocket::readyRead, &loop, [&] { all += s.readAll(); });
    connect(&s, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    all += s.readAll();
    const qsizetype end = all.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    QVERIFY(all.left(end).contains("Content-Length: " + QByteArray::number(raw.size())));
    QCOMPARE(all.mid(end + 4).size(), raw.size());
    QVERIFY(all.mid(end + 4) == raw);

    // a client that asks and never reads: dropped once nothing moves for the request time,
    // having been sent little more than the socket buffers hold
    ServerStore::Snapshot whole;
    QVERIFY2(m_store.writeSnapshot(dir.filePath(QStringLiteral("again.sqlite")), &whole, &error),
             qPrintable(error));
    m_api->setSnapshot(whole);
    HttpListener::Limits limits;
    limits.requestMs = 1500;
    limits.idleMs = 1500;
    m_api->setLimits(limits);
    const qint64 sentBefore = m_api->bytesSent();
    QTcpSocket stalled;
    stalled.setReadBufferSize(1024);
    stalled.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write("GET /api/v1/snapshot HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\n"
                  "Accept-Encoding: identity\r\n\r\n");
    QTest::qWait(4000); // the server's loop turns; the client reads nothing
    // then it reads what reached it: the headers and part of the body, and the connection
    // is gone
    stalled.setReadBufferSize(0);
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT(
        (got += stalled.readAll(), stalled.state() == QAbstractSocket::UnconnectedState), 10000);
    got += stalled.readAll();
    const qint64 size = QFileInfo(whole.path).size();
    const qint64 body = got.size() - got.indexOf("\r\n\r\n") - 4;
    qInfo("snapshot %lld bytes; %lld sent to the client that did not read, %lld received", size,
          m_api->bytesSent() - sentBefore, body);
    // measured: 2.9 of 4.8 MB reach the client (what the sockets' buffers hold), 3.9 MB left
    // the server: it stopped there, and never held more than kStreamAhead of it
    QVERIFY(body < size);
    QVERIFY(m_api->bytesSent() - sentBefore < size);
    m_api->setLimits(HttpListener::Limits());
    m_api->setSnapshot(before);
}

void tst_DataServer::overHttp()
{
    const quint16 port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    QNetworkAccessManager nam;
    auto fetch = [&](const QString &path, const QByteArray &etag) {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        req.setRawHeader("Authorization", "Bearer s3cret");
        if (!etag.isEmpty())
            req.setRawHeader("If-None-Match", etag);
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        [&] {
            QVERIFY(done.wait(10000));
        }();
        reply->deleteLater();
        return reply;
    };
    QNetworkReply *r = fetch(QStringLiteral("/api/v1/catalog"), {});
    QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray etag = r->rawHeader("ETag");
    QVERIFY(r->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QStringLiteral("application/json")));
    QCOMPARE(QJsonDocument::fromJson(r->readAll())
                 .object()
                 .value(QStringLiteral("indicators"))
                 .toArray()
                 .size(),
             86);
    r = fetch(QStringLiteral("/api/v1/catalog"), etag);
    QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
    r = fetch(QStringLiteral("/api/v1/observations?indicator=A01.01&limit=5"), {});
    QCOMPARE(QJsonDocument::fromJson(r->readAll())
                 .object()
                 .value(QStringLiteral("rows"))
                 .toArray()
                 .size(),
             5);

    // A report goes up as the request body; its problems come back as JSON.
    QNetworkRequest req(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/reports?file=r.csv").arg(port)));
    req.setRawHeader("Authorization", "Bearer s3cret");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/csv"));
    QNetworkReply *posted = nam.post(
        req, QByteArray("Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện\nA01.01,31,2026-03,abc\n"));
    QSignalSpy done(posted, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    posted->deleteLater();
    QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
    const QJsonObject e = QJsonDocument::fromJson(posted->readAll())
                              .object()
                              .value(QStringLiteral("error"))
                              .toObject();
    QCOMPARE(e.value(QStringLiteral("problems"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("cell"))
                 .toString(),
             QStringLiteral("D2"));
}

void tst_DataServer::postsReports()
{
    const QByteArray good = "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\n"
                            "A01.01,31,2026-03,9.9,11.5\n"
                            "C03.02,INV01,2026-03,12.5,14\n";
    const qint64 before = m_store.lastSeq();
    auto post = [&](const QString &file, const QByteArray &body) {
        return m_api->handle("POST",
                             QUrl(QStringLiteral("http://localhost/api/v1/reports?file=") + file),
                             "Bearer s3cret", {}, body);
    };

    // A report with a problem: 422 with every problem by row and cell, nothing stored.
    ApiServer::Reply r
        = post(QStringLiteral("bad.csv"), good + "A01.01,31,2026-13,1,1\nZ01.01,31,2026-03,1,\n");
    QCOMPARE(r.status, 422);
    QJsonObject e = json(r).value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_report"));
    const QJsonArray problems = e.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("cell")).toString(),
             QStringLiteral("C4"));
    QCOMPARE(problems.at(1).toObject().value(QStringLiteral("row")).toInt(), 5);
    QCOMPARE(m_store.lastSeq(), before);
    r = post(QStringLiteral("broken.xlsx"), "PK\x03\x04 not really");
    QCOMPARE(r.status, 422);
    QCOMPARE(m_store.lastSeq(), before);

    // A good one: stored as new revisions, served to syncing consoles with its sheet and cell.
    r = post(QStringLiteral("so-tai-chinh.csv"), good);
    QCOMPARE(r.status, 200);
    QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("figures")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("changed")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("cursor")).toString(), QString::number(before + 2));
    const QJsonArray rows = json(get(QStringLiteral("/api/v1/observations?since=%1").arg(before)))
                                .value(QStringLiteral("rows"))
                                .toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonArray first = rows.at(0).toArray();
    QCOMPARE(first.at(0).toString(), QStringLiteral("A01.01"));
    QCOMPARE(first.at(3).toInt(), 2); // the next revision
    QCOMPARE(first.at(4).toDouble(), 9.9);
    QCOMPARE(first.at(7).toString(), QStringLiteral("so-tai-chinh.csv"));
    QCOMPARE(first.at(8).toString(), QStringLiteral("D2"));

    // The same report again stores nothing.
    r = post(QStringLiteral("so-tai-chinh.csv"), good);
    QCOMPARE(json(r).value(QStringLiteral("unchanged")).toInt(), 2);
    QCOMPARE(m_store.lastSeq(), before + 2);

    // The same figures with the year's plan: a new revision where one is given, served in the
    // last column
    const QByteArray planned = "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch,Kế "
                               "hoạch năm\n"
                               "A01.01,31,2026-03,9.9,11.5,\n"
                               "C03.02,INV01,2026-03,12.5,14,95\n";
    r = post(QStringLiteral("so-tai-chinh-kh-nam.csv"), planned);
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r).value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(json(r).value(QStringLiteral("unchanged")).toInt(), 1);
    const QJsonArray withPlan
        = json(get(QStringLiteral("/api/v1/observations?since=%1").arg(before + 2)))
              .value(QStringLiteral("rows"))
              .toArray();
    QCOMPARE(withPlan.size(), 1);
    QCOMPARE(withPlan.at(0).toArray().at(1).toString(), QStringLiteral("INV01"));
    QCOMPARE(withPlan.at(0).toArray().at(9).toDouble(), 95.0);
}

// Every report sent is journalled, stored or refused, with its sender, the sources its token
// reports for and its problems; GET /submissions lists them, the newest first (issue 20, item 6:
// the readiness view shows the files a department sent that failed).
void tst_DataServer::journalsTheReportsSent()
{
    const AccessTokens tokens = test::adminAndFinance();
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    ApiServer api(m_catalog, meta.readAll(), m_entities, m_store, tokens);
    auto post = [&](const QString &file, const QByteArray &body) {
        return api.handle("POST",
                          QUrl(QStringLiteral("http://localhost/api/v1/reports?file=") + file),
                          "Bearer fin", {}, body);
    };
    const QByteArray header = "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\n";
    QCOMPARE(
        post(QStringLiteral("dau-tu-cong-sai-ky.csv"), header + "C03.02,INV01,2026-13,12.5,14\n")
            .status,
        422);
    QCOMPARE(post(QStringLiteral("dau-tu-cong-ngoai.csv"),
                  header + "C03.02,INV01,2026-03,12.5,14\nA01.01,31,2026-03,9.9,11.5\n")
                 .status,
             422);
    QCOMPARE(
        post(QStringLiteral("dau-tu-cong.csv"), header + "C03.02,INV01,2026-03,13.1,14\n").status,
        200);

    auto list = [&](const QString &query, const QByteArray &etag = {}) {
        return api.handle("GET",
                          QUrl(QStringLiteral("http://localhost/api/v1/submissions") + query),
                          "Bearer s3cret", etag);
    };
    const ApiServer::Reply r = list({});
    QCOMPARE(r.status, 200);
    const QJsonArray sent = json(r).value(QStringLiteral("submissions")).toArray();
    QVERIFY(sent.size() >= 3); // postsReports' are there too
    const QJsonObject stored = sent.at(0).toObject();
    const QJsonObject outside = sent.at(1).toObject();
    const QJsonObject badPeriod = sent.at(2).toObject();
    QCOMPARE(stored.value(QStringLiteral("file")).toString(), QStringLiteral("dau-tu-cong.csv"));
    QCOMPARE(stored.value(QStringLiteral("token")).toString(), QStringLiteral("so-tai-chinh"));
    QVERIFY(stored.value(QStringLiteral("stored")).toBool());
    QCOMPARE(stored.value(QStringLiteral("figures")).toInt(), 1);
    QVERIFY(stored.value(QStringLiteral("problems")).toArray().isEmpty());
    // the sources are the catalog's whose indicators the token may carry: the department's
    const QJsonArray sources = stored.value(QStringLiteral("sources")).toArray();
    QVERIFY(!sources.isEmpty());
    for (const QJsonValue &v : sources)
        QVERIFY2(v.toString().contains(QLatin1String("Dept. of Finance")),
                 qPrintable(v.toString()));
    QVERIFY(sources.contains(
        QStringLiteral("Monthly Excel report – Dept. of Finance (public investment)")));
    QVERIFY(stored.value(QStringLiteral("id")).toString().toLongLong()
            > outside.value(QStringLiteral("id")).toString().toLongLong());

    QCOMPARE(outside.value(QStringLiteral("file")).toString(),
             QStringLiteral("dau-tu-cong-ngoai.csv"));
    QVERIFY(!outside.value(QStringLiteral("stored")).toBool());
    QCOMPARE(outside.value(QStringLiteral("figures")).toInt(), 0);
    const QJsonArray why = outside.value(QStringLiteral("problems")).toArray();
    QCOMPARE(why.size(), 1);
    QVERIFY2(why.at(0).toString().contains(QLatin1String("row 3"))
                 || why.at(0).toString().contains(QLatin1String("cell")),
             qPrintable(why.at(0).toString()));
    QVERIFY2(why.at(0).toString().contains(QLatin1String("A01.01")),
             qPrintable(why.at(0).toString()));

    QCOMPARE(badPeriod.value(QStringLiteral("file")).toString(),
             QStringLiteral("dau-tu-cong-sai-ky.csv"));
    QVERIFY(!badPeriod.value(QStringLiteral("stored")).toBool());
    const QString problem = badPeriod.value(QStringLiteral("problems")).toArray().at(0).toString();
    QVERIFY2(problem.contains(QLatin1String("C2")) && problem.contains(QLatin1String("2026-13")),
             qPrintable(problem));
    const QDateTime at
        = QDateTime::fromString(badPeriod.value(QStringLiteral("at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // the same list again: 304 with its ETag
    QVERIFY(!r.etag.isEmpty());
    QCOMPARE(list({}, r.etag).status, 304);
    // since: a time; from tomorrow nothing; not a time: 400
    const QString tomorrow = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    QVERIFY(json(list(QStringLiteral("?since=") + tomorrow))
                .value(QStringLiteral("submissions"))
                .toArray()
                .isEmpty());
    QCOMPARE(list(QStringLiteral("?since=last-month")).status, 400);
    // a department's token sees what it sent, and only that
    const ApiServer::Reply own = api.handle(
        "GET", QUrl(QStringLiteral("http://localhost/api/v1/submissions")), "Bearer fin", {});
    QCOMPARE(own.status, 200);
    const QJsonArray mine = json(own).value(QStringLiteral("submissions")).toArray();
    QCOMPARE(mine.size(), 3);
    for (const auto &v : mine)
        QCOMPARE(v.toObject().value(QStringLiteral("token")).toString(),
                 QStringLiteral("so-tai-chinh"));
    // a journal keeps kKeepSubmissionDays: an older one goes when the next is recorded
    ServerStore::Submission old;
    old.at = QDateTime::currentDateTimeUtc().addDays(-ServerStore::kKeepSubmissionDays - 1);
    old.token = QStringLiteral("cu");
    old.file = QStringLiteral("cu.csv");
    QString error;
    QVERIFY2(m_store.recordSubmission(old, &error), qPrintable(error));
    QCOMPARE(m_store.submissions(old.at.addSecs(-1), QStringLiteral("cu"), 10, &error).size(), 1);
    QCOMPARE(
        post(QStringLiteral("dau-tu-cong.csv"), header + "C03.02,INV01,2026-03,13.1,14\n").status,
        200);
    QVERIFY(m_store.submissions(old.at.addSecs(-1), QStringLiteral("cu"), 10, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // they are listed, never posted to
    QCOMPARE(api.handle("POST", QUrl(QStringLiteral("http://localhost/api/v1/submissions")),
                        "Bearer s3cret", {}, "{}")
                 .status,
             405);
}

// A report is stored through a connection of its own, off the event loop: while its write
// waits (another connection holds the store's write lock here), reads are answered; when the
// lock goes, the report is stored whole.
void tst_DataServer::servesWhileAReportIsStored()
{
    if (test::onPostgres())
        QSKIP("holds the SQLite file's write lock");
    const quint16 port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    QSqlDatabase lock
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    lock.setDatabaseName(m_store.path());
    QVERIFY(lock.open());
    QSqlQuery q(lock);
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const qint64 before = m_store.lastSeq();
    QNetworkAccessManager nam;
    QNetworkRequest post(QUrl(
        QStringLiteral("http://127.0.0.1:%1/api/v1/reports?file=while-reading.csv").arg(port)));
    post.setRawHeader("Authorization", "Bearer s3cret");
    QNetworkReply *stored = nam.post(post, QByteArray("Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,"
                                                      "Thực hiện\nA01.01,31,2026-02,9.75\n"));
    QTest::qWait(300); // parsed, and its write waiting for the lock
    QElapsedTimer answered;
    answered.start();
    const RawReply read = rawGet(port, "/api/v1/observations?indicator=A01.01&limit=5", {});
    QCOMPARE(read.status, 200);
    QVERIFY2(answered.elapsed() < 1000, qPrintable(QString::number(answered.elapsed())));
    QVERIFY(!stored->isFinished());
    QCOMPARE(m_store.lastSeq(), before);
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QTRY_VERIFY_WITH_TIMEOUT(stored->isFinished(), 10000);
    QCOMPARE(stored->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject o = QJsonDocument::fromJson(stored->readAll()).object();
    QCOMPARE(o.value(QStringLiteral("changed")).toInt() + o.value(QStringLiteral("added")).toInt(),
             1);
    QCOMPARE(o.value(QStringLiteral("cursor")).toString(), QString::number(before + 1));
    QCOMPARE(m_store.lastSeq(), before + 1);
    delete stored;

    // a lock held past the store's busy time: 503, said why, nothing stored, try again later
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QNetworkReply *refused = nam.post(post, QByteArray("Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,"
                                                       "Thực hiện\nA01.01,31,2026-02,9.5\n"));
    QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 15000);
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(refused->rawHeader("Retry-After"), QByteArray("30"));
    const QJsonObject e
        = QJsonDocument::fromJson(refused->readAll()).object().value("error").toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("store_unavailable"));
    QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("locked")),
             qPrintable(e.value(QStringLiteral("message")).toString()));
    QCOMPARE(m_store.lastSeq(), before + 1);
    delete refused;
    q.finish();
    lock.close();
    lock = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
}

// Requests one after another on a kept-alive connection (a console's incremental sync) are
// answered at once: with Nagle's algorithm on the server's sockets each waited for the
// client's delayed ACK, 44 ms a request.
void tst_DataServer::keptAliveRequestsAreAnsweredAtOnce()
{
    const quint16 port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    QVector<double> ms;
    std::atomic<bool> done{false};
    std::thread client([&] { // the server answers on this thread's loop
        const auto finished = qScopeGuard([&] { done = true; });
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(5000))
            return;
        for (int i = 0; i < 20; ++i) {
            const std::optional<double> took
                = test::timedGet(s, "/api/v1/observations?limit=50&since=100", "s3cret", 10000);
            if (!took)
                return;
            ms << *took;
        }
    });
    QElapsedTimer wait;
    wait.start();
    while (!done && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    client.join();
    QCOMPARE(ms.size(), 20);
    std::sort(ms.begin(), ms.end());
    QVERIFY2(ms.at(10) < 10, qPrintable(QStringLiteral("median %1 ms").arg(ms.at(10))));
}

// A store of schema 1 (before the annual plan) is upgraded in place: its rows stay and are
// served, new rows carry the year's plan.
void tst_DataServer::upgradesItsStore()
{
    if (test::onPostgres()) {
        // a database of schema 2 (before the submissions journal) is brought to schema 3
        QString error;
        const QString location = test::storeLocation({}, &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        {
            ServerStore store;
            QVERIFY2(store.open(location, &error), qPrintable(error));
        }
        PGconn *pg = PQconnectdb(location.toUtf8().constData());
        const auto close = qScopeGuard([pg] { PQfinish(pg); });
        QCOMPARE(PQstatus(pg), CONNECTION_OK);
        PGresult *r = PQexec(pg, "DROP TABLE submissions; UPDATE meta SET value = '2' WHERE key = "
                                 "'schema_version'");
        QCOMPARE(PQresultStatus(r), PGRES_COMMAND_OK);
        PQclear(r);
        ServerStore store;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QCOMPARE(store.meta(QStringLiteral("schema_version")), QStringLiteral("3"));
        ServerStore::Submission sent;
        sent.at = QDateTime::currentDateTimeUtc();
        sent.token = QStringLiteral("so-tai-chinh");
        sent.file = QStringLiteral("dau-tu-cong.csv");
        sent.problems = QStringList{QStringLiteral("cell C2: 'x' is not a period")};
        QVERIFY2(store.recordSubmission(sent, &error), qPrintable(error));
        const QVector<ServerStore::Submission> listed
            = store.submissions(sent.at.addSecs(-60), {}, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().problems, sent.problems);
        QVERIFY(!listed.first().stored);
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    QString error;
    Observation o;
    o.indicator = QStringLiteral("A12.01");
    o.entity = QStringLiteral("31");
    o.period = QStringLiteral("2026-03");
    o.value = 700;
    o.plan = 650;
    o.fetchedAt = cityDateTime(QDate(2026, 4, 5), QTime(9, 0));
    o.sourceRef = QStringLiteral("Dept. of Finance");
    {
        ServerStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(store.insert({o}, &error), qPrintable(error));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("store-v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE observations DROP COLUMN annual_plan")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("store-v1"));
    ServerStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    o.period = QStringLiteral("2026-04");
    o.annualPlan = 3500;
    QVERIFY2(store.insert({o}, &error), qPrintable(error));
    ServerStore::Query all;
    const ServerStore::Page page = store.query(all, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.rows.at(0).observation.value, 700.0);
    QVERIFY(!page.rows.at(0).observation.annualPlan);
    QCOMPARE(page.rows.at(1).observation.annualPlan, std::optional<double>(3500.0));
}

// Two servers on one store (on PostgreSQL, two ioc-dataserver processes on one database; on
// SQLite, two connections to one file): a report posted to one is served by the other at the
// next sync, and a console syncing from each in turn gets every row once.
void tst_DataServer::twoServersServeOneStore()
{
    ServerStore second;
    QString error;
    QVERIFY2(second.open(m_store.path(), &error), qPrintable(error));
    QCOMPARE(second.lastSeq(), m_store.lastSeq());
    auto other = test::apiOver(second, m_catalog, m_entities, QStringLiteral("s3cret"));
    const qint64 before = m_store.lastSeq();
    const ApiServer::Reply posted = m_api->handle(
        "POST", QUrl(QStringLiteral("http://localhost/api/v1/reports?file=two-servers.csv")),
        "Bearer s3cret", {},
        "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\nA01.01,31,2026-02,9.61,11\n"
        "C03.02,INV01,2026-02,12.25,14\n");
    QCOMPARE(posted.status, 200);
    const ApiServer::Reply served = other->handle(
        "GET", QUrl(QStringLiteral("http://localhost/api/v1/observations?since=%1").arg(before)),
        "Bearer s3cret", {});
    QCOMPARE(served.status, 200);
    const QJsonArray rows
        = QJsonDocument::fromJson(served.body).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toArray().at(4).toDouble(), 9.61);
    QCOMPARE(rows.at(1).toArray().at(8).toString(), QStringLiteral("D3")); // its cell

    // a console syncing from one server, then the other, then the first, a page at a time:
    // every row once, in cursor order, whoever stored it
    QVector<ServerStore *> stores{&m_store, &second};
    Observation o;
    o.indicator = QStringLiteral("A12.01");
    o.entity = QStringLiteral("31");
    o.value = 100;
    o.sourceRef = QStringLiteral("Dept. of Finance");
    o.fetchedAt = cityDateTime(QDate(2026, 4, 5), QTime(9, 0));
    for (int i = 0; i < 6; ++i) { // rows stored through both, in turn
        o.period = QStringLiteral("2019-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        QVERIFY2(stores.at(i % 2)->insert({o}, &error), qPrintable(error));
    }
    QSet<QString> seen;
    qint64 cursor = before;
    for (int turn = 0; turn < 20; ++turn) {
        ApiServer &api = turn % 2 ? *other : *m_api;
        const ApiServer::Reply page = api.handle(
            "GET",
            QUrl(QStringLiteral("http://localhost/api/v1/observations?since=%1&limit=3")
                     .arg(cursor)),
            "Bearer s3cret", {});
        QCOMPARE(page.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(page.body).object();
        for (const QJsonValue &row : body.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray r = row.toArray();
            const QString key = r.at(0).toString() + r.at(1).toString() + r.at(2).toString()
                                + QString::number(r.at(3).toInt());
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
        cursor = body.value(QStringLiteral("cursor")).toString().toLongLong();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    QCOMPARE(seen.size(), 8);
    QCOMPARE(cursor, m_store.lastSeq());
    QCOMPARE(second.lastSeq(), m_store.lastSeq());
}

// A store that cannot be used stops the server at its start with a clear message.
void tst_DataServer::refusesAStoreItCannotUse()
{
    QString error;
    // of a newer schema
    const QString location
        = test::storeLocation(m_dir.filePath(QStringLiteral("newer.sqlite")), &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    {
        ServerStore store;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        if (test::onPostgres()) {
            QVERIFY(store.setMeta(QStringLiteral("schema_version"), QStringLiteral("99"), &error));
        } else {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(location);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    ServerStore newer;
    QVERIFY(!newer.open(location, &error));
    QVERIFY2(error.contains(QLatin1String("newer ioc-dataserver")), qPrintable(error));
    if (!test::onPostgres())
        return;
    // unreachable: nothing listens there
    ServerStore unreachable;
    QVERIFY(!unreachable.open(QStringLiteral("postgresql://ioc@127.0.0.1:1/ioc?connect_timeout=2"),
                              &error));
    QVERIFY2(error.contains(QLatin1String("cannot connect to the database postgresql://ioc@"
                                          "127.0.0.1:1/ioc")),
             qPrintable(error));
    // read-only: every transaction of the session is
    const QString fresh = test::storeLocation({}, &error);
    QVERIFY2(!fresh.isEmpty(), qPrintable(error));
    ServerStore readOnly;
    QVERIFY(!readOnly.open(fresh + (fresh.contains(QLatin1Char('?')) ? u'&' : u'?')
                               + QStringLiteral("options=-c%20default_transaction_read_only%3Don"),
                           &error));
    QVERIFY2(error.contains(QLatin1String("is read-only")), qPrintable(error));

    // while it runs: the database is dropped and made again, empty, under the server
    const QString goes = test::storeLocation({}, &error);
    ServerStore store;
    QVERIFY2(store.open(goes, &error), qPrintable(error));
    auto api = test::apiOver(store, m_catalog, m_entities, QStringLiteral("s3cret"));
    auto post = [&] {
        return api->handle(
            "POST", QUrl(QStringLiteral("http://localhost/api/v1/reports?file=lost.csv")),
            "Bearer s3cret", {},
            "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện\nA01.01,31,2026-02,9.61\n");
    };
    QCOMPARE(post().status, 200); // the reports' own connection is open
    const QString name = QUrl(goes).path().mid(1);
    QVERIFY2(
        !PgStore::createDatabase(qEnvironmentVariable("IOC_TEST_POSTGRES"), name, &error).isEmpty(),
        qPrintable(error));
    const ApiServer::Reply read = api->handle(
        "GET", QUrl(QStringLiteral("http://localhost/api/v1/observations")), "Bearer s3cret", {});
    QCOMPARE(read.status, 503);
    QVERIFY2(read.body.contains("store_unavailable"), read.body.constData());
    const ApiServer::Reply report = post();
    QCOMPARE(report.status, 503);
    QVERIFY2(report.body.contains("nothing was stored"), report.body.constData());
}

QTEST_GUILESS_MAIN(tst_DataServer)
#include "tst_dataserver.moc"
