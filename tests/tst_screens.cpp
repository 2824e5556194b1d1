// The 17 screens as a whole: their definitions against the catalog, every screen rendered with
// the demo data of April 2026 in both languages and both themes without a warning, the
// published tiles, and the layout at the three window sizes of the briefing rooms.
#include "support/fixture.h"
#include "breakdownbars.h"
#include "compositionbar.h"
#include "kpitile.h"
#include "alertdock.h"
#include "mainwindow.h"
#include "mapview.h"
#include "presentation.h"
#include "screenpage.h"
#include "workspace.h"
#include "stationpanel.h"
#include "trendchart.h"

#include "demoseeder.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

class tst_Screens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void definitionsFitTheCatalog();
    void badDefinitionsAreRefused();
    void everyScreenRenders_data();
    void everyScreenRenders();
    void publishedTiles();
    void layoutHolds_data();
    void layoutHolds();
    void wallFramesReadFromTheBack_data();
    void wallFramesReadFromTheBack();
    void wallMapWithoutBoundariesSaysWhy();

private:
    const Figure *figureOf(const ScreenData &data, const QString &code) const
    {
        for (const Figure &f : data.figures) {
            if (f.indicator->code == code)
                return &f;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
    MapGeometry m_geometry;
    test::Translation m_translation;
    const Selection m_april{Selection::Mode::Month, QDate(2026, 4, 20)};
    // the figures of 20 April are published by the next morning (the daily budget feed)
    const QDateTime m_now = cityDateTime(QDate(2026, 4, 21), QTime(12, 0));
};

void tst_Screens::initTestCase()
{
    QString error = test::loadBuiltins(&m_catalog, &m_entities, &m_screens);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_geometry = MapGeometry(GeoReader::builtIn(&m_entities, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = test::seedDemoCache(m_dir.filePath(Cache::defaultFileName()), m_catalog, m_entities,
                                m_now);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Screens::definitionsFitTheCatalog()
{
    const QStringList problems = ScreenCatalog::check(m_screens, m_catalog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // every one of the 86 indicators is on a screen
    QSet<QString> shown;
    for (const ScreenDefinition &s : m_screens) {
        for (const QString &c : s.indicators)
            shown.insert(c);
        QCOMPARE(s.panels.first().kind, ScreenPanel::Kind::Tiles);
    }
    for (const Indicator &i : m_catalog.indicators())
        QVERIFY2(shown.contains(i.code), qPrintable(i.code));
    QCOMPARE(shown.size(), 86);
}

void tst_Screens::badDefinitionsAreRefused()
{
    QString error;
    auto load = [&](const char *panels) {
        error.clear();
        return ScreenCatalog::load(
            QByteArray(R"({"screens":[{"code":"S99","group":"economy","title_vi":"x","title_en":"x",
            "indicators":["A09.01","A09.02","A01.01","C03.02"],"panels":)")
                + panels + "}]}",
            &error);
    };
    QVERIFY(load(R"([{"kind":"tiles"},{"kind":"pie","indicator":"A09.01"}])").isEmpty());
    QVERIFY2(error.contains(QStringLiteral("pie")), qPrintable(error));
    QVERIFY(load(R"([{"kind":"tiles"},{"kind":"composition","whole":"A09.01","parts":["A09.02"]}])")
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("rest")), qPrintable(error));
    QVERIFY(load(R"([{"kind":"trend","indicator":"A09.01"}])").isEmpty());
    QVERIFY2(error.contains(QStringLiteral("tiles")), qPrintable(error));
    QVERIFY(load(R"([{"kind":"tiles"},{"kind":"bars","indicator":"C03.02","order":"best"}])")
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("best")), qPrintable(error));

    // well-formed but wrong for the catalog
    const auto screens = load(R"([{"kind":"tiles"},{"kind":"bars","indicator":"A01.01"},
        {"kind":"composition","whole":"A09.01","parts":["A01.01"],"rest_vi":"r","rest_en":"r"},
        {"kind":"ranked","indicator":"B02.01"},{"kind":"stations","indicators":["C03.02"]}])");
    QCOMPARE(screens.size(), 1);
    const QStringList problems = ScreenCatalog::check(screens, m_catalog);
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).contains(QStringLiteral("A01.01 has only a city figure")));
    QVERIFY(problems.at(1).contains(QStringLiteral("A01.01 is not in the unit of A09.01")));
    QVERIFY(problems.at(2).contains(QStringLiteral("B02.01, which the screen does not list")));
    QVERIFY(problems.at(3).contains(QStringLiteral("C03.02 is not read at stations")));
}

void tst_Screens::everyScreenRenders_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("theme");
    for (const char *lang : {"vi", "en"}) {
        for (const char *theme : {"light", "dark"})
            QTest::addRow("%s-%s", lang, theme)
                << QString::fromLatin1(lang) << QString::fromLatin1(theme);
    }
}

void tst_Screens::everyScreenRenders()
{
    QFETCH(QString, lang);
    QFETCH(QString, theme);
    QVERIFY(m_translation.install(lang));
    // any warning fails, but the offscreen platform's note that it cannot pass size hints to a
    // window manager it does not have
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_dir.filePath(Cache::defaultFileName()));
    const Formatter fmt(lang);
    for (const ScreenDefinition &def : m_screens) {
        const ScreenData data = loader.compute(def.code, m_april, m_now);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        ScreenPage page(def, m_entities, &m_geometry);
        QAbstractItemModelTester tester(
            page.findChild<QTableView *>(QStringLiteral("figureTable"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1660, 960);
        page.setData(data, fmt, Theme::byName(theme), true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        QVERIFY(!page.grab().isNull());

        // every indicator has its tile, every panel something to show
        QCOMPARE(page.findChildren<KpiTile *>().size(), def.indicators.size());
        QVERIFY2(data.valueCount() == def.indicators.size(), qPrintable(def.code));
        for (const ScreenPanel &p : def.panels) {
            const QString code = p.indicators.value(0);
            switch (p.kind) {
            case ScreenPanel::Kind::Bars: {
                auto *bars = page.findChild<BreakdownBars *>(QStringLiteral("bars-") + code);
                QVERIFY2(bars && bars->rowCount() > 0, qPrintable(def.code + ' ' + code));
                break;
            }
            case ScreenPanel::Kind::Ranked: {
                auto *view = page.findChild<QTableView *>(QStringLiteral("ranked-") + code);
                QVERIFY(view);
                QAbstractItemModelTester rankedTester(
                    view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                QVERIFY2(view->model()->rowCount() >= 10, qPrintable(def.code + ' ' + code));
                break;
            }
            case ScreenPanel::Kind::Composition: {
                auto *c = page.findChild<CompositionBar *>(QStringLiteral("composition-") + code);
                QVERIFY(c);
                QVERIFY2(c->problem().isEmpty(), qPrintable(def.code + ' ' + c->problem()));
                QCOMPARE(c->segments().size(), p.indicators.size());
                break;
            }
            case ScreenPanel::Kind::Stations: {
                auto *s = page.findChild<StationPanel *>();
                QVERIFY(s);
                int stations = 0;
                for (const QString &c : p.indicators)
                    stations += m_entities.inSet(m_catalog.find(c)->entitySet).size();
                QCOMPARE(s->stationCount(), stations);
                break;
            }
            case ScreenPanel::Kind::Map: {
                // the first indicator shaded at once (its figures come with the screen), the
                // chooser offers all the screen's indicators reported by commune
                MapView *map = page.map();
                QVERIFY(map);
                QCOMPARE(page.mappedIndicator(), code);
                QVERIFY2(map->breaks().count() >= 3,
                         qPrintable(def.code + QLatin1Char(' ') + code));
                int shaded = 0;
                for (const Entity *e : m_entities.communes())
                    shaded += map->hasData(e->code);
                QVERIFY2(
                    shaded >= 100,
                    qPrintable(
                        QStringLiteral("%1 %2: %3 units shaded").arg(def.code, code).arg(shaded)));
                QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("mapChooser"))->count(),
                         p.indicators.size());
                break;
            }
            case ScreenPanel::Kind::Trend:
            case ScreenPanel::Kind::Tiles:
                break;
            }
        }
        for (TrendChart *chart : page.findChildren<TrendChart *>())
            QVERIFY2(chart->actualPointCount() > 0, qPrintable(def.code));

        // the words on the page are in the page's language
        const auto tabs = page.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(1), lang == QLatin1String("vi")
                                       ? QStringLiteral("Bảng số liệu")
                                       : QStringLiteral("Table of figures"));
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (lang == QLatin1String("vi"))
                QVERIFY2(!l->text().contains(QRegularExpression(
                             QStringLiteral("\\b(by|of|the|and|Loading|Reporting)\\b"))),
                         qPrintable(def.code + ": " + l->text()));
        }
    }
}

void tst_Screens::publishedTiles()
{
    QVERIFY(m_translation.install(QStringLiteral("vi")));
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_dir.filePath(Cache::defaultFileName()));
    const ScreenData s01 = loader.compute(QStringLiteral("S01"), m_april, m_now);
    ScreenPage page(m_screens.first(), m_entities);
    page.setData(s01, Formatter(QStringLiteral("vi")), Theme::light(), true);
    auto tileOf = [&](const QString &code) -> KpiTile * {
        for (KpiTile *t : page.findChildren<KpiTile *>()) {
            if (t->indicatorCode() == code)
                return t;
        }
        return nullptr;
    };
    // 56.363 tỷ đồng, on track
    const Figure *revenue = figureOf(s01, QStringLiteral("A09.01"));
    QVERIFY(revenue && revenue->value);
    QCOMPARE(*revenue->value, 56363.0);
    QCOMPARE(revenue->status.effective(), Status::Ok);
    QVERIFY(tileOf(QStringLiteral("A09.01"))
                ->accessibleName()
                .contains(QStringLiteral("56.363 tỷ đồng")));
    // 10,87%, below the monthly plan: warn
    const Figure *grdp = figureOf(s01, QStringLiteral("A01.01"));
    QCOMPARE(*grdp->value, 10.87);
    QCOMPARE(grdp->status.effective(), Status::Warn);
    QVERIFY(tileOf(QStringLiteral("A01.01"))->accessibleName().contains(QStringLiteral("10,87%")));
    QVERIFY(
        tileOf(QStringLiteral("A01.01"))->accessibleName().contains(QStringLiteral("Cảnh báo")));
    // disbursement by investor: the units at 0% are critical, Cát Hải leads with 42,9%
    const ScreenData s16 = loader.compute(QStringLiteral("S16"), m_april, m_now);
    const QVector<Figure> units = s16.breakdowns.value(QStringLiteral("C03.02"));
    QVERIFY(units.size() >= 10);
    int zero = 0;
    for (const Figure &f : units) {
        if (f.value && *f.value == 0.0) {
            ++zero;
            QCOMPARE(f.status.effective(), Status::Critical);
        }
        if (f.entity == QLatin1String("INV01"))
            QCOMPARE(*f.value, 42.9);
    }
    QVERIFY(zero >= 2);
    QVERIFY(figureOf(s16, QStringLiteral("C03.02"))->entitiesInAlarm >= zero);
    ScreenPage s16page(m_screens.at(15), m_entities);
    s16page.setData(s16, Formatter(QStringLiteral("vi")), Theme::light(), true);
    // the bars put the worst-off units in front of a leader: critical ones first on S01
    auto *worst = page.findChild<BreakdownBars *>(QStringLiteral("bars-C03.02"));
    QVERIFY(worst);
    QCOMPARE(worst->rowCount(), 8);
    for (const QString &e : worst->order().mid(0, zero))
        QVERIFY2(std::any_of(units.cbegin(), units.cend(),
                             [&](const Figure &f) { return f.entity == e && *f.value == 0.0; }),
                 qPrintable(e));
}

void tst_Screens::layoutHolds_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
}

void tst_Screens::layoutHolds()
{
    QFETCH(QSize, size);
    QVERIFY(m_translation.install(QStringLiteral("vi")));
    MainWindow::Options o;
    o.cachePath = m_dir.filePath(Cache::defaultFileName());
    o.selection = m_april;
    o.asyncLoading = false;
    o.autoSync = false;
    MainWindow w(m_catalog, m_entities, m_screens, o);
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ScreenLoader loader(m_catalog, m_entities, m_screens, o.cachePath);
    for (const ScreenDefinition &def : m_screens) {
        w.workspace()->showScreen(def.code);
        w.workspace()->showData(loader.compute(def.code, m_april, m_now));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        ScreenPage *page = w.workspace()->page(def.code);
        QVERIFY(page->isVisible());
        // tiles never narrower than their text needs, panels never squeezed below a chart
        for (KpiTile *t : page->findChildren<KpiTile *>())
            QVERIFY2(t->width() >= 300,
                     qPrintable(def.code + QStringLiteral(" tile %1 px").arg(t->width())));
        for (QFrame *f : page->findChildren<QFrame *>(QStringLiteral("panel"))) {
            QVERIFY2(f->height() >= f->minimumHeight() && f->width() >= 400,
                     qPrintable(def.code
                                + QStringLiteral(" panel %1x%2").arg(f->width()).arg(f->height())));
            QVERIFY(f->geometry().right() < page->width());
        }
        // nothing runs off to the side; a screen scrolls down only when it has more tiles than fit
        for (QScrollArea *a : page->findChildren<QScrollArea *>())
            QVERIFY(!a->horizontalScrollBar()->isVisible());
        if (size.height() >= 1080 && def.indicators.size() <= 10) {
            auto *outer = page->findChild<QTabWidget *>()->widget(0);
            QString sizes;
            for (QFrame *f : page->findChildren<QFrame *>(QStringLiteral("panel")))
                sizes += QStringLiteral(" %1x%2(min %3, hint %4)")
                             .arg(f->width())
                             .arg(f->height())
                             .arg(f->minimumSizeHint().height())
                             .arg(f->sizeHint().height());
            QVERIFY2(!static_cast<QScrollArea *>(outer)->verticalScrollBar()->isVisible(),
                     qPrintable(def.code + sizes));
        }
    }
}

// Every wall frame of every screen, in Vietnamese and English, light and dark, at 1920x1080:
// no text under 1/50 of the frame's height (22 px), big figures at least three times that,
// every text inside the frame, at most eight tiles a frame and every tile on one, no widget
// (so no scroll bar, combo box or focus frame) on the wall.
void tst_Screens::wallFramesReadFromTheBack_data()
{
    everyScreenRenders_data(); // vi and en, light and dark
}

void tst_Screens::wallFramesReadFromTheBack()
{
    QFETCH(QString, lang);
    QFETCH(QString, theme);
    QVERIFY(m_translation.install(lang));
    const QSize wall(1920, 1080);
    const int least = WallFrame::unit(wall.height());
    QCOMPARE(least, 22);
    PresentationView view(m_screens, m_entities, &m_geometry, {});
    view.setLook(Formatter(lang), Theme::byName(theme), true);
    view.resize(wall);
    QStringList codes;
    for (const ScreenDefinition &s : std::as_const(m_screens))
        codes << s.code;
    view.setPlaylist(codes);
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_dir.filePath(Cache::defaultFileName()));
    for (const ScreenDefinition &s : std::as_const(m_screens))
        view.setData(loader.compute(s.code, m_april, m_now));
    QVERIFY(view.findChildren<QWidget *>().isEmpty());
    QHash<QString, QSet<int>> tiled;
    for (int i = 0; i < view.frames().size(); ++i) {
        const WallStop &stop = view.frames().at(i);
        const QByteArray where
            = QStringLiteral("%1 (%2/%3)").arg(stop.screen).arg(stop.part).arg(stop.parts).toUtf8();
        QVERIFY2(stop.tiles.size() <= WallFrame::kMaxTiles, where.constData());
        for (int t : stop.tiles)
            tiled[stop.screen].insert(t);
        QVector<WallText> texts;
        const QImage frame = view.renderFrame(i, wall, 1, &texts);
        QVERIFY2(!frame.isNull() && !texts.isEmpty(), where.constData());
        const QRectF bounds(QPointF(0, 0), QSizeF(frame.size()));
        int figures = 0;
        for (const WallText &t : std::as_const(texts)) {
            const QByteArray what
                = where + ": " + t.text.toUtf8() + " at " + QByteArray::number(t.pixelSize) + " px";
            QVERIFY2(t.pixelSize >= least, what.constData());
            QVERIFY2(bounds.contains(t.rect), what.constData());
            if (t.figure) {
                ++figures;
                QVERIFY2(t.pixelSize >= 3 * least, what.constData());
                QVERIFY2(!t.text.contains(QStringLiteral("…")), what.constData()); // whole
            }
        }
        if (stop.kind == WallStop::Kind::Tiles)
            QVERIFY2(figures > 0, where.constData());
    }
    // every tile of every screen is on one of its frames
    for (const ScreenDefinition &s : std::as_const(m_screens))
        QCOMPARE(tiled.value(s.code).size(), s.indicators.size());
    // the footer's line is the smallest text too
    QVERIFY(view.footerHeight() >= least);
}

void tst_Screens::wallMapWithoutBoundariesSaysWhy()
{
    QVERIFY(m_translation.install(QStringLiteral("en")));
    PresentationView view(m_screens, m_entities, nullptr, QStringLiteral("no boundaries file"));
    view.setLook(Formatter(QStringLiteral("en")), Theme::dark(), false);
    view.resize(1920, 1080);
    view.setPlaylist({QStringLiteral("S01")});
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_dir.filePath(Cache::defaultFileName()));
    view.setData(loader.compute(QStringLiteral("S01"), m_april, m_now));
    const int map = int(view.frames().size()) - 1;
    QCOMPARE(view.frames().at(map).kind, WallStop::Kind::Map);
    QVector<WallText> texts;
    QVERIFY(!view.renderFrame(map, QSize(1920, 1080), 1, &texts).isNull());
    bool said = false;
    for (const WallText &t : std::as_const(texts))
        said = said || t.text == QLatin1String("The map cannot be drawn: no boundaries file");
    QVERIFY(said);
}

QTEST_MAIN(tst_Screens)
#include "tst_screens.moc"
