#include "support/fixture.h"
#include "classbreaks.h"
#include "geo.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ioc;

// Boundaries: the GeoJSON reader on hand-made fixtures and on the real file, the projection,
// the geometry's hit test and label points, and class breaks on known inputs.
class tst_Geo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reader_data();
    void reader();
    void fileProblems_data();
    void fileProblems();
    void tooLarge();
    void realFile();
    void projection();
    void hitTestAtEveryUnit();
    void insetKeepsTheIsland();
    void breaks_data();
    void breaks();
    void classOf();

private:
    EntityRegistry m_entities;
};

namespace {

// A feature with the given properties and geometry (already JSON).
QByteArray feature(const QByteArray &properties, const QByteArray &geometry)
{
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
}

QByteArray collection(const QList<QByteArray> &features)
{
    QByteArray joined;
    for (const QByteArray &f : features)
        joined += (joined.isEmpty() ? "" : ",") + f;
    return "{\"type\":\"FeatureCollection\",\"features\":[" + joined + "]}";
}

// a square, counter-clockwise, around (lon, lat) with half side d
QByteArray square(double lon, double lat, double d, bool clockwise = false)
{
    QList<QPointF> pts{
        {lon - d, lat - d}, {lon + d, lat - d}, {lon + d, lat + d}, {lon - d, lat + d}};
    if (clockwise)
        std::reverse(pts.begin(), pts.end());
    pts << pts.first();
    QByteArray out = "[";
    for (const QPointF &p : pts)
        out += (out.size() > 1 ? "," : "") + QByteArray("[") + QByteArray::number(p.x(), 'f', 6)
               + "," + QByteArray::number(p.y(), 'f', 6) + "]";
    return out + "]";
}

QByteArray props(const char *code, const char *kind = "commune")
{
    return QByteArray("{\"code\":\"") + code + "\",\"name\":\"Test\",\"kind\":\"" + kind + "\"}";
}

} // namespace

void tst_Geo::initTestCase()
{
    Catalog catalog;
    const QString problem = test::loadBuiltins(&catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Geo::reader_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("codes");   // the units read
    QTest::addColumn<QList<int>>("polygons"); // their polygon counts
    QTest::addColumn<QList<int>>("holes");    // holes of their first polygon
    QTest::addColumn<int>("reoriented");
    QTest::addColumn<QString>("warning"); // part of the (only) warning, or empty

    const QByteArray hole = "{\"type\":\"Polygon\",\"coordinates\":[" + square(106.7, 20.8, 0.1)
                            + "," + square(106.7, 20.8, 0.02, true) + "]}";
    QTest::newRow("polygon with a hole")
        << collection({feature(props("10507"), hole)}) << QStringList{"10507"} << QList<int>{1}
        << QList<int>{1} << 0 << QString();
    const QByteArray multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[["
                             + square(106.7, 20.8, 0.1) + "],[" + square(107.0, 20.8, 0.05) + "]]}";
    QTest::newRow("multipolygon") << collection({feature(props("10507"), multi)})
                                  << QStringList{"10507"} << QList<int>{2} << QList<int>{0} << 0
                                  << QString();
    const QByteArray wrong = "{\"type\":\"Polygon\",\"coordinates\":["
                             + square(106.7, 20.8, 0.1, true) + "," + square(106.7, 20.8, 0.02)
                             + "]}";
    QTest::newRow("wrong orientation is turned round")
        << collection({feature(props("10507"), wrong)}) << QStringList{"10507"} << QList<int>{1}
        << QList<int>{1} << 2 << QString();
    const QByteArray good
        = "{\"type\":\"Polygon\",\"coordinates\":[" + square(106.7, 20.8, 0.1) + "]}";
    QTest::newRow("bad coordinates: text")
        << collection({feature(props("10507"), "{\"type\":\"Polygon\",\"coordinates\":[[[\"106\","
                                               "20],[107,20],[107,21],[\"106\",20]]]}"),
                       feature(props("11311"), good)})
        << QStringList{"11311"} << QList<int>{1} << QList<int>{0} << 0
        << QString("Feature 1 (10507) left out: a position is not");
    QTest::newRow("bad coordinates: off the Earth") << collection(
        {feature(props("10507"),
                 "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[207,20],[107,21],[106,20]]]}"),
         feature(props("11311"), good)}) << QStringList{"11311"}
                                                    << QList<int>{1} << QList<int>{0} << 0
                                                    << QString("is not on the Earth");
    QTest::newRow("ring not closed") << collection(
        {feature(props("10507"),
                 "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[107,20],[107,21],[106,21]]]}"),
         feature(props("11311"), good)})
                                     << QStringList{"11311"} << QList<int>{1} << QList<int>{0} << 0
                                     << QString("not closed");
    QTest::newRow("missing properties")
        << collection({feature("{}", good), feature(props("11311"), good)}) << QStringList{"11311"}
        << QList<int>{1} << QList<int>{0} << 0 << QString("Feature 1 left out: it has no code");
    QTest::newRow("unknown code") << collection(
        {feature(props("99999"), good), feature(props("11311"), good)})
                                  << QStringList{"11311"} << QList<int>{1} << QList<int>{0} << 0
                                  << QString("(99999) left out: no commune-level unit");
    QTest::newRow("duplicate code")
        << collection({feature(props("11311"), good), feature(props("11311"), good)})
        << QStringList{"11311"} << QList<int>{1} << QList<int>{0} << 0 << QString("appears twice");
    QTest::newRow("a point is not a polygon")
        << collection({feature(props("10507"), "{\"type\":\"Point\",\"coordinates\":[106,20]}"),
                       feature(props("11311"), good)})
        << QStringList{"11311"} << QList<int>{1} << QList<int>{0} << 0
        << QString("is a Point, not a polygon");
    QTest::newRow("kind from the official list")
        << collection({feature(props("10507", "town"), good)}) << QStringList{"10507"}
        << QList<int>{1} << QList<int>{0} << 0 << QString();
}

void tst_Geo::reader()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, codes);
    QFETCH(QList<int>, polygons);
    QFETCH(QList<int>, holes);
    QFETCH(int, reoriented);
    QFETCH(QString, warning);
    QString error;
    const GeoDataset data = GeoReader::read(json, &m_entities, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList got;
    for (const GeoUnit &u : data.units)
        got << u.code;
    QCOMPARE(got, codes);
    for (int i = 0; i < data.units.size(); ++i) {
        const GeoUnit &u = data.units.at(i);
        QCOMPARE(u.polygons.size(), polygons.at(i));
        QCOMPARE(u.polygons.first().holes.size(), holes.at(i));
        // RFC 7946 orientation after reading, whatever the file had
        for (const GeoPolygon &p : u.polygons) {
            QVERIFY(GeoReader::signedArea(p.exterior) > 0);
            for (const auto &h : p.holes)
                QVERIFY(GeoReader::signedArea(h) < 0);
        }
        QCOMPARE(u.kind, m_entities.find(u.code)->kind);
        QVERIFY(u.bounds.isValid());
    }
    QCOMPARE(data.reorientedRings, reoriented);
    // one warning about the feature (the registry's other units have no boundary: one more)
    QStringList aboutFeatures = data.warnings.filter(QStringLiteral("Feature"));
    if (warning.isEmpty()) {
        QVERIFY2(aboutFeatures.isEmpty(), qPrintable(aboutFeatures.join('\n')));
    } else {
        QCOMPARE(aboutFeatures.size(), 1);
        QVERIFY2(aboutFeatures.first().contains(warning), qPrintable(aboutFeatures.first()));
    }
    QVERIFY(data.warnings.last().startsWith(QStringLiteral("No boundary for 113 unit(s)")));
}

void tst_Geo::fileProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray("  \n") << QString("The boundary file is empty.");
    QTest::newRow("not JSON") << QByteArray("{\"type\": FeatureCollection")
                              << QString("The boundary file is not JSON:");
    QTest::newRow("a Feature alone")
        << feature(props("10507"), "{}")
        << QString("The boundary file is not a GeoJSON FeatureCollection.");
    QTest::newRow("no features") << collection({}) << QString("The boundary file has no features.");
    QTest::newRow("nothing usable") << collection({feature("{}", "{}")})
                                    << QString("No feature of the boundary file could be used: "
                                               "Feature 1 left out: it has no code.");
}

void tst_Geo::fileProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString got;
    const GeoDataset data = GeoReader::read(json, &m_entities, &got);
    QVERIFY(data.isEmpty());
    QVERIFY2(got.startsWith(error), qPrintable(got));
}

void tst_Geo::tooLarge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(GeoReader::kMaxBytes + 1)); // sparse: nothing is written
    f.close();
    QString error;
    QVERIFY(GeoReader::readFile(path, &m_entities, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("huge.geojson is 32 MB; at most 32 MB is read")),
             qPrintable(error));
    QVERIFY(
        GeoReader::readFile(dir.filePath(QStringLiteral("missing.geojson")), &m_entities, &error)
            .isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot open the boundary file missing.geojson")),
             qPrintable(error));
}

void tst_Geo::realFile()
{
    QString error;
    const GeoDataset data = GeoReader::builtIn(&m_entities, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(data.warnings.isEmpty(), qPrintable(data.warnings.join('\n')));
    QCOMPARE(data.reorientedRings, 0);
    QCOMPARE(data.units.size(), 114);
    int wards = 0, communes = 0, zones = 0, polygons = 0, holes = 0;
    for (const GeoUnit &u : data.units) {
        wards += u.kind == EntityKind::Ward;
        communes += u.kind == EntityKind::Commune;
        zones += u.kind == EntityKind::SpecialZone;
        polygons += u.polygons.size();
        for (const GeoPolygon &p : u.polygons)
            holes += p.holes.size();
    }
    QCOMPARE(wards, 45);
    QCOMPARE(communes, 67);
    QCOMPARE(zones, 2);
    QCOMPARE(polygons, 275); // as the README counts them
    QCOMPARE(holes, 1);      // in Đồ Sơn
    int doSonHoles = 0;
    for (const GeoPolygon &p : data.find(QStringLiteral("11455"))->polygons)
        doSonHoles += p.holes.size();
    QCOMPARE(doSonHoles, 1);
    const QGeoRectangle box = data.bounds();
    QVERIFY(std::abs(box.topLeft().longitude() - 106.124276) < 1e-4);
    QVERIFY(std::abs(box.bottomRight().latitude() - 20.123082) < 1e-4);
    QCOMPARE(data.find(QStringLiteral("11948"))->kind, EntityKind::SpecialZone); // Bạch Long Vĩ
}

void tst_Geo::projection()
{
    const MapProjection p;
    // kilometres at the city's latitude: a degree of longitude is about 104 km there
    const QPointF a = p.toScene(106.6, 20.85), b = p.toScene(107.6, 20.85);
    QVERIFY(std::abs((b.x() - a.x()) - 104.0) < 1.0);
    // north is up
    QVERIFY(p.toScene(106.6, 21.0).y() < a.y());
    // conformal: a small step north is as long as the same step east, scaled by 1/cos(lat)
    const QGeoCoordinate back = p.toGeo(p.toScene(106.68, 20.86));
    QVERIFY(std::abs(back.latitude() - 20.86) < 1e-9);
    QVERIFY(std::abs(back.longitude() - 106.68) < 1e-9);
}

void tst_Geo::hitTestAtEveryUnit()
{
    QString error;
    const MapGeometry geometry(GeoReader::builtIn(&m_entities, &error));
    QCOMPARE(geometry.units().size(), 114);
    for (const MapGeometry::Unit &u : geometry.units()) {
        // the label point is inside the unit, and the hit test there names it
        QCOMPARE(geometry.unitAt(u.labelPoint), u.code);
        QVERIFY(u.labelBounds.contains(u.labelPoint));
    }
    // open sea south of Đồ Sơn, and the hole in Đồ Sơn, are no unit
    QVERIFY(geometry.unitAt(geometry.projection().toScene(106.9, 20.55)).isEmpty());
    // the Opera House is in Hồng Bàng ward (11311)
    QCOMPARE(geometry.unitAt(geometry.toScene(QGeoCoordinate(20.8575, 106.6837))),
             QStringLiteral("11311"));
}

void tst_Geo::insetKeepsTheIsland()
{
    QString error;
    const MapGeometry geometry(GeoReader::builtIn(&m_entities, &error));
    const MapGeometry::Unit *island = geometry.find(QString::fromLatin1(MapGeometry::kInsetCode));
    QVERIFY(island && island->inset);
    // the mainland no longer reaches 117 km out to sea: Bạch Long Vĩ is in its box instead
    QVERIFY(geometry.mainlandRect().width() < 120);
    QVERIFY(geometry.insetRect().contains(island->path.boundingRect()));
    QVERIFY(geometry.cityRect().contains(geometry.insetRect()));
    QVERIFY(geometry.insetScale() > 1);
    // a point on the island lands in the inset, on the island
    QCOMPARE(geometry.unitAt(geometry.toScene(QGeoCoordinate(20.133, 107.727))),
             QString::fromLatin1(MapGeometry::kInsetCode));
    // the inset box covers open sea only: no other unit reaches into it
    for (const MapGeometry::Unit &u : geometry.units())
        QVERIFY2(u.inset || !u.path.intersects(geometry.insetRect()), qPrintable(u.code));
}

void tst_Geo::breaks_data()
{
    QTest::addColumn<int>("method"); // 0 quantile, 1 equal interval, 2 diverging around 0
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QVector<double>>("bounds");
    QTest::newRow("quantile 1..10 in 5") << 0 << QVector<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 5
                                         << QVector<double>{1, 3, 5, 7, 9, 10};
    QTest::newRow("quantile with ties")
        << 0 << QVector<double>{0, 0, 0, 0, 0, 0, 1, 2, 3, 4} << 5 << QVector<double>{0, 1, 3, 4};
    QTest::newRow("quantile skewed")
        << 0 << QVector<double>{1, 1, 2, 2, 3, 3, 100, 200, 300, 1000, 5000, 9000} << 6
        << QVector<double>{1, 2, 3, 100, 300, 5000, 9000};
    QTest::newRow("equal interval 0..100 in 5")
        << 1 << QVector<double>{0, 100, 37, 12} << 5 << QVector<double>{0, 20, 40, 60, 80, 100};
    QTest::newRow("equal interval of counts: whole bounds")
        << 1 << QVector<double>{0, 1, 1, 2, 4, 0} << 5 << QVector<double>{0, 1, 2, 3, 4};
    QTest::newRow("equal interval, one value")
        << 1 << QVector<double>{7, 7, 7} << 5 << QVector<double>{7};
    QTest::newRow("no values") << 0 << QVector<double>{} << 5 << QVector<double>{};
    QTest::newRow("not a number is left out")
        << 1 << QVector<double>{std::nan(""), 0, 10} << 5 << QVector<double>{0, 2, 4, 6, 8, 10};
    QTest::newRow("diverging around 0")
        << 2 << QVector<double>{-10, 3, 25} << 5 << QVector<double>{-25, -15, -5, 5, 15, 25};
}

void tst_Geo::breaks()
{
    QFETCH(int, method);
    QFETCH(QVector<double>, values);
    QFETCH(int, classes);
    QFETCH(QVector<double>, bounds);
    const ClassBreaks b = method == 2
                              ? ClassBreaks::diverging(values, 0, classes)
                              : ClassBreaks::make(method == 0 ? ClassBreaks::Method::Quantile
                                                              : ClassBreaks::Method::EqualInterval,
                                                  values, classes);
    QCOMPARE(b.bounds, bounds);
}

void tst_Geo::classOf()
{
    const ClassBreaks b{{1, 3, 5, 7, 9, 10}};
    QCOMPARE(b.count(), 5);
    QCOMPARE(b.classOf(1), 0);
    QCOMPARE(b.classOf(2.9), 0);
    QCOMPARE(b.classOf(3), 1);
    QCOMPARE(b.classOf(8.99), 3);
    QCOMPARE(b.classOf(9), 4);
    QCOMPARE(b.classOf(10), 4); // the top bound is in the last class
    QCOMPARE(b.classOf(-5), 0); // outside: clamped
    QCOMPARE(b.classOf(50), 4);
    QCOMPARE(b.classOf(std::nan("")), -1);
    QCOMPARE(ClassBreaks{}.classOf(1), -1);
    const ClassBreaks one{{7}};
    QCOMPARE(one.count(), 1);
    QCOMPARE(one.classOf(7), 0);
    // quantile: every class of 1..10 in 5 holds two values
    const ClassBreaks q = ClassBreaks::quantile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);
    QVector<int> counts(q.count());
    for (int v = 1; v <= 10; ++v)
        ++counts[q.classOf(v)];
    QCOMPARE(counts, (QVector<int>{2, 2, 2, 2, 2}));
}

QTEST_GUILESS_MAIN(tst_Geo)
#include "tst_geo.moc"
