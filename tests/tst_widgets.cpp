#include "support/fixture.h"
#include "camerawall.h"
#include "dashboardpanels.h"
#include "kpitile.h"
#include "look.h"
#include "mapview.h"
#include "readinesspage.h"
#include "screenpage.h"
#include "theme.h"
#include "trendchart.h"

#include <QLabel>
#include <QScrollArea>
#include <QXYSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QRegularExpression>
#include <QTest>
#include <QToolTip>

using namespace ioc;

class tst_Widgets : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QObject::connect"))); }
    void initTestCase();
    void tilePaintsStatusAndValue();
    void mapClassesStandOut();
    void screenPageFromDefinition();
    void tileWithoutAFigureShowsTheLatest();
    void panelsFromTheirKind();
    void pagesFollowTheLook();
    void toolTipsComeQuickly();
    void tilesCompareWithTheChosenBase();
    void trendMarksTheAnnualPlan();
    void cameraWallShowsStatesAndFetchesWhatIsSeen();
    void readinessSaysWhoRefusedWhat();

private:
    Figure figure(const QString &code, double value, Status status) const;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
};

void tst_Widgets::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities, &m_screens);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

Figure tst_Widgets::figure(const QString &code, double value, Status status) const
{
    Figure f;
    f.indicator = m_catalog.find(code);
    f.entity = EntityRegistry::cityCode();
    f.value = value;
    f.plan = value * 1.05;
    f.previous = value * 0.95;
    f.asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    f.period = QStringLiteral("2026-04");
    f.sourceKind = QStringLiteral("demo");
    f.status.evaluated = status;
    return f;
}

// Every class of a map stays distinct from what is around it: on the wall's dark theme from the
// background and the sea at 3:1 (the highest class was almost the background's colour), on the
// light theme from the background or the units' boundaries.
void tst_Widgets::mapClassesStandOut()
{
    for (int classes = 1; classes <= 7; ++classes) {
        const Theme dark = Theme::dark();
        for (const QColor &c : dark.mapClasses(classes)) {
            QVERIFY2(Theme::contrast(c, dark.window) >= 3.0, qPrintable(c.name()));
            QVERIFY2(Theme::contrast(c, dark.mapSea) >= 3.0, qPrintable(c.name()));
        }
        const Theme light = Theme::light();
        QCOMPARE(light.mapClasses(classes), Theme::sequential(classes));
        for (const QColor &c : light.mapClasses(classes))
            QVERIFY2(
                std::max(Theme::contrast(c, light.mapBoundary), Theme::contrast(c, light.window))
                    >= 3.0,
                qPrintable(c.name()));
    }
    // only what sank into the dark is changed: the palest class is as ColorBrewer has it
    QCOMPARE(Theme::dark().mapClasses(5).first(), Theme::sequential(5).first());
    QVERIFY(Theme::dark().mapClasses(5).last() != Theme::sequential(5).last());
}

void tst_Widgets::tilePaintsStatusAndValue()
{
    KpiTile tile(m_entities);
    tile.resize(420, KpiTile::kHeight);
    QVector<TrendPoint> trend;
    for (int m = 1; m <= 12; ++m)
        trend << TrendPoint{QDate(2025, m, 28), 10.0 + m * 0.1, 11.0, std::nullopt};
    const Theme theme = Theme::light();
    tile.setFigure(figure(QStringLiteral("A01.01"), 10.87, Status::Warn), trend,
                   Formatter(QStringLiteral("en")), theme);
    QCOMPARE(tile.indicatorCode(), QStringLiteral("A01.01"));
    QVERIFY(tile.toolTip().contains(QStringLiteral("Monthly Excel report")));
    QVERIFY(tile.toolTip().contains(QStringLiteral("value &lt; plan")));
    QVERIFY(tile.toolTip().contains(QStringLiteral("Demo data")));
    // the figure itself with its unit and plan, as a table cell's tooltip gives it
    QVERIFY2(tile.toolTip().contains(QStringLiteral("Actual: 10.87%")), qPrintable(tile.toolTip()));
    QVERIFY2(tile.toolTip().startsWith(QStringLiteral("<b>A01.01 — ")), qPrintable(tile.toolTip()));
    const QImage img = tile.grab().toImage();
    QCOMPARE(img.height(), KpiTile::kHeight);
    // the status strip along the left edge carries the warning colour
    QCOMPARE(QColor(img.pixel(6, img.height() / 2)).name(), theme.warn.name());
    // and the tile is not blank: text pixels darker than the card
    int dark = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 20; x < img.width(); ++x)
            dark += qGray(img.pixel(x, y)) < 100;
    QVERIFY(dark > 500);

    tile.show();
    QSignalSpy spy(&tile, &KpiTile::activated);
    QTest::mouseClick(&tile, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("A01.01"));
    QTest::keyClick(&tile, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

// No blank tile: with no figure for the period, the latest known one, greyed, with its period;
// no status badge to collide with; with nothing known, the words fit the tile.
void tst_Widgets::tileWithoutAFigureShowsTheLatest()
{
    const Theme theme = Theme::light();
    const Formatter en(QStringLiteral("en"));
    Figure f;
    f.indicator = m_catalog.find(QStringLiteral("A01.01"));
    f.entity = EntityRegistry::cityCode();
    f.latestValue = 10.5;
    f.latestPeriod = QStringLiteral("2026-03");
    for (const int width : {300, 420}) {
        KpiTile tile(m_entities);
        tile.resize(width, KpiTile::kHeight);
        tile.setFigure(f, {}, en, theme);
        QVERIFY2(tile.accessibleName().contains(QStringLiteral("Latest figure: March 2026 10.5%")),
                 qPrintable(tile.accessibleName()));
        const QImage img = tile.grab().toImage();
        // the value is drawn greyed: no pixel of the value line is as dark as the text colour
        int text = 0, muted = 0;
        for (int y = 50; y < 85; ++y) {
            for (int x = 20; x < width / 2; ++x) {
                const QColor c = img.pixelColor(x, y);
                text += c == theme.text;
                muted += qAbs(c.lightness() - theme.muted.lightness()) < 12 && c.lightness() < 200;
            }
        }
        QCOMPARE(text, 0);
        QVERIFY(muted > 20);
        // and no badge on the right of the value line: the card's colour there
        int badge = 0;
        for (int y = 50; y < 80; ++y)
            for (int x = width - 110; x < width - 15; ++x)
                badge += img.pixelColor(x, y) != theme.surface;
        QVERIFY2(badge < 40, qPrintable(QString::number(badge)));
    }
    // a river station before the readings kept: said in words
    Figure river;
    river.indicator = m_catalog.find(QStringLiteral("D01.03"));
    river.entity = QStringLiteral("RS04");
    KpiTile tile(m_entities);
    tile.resize(300, KpiTile::kHeight);
    tile.setFigure(river, {}, en, theme);
    QVERIFY(tile.accessibleName().contains(QStringLiteral("No data")));
    QVERIFY(!tile.grab().isNull());
}

void tst_Widgets::screenPageFromDefinition()
{
    const ScreenDefinition &s01 = m_screens.first();
    ScreenPage page(s01, m_entities);
    page.resize(1600, 1000);
    ScreenData data;
    data.screen = s01.code;
    data.selection = {Selection::Mode::Month, QDate(2026, 4, 20)};
    for (const QString &code : s01.indicators) {
        data.figures << figure(code, 100,
                               code == QLatin1String("A01.01") ? Status::Warn : Status::Ok);
        QVector<TrendPoint> trend;
        for (int m = 1; m <= 24; ++m)
            trend << TrendPoint{QDate(2024, 4, 1).addMonths(m), 90.0 + m, 100.0, std::nullopt};
        data.trends.insert(code, trend);
    }
    page.setData(data, Formatter(QStringLiteral("en")), Theme::dark(), true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto tiles = page.findChildren<KpiTile *>();
    QCOMPARE(tiles.size(), 16);
    QCOMPARE(page.chartedIndicator(), s01.trendIndicator);
    auto *chart = page.findChild<TrendChart *>();
    QVERIFY(chart);
    QCOMPARE(chart->actualPointCount(), 24);
    // a point hovered says what it is: indicator, month, value with unit, plan reached, as of
    const qreal lastX = QDateTime(QDate(2026, 4, 15), QTime(12, 0)).toMSecsSinceEpoch();
    const QString tip = chart->pointToolTip(QStringLiteral("Actual"), lastX);
    QVERIFY2(tip.contains(QStringLiteral("GRDP"))
                 && tip.contains(QStringLiteral("April 2026 — Actual: 114%"))
                 && tip.contains(QStringLiteral("114% of the plan (100%)"))
                 && tip.contains(QStringLiteral("Data as of 01/04/2026")),
             qPrintable(tip));
    QVERIFY(chart->pointToolTip(QStringLiteral("Plan"), lastX).contains(QStringLiteral("100")));
    QVERIFY(chart->pointToolTip(QStringLiteral("no such series"), lastX).isEmpty());
    auto *table = page.findChild<QTableView *>();
    QCOMPARE(table->model()->rowCount(), 16);

    // clicking another tile charts that indicator
    KpiTile *revenue = nullptr;
    for (KpiTile *t : tiles)
        if (t->indicatorCode() == QLatin1String("A09.01"))
            revenue = t;
    QVERIFY(revenue);
    QSignalSpy spy(&page, &ScreenPage::figureActivated);
    QTest::mouseClick(revenue, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(page.chartedIndicator(), QStringLiteral("A09.01"));

    // a new selection keeps the charted indicator; the labels follow the language
    page.setData(data, Formatter(QStringLiteral("vi")), Theme::light(), false);
    QCOMPARE(page.chartedIndicator(), QStringLiteral("A09.01"));
    QVERIFY(!page.grab().isNull());
}

void tst_Widgets::panelsFromTheirKind()
{
    // every kind below the tiles is built by the factory into a framed panel of its own class,
    // which takes the screen's figures and titles itself from its indicator
    using Kind = ScreenPanel::Kind;
    const Formatter en(QStringLiteral("en"));
    const Theme theme = Theme::dark();
    ScreenData data;
    data.selection = {Selection::Mode::Month, QDate(2026, 4, 20)};
    data.figures << figure(QStringLiteral("D02.01"), 216, Status::Warn)
                 << figure(QStringLiteral("D02.02"), 0, Status::Ok);
    Figure byCommune = figure(QStringLiteral("D02.01"), 4, Status::Ok);
    byCommune.entity = QStringLiteral("11311");
    data.breakdowns.insert(QStringLiteral("D02.01"), {byCommune});
    const PanelData panelData{data, en, theme};
    const DashboardPanel::Needs needs{m_entities, nullptr, QStringLiteral("no boundaries")};
    const QString name = m_catalog.find(QStringLiteral("D02.01"))->name(QStringLiteral("en"));
    const struct
    {
        Kind kind;
        const char *child; // the object name of what it shows
        QString title;
    } kinds[] = {
        {Kind::Trend, "trend", name},
        {Kind::Bars, "bars-D02.01", name + QStringLiteral(", by commune and ward")},
        {Kind::Ranked, "ranked-D02.01", name + QStringLiteral(", by commune and ward")},
        {Kind::Composition, "composition-D02.01", name + QStringLiteral(": what it is made of")},
        {Kind::Stations, "stations", QStringLiteral("Latest readings against alarm levels")},
        {Kind::Map, "mapChooser", QStringLiteral("Map by commune and ward")},
    };
    for (const auto &k : kinds) {
        ScreenPanel def;
        def.kind = k.kind;
        def.indicators = {QStringLiteral("D02.01"), QStringLiteral("D02.02")};
        std::unique_ptr<DashboardPanel> panel(DashboardPanel::create(def, needs));
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("panel"));
        QVERIFY2(panel->findChild<QWidget *>(QLatin1String(k.child)), k.child);
        panel->applyLook(theme);
        panel->setData(panelData);
        QCOMPARE(panel->title(panelData), k.title);
        // a title of the definition's own wins
        def.titleEn = QStringLiteral("Visitors");
        std::unique_ptr<DashboardPanel> titled(DashboardPanel::create(def, needs));
        QCOMPARE(titled->title(panelData), QStringLiteral("Visitors"));
    }
    ScreenPanel tiles;
    tiles.kind = Kind::Tiles;
    QVERIFY(!DashboardPanel::create(tiles, needs)); // the page lays the tiles out itself

    // a map panel without boundaries says why, and still offers the indicators it knows
    ScreenPanel mapDef;
    mapDef.kind = Kind::Map;
    mapDef.indicators = {QStringLiteral("D02.01")};
    MapPanel map(mapDef, needs);
    map.setData(panelData);
    QVERIFY(!map.map());
    QCOMPARE(map.shown(), QStringLiteral("D02.01"));
    QVERIFY(map.canShow(QStringLiteral("D02.01")));
    QVERIFY(!map.canShow(QStringLiteral("D02.02")));
    const auto labels = map.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text() == QStringLiteral("The map is not available: no boundaries");
    }));
}

void tst_Widgets::pagesFollowTheLook()
{
    // a page shows what it holds again in a new language and theme by itself: nobody pushes
    // its figures again
    const ScreenDefinition &s01 = m_screens.first();
    const Formatter vi(QStringLiteral("vi")), en(QStringLiteral("en"));
    Look::current().set(vi, Theme::light());
    ScreenPage page(s01, m_entities);
    ScreenData data;
    data.screen = s01.code;
    data.selection = {Selection::Mode::Month, QDate(2026, 4, 20)};
    data.figures << figure(QStringLiteral("A01.01"), 10.87, Status::Warn);
    page.setData(data, vi, Theme::light(), false);
    auto shows = [&page](const QString &text) {
        const auto labels = page.findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel *l) { return l->text() == text; });
    };
    const auto title = [&s01](const QString &lang) {
        return QStringLiteral("%1  %2").arg(s01.code, s01.title(lang));
    };
    QVERIFY(shows(title(QStringLiteral("vi"))));
    Look::current().set(en, Theme::dark());
    QVERIFY(shows(title(QStringLiteral("en"))));
    QCOMPARE(page.palette().color(QPalette::Window), Theme::dark().window);
    QCOMPARE(page.data().figures.size(), 1); // the same figures, in the new look
    Look::current().set(vi, Theme::light());
    QVERIFY(shows(title(QStringLiteral("vi"))));
}

void tst_Widgets::toolTipsComeQuickly()
{
    useQuickToolTips();
    useQuickToolTips(); // once is enough: the style is not wrapped twice
    QCOMPARE(QApplication::style()->styleHint(QStyle::SH_ToolTip_WakeUpDelay), kToolTipDelayMs);
    QVERIFY(kToolTipDelayMs <= 300);
    // the pointer resting on a tile brings its tooltip: the full title and what it is judged on
    const Formatter en(QStringLiteral("en"));
    KpiTile tile(m_entities);
    tile.resize(300, KpiTile::kHeight);
    tile.setFigure(figure(QStringLiteral("A09.01"), 100, Status::Ok), {}, en, Theme::light());
    tile.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tile));
    QTest::mouseMove(&tile, QPoint(100, 40));
    QTest::mouseMove(&tile, QPoint(102, 42));
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("A09.01"))
                 && QToolTip::text().contains(QStringLiteral("Total state budget revenue")),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

// "So sánh với": beside the comparison its status was judged on, a tile says every change, or
// only the one chosen: the previous period, the same period last year, or the plan.
void tst_Widgets::tilesCompareWithTheChosenBase()
{
    const Formatter en(QStringLiteral("en"));
    Figure f = figure(QStringLiteral("A11.01"), 100, Status::Ok);
    f.sameLastYear = 80;
    KpiTile tile(m_entities);
    tile.resize(420, KpiTile::kHeight);
    auto factsWith = [&](CompareWith with) {
        tile.setCompareWith(with);
        tile.setFigure(f, {}, en, Theme::light());
        return tile.factLines().join(QStringLiteral(" | "));
    };
    const QString every = factsWith(CompareWith::Everything);
    QVERIFY2(every.contains(QStringLiteral("vs previous"))
                 && every.contains(QStringLiteral("+25% vs last year")),
             qPrintable(every));
    const QString previous = factsWith(CompareWith::Previous);
    QVERIFY2(previous.contains(QStringLiteral("vs previous"))
                 && !previous.contains(QStringLiteral("vs last year")),
             qPrintable(previous));
    const QString lastYear = factsWith(CompareWith::LastYear);
    QVERIFY2(!lastYear.contains(QStringLiteral("vs previous"))
                 && lastYear.contains(QStringLiteral("+25% vs last year")),
             qPrintable(lastYear));
    const QString plan = factsWith(CompareWith::Plan);
    QVERIFY2(plan.contains(QStringLiteral("95.2% of plan"))
                 && !plan.contains(QStringLiteral("vs previous"))
                 && !plan.contains(QStringLiteral("vs last year")),
             qPrintable(plan));
    f.plan.reset();
    QVERIFY(factsWith(CompareWith::Plan).contains(QStringLiteral("no plan to compare with")));
}

// The camera wall: each camera's state where it cannot be missed, and the cameras it reports as
// on screen (the only ones whose pictures are fetched) follow what is scrolled into view.
void tst_Widgets::cameraWallShowsStatesAndFetchesWhatIsSeen()
{
    const QDateTime now = cityDateTime(QDate(2026, 4, 20), QTime(18, 0));
    CameraBoard board;
    for (int i = 1; i <= 6; ++i) {
        Camera c;
        c.id = QStringLiteral("TC0%1").arg(i);
        c.junctionVi = QStringLiteral("Nút giao %1").arg(i);
        c.junctionEn = QStringLiteral("Junction %1").arg(i);
        c.online = i != 4;
        c.lastFrameAt = i == 6 ? now.addSecs(-240) : i == 4 ? now.addSecs(-2 * 3600) : now;
        c.congestion = i * 3;
        board.cameras << c;
        QImage image(64, 36, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        board.frames.insert(c.id, {c.id, c.lastFrameAt, {}, image});
    }
    QCOMPARE(board.cameras[0].state(now), Camera::State::Online);
    QCOMPARE(board.cameras[3].state(now), Camera::State::Offline);
    QCOMPARE(board.cameras[5].state(now), Camera::State::Stale);
    // (no translation is loaded here: the words are the source's)
    const Formatter vi;
    QCOMPARE(cameratiles::caption(board.cameras[0], &board.frames[QStringLiteral("TC01")], vi, now),
             QStringLiteral("congestion 3 min · picture just now"));
    QCOMPARE(cameratiles::caption(board.cameras[5], &board.frames[QStringLiteral("TC06")], vi, now),
             QStringLiteral("congestion 18 min · last picture 4 minute(s) ago"));
    QCOMPARE(cameratiles::caption(board.cameras[3], &board.frames[QStringLiteral("TC04")], vi, now),
             QStringLiteral("congestion 12 min · last picture at 16:00 (2 hour(s) ago)"));
    QCOMPARE(Camera::stateWord(Camera::State::Offline), QStringLiteral("Offline"));

    // a scroll area two rows high shows three tiles a row: scrolled down, the second row only
    auto *wall = new CameraWall;
    wall->setMinimumTileWidth(280);
    wall->setFrozenNow(now);
    wall->setBoard(board, vi, Theme::light());
    QScrollArea area;
    area.setWidget(wall);
    area.setWidgetResizable(true);
    area.resize(900 + area.frameWidth() * 2 + 20, wall->heightForWidth(900) / 2);
    QSignalSpy shown(wall, &CameraWall::shownChanged);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QTRY_COMPARE(wall->shown(), (QStringList{QStringLiteral("TC01"), QStringLiteral("TC02"),
                                             QStringLiteral("TC03")}));
    area.ensureVisible(0, wall->height() - 2, 0, 0);
    QTRY_COMPARE(wall->shown(), (QStringList{QStringLiteral("TC04"), QStringLiteral("TC05"),
                                             QStringLiteral("TC06")}));
    // a tile's picture changes when a newer one comes, never for an older one
    QImage newer(64, 36, QImage::Format_RGB32);
    newer.fill(Qt::red);
    wall->applyFrames({{QStringLiteral("TC05"), now.addSecs(1), {}, newer},
                       {QStringLiteral("TC04"), now.addSecs(-3 * 3600), {}, newer}});
    QCOMPARE(wall->board().frames.value(QStringLiteral("TC05")).image, newer);
    QVERIFY(wall->board().frames.value(QStringLiteral("TC04")).image != newer);
    // a click opens a camera
    QSignalSpy opened(wall, &CameraWall::cameraActivated);
    const QRect last = wall->visibleRegion().boundingRect();
    QTest::mouseClick(wall, Qt::LeftButton, {}, QPoint(last.left() + 20, last.top() + 20));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("TC04"));
    // out of sight: nothing is fetched
    area.hide();
    QTRY_VERIFY(wall->shown().isEmpty());
    QVERIFY(!shown.isEmpty());
    QVERIFY(!QImage(wall->grab().toImage()).isNull());
}

// The data readiness view's refused files: where each was refused (at this console, or by a
// data server with the sender's token), under its department; one no sheet names says so.
void tst_Widgets::readinessSaysWhoRefusedWhat()
{
    SourceReadiness r;
    r.at = cityDateTime(QDate(2026, 12, 6), QTime(10, 0));
    SourceReadiness::Row finance;
    finance.source = QStringLiteral("Monthly Excel report – Dept. of Finance (public investment)");
    finance.sourceVi = QStringLiteral("Báo cáo Excel hằng tháng – Sở Tài chính (đầu tư công)");
    finance.indicators = QStringList{QStringLiteral("C03.02")};
    ImportRecord sent;
    sent.at = cityDateTime(QDate(2026, 12, 3), QTime(9, 12));
    sent.file = QStringLiteral("dau-tu-cong-t11.xlsx");
    sent.origin = QStringLiteral("https://ioc-data.haiphong.gov.vn:8443");
    sent.serverId = 41;
    sent.sender = QStringLiteral("so-tai-chinh");
    sent.sources = QStringList{finance.source};
    sent.problems = QStringList{QStringLiteral("cell D7: the value 'mười' is not a number")};
    finance.rejected << sent;
    r.rows << finance;
    ImportRecord here;
    here.at = cityDateTime(QDate(2026, 12, 4), QTime(14, 0));
    here.file = QStringLiteral("x.csv");
    here.problems = QStringList{QStringLiteral("x.csv: no indicator column")};
    r.unmatched << here;

    ReadinessPage page;
    page.setReadiness(r, Formatter(QStringLiteral("en")), Theme::light());
    const QTableWidget *t = page.refused();
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->columnCount(), 5);
    QCOMPARE(t->item(0, 0)->text(), sent.file);
    QVERIFY2(t->item(0, 2)->text().contains(QLatin1String("ioc-data.haiphong.gov.vn"))
                 && t->item(0, 2)->text().contains(QLatin1String("so-tai-chinh")),
             qPrintable(t->item(0, 2)->text()));
    QVERIFY(!t->item(0, 2)->text().contains(QLatin1String("8443/"))); // the host, not the URL
    QCOMPARE(t->item(0, 3)->text(), finance.source); // in English, the catalog's name
    QVERIFY(t->item(0, 4)->text().contains(QStringLiteral("mười")));
    QVERIFY2(t->item(1, 2)->text().contains(QLatin1String("this console")),
             qPrintable(t->item(1, 2)->text()));
    QVERIFY2(!t->item(1, 3)->text().isEmpty(), "an unmatched file's department cell says why");
    QVERIFY2(page.summaryText().contains(QLatin1String("refused this month")),
             qPrintable(page.summaryText()));
    QVERIFY2(page.summaryText().contains(QLatin1String("2 file")), qPrintable(page.summaryText()));
}

QTEST_MAIN(tst_Widgets)
// A year-to-date chart projects to December and, where the reports carry the year's plan,
// marks it there: a point of its own, whose tooltip says the projection against it.
void tst_Widgets::trendMarksTheAnnualPlan()
{
    const Indicator &fdi = *m_catalog.find(QStringLiteral("A12.01"));
    QVector<TrendPoint> trend;
    for (int m = 1; m <= 12; ++m)
        trend << TrendPoint{QDate(2025, m, 1).addMonths(1).addDays(-1), 100.0 * m, 95.0 * m,
                            1140.0};
    for (int m = 1; m <= 4; ++m)
        trend << TrendPoint{QDate(2026, m, 1).addMonths(1).addDays(-1), 110.0 * m, 100.0 * m,
                            1250.0};
    const Formatter en(QStringLiteral("en"));
    TrendChart chart;
    chart.resize(640, 360);
    chart.setTrend(fdi, QStringLiteral("Hải Phòng"), trend, en, Theme::light());
    QVERIFY(chart.isYearOnYear());
    QVERIFY(chart.projection().ok());
    QAbstractSeries *annual = nullptr;
    for (QAbstractSeries *s : chart.chart()->series())
        annual = s->name() == QStringLiteral("Annual plan") ? s : annual;
    QVERIFY(annual);
    const auto *mark = qobject_cast<QXYSeries *>(annual);
    QCOMPARE(mark->count(), 1);
    QCOMPARE(mark->at(0), QPointF(12, 1250)); // December, this year's plan (not last year's)
    const QString tip = chart.pointToolTip(QStringLiteral("Annual plan"), 12);
    QVERIFY2(tip.contains(QStringLiteral("Annual plan 2026: 1,250 million USD"))
                 && tip.contains(QStringLiteral("(105.6% of the annual plan)")),
             qPrintable(tip));
    QVERIFY2(chart.pointToolTip(QStringLiteral("Projection"), 12)
                 .contains(QStringLiteral("December 2026, projected: 1,320 million USD (range "
                                          "1,320–1,320 million USD) · 105.6% of the annual plan")),
             qPrintable(chart.pointToolTip(QStringLiteral("Projection"), 12)));

    // without it, no mark: the words say the plan is not in the data
    for (TrendPoint &t : trend)
        t.annualPlan.reset();
    chart.setTrend(fdi, QStringLiteral("Hải Phòng"), trend, en, Theme::light());
    for (QAbstractSeries *s : chart.chart()->series())
        QVERIFY(s->name() != QStringLiteral("Annual plan"));
}

#include "tst_widgets.moc"
