// The 17 screens as a whole: their definitions against the catalog, every screen rendered with
// the demo data of April 2026 in both languages and both themes without a warning, the
// published tiles, and the layout at the three window sizes of the briefing rooms.
#include "support/fixture.h"
#include "breakdownbars.h"
#include "camerawall.h"
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
#include "figuretablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include <memory>

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
    void crossHighlightsTableMapAndTiles();
    void crossHighlightsBarsAndStations();

private:
    // a screen's page with the demo figures of April, shown and active (for its shortcuts)
    std::unique_ptr<ScreenPage> shownPage(const QString &code, ScreenLoader &loader)
    {
        for (const ScreenDefinition &def : m_screens) {
            if (def.code != code)
                continue;
            auto page = std::make_unique<ScreenPage>(def, m_entities, &m_geometry);
            page->resize(1660, 1200);
            page->setData(loader.compute(code, m_april, m_now), Formatter(QStringLiteral("en")),
                          Theme::light(), true);
            page->show();
            page->activateWindow();
            if (!QTest::qWaitForWindowActive(page.get()))
                return nullptr;
            return page;
        }
        return nullptr;
    }
    // the name of the entity of a ranked table's row
    static QString rowName(QTableView *view, int row)
    {
        return view->model()->index(row, FigureTableModel::Name).data().toString();
    }
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
            case ScreenPanel::Kind::Cameras: {
                // every camera of the demo with its drawn picture, from the cache
                auto *wall = page.findChild<CameraWall *>();
                QVERIFY(wall);
                QCOMPARE(wall->board().cameras.size(),
                         m_entities.inSet(QStringLiteral("traffic_camera")).size());
                QCOMPARE(wall->board().frames.size(), wall->board().cameras.size());
                QVERIFY(wall->heightForWidth(900) > 300);
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
        // a map leaves no unit out: Bạch Long Vĩ, 117 km offshore, in its captioned inset
        if (stop.kind == WallStop::Kind::Map)
            QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                                 [](const WallText &t) {
                                     return t.text.startsWith(QStringLiteral("Bạch Long Vĩ"));
                                 }),
                     where.constData());
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

// S09: a row chosen in the ranked table is picked out on the map (its outline, the rest faded)
// and on the tile's line; the arrow keys move it, a click on the map moves it back, Esc and a
// click on empty space clear it everywhere, and a double-click still opens the indicator.
void tst_Screens::crossHighlightsTableMapAndTiles()
{
    QVERIFY(m_translation.install(QStringLiteral("en")));
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_dir.filePath(Cache::defaultFileName()));
    auto page = shownPage(QStringLiteral("S09"), loader);
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("ranked-A11.02"));
    QVERIFY(table);
    MapView *map = page->map();
    QVERIFY(map);
    KpiTile *tile = nullptr;
    for (KpiTile *t : page->findChildren<KpiTile *>()) {
        if (t->indicatorCode() == QLatin1String("A11.02"))
            tile = t;
    }
    QVERIFY(tile);
    QSignalSpy opened(page.get(), &ScreenPage::figureActivated);

    // a click on the third row
    page->findChild<QTabWidget *>()->setCurrentIndex(0);
    const QRect third = table->visualRect(table->model()->index(2, FigureTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, third.center());
    const QString unit = page->selectedUnit();
    QVERIFY(!unit.isEmpty());
    const Entity *e = m_entities.find(unit);
    QVERIFY(e);
    QCOMPARE(rowName(table, 2), e->name(QStringLiteral("en")));
    QCOMPARE(map->highlighted(), unit);
    QVERIFY(!map->isDimmed(unit));
    int faded = 0;
    for (const Entity *c : m_entities.communes())
        faded += map->isDimmed(c->code);
    QCOMPARE(faded, int(m_entities.communes().size()) - 1);
    // the other rows' text faded, the chosen one's not
    QVERIFY(table->model()->index(0, FigureTableModel::Name).data(Qt::ForegroundRole).isValid());
    QVERIFY(!table->model()->index(2, FigureTableModel::Name).data(Qt::ForegroundRole).isValid());
    QVERIFY2(tile->pickedLine().startsWith(e->name(QStringLiteral("en")) + QStringLiteral(": ")),
             qPrintable(tile->pickedLine()));
    // its figure and status, as the table says them
    const QString value = table->model()->index(2, FigureTableModel::Value).data().toString();
    const QString status
        = table->model()->index(2, FigureTableModel::StatusColumn).data().toString();
    QCOMPARE(tile->pickedLine(),
             QStringLiteral("%1: %2 · %3").arg(e->name(QStringLiteral("en")), value, status));
    QCOMPARE(opened.count(), 0);
    // each row's number is the unit's rank by value, the one a place's tile says ("rank
    // 33/114"), not its place in the worst-first order
    const QVector<Figure> units = page->data().breakdowns.value(QStringLiteral("A11.02"));
    const QHash<QString, int> ranks = ScreenLoader::ranks(*units.first().indicator, units);
    QCOMPARE(table->model()->headerData(2, Qt::Vertical).toString(),
             QString::number(ranks.value(unit)));
    const ScreenData placed
        = loader.compute(QStringLiteral("S09"), page->data().selection, m_now, unit);
    QCOMPARE(placed.ranks.value(QStringLiteral("A11.02")).first, ranks.value(unit));

    // ↓ moves it to the fourth row, everywhere
    QTest::keyClick(table, Qt::Key_Down);
    const QString fourth = page->selectedUnit();
    QVERIFY(fourth != unit);
    QCOMPARE(rowName(table, 3), m_entities.find(fourth)->name(QStringLiteral("en")));
    QCOMPARE(map->highlighted(), fourth);

    // a click on a unit on the map selects its row
    map->fitCity();
    const QPoint hongBang = map->viewportPosOf(QStringLiteral("11311"));
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, hongBang);
    QCOMPARE(page->selectedUnit(), QStringLiteral("11311"));
    const QModelIndex current = table->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    const QString hongBangName
        = m_entities.find(QStringLiteral("11311"))->name(QStringLiteral("en"));
    QCOMPARE(rowName(table, current.row()), hongBangName);
    QVERIFY(table->selectionModel()->isRowSelected(current.row(), {}));
    QVERIFY(tile->pickedLine().startsWith(hongBangName + QStringLiteral(": ")));

    // Esc clears it in every visual
    QTest::keyClick(map, Qt::Key_Escape);
    QVERIFY(page->selectedUnit().isEmpty());
    QVERIFY(map->highlighted().isEmpty());
    QVERIFY(!map->isDimmed(QStringLiteral("11311")));
    QVERIFY(!table->selectionModel()->hasSelection());
    QVERIFY(!table->model()->index(0, FigureTableModel::Name).data(Qt::ForegroundRole).isValid());
    QVERIFY(tile->pickedLine().isEmpty());

    // a refresh keeps it; a click on the page's empty space clears it
    page->selectUnit(QStringLiteral("11311"));
    page->setData(loader.compute(QStringLiteral("S09"), m_april, m_now),
                  Formatter(QStringLiteral("en")), Theme::light(), true);
    QCOMPARE(map->highlighted(), QStringLiteral("11311"));
    QVERIFY(table->selectionModel()->hasSelection());
    QTest::mouseClick(page.get(), Qt::LeftButton, {}, QPoint(page->width() - 3, 3));
    QVERIFY(page->selectedUnit().isEmpty());

    // a double-click on a row opens the indicator, as before
    // (as a mouse does it: a press and a release, then the double-click)
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, third.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, third.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("A11.02"));
}

// S10's bars and S17's stations take part as the table and the map do.
void tst_Screens::crossHighlightsBarsAndStations()
{
    QVERIFY(m_translation.install(QStringLiteral("en")));
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_dir.filePath(Cache::defaultFileName()));
    {
        auto page = shownPage(QStringLiteral("S10"), loader);
        QVERIFY(page);
        auto *bars = page->findChild<BreakdownBars *>(QStringLiteral("bars-A13.06"));
        QVERIFY(bars && bars->rowCount() > 3);
        QSignalSpy opened(page.get(), &ScreenPage::figureActivated);
        const QString second = bars->order().at(1);
        const QPoint at(bars->width() / 2, bars->rowTop(1) + BreakdownBars::kRowHeight / 2);
        QTest::mouseClick(bars, Qt::LeftButton, {}, at);
        QCOMPARE(page->selectedUnit(), second);
        QCOMPARE(bars->selected(), second);
        // its bars are the city's departments: the communes' map and table have no row for
        // one, and fade nothing
        QCOMPARE(m_entities.find(second)->kind, EntityKind::Unit);
        QVERIFY(!page->map()->isDimmed(QStringLiteral("11311")));
        auto *ranked = page->findChild<QTableView *>(QStringLiteral("ranked-A13.01"));
        QVERIFY(!ranked->selectionModel()->hasSelection());
        QVERIFY(!ranked->model()->index(0, 1).data(Qt::ForegroundRole).isValid());
        // a bar's tooltip: the whole figure, beside the bar
        QHelpEvent help(QEvent::ToolTip, at, bars->mapToGlobal(at));
        QCoreApplication::sendEvent(bars, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(m_entities.find(second)->name(QStringLiteral("en")))
                     && QToolTip::text().contains(QStringLiteral("Actual: "))
                     && QToolTip::text().contains(QStringLiteral("Source: ")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
        // keys: ↓ to the third bar, Enter opens the indicator, Esc clears
        bars->setFocus();
        QTest::keyClick(bars, Qt::Key_Down);
        QCOMPARE(page->selectedUnit(), bars->order().at(2));
        QCOMPARE(opened.count(), 0);
        QTest::keyClick(bars, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("A13.06"));
        QTest::keyClick(bars, Qt::Key_Escape);
        QVERIFY(bars->selected().isEmpty());
        // below the last bar is empty space
        QTest::mouseClick(bars, Qt::LeftButton, {}, at);
        QTest::mouseClick(bars, Qt::LeftButton, {}, QPoint(at.x(), bars->height() - 1));
        QVERIFY(page->selectedUnit().isEmpty());
    }
    {
        auto page = shownPage(QStringLiteral("S17"), loader);
        QVERIFY(page);
        auto *stations = page->findChild<StationPanel *>();
        QVERIFY(stations);
        QSignalSpy opened(page.get(), &ScreenPage::figureActivated);
        // the first station of the first group (its header above it)
        const QPoint at(stations->width() / 2,
                        StationPanel::kHeaderHeight + StationPanel::kRowHeight / 2 + 2);
        QTest::mouseClick(stations, Qt::LeftButton, {}, at);
        const QString station = page->selectedUnit();
        const Entity *e = m_entities.find(station);
        QVERIFY(e && e->kind == EntityKind::Station);
        QCOMPARE(stations->selected(), station);
        QHelpEvent help(QEvent::ToolTip, at, stations->mapToGlobal(at));
        QCoreApplication::sendEvent(stations, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(e->name(QStringLiteral("en")))
                     && QToolTip::text().contains(QStringLiteral("As of: ")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
        // on the map, its symbol is picked out and the units faded
        QCOMPARE(page->map()->highlighted(), station);
        QVERIFY(page->map()->isDimmed(QStringLiteral("11311")));
        QCOMPARE(opened.count(), 0);
        QTest::mouseDClick(stations, Qt::LeftButton, {}, at);
        QCOMPARE(opened.count(), 1);
        QTest::keyClick(stations, Qt::Key_Escape);
        QVERIFY(page->selectedUnit().isEmpty());
        QVERIFY(!page->map()->isDimmed(QStringLiteral("11311")));
    }
}

QTEST_MAIN(tst_Screens)
#include "tst_screens.moc"
