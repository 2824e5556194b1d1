// The map widget and the map page: clicks, tooltips, keys, wheel, labels, legend, rendering.
#include "support/fixture.h"
#include "communedetail.h"
#include "mappage.h"
#include "mapview.h"
#include "support/judge.h"

#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace ioc;

class tst_MapView : public QObject
{
    Q_OBJECT
private slots:
    // any warning fails, but the offscreen platform's own ("This plugin does not support raise()")
    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support)")));
    }
    void initTestCase();
    void clickSelectsDoubleClickOpensDragDoesNeither();
    void toolTipTellsNameKindValueStatusAsOf();
    void keysAndWheelZoomPanAndFit();
    void labelsShowWhereTheyFit();
    void legendBesideOrAboveTheCity_data();
    void legendBesideOrAboveTheCity();
    void rendersClassColoursAndHatch();
    void pageMethodFollowsPlan();
    void communeDetailByKeyboard();

private:
    QVector<Figure> figures(const QString &indicator, bool withPlan) const;
    // shown in a language and theme at a size, with the figures of an on-time rate (A13.01)
    bool show(MapView &view, const QString &lang, const Theme &theme, const QSize &size) const;
    Catalog m_catalog;
    EntityRegistry m_entities;
    MapGeometry m_geometry;
};

void tst_MapView::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    const GeoDataset data = GeoReader::builtIn(&m_entities, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_geometry = MapGeometry(data);
    QCOMPARE(m_geometry.units().size(), 114);
}

// a figure for every unit but Bạch Long Vĩ (11948), which is left without data
QVector<Figure> tst_MapView::figures(const QString &indicator, bool withPlan) const
{
    QVector<Figure> out;
    int n = 0;
    for (const Entity *e : m_entities.communes()) {
        if (e->code == QLatin1String("11948"))
            continue;
        Figure f;
        f.indicator = m_catalog.find(indicator);
        f.entity = e->code;
        f.value = 95.0 + (n++ % 50) / 10.0;
        if (withPlan)
            f.plan = 98.0;
        f.status = ioc::test::judge(f);
        f.asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
        f.period = QStringLiteral("2026-04-20");
        out << f;
    }
    return out;
}

bool tst_MapView::show(MapView &view, const QString &lang, const Theme &theme,
                       const QSize &size) const
{
    view.setLook(Formatter(lang), theme);
    view.resize(size);
    view.show();
    view.setFigures(m_catalog.find(QStringLiteral("A13.01")),
                    figures(QStringLiteral("A13.01"), true));
    return QTest::qWaitForWindowExposed(&view);
}

void tst_MapView::clickSelectsDoubleClickOpensDragDoesNeither()
{
    MapView view(m_geometry, m_entities);
    QVERIFY(show(view, QStringLiteral("en"), Theme::light(), QSize(1200, 800)));
    QSignalSpy selected(&view, &MapView::unitSelected);
    QSignalSpy units(&view, &MapView::unitActivated);
    connect(&view, &MapView::unitSelected, &view, &MapView::setHighlighted);
    // Hồng Bàng, at the point its label is drawn
    const QPoint at = view.viewportPosOf(QStringLiteral("11311"));
    QVERIFY(view.viewport()->rect().contains(at));
    QCOMPARE(view.unitAt(at), QStringLiteral("11311"));
    // a click picks it out: the others fade, nothing opens
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), QStringLiteral("11311"));
    QCOMPARE(units.count(), 0);
    QCOMPARE(view.highlighted(), QStringLiteral("11311"));
    QVERIFY(!view.isDimmed(QStringLiteral("11311")));
    QVERIFY(view.isDimmed(QStringLiteral("10507")));
    // Enter opens the one picked out; a double-click opens the one under the pointer
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(units.count(), 1);
    QCOMPARE(units.last().first().toString(), QStringLiteral("11311"));
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(units.count(), 2);
    QCOMPARE(units.last().first().toString(), QStringLiteral("11311"));
    // the open sea is no unit: a click there clears, and nothing is faded any more
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      QPoint(view.viewport()->width() - 5, view.viewport()->height() - 5));
    QCOMPARE(selected.last().first().toString(), QString());
    QVERIFY(view.highlighted().isEmpty());
    QVERIFY(!view.isDimmed(QStringLiteral("10507")));
    QTest::keyClick(&view, Qt::Key_Return); // nothing picked out: nothing opens
    QCOMPARE(units.count(), 2);
    // a drag pans and picks nothing
    const int picks = int(selected.count());
    const int h = view.horizontalScrollBar()->value();
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseMove(view.viewport(), at + QPoint(40, 0));
    QTest::mouseMove(view.viewport(), at + QPoint(80, 0));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at + QPoint(80, 0));
    QCOMPARE(selected.count(), picks);
    QCOMPARE(units.count(), 2);
    QVERIFY(view.horizontalScrollBar()->value() < h);
}

void tst_MapView::toolTipTellsNameKindValueStatusAsOf()
{
    MapView view(m_geometry, m_entities);
    QVERIFY(show(view, QStringLiteral("en"), Theme::light(), QSize(1200, 800)));
    const QVector<Figure> figs = figures(QStringLiteral("A13.01"), true);
    const Figure *hongBang = nullptr;
    for (const Figure &f : figs) {
        if (f.entity == QLatin1String("11311"))
            hongBang = &f;
    }
    QVERIFY(hongBang);
    const Formatter en(QStringLiteral("en"));
    const QString tip = view.toolTipFor(QStringLiteral("11311"));
    for (const QString &part :
         {QStringLiteral("<b>Hồng Bàng Ward</b> (ward)"),
          QStringLiteral("Administrative procedure records resolved on time"),
          en.value(*hongBang->indicator, *hongBang->value),
          // the status and the comparison it judged, the same words as the tile's
          QStringLiteral("Warning · target ≥ 98%"),
          QStringLiteral("As of %1").arg(en.dateTime(hongBang->asOf))})
        QVERIFY2(tip.contains(part), qPrintable(QStringLiteral("%1 not in %2").arg(part, tip)));
    // a unit without a figure says so, and is hatched rather than coloured
    const QString none = view.toolTipFor(QStringLiteral("11948"));
    QVERIFY2(none.contains(QStringLiteral("(special zone)"))
                 && none.contains(en.statusText(Status::NoData)),
             qPrintable(none));
    QVERIFY(!view.hasData(QStringLiteral("11948")));
    QVERIFY(view.hasData(QStringLiteral("11311")));
    // the tooltip event over the unit shows that text
    const QPoint at = view.viewportPosOf(QStringLiteral("11311"));
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    QToolTip::hideText();
}

void tst_MapView::keysAndWheelZoomPanAndFit()
{
    MapView view(m_geometry, m_entities);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    const double fit = view.transform().m11();
    QVERIFY(fit > 0);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.transform().m11(), fit * 1.25);
    QTest::keyClick(&view, Qt::Key_Equal); // + without Shift on most keyboards
    QVERIFY(std::abs(view.transform().m11() - fit * 1.25 * 1.25) < 1e-9 * fit);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(std::abs(view.transform().m11() - fit * 1.25) < 1e-9 * fit);
    // arrows pan when zoomed in
    const int h = view.horizontalScrollBar()->value(), v = view.verticalScrollBar()->value();
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.horizontalScrollBar()->value(), h + 60);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.verticalScrollBar()->value(), v + 60);
    // Home and 0 fit the city again
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.transform().m11(), fit);
    QTest::keyClick(&view, Qt::Key_Plus);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.transform().m11(), fit);
    // the wheel: a notch in is ×1.25; out past the city fits it, no further
    const QPoint centre = view.viewport()->rect().center();
    QWheelEvent in(centre, view.viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                   {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &in);
    QVERIFY(std::abs(view.transform().m11() - fit * 1.25) < 1e-9 * fit);
    for (int i = 0; i < 6; ++i) {
        QWheelEvent out(centre, view.viewport()->mapToGlobal(centre), {}, QPoint(0, -120),
                        Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &out);
    }
    QCOMPARE(view.transform().m11(), fit);
    // and never further in than 40 times the city
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.transform().m11() < fit * 60);
}

void tst_MapView::labelsShowWhereTheyFit()
{
    MapView view(m_geometry, m_entities);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList fitted = view.visibleLabels();
    QVERIFY2(fitted.size() >= 30, qPrintable(QString::number(fitted.size())));
    QVERIFY(fitted.contains(QStringLiteral("Cát Hải")));
    QVERIFY(fitted.size() < 114); // not every small ward has room at this scale
    // zoomed in on Hồng Bàng, the small central wards get their names
    view.setFocus();
    for (int i = 0; i < 6; ++i)
        view.zoomBy(1.25);
    view.centerOn(m_geometry.find(QStringLiteral("11311"))->labelPoint);
    QVERIFY(view.visibleLabels().contains(QStringLiteral("Hồng Bàng")));
}

void tst_MapView::legendBesideOrAboveTheCity_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("wide panel") << QSize(900, 380);
    QTest::newRow("tall panel") << QSize(420, 700);
    QTest::newRow("full screen") << QSize(1650, 950);
    QTest::newRow("small") << QSize(300, 220);
}

void tst_MapView::legendBesideOrAboveTheCity()
{
    QFETCH(QSize, size);
    MapView view(m_geometry, m_entities);
    QVERIFY(show(view, QStringLiteral("en"), Theme::light(), size));
    view.fitCity(); // once the legend has been laid out by a paint
    QVERIFY(!view.legendRect().isEmpty());
    QVERIFY(QRectF(view.viewport()->rect()).contains(view.legendRect()));
    const QRectF mainland = view.mapFromScene(m_geometry.mainlandRect()).boundingRect();
    QVERIFY2(!mainland.intersects(view.legendRect()),
             qPrintable(QStringLiteral("mainland %1,%2 %3×%4 legend %5,%6 %7×%8 city %9")
                            .arg(mainland.x())
                            .arg(mainland.y())
                            .arg(mainland.width())
                            .arg(mainland.height())
                            .arg(view.legendRect().x())
                            .arg(view.legendRect().y())
                            .arg(view.legendRect().width())
                            .arg(view.legendRect().height())
                            .arg(view.mapFromScene(m_geometry.cityRect()).boundingRect().right())));
    // the city fills at least a third of the side it is fitted to
    QVERIFY(mainland.width() >= size.width() / 3.0 || mainland.height() >= size.height() / 3.0);
    // the classes carry the indicator's unit
    const QStringList classes = view.legendClasses();
    QVERIFY(classes.size() >= 5);
    for (const QString &c : classes)
        QVERIFY2(c.endsWith(QLatin1Char('%')), qPrintable(c));
}

void tst_MapView::rendersClassColoursAndHatch()
{
    MapView view(m_geometry, m_entities);
    QVERIFY(show(view, QStringLiteral("vi"), Theme::dark(), QSize(1200, 800)));
    const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());
    // every class colour is painted somewhere, as is the no-data colour of Bạch Long Vĩ
    QSet<QRgb> painted;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            painted.insert(line[x] | 0xff000000);
    }
    QSet<QRgb> classColours;
    for (const Entity *e : m_entities.communes()) {
        if (view.hasData(e->code))
            classColours.insert(view.fillOf(e->code).rgb());
    }
    QVERIFY(classColours.size() >= 5);
    for (QRgb c : std::as_const(classColours))
        QVERIFY2(painted.contains(c), qPrintable(QColor(c).name()));
    QVERIFY(painted.contains(QColor(0x2a, 0x31, 0x3c).rgb())); // no data, dark theme
}

void tst_MapView::pageMethodFollowsPlan()
{
    MapPage page(m_catalog, m_entities, &m_geometry, {}, {});
    page.setLook(Formatter(QStringLiteral("en")), Theme::light());
    page.setSelection(Selection{Selection::Mode::Month, QDate(2026, 4, 20)});
    QSignalSpy wanted(&page, &MapPage::breakdownWanted);
    page.setIndicator(QStringLiteral("A13.01"));
    QCOMPARE(wanted.count(), 1); // not loaded yet: asked for
    page.setBreakdown(BreakdownData{QStringLiteral("A13.01"),
                                    Selection{Selection::Mode::Month, QDate(2026, 4, 20)},
                                    figures(QStringLiteral("A13.01"), true)});
    page.setMethod(MapPage::VsPlan);
    QCOMPARE(page.method(), MapPage::VsPlan);
    QCOMPARE(page.map()->shading(), MapView::Shading::VsPlan);
    QVERIFY(page.map()->legendClasses().first().contains(QStringLiteral("vs plan")));
    // a count has no plan: the choice falls back to quantiles, visibly, and cannot be made
    page.setIndicator(QStringLiteral("D02.01"));
    QCOMPARE(page.method(), MapPage::Quantile);
    QCOMPARE(page.map()->shading(), MapView::Shading::Value);
    auto *combo = page.findChildren<QComboBox *>().at(1);
    QCOMPARE(combo->currentIndex(), int(MapPage::Quantile));
    QVERIFY(
        !(combo->model()->flags(combo->model()->index(MapPage::VsPlan, 0)) & Qt::ItemIsEnabled));
    // back on an indicator with a plan, against plan can be chosen again
    page.setIndicator(QStringLiteral("A13.01"));
    QVERIFY(combo->model()->flags(combo->model()->index(MapPage::VsPlan, 0)) & Qt::ItemIsEnabled);
    page.setMethod(MapPage::EqualInterval);
    QCOMPARE(page.map()->shading(), MapView::Shading::Value);
}

void tst_MapView::communeDetailByKeyboard()
{
    CommuneDetail detail(m_entities);
    CommuneData data;
    data.entity = QStringLiteral("11311");
    data.selection = Selection{Selection::Mode::Month, QDate(2026, 4, 20)};
    for (const char *code : {"A13.01", "D02.01"}) {
        CommuneData::Row row;
        row.figure = figures(QLatin1String(code), true).at(3);
        row.figure.entity = data.entity;
        row.rank = 7;
        row.ranked = 114;
        data.rows << row;
    }
    detail.setData(data, Formatter(QStringLiteral("en")), Theme::light());
    detail.resize(1000, 600);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    QCOMPARE(detail.entity(), QStringLiteral("11311"));
    QCOMPARE(detail.table()->model()->rowCount(), 2);
    QSignalSpy back(&detail, &CommuneDetail::back);
    QSignalSpy opened(&detail, &CommuneDetail::indicatorActivated);
    // Enter on the second row opens that indicator
    detail.table()->setFocus();
    detail.table()->setCurrentIndex(detail.table()->model()->index(1, 0));
    QTest::keyClick(detail.table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("D02.01"));
    // Esc, Alt+Left and Backspace each go back, from the table where the focus is
    QTest::keyClick(detail.table(), Qt::Key_Escape);
    QCOMPARE(back.count(), 1);
    QTest::keyClick(detail.table(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(back.count(), 2);
    QTest::keyClick(detail.table(), Qt::Key_Backspace);
    QCOMPARE(back.count(), 3);
    // the status column is wide enough for its longest word in bold
    const int statusWidth = detail.table()->columnWidth(CommuneTableModel::StatusColumn);
    QVERIFY(statusWidth
            >= detail.table()
                       ->itemDelegateForColumn(CommuneTableModel::StatusColumn)
                       ->sizeHint(QStyleOptionViewItem(), detail.table()->model()->index(
                                                              0, CommuneTableModel::StatusColumn))
                       .width()
                   - 1);
}

QTEST_MAIN(tst_MapView)
#include "tst_mapview.moc"
