#include "support/apifixture.h"
#include "support/faultserver.h"

#include "camerafeed.h"
#include "cameras.h"
#include "livesensors.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

Q_DECLARE_METATYPE(FaultServer::Reply)

// Issue 20, item 5: the traffic cameras. What the server lists and serves (the demo's drawn
// pictures, marked as such), how the console reads a live MJPEG stream and what it refuses,
// and the feed that fetches only what is on screen into the cache.
class tst_Cameras : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverListsTheJunctions();
    void framesAreJpegsWithAnEtag();
    void unknownAndOfflineCameras();
    void liveStreamSendsPictures();
    void readerTakesPartsAsTheyCome();
    void readerRefuses_data();
    void readerRefuses();
    void jpegChecks_data();
    void jpegChecks();
    void feedFetchesOnlyWatchedCameras();
    void feedKeepsLastFramesInTheCache();
    void feedRefusesBadPictures_data();
    void feedRefusesBadPictures();
    void feedLiveStream();
    void feedLiveStreamRefusesEndlessParts();

private:
    CameraFeed::Options options(const QString &server) const;
    QByteArray get(const QByteArray &path, QByteArray *contentType = nullptr, int *status = nullptr,
                   const QByteArray &ifNoneMatch = {});
    static QByteArray jpeg(int width = 64, int height = 36);
    static QByteArray part(const QByteArray &body, const QByteArray &headers = {});

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    ServerStore m_store;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<LiveSensors> m_sensors;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
};

void tst_Cameras::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("server.sqlite")), &error));
    m_sensors = std::make_unique<LiveSensors>(m_catalog, m_entities, m_store, 7);
    // a round of readings now: the junctions' congestion the list gives
    QVERIFY(m_sensors->tick(QDateTime::currentDateTime(), &error) > 0);
    m_api = test::apiOver(m_store, m_catalog, m_entities, QStringLiteral("s3cret"));
    QVERIFY(m_api);
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port > 0);
}

CameraFeed::Options tst_Cameras::options(const QString &server) const
{
    CameraFeed::Options o;
    o.server = QUrl(server);
    o.token = QStringLiteral("s3cret");
    o.pollMs = 300;
    o.liveWatchdogMs = 1500;
    o.liveRetryMs = 200;
    o.liveStoreMs = 0;
    return o;
}

QByteArray tst_Cameras::get(const QByteArray &path, QByteArray *contentType, int *status,
                            const QByteArray &ifNoneMatch)
{
    QNetworkRequest r(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QString::fromLatin1(path))));
    r.setRawHeader("Authorization", "Bearer s3cret");
    if (!ifNoneMatch.isEmpty())
        r.setRawHeader("If-None-Match", ifNoneMatch);
    QNetworkReply *reply = m_nam.get(r);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QByteArray tst_Cameras::jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

QByteArray tst_Cameras::part(const QByteArray &body, const QByteArray &headers)
{
    return "--b\r\n"
           + (headers.isNull() ? "Content-Type: image/jpeg\r\nContent-Length: "
                                     + QByteArray::number(body.size()) + "\r\n"
                               : headers)
           + "\r\n" + body + "\r\n";
}

void tst_Cameras::serverListsTheJunctions()
{
    QByteArray type;
    int status = 0;
    const QByteArray body = get("/api/v1/cameras", &type, &status);
    QCOMPARE(status, 200);
    QVERIFY(type.startsWith("application/json"));
    QString error;
    const auto list = cameras::parseList(body, &error);
    QVERIFY2(list, qPrintable(error));
    // one camera at each junction of the traffic-camera stations, in its commune
    QCOMPARE(list->size(), m_entities.inSet(QStringLiteral("traffic_camera")).size());
    QCOMPARE(list->size(), 6);
    for (const Camera &c : *list) {
        const Entity *e = m_entities.find(c.id);
        QVERIFY(e);
        QCOMPARE(c.junctionVi, e->nameVi);
        QCOMPARE(c.junctionEn, e->nameEn);
        QVERIFY(m_entities.find(c.commune) && m_entities.find(c.commune)->isCommuneLevel());
        QVERIFY(c.demo);
        QVERIFY(c.lastFrameAt.isValid());
        // the congestion is the store's latest B02.04 reading of the junction
        const auto latest = m_store.latest(QStringLiteral("B02.04"), c.id);
        QVERIFY(latest && c.congestion);
        QCOMPARE(*c.congestion, latest->value);
        QCOMPARE(c.online, c.id != DemoCameras::offlineCamera());
    }
    const QDateTime now = QDateTime::currentDateTime();
    auto byId = [&](const QString &id) {
        return *std::find_if(list->cbegin(), list->cend(),
                             [&](const Camera &c) { return c.id == id; });
    };
    QCOMPARE(byId(QStringLiteral("TC01")).state(now), Camera::State::Online);
    QCOMPARE(byId(DemoCameras::offlineCamera()).state(now), Camera::State::Offline);
    QCOMPARE(byId(DemoCameras::frozenCamera()).state(now), Camera::State::Stale);
}

void tst_Cameras::framesAreJpegsWithAnEtag()
{
    QNetworkRequest r(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/cameras/TC06/frame").arg(m_port)));
    r.setRawHeader("Authorization", "Bearer s3cret");
    QNetworkReply *reply = m_nam.get(r);
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), "image/jpeg");
    const QByteArray etag = reply->rawHeader("ETag");
    const QDateTime at = cameras::parseFrameTime(reply->rawHeader("X-Frame-Time"));
    QVERIFY(at.isValid());
    QVERIFY(!reply->hasRawHeader("Content-Encoding")); // a JPEG is not compressed again
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    QCOMPARE(cameras::jpegProblem(body), QString());
    QString error;
    const QImage image = cameras::decode(body, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), QSize(640, 360));
    // marked: the foot band is the demo's red, across the whole width
    const QColor foot = image.pixelColor(5, 350);
    QVERIFY2(foot.red() > 150 && foot.green() < 90, qPrintable(foot.name()));
    // the frozen camera's picture does not change: asked again with its ETag, 304
    int status = 0;
    QVERIFY(get("/api/v1/cameras/TC06/frame", nullptr, &status, etag).isEmpty());
    QCOMPARE(status, 304);
    // a live camera's picture is a new one every half second
    const QByteArray first = get("/api/v1/cameras/TC01/frame");
    QTest::qWait(DemoCameras::kFrameMs + 100);
    const QByteArray second = get("/api/v1/cameras/TC01/frame");
    QVERIFY(cameras::jpegProblem(first).isEmpty() && cameras::jpegProblem(second).isEmpty());
    QVERIFY(first != second);
}

void tst_Cameras::unknownAndOfflineCameras()
{
    int status = 0;
    QByteArray body = get("/api/v1/cameras/TC99/frame", nullptr, &status);
    QCOMPARE(status, 404);
    QVERIFY(body.contains("No such camera"));
    get("/api/v1/cameras/TC01/snapshot", nullptr, &status);
    QCOMPARE(status, 404);
    get("/api/v1/cameras/../catalog/frame", nullptr, &status);
    QCOMPARE(status, 404);
    // an offline camera has no live stream; its last picture is still served, with its time
    body = get("/api/v1/cameras/TC04/live", nullptr, &status);
    QCOMPARE(status, 503);
    QVERIFY(body.contains("camera_offline"));
    QNetworkRequest r(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/cameras/TC04/frame").arg(m_port)));
    r.setRawHeader("Authorization", "Bearer s3cret");
    QNetworkReply *reply = m_nam.get(r);
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QDateTime at = cameras::parseFrameTime(reply->rawHeader("X-Frame-Time"));
    QVERIFY(at.secsTo(QDateTime::currentDateTime()) > 30 * 60);
    reply->deleteLater();
    // no token, no picture
    QNetworkReply *anonymous = m_nam.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/cameras/TC01/frame").arg(m_port))));
    QVERIFY(QSignalSpy(anonymous, &QNetworkReply::finished).wait(10000));
    QCOMPARE(anonymous->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    anonymous->deleteLater();
}

void tst_Cameras::liveStreamSendsPictures()
{
    QNetworkRequest r(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/cameras/TC02/live").arg(m_port)));
    r.setRawHeader("Authorization", "Bearer s3cret");
    QNetworkReply *reply = m_nam.get(r);
    QVector<CameraFrame> frames;
    std::optional<MjpegReader> reader;
    QString error;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        if (!reader)
            reader.emplace(MjpegReader::boundaryOf(
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()));
        if (!reader->feed(reply->readAll(), &frames))
            error = reader->error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 5000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toByteArray()
                .startsWith("multipart/x-mixed-replace"));
    QCOMPARE(m_api->cameras()->viewers(), 1);
    for (int i = 1; i < frames.size(); ++i)
        QVERIFY(frames[i - 1].at < frames[i].at);
    // the tokens reloaded: the stream ends, as the event stream does
    m_api->setTokens(AccessTokens::single(QStringLiteral("test"), "s3cret"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    reply->deleteLater();
    QTRY_COMPARE(m_api->cameras()->viewers(), 0);
}

void tst_Cameras::readerTakesPartsAsTheyCome()
{
    const QByteArray a = jpeg();
    const QByteArray b = jpeg(32, 18);
    // parts with and without a length, a time on one, fed a byte at a time
    const QByteArray stream
        = part(a, "Content-Type: image/jpeg\r\nContent-Length: " + QByteArray::number(a.size())
                      + "\r\nX-Frame-Time: 2026-04-20T10:00:00.500+07:00\r\n")
          + part(b, "Content-Type: image/jpeg\r\n") + "--b\r\n";
    MjpegReader reader(MjpegReader::boundaryOf("multipart/x-mixed-replace; boundary=\"b\""));
    QVector<CameraFrame> frames;
    for (char c : stream)
        QVERIFY2(reader.feed(QByteArray(1, c), &frames), qPrintable(reader.error()));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].jpeg, a);
    QCOMPARE(frames[0].at, QDateTime::fromString(QStringLiteral("2026-04-20T10:00:00.500+07:00"),
                                                 Qt::ISODateWithMs));
    QCOMPARE(frames[1].jpeg, b);
    QCOMPARE(MjpegReader::boundaryOf("image/jpeg"), QByteArray());
    QCOMPARE(MjpegReader::boundaryOf("multipart/x-mixed-replace;boundary=--myboundary"),
             QByteArray("myboundary"));
}

void tst_Cameras::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("reason");
    const QByteArray ok = jpeg();
    QTest::newRow("not a JPEG") << part("GIF89a not a picture\xFF\xD9") << "not a JPEG";
    QTest::newRow("cut-off JPEG") << part(ok.left(ok.size() - 100)) << "cut off";
    QTest::newRow("another type") << part(
        ok, "Content-Type: text/html\r\nContent-Length: " + QByteArray::number(ok.size()) + "\r\n")
                                  << "not a JPEG picture";
    QTest::newRow("oversized length")
        << QByteArray("--b\r\nContent-Type: image/jpeg\r\nContent-Length: 99999999\r\n\r\n\xFF\xD8")
        << "over the limit";
    // no length, no boundary after it: refused once past the limit, never buffered on
    QTest::newRow("endless part") << QByteArray(
                                         "--b\r\nContent-Type: image/jpeg\r\n\r\n\xFF\xD8\xFF")
                                         + QByteArray(200 * 1024, 'x')
                                  << "no end";
    QTest::newRow("endless header")
        << QByteArray("--b\r\n") + QByteArray(9000, 'h') << "longer than 8 KiB";
    QTest::newRow("no boundary") << QByteArray("HTTP junk\r\n") << "boundary";
    QTest::newRow("not multipart") << QByteArray(9000, 'x') << "not a multipart";
    QTest::newRow("bad length") << QByteArray(
        "--b\r\nContent-Type: image/jpeg\r\nContent-Length: -4\r\n\r\n")
                                << "not a number";
}

void tst_Cameras::readerRefuses()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, reason);
    MjpegReader reader("b", 100 * 1024);
    QVector<CameraFrame> frames;
    QVERIFY(!reader.feed(stream, &frames));
    QVERIFY2(reader.error().contains(reason), qPrintable(reader.error()));
    QVERIFY(frames.isEmpty());
    QCOMPARE(reader.buffered(), 0);               // what was held is let go
    QVERIFY(!reader.feed(part(jpeg()), &frames)); // and nothing more is read
    QVERIFY(frames.isEmpty());
}

void tst_Cameras::jpegChecks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("accepted");
    const QByteArray ok = jpeg();
    QTest::newRow("a JPEG") << ok << true;
    QTest::newRow("padded after its end") << ok + QByteArray(10, '\0') << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n....") << false;
    QTest::newRow("no end") << ok.left(ok.size() - 2) << false;
    QTest::newRow("oversized") << QByteArray("\xFF\xD8\xFF") + QByteArray(5 * 1024 * 1024, 'x')
                               << false;
}

void tst_Cameras::jpegChecks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, accepted);
    QCOMPARE(cameras::jpegProblem(bytes).isEmpty(), accepted);
}

void tst_Cameras::feedFetchesOnlyWatchedCameras()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("watched.sqlite"));
    CameraFeed feed(cachePath, options(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    QSignalSpy listed(&feed, &CameraFeed::listed);
    QSignalSpy arrived(&feed, &CameraFeed::framesArrived);
    feed.start();
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.first().first().value<QVector<Camera>>().size(), 6);
    // nothing on screen: no picture is asked for
    QTest::qWait(700);
    QCOMPARE(feed.framesRequested(), 0);
    feed.watch({QStringLiteral("TC01"), QStringLiteral("TC06")});
    QTRY_VERIFY_WITH_TIMEOUT(arrived.size() >= 3, 10000);
    QSet<QString> seen;
    for (const QList<QVariant> &args : arrived) {
        for (const CameraFrame &f : args.first().value<QVector<CameraFrame>>()) {
            seen << f.camera;
            QVERIFY(!f.image.isNull());
        }
    }
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("TC01"), QStringLiteral("TC06")}));
    // the frozen camera's picture came once: later polls got 304
    int frozen = 0;
    for (const QList<QVariant> &args : arrived)
        frozen += args.first().value<QVector<CameraFrame>>().first().camera
                  == DemoCameras::frozenCamera();
    QCOMPARE(frozen, 1);
    // off screen: polling stops
    feed.watch({});
    QTest::qWait(400);
    const int asked = feed.framesRequested();
    QTest::qWait(900);
    QCOMPARE(feed.framesRequested(), asked);
    Cache cache;
    QString error;
    QVERIFY(cache.open(cachePath, &error));
    QCOMPARE(cache.cameras().size(), 6);
    const QVector<CameraFrame> kept = cache.cameraFrames();
    QCOMPARE(kept.size(), 2);
}

void tst_Cameras::feedKeepsLastFramesInTheCache()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("kept.sqlite"));
    Cache cache;
    QString error;
    QVERIFY(cache.open(cachePath, &error));
    const QDateTime t = QDateTime::currentDateTime();
    QVERIFY(cache.storeCameraFrame({QStringLiteral("TC01"), t, jpeg(), {}}, &error));
    // an older picture never replaces a newer one
    QVERIFY(
        cache.storeCameraFrame({QStringLiteral("TC01"), t.addSecs(-5), jpeg(8, 8), {}}, &error));
    QCOMPARE(cache.cameraFrames().first().jpeg, jpeg());
    QCOMPARE(cache.cameraFrames().first().at.toMSecsSinceEpoch(), t.toMSecsSinceEpoch());
    // a camera the server no longer lists goes, with its picture
    Camera c;
    c.id = QStringLiteral("TC02");
    c.junctionVi = c.junctionEn = QStringLiteral("J");
    QVERIFY(cache.storeCameras({c}, &error));
    QCOMPARE(cache.cameras().size(), 1);
    QVERIFY(cache.cameraFrames().isEmpty());
}

void tst_Cameras::feedRefusesBadPictures_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<QString>("reason");
    FaultServer::Reply notJpeg{200, "<html>login</html>"};
    notJpeg.contentType = "text/html";
    QTest::newRow("an HTML page") << notJpeg << "not a JPEG picture";
    FaultServer::Reply lying{200, "GIF89a...."};
    lying.contentType = "image/jpeg";
    QTest::newRow("a GIF called JPEG") << lying << "not a JPEG";
    FaultServer::Reply huge{200, QByteArray("\xFF\xD8\xFF") + QByteArray(300 * 1024, 'x')};
    huge.contentType = "image/jpeg";
    QTest::newRow("oversized") << huge << "over the limit";
    FaultServer::Reply endless{200, QByteArray("\xFF\xD8\xFF") + QByteArray(64 * 1024, 'x')};
    endless.contentType = "image/jpeg";
    endless.open = true;
    for (int i = 0; i < 8; ++i)
        endless.later.append({20, QByteArray(64 * 1024, 'y')});
    QTest::newRow("endless") << endless << "runs past the limit";
    FaultServer::Reply corrupt{200, QByteArray("\xFF\xD8\xFF\xE0garbage\xFF\xD9")};
    corrupt.contentType = "image/jpeg";
    QTest::newRow("does not decode") << corrupt << "picture";
}

void tst_Cameras::feedRefusesBadPictures()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(QString, reason);
    FaultServer server;
    server.set("/api/v1/cameras", {200, R"({"cameras":[{"id":"TC01","junction_vi":"Nút giao",)"
                                        R"("status":"online"}]})"});
    server.set("/api/v1/cameras/TC01/frame", reply);
    const QString cachePath = m_dir.filePath(
        QStringLiteral("refused-%1.sqlite")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), '-')));
    {
        Cache cache;
        QString error;
        QVERIFY(cache.open(cachePath, &error));
        QVERIFY(cache.storeCameraFrame(
            {QStringLiteral("TC01"), QDateTime::currentDateTime(), jpeg(), {}}, &error));
    }
    CameraFeed::Options o = options(QString::fromLatin1(server.base()));
    o.maxFrameBytes = 256 * 1024;
    CameraFeed feed(cachePath, o);
    QSignalSpy refused(&feed, &CameraFeed::frameRefused);
    QSignalSpy arrived(&feed, &CameraFeed::framesArrived);
    feed.start();
    feed.watch({QStringLiteral("TC01")});
    QVERIFY(refused.wait(10000));
    QVERIFY2(refused.first().at(1).toString().contains(reason),
             qPrintable(refused.first().at(1).toString()));
    QVERIFY(arrived.isEmpty());
    feed.stop();
    // the picture kept before is still there, as it was
    Cache cache;
    QString error;
    QVERIFY(cache.open(cachePath, &error));
    QCOMPARE(cache.cameraFrames().size(), 1);
    QCOMPARE(cache.cameraFrames().first().jpeg, jpeg());
}

void tst_Cameras::feedLiveStream()
{
    CameraFeed feed(m_dir.filePath(QStringLiteral("live.sqlite")),
                    options(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    QSignalSpy frames(&feed, &CameraFeed::liveFrame);
    QSignalSpy changed(&feed, &CameraFeed::liveChanged);
    feed.openLive(QStringLiteral("TC03")); // before start: opened once it starts
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 5000);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("TC03"));
    QVERIFY(changed.first().at(1).toBool());
    const CameraFrame f = frames.last().first().value<CameraFrame>();
    QCOMPARE(f.camera, QStringLiteral("TC03"));
    QCOMPARE(f.image.size(), QSize(640, 360));
    // an offline camera: the server's reason, and the feed keeps trying
    feed.openLive(QStringLiteral("TC04"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [](const QList<QVariant> &a) {
                                             return a.at(0).toString() == QLatin1String("TC04")
                                                    && a.at(2).toString().contains(
                                                        QLatin1String("offline"));
                                         }),
                             5000);
    // the frozen camera sends one picture, then nothing: down after the watchdog
    changed.clear();
    feed.openLive(DemoCameras::frozenCamera());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [](const QList<QVariant> &a) {
                                             return a.at(2).toString().contains(
                                                 QLatin1String("No picture"));
                                         }),
                             5000);
    feed.openLive({});
    QTRY_COMPARE(m_api->cameras()->viewers(), 0);
}

void tst_Cameras::feedLiveStreamRefusesEndlessParts()
{
    FaultServer server;
    FaultServer::Reply endless{200, "--b\r\nContent-Type: image/jpeg\r\n\r\n\xFF\xD8\xFF"};
    endless.contentType = "multipart/x-mixed-replace; boundary=b";
    endless.open = true;
    for (int i = 0; i < 10; ++i)
        endless.later.append({10, QByteArray(64 * 1024, 'z')});
    server.set("/api/v1/cameras/TC01/live", endless);
    CameraFeed::Options o = options(QString::fromLatin1(server.base()));
    o.maxFrameBytes = 256 * 1024;
    o.liveRetryMs = 60000;
    CameraFeed feed(m_dir.filePath(QStringLiteral("endless.sqlite")), o);
    QSignalSpy changed(&feed, &CameraFeed::liveChanged);
    QSignalSpy frames(&feed, &CameraFeed::liveFrame);
    feed.start();
    feed.openLive(QStringLiteral("TC01"));
    QVERIFY(changed.wait(5000));
    QVERIFY(!changed.first().at(1).toBool());
    QVERIFY2(changed.first().at(2).toString().contains(QLatin1String("no end")),
             qPrintable(changed.first().at(2).toString()));
    QVERIFY(frames.isEmpty());
}

QTEST_MAIN(tst_Cameras)
#include "tst_cameras.moc"
