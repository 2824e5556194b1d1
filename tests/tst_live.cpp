#include "support/apifixture.h"
#include "support/faultserver.h"
#include "support/testcerts.h"

#include "apiserver.h"
#include "datasource.h"
#include "livesensors.h"
#include "livestream.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>

using namespace ioc;

Q_DECLARE_METATYPE(FaultServer::Reply)

// Issue 20, item 4: the real-time indicators pushed over GET /api/v1/stream (Server-Sent
// Events): what the server sends, what the console applies, and what it refuses.
class tst_Live : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parsesEvents();
    void streamCarriesNewReadings();
    void streamCatchesUpFromTheCursor();
    void streamRefusals_data();
    void streamRefusals();
    void badEventsAreDropped_data();
    void badEventsAreDropped();
    void hostileStreamsFallBack_data();
    void hostileStreamsFallBack();
    void reloadedTokensEndTheStream();
    void streamsOverHttpsToTrustedServersOnly();
    void dataSourceGoesLiveAndFallsBack();
    void slowClientsAreDropped();

private:
    LiveStream::Options options(const QString &server) const;
    // A cache at the server's cursor minus `behind` rows of the store (its sync cursor there).
    QString cacheAt(const QString &name, qint64 cursor);
    // The next round of readings, stored and published; the time they were taken.
    QDateTime nextRound();
    // GET /observations as the server answers it, from `since`, real-time indicators only
    QByteArray page(qint64 since) const;

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    ServerStore m_store;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<LiveSensors> m_sensors;
    quint16 m_port = 0;
    QDateTime m_clock = cityDateTime(QDate(2026, 4, 21), QTime(9, 0));
    QStringList m_realtime;
};

void tst_Live::initTestCase()
{
    qRegisterMetaType<ioc::SyncEngine::Summary>();
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("server.sqlite")), &error));
    qint64 rows = 0;
    error = test::seedStore(m_store, m_catalog, m_entities, m_clock, {"A01.01", "D01.03"}, &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Indicator &i : m_catalog.indicators()) {
        if (i.frequency == Frequency::Realtime)
            m_realtime << i.code;
    }
    QVERIFY(m_realtime.contains(QStringLiteral("D01.01")));
    m_sensors = std::make_unique<LiveSensors>(m_catalog, m_entities, m_store, 7);
    m_api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    QVERIFY(m_api);
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port > 0);
    nextRound();
}

LiveStream::Options tst_Live::options(const QString &server) const
{
    LiveStream::Options o;
    o.server = QUrl(server);
    o.token = QStringLiteral("s3cret");
    o.indicators = m_realtime;
    o.firstBackoffMs = 50;
    o.maxBackoffMs = 200;
    return o;
}

QString tst_Live::cacheAt(const QString &name, qint64 cursor)
{
    QString path = m_dir.filePath(name);
    Cache cache;
    QString error;
    if (!cache.open(path, &error)
        || !cache.setMeta(SyncEngine::metaCursor(QStringLiteral("realtime")),
                          QString::number(cursor), &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QDateTime tst_Live::nextRound()
{
    m_clock = m_clock.addSecs(5);
    QString error;
    if (m_sensors->tick(m_clock, &error) <= 0)
        qWarning("no readings: %s", qPrintable(error));
    m_api->publish(m_clock);
    return m_clock;
}

QByteArray tst_Live::page(qint64 since) const
{
    return m_api
        ->handle("GET",
                 QUrl(QStringLiteral("http://x/api/v1/observations?since=%1&indicator=%2")
                          .arg(since)
                          .arg(m_realtime.join(QLatin1Char(',')))),
                 "Bearer s3cret", {})
        .body;
}

void tst_Live::parsesEvents()
{
    LiveStream::Event e
        = LiveStream::parseEvent("id: 42\nevent: readings\ndata: {\"a\":\ndata: 1}");
    QCOMPARE(e.type, QByteArray("readings"));
    QCOMPARE(e.id, QByteArray("42"));
    QCOMPARE(e.data, QByteArray("{\"a\":\n1}"));
    QVERIFY(!e.comment);
    e = LiveStream::parseEvent(": heartbeat");
    QVERIFY(e.comment);
    QVERIFY(LiveStream::parseEvent("retry: 10").comment); // no data: not dispatched
    e = LiveStream::parseEvent("data:x\nretry: 10\nodd");
    QCOMPARE(e.type, QByteArray("message")); // the default type, never applied
    QCOMPARE(e.data, QByteArray("x"));
}

void tst_Live::streamCarriesNewReadings()
{
    const QString path = cacheAt(QStringLiteral("carries.sqlite"), m_store.lastSeq());
    LiveStream stream(m_catalog, m_entities, path,
                      options(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    QSignalSpy live(&stream, &LiveStream::liveChanged);
    QSignalSpy applied(&stream, &LiveStream::applied);
    QSignalSpy dropped(&stream, &LiveStream::dropped);
    stream.start();
    QTRY_VERIFY(stream.isLive());
    QCOMPARE(m_api->streams(), 1);
    QCOMPARE(applied.count(), 0); // nothing came since the cache's cursor
    for (int round = 1; round <= 3; ++round) {
        const QDateTime readAt = nextRound();
        QTRY_COMPARE(applied.count(), round);
        QVERIFY(applied.last().at(0).toLongLong() > 0);
        QCOMPARE(applied.last().at(1).toDateTime(), readAt);
    }
    QCOMPARE(dropped.count(), 0);
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    // every reading of the three rounds is in the cache, and the stream's cursor is the server's
    QCOMPARE(cache.meta(SyncEngine::metaCursor(QStringLiteral("realtime"))),
             QString::number(m_store.lastSeq()));
    QVERIFY(cache.observationCount() > 0);
    stream.stop();
    QTRY_VERIFY(!stream.isLive());
    QTRY_COMPARE(m_api->streams(), 0);
}

void tst_Live::streamCatchesUpFromTheCursor()
{
    const qint64 before = m_store.lastSeq();
    nextRound(); // a round the console has not seen: it comes right after the hello
    const QString path = cacheAt(QStringLiteral("catchup.sqlite"), before);
    LiveStream stream(m_catalog, m_entities, path,
                      options(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    QSignalSpy applied(&stream, &LiveStream::applied);
    stream.start();
    QTRY_COMPARE(applied.count(), 1);
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    QCOMPARE(cache.observationCount(), m_store.lastSeq() - before);
}

void tst_Live::streamRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("no token") << "" << QByteArray() << 401 << "bearer token";
    QTest::newRow("unknown code") << "indicator=Z99.99" << QByteArray("Bearer s3cret") << 404
                                  << "Unknown indicator";
    QTest::newRow("not real-time")
        << "indicator=A01.01" << QByteArray("Bearer s3cret") << 400 << "not a real-time indicator";
    QTest::newRow("bad cursor") << "since=-4" << QByteArray("Bearer s3cret") << 400 << "since";
    QTest::newRow("too far behind")
        << "since=0" << QByteArray("Bearer s3cret") << 409 << "sync them with /observations";
}

void tst_Live::streamRefusals()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, says);
    // too far behind: more than a page of real-time rows since the start
    const ApiServer::Reply r = m_api->handle(
        "GET", QUrl(QStringLiteral("http://x/api/v1/stream?") + query), authorization, {});
    QCOMPARE(r.status, status);
    QVERIFY2(QString::fromUtf8(r.body).contains(says), r.body.constData());
    QVERIFY(!r.events);
}

void tst_Live::badEventsAreDropped_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("reason");
    const qint64 last = m_store.lastSeq();
    QByteArray good = page(last - 10);
    QVERIFY(good.startsWith("{\"cursor\":"));
    QByteArray unknown = good;
    unknown.replace("\"D01.", "\"Z01.");
    QTest::newRow("malformed") << QByteArray("event: readings\ndata: {\"cursor\":\"9\n\n")
                               << "not valid JSON";
    QTest::newRow("unknown code") << "event: readings\ndata: " + unknown + "\n\n"
                                  << "Z01.";
    QTest::newRow("out of order") << "event: readings\ndata: "
                                         + page(last - 40).replace(
                                             "\"cursor\":\"" + QByteArray::number(last),
                                             "\"cursor\":\"" + QByteArray::number(last - 50))
                                         + "\n\n"
                                  << "out of order";
    QTest::newRow("unknown type") << QByteArray("event: storm\ndata: {}\n\n") << "unknown type";
}

void tst_Live::badEventsAreDropped()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, reason);
    const qint64 last = m_store.lastSeq();
    FaultServer fault;
    FaultServer::Reply r;
    r.contentType = "text/event-stream";
    r.open = true;
    r.body = "event: hello\ndata: {}\n\n";
    r.later = {{0, event}};
    fault.set("/api/v1/stream", r);
    const QString path
        = cacheAt(QStringLiteral("bad-%1.sqlite").arg(QTest::currentDataTag()), last - 30);
    LiveStream stream(m_catalog, m_entities, path, options(QString::fromLatin1(fault.base())));
    QSignalSpy dropped(&stream, &LiveStream::dropped);
    QSignalSpy applied(&stream, &LiveStream::applied);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("a live stream event was dropped"));
    stream.start();
    QTRY_COMPARE(dropped.count(), 1);
    QVERIFY2(dropped.first().at(0).toString().contains(reason),
             qPrintable(dropped.first().at(0).toString()));
    QCOMPARE(applied.count(), 0);
    QVERIFY(stream.isLive()); // one bad event does not end the stream
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    QCOMPARE(cache.observationCount(), 0);
    QCOMPARE(cache.meta(SyncEngine::metaCursor(QStringLiteral("realtime"))),
             QString::number(last - 30));
}

void tst_Live::hostileStreamsFallBack_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<bool>("wasLive");
    const QByteArray hello = "event: hello\ndata: {}\n\n";
    const QByteArray event = "event: readings\ndata: " + page(m_store.lastSeq() - 10) + "\n\n";
    FaultServer::Reply r;
    r.contentType = "text/event-stream";
    r.open = true;
    r.body = hello;

    FaultServer::Reply reset = r;
    reset.later = {{100, event.left(event.size() / 2)}};
    reset.resetAtEnd = true;
    QTest::newRow("reset") << reset << true;

    FaultServer::Reply truncated = r;
    truncated.later = {{100, event.left(event.size() / 2)}};
    truncated.closeEarly = true;
    QTest::newRow("truncated") << truncated << true;

    FaultServer::Reply hung = r;
    hung.later = {{100, event.left(event.size() / 2)}}; // then nothing, the connection open
    QTest::newRow("hang") << hung << true;

    FaultServer::Reply silent = r;
    silent.delayMs = 60 * 1000; // not even the headers
    QTest::newRow("hang before answering") << silent << false;

    FaultServer::Reply slow = r; // a byte every 400 ms: never a whole event
    for (int i = 0; i < 40; ++i)
        slow.later.append({400, event.mid(i, 1)});
    QTest::newRow("slow") << slow << true;
}

void tst_Live::hostileStreamsFallBack()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(bool, wasLive);
    FaultServer fault;
    fault.set("/api/v1/stream", reply);
    const qint64 start = m_store.lastSeq() - 30;
    const QString path = cacheAt(QStringLiteral("hostile-%1.sqlite")
                                     .arg(QString::fromLatin1(QTest::currentDataTag())
                                              .replace(QLatin1Char(' '), QLatin1Char('-'))),
                                 start);
    LiveStream::Options o = options(QString::fromLatin1(fault.base()));
    o.firstBackoffMs = 60 * 1000; // one attempt is what is measured
    LiveStream stream(m_catalog, m_entities, path, o);
    QSignalSpy live(&stream, &LiveStream::liveChanged);
    QSignalSpy applied(&stream, &LiveStream::applied);
    QElapsedTimer clock;
    clock.start();
    stream.start();
    if (wasLive)
        QTRY_VERIFY(stream.isLive());
    // the bound: back to polling within 10 s, whatever the stream does
    QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() && !live.last().at(0).toBool(), 10000);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!live.last().at(1).toString().isEmpty()); // and says why
    QCOMPARE(applied.count(), 0);
    Cache cache;
    QString error;
    QVERIFY(cache.open(path, &error));
    QCOMPARE(cache.observationCount(), 0);
    QCOMPARE(cache.meta(SyncEngine::metaCursor(QStringLiteral("realtime"))),
             QString::number(start));
}

void tst_Live::reloadedTokensEndTheStream()
{
    const QString path = cacheAt(QStringLiteral("reload.sqlite"), m_store.lastSeq());
    LiveStream stream(m_catalog, m_entities, path,
                      options(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    QSignalSpy live(&stream, &LiveStream::liveChanged);
    stream.start();
    QTRY_VERIFY(stream.isLive());
    // the same token again (SIGHUP): the stream ends and opens again with it checked anew
    m_api->setTokens(AccessTokens::single(QStringLiteral("test"), "s3cret"));
    QTRY_VERIFY(live.count() >= 3);
    QCOMPARE(live.at(1).at(0).toBool(), false);
    QTRY_VERIFY(stream.isLive());
    // a token that is no longer valid: the stream stays down, with the server's reason
    m_api->setTokens(AccessTokens::single(QStringLiteral("test"), "another"));
    QTRY_VERIFY(!stream.isLive());
    QTRY_VERIFY(live.last().at(1).toString().contains(QLatin1String("401")));
    m_api->setTokens(AccessTokens::single(QStringLiteral("test"), "s3cret"));
    QTRY_VERIFY(stream.isLive());
}

// The city's servers speak HTTPS: the stream is checked against the console's authorities like
// every request, and a certificate it does not trust ends the attempt with the reason.
void tst_Live::streamsOverHttpsToTrustedServersOnly()
{
    QTemporaryDir dir;
    const test::TestCerts certs = test::makeTestCerts(dir.path());
    QVERIFY2(certs.ok(), qPrintable(certs.problem));
    QString error;
    const QSslConfiguration tls = HttpListener::loadTls(certs.serverCert, certs.serverKey, &error);
    QVERIFY2(!tls.isNull(), qPrintable(error));
    auto api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    api->setTls(tls);
    const quint16 port = api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    for (const bool trusted : {true, false}) {
        LiveStream::Options o = options(QStringLiteral("https://localhost:%1").arg(port));
        if (trusted)
            o.trust.authorities = QSslCertificate::fromPath(certs.caCert);
        o.firstBackoffMs = 60 * 1000;
        const QString path
            = cacheAt(QStringLiteral("tls-%1.sqlite").arg(trusted), m_store.lastSeq());
        LiveStream stream(m_catalog, m_entities, path, o);
        QSignalSpy live(&stream, &LiveStream::liveChanged);
        QSignalSpy applied(&stream, &LiveStream::applied);
        stream.start();
        if (!trusted) {
            QTRY_VERIFY(!live.isEmpty());
            QVERIFY(!stream.isLive());
            QVERIFY2(live.last().at(1).toString().contains(
                         QLatin1String("presented a certificate the console does not trust")),
                     qPrintable(live.last().at(1).toString()));
            continue;
        }
        QTRY_VERIFY(stream.isLive());
        m_clock = m_clock.addSecs(5);
        QVERIFY(m_sensors->tick(m_clock, &error) > 0);
        api->publish(m_clock);
        QTRY_COMPARE(applied.count(), 1);
    }
}

void tst_Live::dataSourceGoesLiveAndFallsBack()
{
    auto server = std::make_unique<ServerStore>();
    QString error;
    QVERIFY(server->open(m_dir.filePath(QStringLiteral("ds-server.sqlite")), &error));
    qint64 rows = 0;
    error = test::seedStore(*server, m_catalog, m_entities, m_clock, {"D01.01"}, &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto api = test::apiOver(*server, m_catalog, m_entities, QStringLiteral("s3cret"));
    const quint16 port = api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    DataSource data(m_catalog, m_entities);
    DataSource::Source source;
    source.cachePath = m_dir.filePath(QStringLiteral("ds-cache.sqlite"));
    source.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    source.token = QStringLiteral("s3cret");
    QSignalSpy liveArrived(&data, &DataSource::liveArrived);
    data.use(source, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(data.isLive(), 15000); // after the first sync
    QCOMPARE(data.connection(), DataSource::Connection::Online);
    LiveSensors sensors(m_catalog, m_entities, *server, 7);
    const QDateTime at = m_clock.addSecs(5);
    QVERIFY(sensors.tick(at, &error) > 0);
    api->publish(at);
    QTRY_COMPARE(liveArrived.count(), 1);
    QCOMPARE(liveArrived.first().at(0).toDateTime(), at);
    // the server goes away: the stream is down, the real-time sources are polled again
    api.reset();
    QTRY_VERIFY(!data.isLive());
    QVERIFY(!data.liveError().isEmpty());
}

// A client that stops reading is dropped once a megabyte waits for it, and the server's memory
// with it; a client beside it that reads goes on getting every event.
void tst_Live::slowClientsAreDropped()
{
    auto api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    const quint16 port = api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    QTcpSocket slow;
    slow.setReadBufferSize(4096); // reads no more than that: the rest waits in the kernel, then
                                  // in the server
    slow.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /api/v1/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret\r\n\r\n");
    QTRY_COMPARE(api->streams(), 1);
    const QString path = cacheAt(QStringLiteral("beside-slow.sqlite"), m_store.lastSeq());
    LiveStream good(m_catalog, m_entities, path,
                    options(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy applied(&good, &LiveStream::applied);
    good.start();
    QTRY_VERIFY(good.isLive());
    QTRY_COMPARE(api->streams(), 2);
    // events of 19 000 readings (3 MB) each: old slots of one station
    Observation o;
    o.indicator = QStringLiteral("D01.01");
    o.entity = QStringLiteral("WS01");
    o.sourceRef = QStringLiteral("Hydro-meteorological stations");
    o.fetchedAt = m_clock;
    QDateTime slot = cityDateTime(QDate(2019, 1, 1), QTime(0, 0));
    int rounds = 0;
    QString error;
    for (; rounds < 20 && api->streams() > 1; ++rounds) {
        QVector<Observation> rows;
        for (int i = 0; i < 19000; ++i) {
            o.period = Period::realtime(slot).key();
            o.value = i % 30;
            slot = slot.addSecs(600);
            rows << o;
        }
        QVERIFY2(m_store.insert(rows, &error), qPrintable(error));
        api->publish();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), rounds + 1, 10000); // the good one took it
    }
    QCOMPARE(api->streams(), 1); // the slow one is gone
    QVERIFY2(rounds < 20, "the client that does not read was never dropped");
    QVERIFY(good.isLive());
    slow.setReadBufferSize(0); // it reads again: what was sent, then the end of it
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 10000);
}

QTEST_GUILESS_MAIN(tst_Live)
#include "tst_live.moc"
