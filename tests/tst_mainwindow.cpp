#include "support/fixture.h"
#include "support/testcerts.h"
#include "acknowledgedialog.h"
#include "alertdock.h"
#include "alertpanel.h"
#include "briefingdialog.h"
#include "datasourcedialog.h"
#include "importdialog.h"
#include "communedetail.h"
#include "indicatordetail.h"
#include "indicatorsearch.h"
#include "breakdownbars.h"
#include "kpitile.h"
#include "mainwindow.h"
#include "narrativeview.h"
#include "summarydock.h"
#include "wallframe.h"
#include "mappage.h"
#include "periodbar.h"
#include "playlistdialog.h"
#include "publisherkeysdialog.h"
#include "packsigning.h"
#include "savefile.h"
#include "savedview.h"
#include "presentation.h"
#include "presenter.h"
#include "workspace.h"
#include "qtstrings.h"
#include "settings.h"
#include "statusline.h"
#include "screenpage.h"

#include "demoseeder.h"

#include "apiserver.h"
#include "camerapage.h"
#include "camerawall.h"
#include "serverstore.h"

#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QFileDialog>
#include <QMessageBox>
#include <QScopeGuard>
#include <QDockWidget>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace ioc;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QObject::connect"))); }
    void initTestCase();
    void opensOnS01WithFigures();
    void switchesScreensAndLanguage();
    void summaryFollowsTheScreen();
    void syncsFromAServerAndKeepsFiguresOffline();
    void switchesDataSourceLive();
    void dataSourceDialog();
    void drillDownAndBackByKeyboard();
    void badBoundariesLeaveTheRestWorking();
    void presentsByKeysAndInterval();
    void periodPickerAppliesToScreens();
    void placeFilterShowsEveryScreenForAPlace();
    void savedViewsKeepAndReopenWhatIsShown();
    void searchFindsIndicatorsWithoutDiacritics();
    void exportsTablesAsCsv();
    void journalsAlertsAcrossRestarts();
    void pastDayJournalsNothing();
    void trustsAPublishersKey();
    void dialogsSpeakVietnamese();
    void leavesTheCacheToWorkerThreads();
    void closingWaitsForAnExport();
    void importsDroppedReports(); // last: it adds a revision to the shared cache

private:
    MainWindow::Options options() const;
    // The Department of Health reports this city figure for every day of April so far
    // (D02.03 ICU occupancy, D02.02 active outbreaks).
    void writeDaily(const QString &code, double value) const;
    void writeIcu(double occupancy) const { writeDaily(QStringLiteral("D02.03"), occupancy); }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
    test::Translation m_translation;
};

void tst_MainWindow::initTestCase()
{
    QString problem = test::loadBuiltins(&m_catalog, &m_entities, &m_screens);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // the overview part of the demo up to the evening of 20 April 2026 is what S01 needs
    problem = test::seedDemoCache(m_dir.filePath(Cache::defaultFileName()), m_catalog, m_entities,
                                  cityDateTime(QDate(2026, 4, 20), QTime(18, 0)),
                                  DemoGenerator::Part::Overview);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_translation.install(QStringLiteral("vi")));
}

MainWindow::Options tst_MainWindow::options() const
{
    MainWindow::Options o;
    o.cachePath = m_dir.filePath(Cache::defaultFileName());
    o.lang = QStringLiteral("vi");
    o.selection = Selection{Selection::Mode::Month, QDate(2026, 4, 20)};
    return o;
}

void tst_MainWindow::writeDaily(const QString &code, double value) const
{
    QVector<Observation> rows;
    for (QDate d(2026, 4, 1); d <= QDate(2026, 4, 20); d = d.addDays(1)) {
        Observation o;
        o.indicator = code;
        o.entity = EntityRegistry::cityCode();
        o.period = d.toString(Qt::ISODate);
        o.value = value;
        o.sourceKind = QStringLiteral("import");
        o.sourceRef = QStringLiteral("bao-cao-y-te.xlsx");
        o.fetchedAt = cityDateTime(d, QTime(20, 0));
        rows << o;
    }
    Cache cache;
    QString error;
    int added = 0, changed = 0, unchanged = 0;
    QVERIFY(cache.open(options().cachePath, &error));
    QVERIFY2(cache.appendRevisions(rows, &added, &changed, &unchanged, &error), qPrintable(error));
}

void tst_MainWindow::opensOnS01WithFigures()
{
    MainWindow w(m_catalog, m_entities, m_screens, options());
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    QCOMPARE(painted.first().first().toString(), QStringLiteral("S01"));
    ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
    QCOMPARE(s01->data().figures.size(), 16);
    QVERIFY(s01->data().valueCount() >= 15); // the river level has no readings this far back
    const Figure &grdp = s01->data().figures.first();
    QCOMPARE(grdp.indicator->code, QStringLiteral("A01.01"));
    QCOMPARE(*grdp.value, 10.87);
    QCOMPARE(grdp.status.effective(), Status::Warn);
    QVERIFY2(w.windowTitle().contains(QStringLiteral("DỮ LIỆU MẪU")), qPrintable(w.windowTitle()));
    // the navigation lists the 17 screens under the five groups, and the map and the cameras under
    // the first
    auto *nav = w.findChild<QTreeWidget *>();
    QCOMPARE(nav->topLevelItemCount(), 5);
    int screens = 0;
    for (int i = 0; i < nav->topLevelItemCount(); ++i)
        screens += nav->topLevelItem(i)->childCount();
    QCOMPARE(screens, 20);
    QCOMPARE(nav->topLevelItem(0)->child(1)->data(0, Qt::UserRole).toString(),
             Workspace::mapCode());
    QCOMPARE(nav->topLevelItem(0)->child(2)->data(0, Qt::UserRole).toString(),
             Workspace::camerasCode());
    QCOMPARE(nav->topLevelItem(0)->child(3)->data(0, Qt::UserRole).toString(),
             Workspace::readinessCode());
    QCOMPARE(nav->topLevelItem(0)->text(0), QStringLiteral("Tổng quan"));
}

void tst_MainWindow::switchesScreensAndLanguage()
{
    MainWindow w(m_catalog, m_entities, m_screens, options());
    connect(&w, &MainWindow::languageChangeRequested, this,
            [this](const QString &lang) { QVERIFY(m_translation.install(lang)); });
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);

    // choosing a screen in the navigation shows it
    auto *nav = w.findChild<QTreeWidget *>();
    QTreeWidgetItem *emergency = nav->topLevelItem(4)->child(0);
    QCOMPARE(emergency->data(0, Qt::UserRole).toString(), QStringLiteral("S17"));
    nav->setCurrentItem(emergency);
    QCOMPARE(w.workspace()->currentScreen(), QStringLiteral("S17"));
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S17"))->hasData(), 10000);
    QCOMPARE(w.workspace()->currentScreen(), QStringLiteral("S17"));
    QCOMPARE(w.workspace()->page(QStringLiteral("S17"))->data().figures.size(), 15);

    // through the menu, as a person would: the action that asks for the change is rebuilt
    QAction *english = nullptr;
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->text() == QLatin1String("English"))
            english = a;
    }
    QVERIFY(english);
    english->trigger();
    QTRY_VERIFY(w.windowTitle().contains(QStringLiteral("DEMO DATA")));
    QCOMPARE(w.language(), QStringLiteral("en"));
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QTRY_COMPARE(nav->topLevelItem(0)->text(0), QStringLiteral("Overview"));
    QCOMPARE(w.workspace()->currentScreen(), QStringLiteral("S17"));
    QCOMPARE(nav->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("S17"));

    w.setLanguage(QStringLiteral("vi"));
    QTRY_VERIFY(w.windowTitle().contains(QStringLiteral("DỮ LIỆU MẪU")));
}

void tst_MainWindow::summaryFollowsTheScreen()
{
    MainWindow w(m_catalog, m_entities, m_screens, options());
    connect(&w, &MainWindow::languageChangeRequested, this,
            [this](const QString &lang) { QVERIFY(m_translation.install(lang)); });
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    QVERIFY(!w.summary()->isVisible());
    w.summary()->toggleViewAction()->trigger(); // View → Tóm tắt
    QVERIFY(w.summary()->isVisible());
    NarrativePanel *panel = w.summary()->panel();
    QTRY_COMPARE(panel->narrative().screen, QStringLiteral("S01"));
    // GRDP short of its plan, in the words of the April report; hovering it names the figure
    int grdp = -1;
    for (int i = 0; i < panel->narrative().sentences.size(); ++i) {
        if (panel->narrative().sentences.at(i).text.contains(
                QStringLiteral("đạt 10,87%, chưa đạt kế hoạch tháng")))
            grdp = i;
    }
    QVERIFY(grdp >= 0);
    QVERIFY2(panel->citations(grdp).startsWith(QStringLiteral("A01.01 · ")),
             qPrintable(panel->citations(grdp)));
    QVERIFY(panel->citations(grdp).contains(QStringLiteral("10,87%")));
    // another screen: its own text
    w.workspace()->showScreen(QStringLiteral("S16"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->narrative().screen, QStringLiteral("S16"), 10000);
    QVERIFY(!panel->narrative().sentences.isEmpty());
    // another language: the same sentences in English
    w.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(panel->narrative().sentences.first().text.contains(QStringLiteral(" units with ")));
    w.setLanguage(QStringLiteral("vi"));
    QTRY_VERIFY(panel->narrative().sentences.first().text.contains(QStringLiteral(" đơn vị có ")));
}

void tst_MainWindow::syncsFromAServerAndKeepsFiguresOffline()
{
    QTemporaryDir dir;
    ServerStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("server.sqlite")), &error));
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed,
                            cityDateTime(QDate(2026, 4, 20), QTime(18, 0)));
    for (const char *code : {"A01.01", "A09.01", "A12.01"})
        QVERIFY(store.insert(gen.generateIndicator(QLatin1String(code)), &error));
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    auto api = std::make_unique<ApiServer>(m_catalog, meta.readAll(), m_entities, store,
                                           AccessTokens::single(QStringLiteral("test"), "s3cret"));
    const quint16 port = api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);

    MainWindow::Options o = options();
    o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    o.token = QStringLiteral("s3cret");
    o.syncTimeoutMs = 1500;
    o.cachePath = dir.filePath(Cache::fileNameFor(o.server));
    MainWindow w(m_catalog, m_entities, m_screens, o);
    w.show();
    QTRY_COMPARE_WITH_TIMEOUT(w.connection(), MainWindow::Connection::Online, 15000);
    ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
    QTRY_VERIFY_WITH_TIMEOUT(s01->data().valueCount() == 3,
                             10000); // the three indicators it serves
    QCOMPARE(*s01->data().figures.first().value, 10.87);
    QVERIFY(!w.windowTitle().contains(QStringLiteral("DỮ LIỆU MẪU")));
    QCOMPARE(s01->data().figures.first().sourceKind, QStringLiteral("api"));
    // after the first sync the live stream opens: the status bar says so
    QTRY_COMPARE_WITH_TIMEOUT(w.statusLine()->connectionText(), QStringLiteral("Trực tiếp"), 10000);
    QVERIFY2(w.statusLine()->wallText().startsWith(QStringLiteral("Trực tiếp · Nguồn: ")),
             qPrintable(w.statusLine()->wallText())); // and first on the wall's footer

    // the traffic cameras: the list, then the pictures of the cameras on screen; one live
    w.workspace()->showScreen(Workspace::camerasCode());
    CameraPage *cameras = w.workspace()->cameraPage();
    QTRY_COMPARE_WITH_TIMEOUT(cameras->wall()->board().cameras.size(), 6, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!cameras->wall()->shown().isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cameras->wall()->board().frames.size(),
                              cameras->wall()->shown().size(), 15000);
    QVERIFY(cameras->wall()->board().cameras.first().demo);
    cameras->open(QStringLiteral("TC01"));
    QTRY_VERIFY_WITH_TIMEOUT(cameras->liveView()->isLive(), 10000);
    QCOMPARE(api->cameras()->viewers(), 1);
    // away from the cameras: the live picture stops, and no picture is fetched
    w.workspace()->showScreen(QStringLiteral("S01"));
    QTRY_COMPARE_WITH_TIMEOUT(api->cameras()->viewers(), 0, 5000);
    QTRY_VERIFY(cameras->wall()->shown().isEmpty());

    // the server goes away: the window says so and keeps the figures it has
    api.reset();
    w.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(w.connection(), MainWindow::Connection::Offline, 10000);
    QCOMPARE(w.statusLine()->connectionText(), QStringLiteral("Ngoại tuyến"));
    QCOMPARE(*s01->data().figures.first().value, 10.87);
    w.workspace()->showScreen(QStringLiteral("S02"));
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S02"))->hasData(), 10000);
    QCOMPARE(*w.workspace()->page(QStringLiteral("S02"))->data().figures.first().value,
             10.87); // from the cache
}

void tst_MainWindow::switchesDataSourceLive()
{
    QTemporaryDir server;
    ServerStore store;
    QString error;
    QVERIFY(store.open(server.filePath(QStringLiteral("server.sqlite")), &error));
    // the server's figure differs from the demo's, so the switch is visible
    Observation revised;
    revised.indicator = QStringLiteral("A01.01");
    revised.entity = QStringLiteral("31");
    revised.period = QStringLiteral("2026-04");
    revised.value = 10.95;
    revised.plan = 11.5;
    revised.sourceRef = QStringLiteral("Statistics Office");
    revised.fetchedAt = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    QVERIFY(store.insert({revised}, &error));
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    ApiServer api(m_catalog, meta.readAll(), m_entities, store,
                  AccessTokens::single(QStringLiteral("test"), "s3cret"));
    const quint16 port = api.listen(QHostAddress::LocalHost, 0);

    MainWindow::Options o = options();
    o.dataDir = m_dir.path(); // the demo cache of initTestCase lives there
    MainWindow w(m_catalog, m_entities, m_screens, o);
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S01"))->data().valueCount() > 0,
                             10000);
    QCOMPARE(*w.workspace()->page(QStringLiteral("S01"))->data().figures.first().value, 10.87);
    QCOMPARE(w.connection(), MainWindow::Connection::Demo);

    w.setDataSource(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("s3cret"),
                    {}, false);
    QTRY_COMPARE_WITH_TIMEOUT(w.connection(), MainWindow::Connection::Online, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S01"))->data().valueCount() == 1,
                             10000);
    QCOMPARE(*w.workspace()->page(QStringLiteral("S01"))->data().figures.first().value, 10.95);
    QVERIFY(!w.windowTitle().contains(QStringLiteral("DỮ LIỆU MẪU")));
    QVERIFY(QFile::exists(
        QDir(m_dir.path())
            .filePath(Cache::fileNameFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))))));

    // back to the demo data: its own cache, untouched by the server's figures
    w.setDataSource(QUrl(), QString(), {}, false);
    QCOMPARE(w.connection(), MainWindow::Connection::Demo);
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S01"))->data().valueCount() > 10,
                             10000);
    QCOMPARE(*w.workspace()->page(QStringLiteral("S01"))->data().figures.first().value, 10.87);
    QVERIFY(w.windowTitle().contains(QStringLiteral("DỮ LIỆU MẪU")));

    // offline: the server's cached figures, no syncing
    w.setDataSource(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("s3cret"),
                    {}, true);
    QCOMPARE(w.connection(), MainWindow::Connection::Cached);
    QTRY_COMPARE_WITH_TIMEOUT(
        *w.workspace()->page(QStringLiteral("S01"))->data().figures.first().value, 10.95, 10000);
}

void tst_MainWindow::dataSourceDialog()
{
    DataSourceDialog d;
    QVERIFY(d.problem().isEmpty()); // the demo data needs nothing
    QVERIFY(d.server().isEmpty());
    d.setSource(QUrl(QStringLiteral("ftp://example.org")), QStringLiteral("t"), {}, false);
    QVERIFY(!d.problem().isEmpty());
    d.setSource(QUrl(QStringLiteral("https://ioc.example.vn")), QStringLiteral("t"), {}, true);
    QVERIFY(d.problem().isEmpty());
    QCOMPARE(d.server(), QUrl(QStringLiteral("https://ioc.example.vn")));
    QCOMPARE(d.token(), QStringLiteral("t"));
    QVERIFY(d.offline());

    // plain HTTP to another machine only when allowed for that server
    d.setSource(QUrl(QStringLiteral("http://10.8.0.5:8787")), QStringLiteral("t"), {}, false);
    QVERIFY2(d.problem().contains(QStringLiteral("10.8.0.5")), qPrintable(d.problem()));
    QVERIFY(!d.trust().plainHttpAllowed);
    ServerTrust allowed;
    allowed.plainHttpAllowed = true;
    d.setSource(QUrl(QStringLiteral("http://10.8.0.5:8787")), QStringLiteral("t"), allowed, false);
    QVERIFY(d.problem().isEmpty());
    QVERIFY(d.trust().plainHttpAllowed);
    d.setSource(QUrl(QStringLiteral("http://127.0.0.1:8787")), QStringLiteral("t"), {}, false);
    QVERIFY(d.problem().isEmpty()); // this computer

    // the city's CA, from a file; a server's own certificate is not an authority
    QTemporaryDir dir;
    const test::TestCerts certs = test::makeTestCerts(dir.path());
    QVERIFY2(certs.ok(), qPrintable(certs.problem));
    QString problem = d.addAuthorities(certs.serverCert);
    // (in the window's language) naming the file and the certificate's fingerprint
    QVERIFY2(problem.contains(certs.serverCert)
                 && problem.contains(
                     ServerTrust::fingerprint(QSslCertificate::fromPath(certs.serverCert).first())),
             qPrintable(problem));
    QVERIFY(d.trust().authorities.isEmpty());
    QVERIFY(d.addAuthorities(certs.caCert).isEmpty());
    QCOMPARE(d.trust().authorities.size(), 1);
    QVERIFY(d.addAuthorities(certs.caCert).isEmpty()); // once
    QCOMPARE(d.trust().authorities.size(), 1);
}

void tst_MainWindow::drillDownAndBackByKeyboard()
{
    MainWindow w(m_catalog, m_entities, m_screens, options());
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    KpiTile *tile = nullptr;
    for (KpiTile *t : w.workspace()->page(QStringLiteral("S01"))->findChildren<KpiTile *>()) {
        if (t->indicatorCode() == QLatin1String("C03.02"))
            tile = t;
    }
    QVERIFY(tile);
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Return);
    QVERIFY(w.workspace()->detailOpen());
    IndicatorDetail *detail = w.workspace()->detail();
    QCOMPARE(detail->indicatorCode(), QStringLiteral("C03.02"));
    QTRY_COMPARE_WITH_TIMEOUT(detail->data().indicator, QStringLiteral("C03.02"), 10000);
    // the April 2026 figure with its status, the rules, where it comes from, by unit
    const DetailData &d = detail->data();
    QCOMPARE(*d.headline.value, 20.4);
    QCOMPARE(d.headline.status.effective(), Status::Warn);
    QVERIFY(d.history.size() >= 27); // January 2024 to April 2026
    QCOMPARE(d.history.first().asOf.year(), 2024);
    QVERIFY2(detail->rulesText().contains(QStringLiteral("Cảnh báo khi")),
             qPrintable(detail->rulesText()));
    QVERIFY2(detail->provenanceText().contains(QStringLiteral("Sở Tài chính (đầu tư công)")),
             qPrintable(detail->provenanceText()));
    QCOMPARE(detail->bars()->rowCount(), int(d.breakdown.size()));
    QVERIFY(d.breakdown.size() >= 10);
    QCOMPARE(detail->bars()->order().first(), QStringLiteral("INV01")); // 42.9 %, the highest
    // back by keyboard: the screen again, its tile focused
    QTest::keyClick(detail, Qt::Key_Escape);
    QVERIFY(!w.workspace()->detailOpen());
    QCOMPARE(w.workspace()->currentScreen(), QStringLiteral("S01"));
    QCOMPARE(QApplication::focusWidget(), tile);
    // Alt+Left does the same
    w.workspace()->openDetail(QStringLiteral("A01.01"));
    QVERIFY(w.workspace()->detailOpen());
    QTest::keyClick(detail, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(!w.workspace()->detailOpen());
}

void tst_MainWindow::badBoundariesLeaveTheRestWorking()
{
    // a boundary file that is not JSON: the maps say why they are missing, the screens work
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ranh-gioi.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"type\": \"FeatureCollection\", \"features\": [");
    f.close();
    MainWindow::Options o = options();
    o.boundariesPath = path;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("GeoJSON|JSON")));
    MainWindow w(m_catalog, m_entities, m_screens, o);
    QVERIFY(!w.boundaries().get());
    const QString problem = w.boundaries().problem;
    QVERIFY2(problem.contains(QStringLiteral("JSON")), qPrintable(problem));
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
    QCOMPARE(s01->data().figures.size(), 16);
    QVERIFY(!s01->findChild<MapView *>());
    bool said = false;
    for (const QLabel *l : s01->findChildren<QLabel *>())
        said = said || (l->text().contains(problem) && !l->isHidden());
    QVERIFY(said);
    // the map view says so too, and its controls are there; the other screens open as usual
    w.workspace()->showScreen(Workspace::mapCode());
    QVERIFY(!w.workspace()->mapPage()->map());
    bool pageSaid = false;
    for (const QLabel *l : w.workspace()->mapPage()->findChildren<QLabel *>())
        pageSaid = pageSaid || l->text().contains(problem);
    QVERIFY(pageSaid);
    w.workspace()->showScreen(QStringLiteral("S13"));
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 2, 10000);
    QCOMPARE(w.workspace()->currentScreen(), QStringLiteral("S13"));
    QVERIFY(w.workspace()->page(QStringLiteral("S13"))->data().valueCount() > 0);
}

void tst_MainWindow::presentsByKeysAndInterval()
{
    Settings::setPresentationPlaylist({QStringLiteral("S01"), QStringLiteral("S13"),
                                       QStringLiteral("S99"), QStringLiteral("S07")});
    Settings::setPresentationInterval(0);
    MainWindow w(m_catalog, m_entities, m_screens, options());
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    QSignalSpy firstPass(w.alerts(), &AlertDock::journaled);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    QTest::keyClick(&w, Qt::Key_F5);
    PresentationView *p = w.presenter()->view();
    QVERIFY(p);
    QVERIFY(p->isFullScreen());
    QCOMPARE(p->playlist(), (QStringList{QStringLiteral("S01"), QStringLiteral("S13"),
                                         QStringLiteral("S07")})); // S99 is no screen
    QCOMPARE(p->currentScreen(), QStringLiteral("S01"));
    // the wall's frames: S01's four (tiles twice, two panels, the map), S13's, S07's
    int frames = 0;
    for (const QString &code : p->playlist()) {
        for (const ScreenDefinition &d : std::as_const(m_screens))
            frames += d.code == code ? int(WallFrame::stops(d).size()) : 0;
    }
    QCOMPARE(p->frames().size(), frames);
    QCOMPARE(p->frames().first().parts, 4);
    // S01 came from the desk; the next frame is painted before it is asked for
    QVERIFY(p->isReady(QStringLiteral("S01")));
    QTRY_VERIFY_WITH_TIMEOUT(p->isFrameReady(1), 10000);
    QVERIFY2(p->footerText().contains(QStringLiteral("(1/4)"))
                 && p->footerText().contains(QStringLiteral("Màn hình 1/3"))
                 && p->footerText().contains(QStringLiteral("20/04/2026"))
                 && p->footerText().contains(QStringLiteral("dữ liệu mẫu")),
             qPrintable(p->footerText()));
    const QImage frame = p->grab().toImage();
    QVERIFY(frame.pixelColor(frame.width() / 2, frame.height() / 3) != QColor(Qt::black));
    QCOMPARE(p->theme().name, QStringLiteral("dark")); // the wall's default
    // presenter keys and remote clickers, frame by frame
    QSignalSpy switched(p, &PresentationView::switched);
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->index(), 1);
    QTest::keyClick(p, Qt::Key_Space);
    QCOMPARE(p->index(), 2);
    QTest::keyClick(p, Qt::Key_PageUp);
    QCOMPARE(p->index(), 1);
    QTest::keyClick(p, Qt::Key_Home);
    QCOMPARE(p->index(), 0);
    QTest::keyClick(p, Qt::Key_Left); // round to the last frame
    QCOMPARE(p->currentScreen(), QStringLiteral("S07"));
    QCOMPARE(p->index(), frames - 1);
    QTest::keyClick(p, Qt::Key_PageDown); // and on to the first
    QCOMPARE(p->currentScreen(), QStringLiteral("S01"));
    QCOMPARE(switched.count(), 6);
    for (int i = 0; i < 4; ++i) // past S01's four frames: S13
        QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(p->currentScreen(), QStringLiteral("S13"));
    QTest::keyClick(p, Qt::Key_Home);
    QTest::keyClick(p, Qt::Key_B);
    QVERIFY(p->isBlank());
    QCOMPARE(p->grab().toImage().pixelColor(10, 10), QColor(Qt::black));
    QTest::keyClick(p, Qt::Key_B);
    QVERIFY(!p->isBlank());
    QTest::keyClick(p, Qt::Key_Period);
    QVERIFY(p->isBlank());
    QTest::keyClick(p, Qt::Key_Right); // moving on shows the wall again
    QVERIFY(!p->isBlank());
    QCOMPARE(p->index(), 1);
    // an interval advances by itself
    p->setInterval(1);
    QTRY_COMPARE_WITH_TIMEOUT(p->index(), 2, 3000);
    p->setInterval(0);
    QTest::keyClick(p, Qt::Key_Home);
    QTest::keyClick(p, Qt::Key_Left); // S07's last frame
    // a Group D figure turning critical while the wall shows S07 (no Group D figure on it): the
    // data layer judges every figure, so the status bar, a banner, the rotation paused
    QCOMPARE(p->currentScreen(), QStringLiteral("S07"));
    QTRY_VERIFY_WITH_TIMEOUT(firstPass.count() >= 1,
                             20000); // the journal knows the wards as they were
    QSignalSpy alerts(w.alerts(), &AlertDock::critical);
    QSignalSpy raised(w.alerts(), &AlertDock::raised);
    writeIcu(88);
    w.dataArrived();
    QTRY_VERIFY_WITH_TIMEOUT(raised.count() >= 1, 10000); // the warning is journaled …
    QTest::qWait(200);
    QCOMPARE(alerts.count(), 0); // … but a warning is no emergency
    writeIcu(97);
    w.dataArrived();
    QTRY_COMPARE(alerts.count(), 1);
    QVERIFY2(alerts.first().first().toString().contains(QStringLiteral("Nguy hiểm")),
             qPrintable(alerts.first().first().toString()));
    QCOMPARE(w.statusBar()->currentMessage(), alerts.first().first().toString());
    QCOMPARE(p->alertText(), alerts.first().first().toString());
    QVERIFY(p->isPaused());
    QCOMPARE(p->currentScreen(), QStringLiteral("S07")); // the wall stayed where it was
    p->setInterval(1); // a rotation that would move on: the banner holds it
    const QString paused = p->currentScreen();
    QTest::qWait(1500);
    QCOMPARE(p->currentScreen(), paused);
    QTest::keyClick(p, Qt::Key_Right); // the presenter moves on: banner gone, rotation again
    QVERIFY(p->alertText().isEmpty() && !p->isPaused());
    // Esc leaves
    QTest::keyClick(p, Qt::Key_Escape);
    QTRY_VERIFY(!w.presenter()->view());
    Settings::setPresentationPlaylist({});
    writeIcu(74); // the wards back to normal for the tests after this one
}

// The place filter: every screen for Phường Hồng Bàng, its figures with the city's beside them
// and its rank among the 114, the indicators it has no figure for said so; kept across screens,
// periods and a restart; a place no longer known is dropped with a message; Ctrl+K and the
// map's context menu set it; the whole city again from the place button.
void tst_MainWindow::placeFilterShowsEveryScreenForAPlace()
{
    Settings::setPlace({});
    // this test's own cache: the overview part and the communes' rows
    QTemporaryDir dir;
    MainWindow::Options o = options();
    o.cachePath = dir.filePath(Cache::defaultFileName());
    QVERIFY(QFile::copy(options().cachePath, o.cachePath));
    const QString seeded = test::seedDemoCache(o.cachePath, m_catalog, m_entities,
                                               cityDateTime(QDate(2026, 4, 20), QTime(18, 0)),
                                               DemoGenerator::Part::Communes);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    {
        MainWindow w(m_catalog, m_entities, m_screens, o);
        QSignalSpy painted(&w, &MainWindow::screenPainted);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
        auto *button = w.findChild<QToolButton *>(QStringLiteral("placeButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Toàn thành phố ▾"));
        w.setPlace(QStringLiteral("nowhere")); // refused, nothing changes
        QVERIFY(w.place().isEmpty());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("nowhere")));

        w.setPlace(QStringLiteral("11311"));
        QCOMPARE(Settings::place(), QStringLiteral("11311"));
        QCOMPARE(button->text(), QStringLiteral("Phường Hồng Bàng ▾"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("placeLabel"))->text(),
                 QStringLiteral("Địa bàn: Phường Hồng Bàng"));
        ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
        QTRY_COMPARE_WITH_TIMEOUT(s01->data().place, QStringLiteral("11311"), 10000);
        KpiTile *enterprises = nullptr, *operating = nullptr;
        for (KpiTile *t : s01->findChildren<KpiTile *>()) {
            if (t->indicatorCode() == QLatin1String("A11.02"))
                enterprises = t;
            if (t->indicatorCode() == QLatin1String("A01.01"))
                operating = t;
        }
        QVERIFY(enterprises && operating);
        // the place's figure, its rank among the units, the city's beside it
        const Figure *own = nullptr;
        for (const Figure &f : s01->data().figures) {
            if (f.indicator->code == QLatin1String("A11.02"))
                own = &f;
        }
        QVERIFY(own);
        QVERIFY(own && own->value && own->entity == QLatin1String("11311"));
        const auto rank = s01->data().ranks.value(QStringLiteral("A11.02"));
        QVERIFY(rank.first >= 1 && rank.second == 114);
        QCOMPARE(enterprises->entityLine(),
                 QStringLiteral("Phường Hồng Bàng · hạng %1/114").arg(rank.first));
        QCOMPARE(enterprises->factLines().first(), QStringLiteral("Toàn thành phố: 2.147"));
        // a city-wide indicator says it has no figure for the place, and shows none
        QVERIFY(s01->data().notAtPlace.contains(QStringLiteral("A01.01")));
        QCOMPARE(operating->noneText(), QStringLiteral("Không có số liệu cho địa bàn này"));
        QCOMPARE(operating->entityLine(), QStringLiteral("Chỉ có số liệu toàn thành phố"));
        QVERIFY(
            operating->factLines().first().startsWith(QStringLiteral("Toàn thành phố: 10,87%")));
        // the header says it; the map and the ranked table pick the place out
        QVERIFY(s01->findChild<QLabel *>()->parentWidget() != nullptr);
        bool said = false;
        for (QLabel *l : s01->findChildren<QLabel *>())
            said = said || l->text().endsWith(QStringLiteral("Địa bàn: Phường Hồng Bàng"));
        QVERIFY(said);
        QCOMPARE(s01->selectedUnit(), QStringLiteral("11311"));
        QCOMPARE(s01->map()->highlighted(), QStringLiteral("11311"));
        // the chart charts the place's own series
        QVERIFY(!s01->data().trends.value(QStringLiteral("A11.02")).isEmpty());
        QVERIFY(!s01->data().trends.contains(QStringLiteral("A01.01")));

        // kept across periods and screens
        w.stepPeriod(-1);
        QTRY_COMPARE_WITH_TIMEOUT(s01->data().selection.asOf, QDate(2026, 3, 31), 10000);
        QCOMPARE(s01->data().place, QStringLiteral("11311"));
        w.workspace()->showScreen(QStringLiteral("S02"));
        QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S02"))->data().place,
                                  QStringLiteral("11311"), 10000);

        // the map's context menu: another place, then the whole city
        emit s01->map()->placeWanted(QStringLiteral("10507"));
        QCOMPARE(w.place(), QStringLiteral("10507"));
        emit s01->map()->placeWanted(QStringLiteral("11311"));
    }
    {
        // a restart shows the place kept
        MainWindow w(m_catalog, m_entities, m_screens, o);
        QCOMPARE(w.place(), QStringLiteral("11311"));
        // the whole city again from the place button's menu
        auto *button = w.findChild<QToolButton *>(QStringLiteral("placeButton"));
        QVERIFY(button && button->menu());
        button->menu()->actions().first()->trigger();
        QVERIFY(w.place().isEmpty());
        QVERIFY(Settings::place().isEmpty());
    }
    {
        // a place no longer among the boundaries is dropped, and the window says so
        Settings::setPlace(QStringLiteral("99999"));
        MainWindow w(m_catalog, m_entities, m_screens, o);
        QVERIFY(w.place().isEmpty());
        QVERIFY(Settings::place().isEmpty());
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("99999")),
                 qPrintable(w.statusBar()->currentMessage()));
    }
    // Ctrl+K among places: communes, investors, projects and stations, labelled
    const auto places = IndicatorSearch::find(m_catalog, m_screens, m_entities,
                                              QStringLiteral("hong bang"), true);
    QVERIFY(!places.isEmpty());
    for (const IndicatorSearch::Hit &h : places)
        QCOMPARE(h.kind, IndicatorSearch::Kind::Place);
    QCOMPARE(places.first().code, QStringLiteral("11311"));
    int kinds = 0;
    for (EntityKind k : {EntityKind::Unit, EntityKind::Project, EntityKind::Station}) {
        for (const Entity &e : m_entities.all()) {
            if (e.kind != k)
                continue;
            const auto hits = IndicatorSearch::find(m_catalog, m_screens, m_entities, e.code, true);
            kinds += !hits.isEmpty() && hits.first().code == e.code;
            break;
        }
    }
    QCOMPARE(kinds, 3);
}

// Saved views: what is shown (screen, period, place, the unit picked out, the comparison) kept
// under a name and shown again by another window; the file another console opens; a file that is
// malformed, newer, or names a screen, period or place this console does not know is refused
// with the reason.
void tst_MainWindow::savedViewsKeepAndReopenWhatIsShown()
{
    Settings::setPlace({});
    QByteArray file;
    {
        MainWindow w(m_catalog, m_entities, m_screens, options());
        QSignalSpy painted(&w, &MainWindow::screenPainted);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
        w.setPlace(QStringLiteral("11311"));
        w.stepPeriod(-1); // March
        w.setCompareWith(CompareWith::LastYear);
        ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
        QTRY_COMPARE_WITH_TIMEOUT(s01->data().place, QStringLiteral("11311"), 10000);
        s01->selectUnit(QStringLiteral("10507"));
        const SavedView v = w.currentView(QStringLiteral("Hồng Bàng, tháng 3"));
        QCOMPARE(v.screen, QStringLiteral("S01"));
        QCOMPARE(v.selection, (Selection{Selection::Mode::Month, QDate(2026, 3, 31)}));
        QCOMPARE(v.place, QStringLiteral("11311"));
        QCOMPARE(v.selectedUnit, QStringLiteral("10507"));
        QCOMPARE(v.compareWith, CompareWith::LastYear);
        file = v.toFile();
        w.setPlace({});
        w.setCompareWith(CompareWith::Everything);
    }
    // another console opens the file on all of it
    QString why;
    const auto read = SavedView::fromFile(file, m_screens, m_entities, &why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->name, QStringLiteral("Hồng Bàng, tháng 3"));
    MainWindow::Options o = options();
    o.view = read;
    {
        MainWindow w(m_catalog, m_entities, m_screens, o);
        QSignalSpy painted(&w, &MainWindow::screenPainted);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
        QCOMPARE(w.workspace()->currentScreen(), QStringLiteral("S01"));
        QCOMPARE(w.selection().asOf, QDate(2026, 3, 31));
        QCOMPARE(w.place(), QStringLiteral("11311"));
        QCOMPARE(w.workspace()->compareWith(), CompareWith::LastYear);
        ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
        QTRY_COMPARE_WITH_TIMEOUT(s01->data().selection.asOf, QDate(2026, 3, 31), 10000);
        QCOMPARE(s01->selectedUnit(), QStringLiteral("10507"));
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("compareWith"))->currentData().toInt(),
                 int(CompareWith::LastYear));
        w.setPlace({});
        w.setCompareWith(CompareWith::Everything);
    }
    // Ctrl+K lists saved views in a group of their own, found as anything else is
    const auto hits
        = IndicatorSearch::find(m_catalog, m_screens, m_entities, QStringLiteral("thang 3"), false,
                                {QStringLiteral("Hồng Bàng, tháng 3")});
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const IndicatorSearch::Hit &h) {
        return h.kind == IndicatorSearch::Kind::View
               && h.code == QStringLiteral("Hồng Bàng, tháng 3");
    }));
    // refused with the reason (said here in English)
    QVERIFY(m_translation.install(QStringLiteral("en")));
    const auto vietnamese = qScopeGuard([this] { m_translation.install(QStringLiteral("vi")); });
    const struct
    {
        QByteArray bytes;
        const char *reason;
    } bad[] = {
        {"not json at all", "not a saved view"},
        {R"({"format":"ioc-view/2","name":"x","screen":"S01","period":"month:2026-04-20"})",
         "newer version"},
        {R"({"format":"ioc-view/1","name":"x","screen":"S99","period":"month:2026-04-20"})",
         "'S99'"},
        {R"({"format":"ioc-view/1","name":"x","screen":"S01","period":"April"})", "'April'"},
        {R"({"format":"ioc-view/1","name":"x","screen":"S01","period":"month:2026-04-20",)"
         R"("place":"99999"})",
         "'99999'"},
        {R"({"format":"ioc-view/1","name":"","screen":"S01","period":"month:2026-04-20"})",
         "no name"},
    };
    for (const auto &b : bad) {
        QString reason;
        QVERIFY(!SavedView::fromFile(b.bytes, m_screens, m_entities, &reason));
        QVERIFY2(reason.contains(QLatin1String(b.reason)), qPrintable(reason));
    }
}

void tst_MainWindow::periodPickerAppliesToScreens()
{
    MainWindow w(m_catalog, m_entities, m_screens, options());
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
    // the latest date is the end: no further
    w.stepPeriod(+1);
    QCOMPARE(w.selection().asOf, QDate(2026, 4, 20));
    w.stepPeriod(-1); // the whole of March
    QCOMPARE(w.selection().asOf, QDate(2026, 3, 31));
    QTRY_COMPARE_WITH_TIMEOUT(s01->data().selection.asOf, QDate(2026, 3, 31), 10000);
    // any of the last 24 months from the picker: the latest so far first, then whole months
    auto *bar = w.findChild<PeriodBar *>();
    QVERIFY(bar);
    const QStringList months = bar->choiceLabels();
    QCOMPARE(months.size(), PeriodBar::kMonthsListed);
    QCOMPARE(months.first(), QStringLiteral("Tháng 4/2026 · đến ngày 20/04/2026"));
    QCOMPARE(months.at(1), QStringLiteral("Tháng 3/2026"));
    auto *picker = w.findChild<QMenu *>(QStringLiteral("periodMenu"));
    QVERIFY(picker);
    emit picker->aboutToShow();
    QCOMPARE(picker->actions().size(), PeriodBar::kMonthsListed);
    QVERIFY(picker->actions().at(1)->isChecked()); // March, shown now
    picker->actions().at(3)->trigger();            // January
    QCOMPARE(w.selection(), (Selection{Selection::Mode::Month, QDate(2026, 1, 31)}));
    QTRY_COMPARE_WITH_TIMEOUT(s01->data().selection.asOf, QDate(2026, 1, 31), 10000);
    w.stepPeriod(+1);
    QCOMPARE(w.selection().asOf, QDate(2026, 2, 28));
    // the quarter, from the picker's own control
    auto *mode = w.findChild<QComboBox *>(QStringLiteral("periodMode"));
    QVERIFY(mode);
    QCOMPARE(mode->currentText(), QStringLiteral("Tháng"));
    mode->setCurrentIndex(mode->findData(int(Selection::Mode::Quarter)));
    emit mode->activated(mode->currentIndex());
    QCOMPARE(w.selection().mode, Selection::Mode::Quarter);
    QTRY_COMPARE_WITH_TIMEOUT(s01->data().selection.mode, Selection::Mode::Quarter, 10000);
    QCOMPARE(bar->choiceLabels().size(), PeriodBar::kQuartersListed);
    QVERIFY(s01->findChild<QLabel *>() != nullptr);
    w.stepPeriod(+1);
    QCOMPARE(w.selection().asOf, QDate(2026, 4, 20)); // a quarter on would pass the latest date
    // a screen shown later loads the chosen period too
    w.workspace()->showScreen(QStringLiteral("S02"));
    QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S02"))->data().selection.mode,
                              Selection::Mode::Quarter, 10000);
    // "So sánh với": the same period last year only, on every page, kept for the next start
    auto *with = w.findChild<QComboBox *>(QStringLiteral("compareWith"));
    QVERIFY(with);
    QCOMPARE(with->count(), 4);
    QCOMPARE(with->currentText(), QStringLiteral("tất cả"));
    with->setCurrentIndex(with->findData(int(CompareWith::LastYear)));
    emit with->activated(with->currentIndex());
    QCOMPARE(w.workspace()->compareWith(), CompareWith::LastYear);
    QCOMPARE(Settings::compareWith(), int(CompareWith::LastYear));
    int lastYear = 0;
    for (KpiTile *t : s01->findChildren<KpiTile *>()) {
        const QString facts = t->factLines().join(' ');
        QVERIFY2(!facts.contains(QStringLiteral("so với kỳ trước")), qPrintable(facts));
        lastYear += facts.contains(QStringLiteral("so với cùng kỳ"));
    }
    QVERIFY(lastYear >= 5);
    Settings::setCompareWith(0);
}

void tst_MainWindow::searchFindsIndicatorsWithoutDiacritics()
{
    const QStringList plain = IndicatorSearch::search(m_catalog, QStringLiteral("giai ngan"));
    QVERIFY2(plain.contains(QStringLiteral("C03.02")) && plain.contains(QStringLiteral("A12.03")),
             qPrintable(plain.join(',')));
    QCOMPARE(IndicatorSearch::search(m_catalog, QStringLiteral("giải ngân")), plain);
    QCOMPARE(IndicatorSearch::search(m_catalog, QStringLiteral("GIẢI NGÂN")), plain);
    QCOMPARE(IndicatorSearch::search(m_catalog, QStringLiteral("a09.01")).first(),
             QStringLiteral("A09.01"));
    QVERIFY(IndicatorSearch::search(m_catalog, QStringLiteral("disbursement"))
                .contains(QStringLiteral("C03.02")));
    QCOMPARE(IndicatorSearch::search(m_catalog, QString()).size(), 86);
    QVERIFY(IndicatorSearch::search(m_catalog, QStringLiteral("khong co chi tieu nay")).isEmpty());
    // the dialog: type, arrow down, Enter opens that indicator
    IndicatorSearch dialog(m_catalog, m_screens, m_entities, QStringLiteral("vi"));
    QSignalSpy chosen(&dialog, &IndicatorSearch::chosen);
    dialog.show();
    auto *field = dialog.findChild<QLineEdit *>();
    QTest::keyClicks(field, QStringLiteral("giai ngan"));
    QCOMPARE(dialog.shownGroups().first(), QStringLiteral("Chỉ tiêu"));
    QCOMPARE(dialog.shownCodes().mid(0, plain.size()), plain);
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(1).toString(), plain.at(1));

    // a place: "hong bang" is Phường Hồng Bàng, first and under its own heading; "mặt bằng" is
    // not found by the "hong" inside "không"
    const auto hits
        = IndicatorSearch::find(m_catalog, m_screens, m_entities, QStringLiteral("hong bang"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, IndicatorSearch::Kind::Place);
    QCOMPARE(m_entities.find(hits.first().code)->nameVi, QStringLiteral("Phường Hồng Bàng"));
    QVERIFY(!IndicatorSearch::search(m_catalog, QStringLiteral("hong bang"))
                 .contains(QStringLiteral("C02.05")));
    dialog.setQuery(QStringLiteral("hong bang"));
    QCOMPARE(dialog.shownGroups(), QStringList{QStringLiteral("Địa bàn")});
    // a code typed comes first; whole words before beginnings of words
    const auto s07 = IndicatorSearch::find(m_catalog, m_screens, m_entities, QStringLiteral("s07"));
    QCOMPARE(s07.first().kind, IndicatorSearch::Kind::Screen);
    QCOMPARE(s07.first().code, QStringLiteral("S07"));
    const auto thu = IndicatorSearch::find(m_catalog, m_screens, m_entities, QStringLiteral("thu"));
    QVERIFY(thu.size() > 2);
    QCOMPARE(thu.first().rank, 2); // "thu" whole ("Thu, chi ngân sách") before "thuế", "thủy"…
}

void tst_MainWindow::exportsTablesAsCsv()
{
    MainWindow w(m_catalog, m_entities, m_screens, options());
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    ScreenPage *s01 = w.workspace()->page(QStringLiteral("S01"));
    const QString path = m_dir.filePath(QStringLiteral("s01.csv"));
    QString error;
    QVERIFY2(s01->exportCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel reads the Vietnamese as UTF-8
    const QStringList lines
        = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 16);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Mã,Chỉ tiêu,Thực hiện")),
             qPrintable(lines.first()));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("A01.01,"))
                 && lines.at(1).contains(QStringLiteral("\"10,87")),
             qPrintable(lines.at(1)));
    // the detail's table: by unit
    w.workspace()->openDetail(QStringLiteral("C03.02"));
    QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->detail()->data().indicator, QStringLiteral("C03.02"),
                              10000);
    const QStringList detailLines = QString::fromUtf8(w.workspace()->detail()->tableCsv().mid(3))
                                        .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(detailLines.size(), 1 + int(w.workspace()->detail()->data().breakdown.size()));
    QVERIFY2(detailLines.first().startsWith(QStringLiteral("Mã,Đơn vị,")),
             qPrintable(detailLines.first()));
    // a folder that cannot be written: a clear message, nothing half-written
    QVERIFY(!s01->exportCsv(QStringLiteral("/proc/no-such-dir/s01.csv"), &error));
    QVERIFY(!error.isEmpty());
}

void tst_MainWindow::journalsAlertsAcrossRestarts()
{
    const QString cachePath = options().cachePath;
    const QString city = EntityRegistry::cityCode();
    Alert raisedAlert;
    {
        MainWindow w(m_catalog, m_entities, m_screens, options());
        QSignalSpy painted(&w, &MainWindow::screenPainted);
        QSignalSpy raised(w.alerts(), &AlertDock::raised);
        QSignalSpy critical(w.alerts(), &AlertDock::critical);
        QSignalSpy journaled(w.alerts(), &AlertDock::journaled);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
        // the journal's first pass over the cache as it is: no active outbreak
        QTRY_VERIFY_WITH_TIMEOUT(journaled.count() >= 1, 20000);
        const int before = int(raised.count());

        // the Department of Health reports 6 active outbreaks every day of April so far: a
        // crossing to critical (5), journaled by the data layer whatever screen is shown (S01)
        writeDaily(QStringLiteral("D02.02"), 6);
        w.dataArrived();
        QTRY_VERIFY_WITH_TIMEOUT(raised.count() > before, 10000);
        for (const auto &args : std::as_const(raised)) {
            for (const Alert &a : args.first().value<QVector<Alert>>()) {
                if (a.indicator == QLatin1String("D02.02") && a.entity == city)
                    raisedAlert = a;
            }
        }
        QCOMPARE(raisedAlert.status, Status::Critical);
        QCOMPARE(raisedAlert.previous, Status::Ok);
        QCOMPARE(raisedAlert.value, 6.0);
        QVERIFY(!raisedAlert.acknowledged());
        // Group D: in the status bar at once, and a critical alert
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Nguy hiểm")),
                 qPrintable(w.statusBar()->currentMessage()));
        QTRY_VERIFY(critical.count() >= 1);

        // the panel lists it; the filters by group and severity
        w.alerts()->showAlerts();
        AlertPanel *panel = w.alerts()->panel();
        QVERIFY(panel->isVisible());
        auto listed = [&] {
            for (int r = 0; r < panel->model()->rowCount(); ++r) {
                if (panel->model()->alertAt(r)->id == raisedAlert.id)
                    return true;
            }
            return false;
        };
        QVERIFY(listed());
        panel->setFilter(QStringLiteral("A"), Status::Warn, false);
        QVERIFY(!listed());
        panel->setFilter(QStringLiteral("D"), Status::Critical, true);
        QVERIFY(listed());
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            QCOMPARE(panel->model()->alertAt(r)->status, Status::Critical);

        // acknowledged with a note, through the dialog
        Settings::setOperatorName({});
        QSignalSpy acknowledged(w.alerts(), &AlertDock::acknowledged);
        bool dialogSeen = false;
        QTimer::singleShot(0, &w, [&] {
            auto *dialog = qobject_cast<AcknowledgeDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Trần Thị Bình"));
            dialog->setNote(QStringLiteral("Đã báo Sở Y tế; bệnh viện mở thêm 10 giường ICU"));
            dialog->accept();
        });
        w.alerts()->acknowledge(raisedAlert);
        QVERIFY(dialogSeen);
        QTRY_COMPARE(acknowledged.count(), 1);
        QCOMPARE(Settings::operatorName(), QStringLiteral("Trần Thị Bình"));
        QVERIFY(!listed()); // "not acknowledged only"
    }
    // a restart: the journal comes back from the cache with the acknowledgement, and the same
    // figures journal nothing again
    Cache cache;
    QString error;
    QVERIFY(cache.open(cachePath, &error));
    const int journalBefore = int(cache.alerts().size());
    MainWindow again(m_catalog, m_entities, m_screens, options());
    QSignalSpy journaledAgain(again.alerts(), &AlertDock::journaled);
    again.show();
    AlertTableModel *model = again.alerts()->panel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->alerts().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(journaledAgain.count() >= 1, 20000);
    QCOMPARE(journaledAgain.first().first().toInt(), 0);
    QCOMPARE(int(cache.alerts().size()), journalBefore);
    QCOMPARE(model->unacknowledgedCount(),
             int(std::count_if(model->alerts().cbegin(), model->alerts().cend(),
                               [](const Alert &a) { return !a.acknowledged(); })));
    bool countShown = false;
    for (QToolButton *b : again.statusBar()->findChildren<QToolButton *>())
        countShown |= b->text().endsWith(QStringLiteral(": %1").arg(model->unacknowledgedCount()));
    QVERIFY(countShown); // the status bar's count is the list's
    const auto it = std::find_if(model->alerts().cbegin(), model->alerts().cend(),
                                 [&](const Alert &a) { return a.id == raisedAlert.id; });
    QVERIFY(it != model->alerts().cend());
    QCOMPARE(it->acknowledgedBy, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(it->note, QStringLiteral("Đã báo Sở Y tế; bệnh viện mở thêm 10 giường ICU"));
    QVERIFY(it->acknowledgedAt.isValid());
    Settings::setOperatorName({});
}

// A view of a past day (--as-of) shows the live journal but never writes it.
void tst_MainWindow::pastDayJournalsNothing()
{
    Cache cache;
    QString error;
    QVERIFY(cache.open(options().cachePath, &error));
    const int before = int(cache.alerts().size());
    MainWindow::Options o = options();
    o.pastView = true;
    MainWindow w(m_catalog, m_entities, m_screens, o);
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    QSignalSpy journaled(w.alerts(), &AlertDock::journaled);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    writeDaily(QStringLiteral("D01.07"), 5); // dyke incidents every day: critical were it live
    w.dataArrived();
    QTest::qWait(1500);
    QCOMPARE(journaled.count(), 0);
    QCOMPARE(int(cache.alerts().size()), before);
    // its status bar counts what its list holds: the live journal as it is
    QCOMPARE(w.alerts()->panel()->model()->alerts().size(), before);
}

// Every dialog of the console, rendered in Vietnamese: none shows a string of Qt's own in English
// (Debian ships no Qt Vietnamese; ioc_vi.ts carries the ones the console shows).
void tst_MainWindow::trustsAPublishersKey()
{
    // a configuration of its own: the trust store lives there
    QTemporaryDir config;
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_CONFIG_HOME", before); });
    const SigningKey publisher = SigningKey::generate(QStringLiteral("Sở Tài chính Hải Phòng"));
    const QString keyFile = config.filePath(QStringLiteral("so-tai-chinh.pub.json"));
    QString error;
    QVERIFY2(saveWhole(keyFile, publisher.publicKey.toJson(), &error), qPrintable(error));
    const QString fingerprint = publisher.publicKey.fingerprint();
    const auto trusted = [&] {
        const TrustStore store = TrustStore::load();
        return store.find(publisher.publicKey.key) && !store.isRevoked(publisher.publicKey.key);
    };

    PublisherKeysDialog dialog;
    QCOMPARE(dialog.keys()->topLevelItemCount(), 0);
    // the question shows who and the fingerprint; Cancel (the default) trusts nothing
    QString asked;
    const auto answer = [&](const QString &button) {
        QTimer::singleShot(0, &dialog, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
    };
    answer(QStringLiteral("Hủy"));
    QVERIFY(!dialog.trustFile(keyFile));
    QVERIFY2(asked.contains(QStringLiteral("Sở Tài chính Hải Phòng"))
                 && asked.contains(fingerprint),
             qPrintable(asked));
    QVERIFY(!trusted());
    answer(QStringLiteral("Tin cậy"));
    QVERIFY(dialog.trustFile(keyFile));
    QVERIFY(trusted());
    QCOMPARE(dialog.keys()->topLevelItemCount(), 1);
    QCOMPARE(dialog.keys()->topLevelItem(0)->text(1), fingerprint);
    QVERIFY2(dialog.message().contains(fingerprint), qPrintable(dialog.message()));

    // a file that is not a key: said, naming the file; the store as it was
    const QString notAKey = config.filePath(QStringLiteral("bao-cao.json"));
    QVERIFY(saveWhole(notAKey, "{\"rows\": []}", &error));
    QVERIFY(!dialog.trustFile(notAKey));
    QVERIFY2(dialog.message().contains(QStringLiteral("bao-cao.json")),
             qPrintable(dialog.message()));
    QVERIFY(trusted());
    QCOMPARE(dialog.keys()->topLevelItemCount(), 1);

    // no longer trusted, after asking: its packs then say "revoked"
    dialog.keys()->setCurrentItem(dialog.keys()->topLevelItem(0));
    answer(QStringLiteral("Thôi tin cậy"));
    QVERIFY(dialog.stopTrusting());
    QVERIFY(!trusted());
    QVERIFY(TrustStore::load().isRevoked(publisher.publicKey.key));
    QCOMPARE(dialog.keys()->topLevelItemCount(), 0);
}

void tst_MainWindow::dialogsSpeakVietnamese()
{
    QSet<QString> english;
    for (const QtString &q : qtStringsShown())
        english.insert(QString::fromUtf8(q.source).remove(QLatin1Char('&')));
    QVERIFY(english.contains(QStringLiteral("Cancel"))
            && english.contains(QStringLiteral("Look in:")));
    auto textsOf = [](QWidget *root) {
        QStringList texts{root->windowTitle()};
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            texts << w->toolTip();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                texts << b->text();
            if (auto *l = qobject_cast<QLabel *>(w))
                texts << l->text();
            if (auto *e = qobject_cast<QLineEdit *>(w))
                texts << e->placeholderText();
            if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i);
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    texts << v->model()->headerData(c, Qt::Horizontal).toString();
            }
        }
        return texts;
    };
    auto check = [&](QWidget *dialog, const char *name) {
        dialog->show();
        QCoreApplication::processEvents();
        QStringList left;
        for (QString t : textsOf(dialog)) {
            t.remove(QLatin1Char('&'));
            if (english.contains(t))
                left << t;
        }
        left.removeDuplicates();
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("%1 shows Qt's English: %2")
                                .arg(QLatin1String(name), left.join(QStringLiteral(" | ")))));
        dialog->close();
    };
    const Formatter vi(QStringLiteral("vi"));
    {
        QFileDialog files(nullptr, QStringLiteral("Mở gói dữ liệu giao ban"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        check(&files, "the file dialog (save)");
        files.setAcceptMode(QFileDialog::AcceptOpen);
        check(&files, "the file dialog (open)");
    }
    {
        // saved views are listed after the screens; the playlist's items first, in its order
        const QString view = PlaylistItem::viewKey(QStringLiteral("Hồng Bàng"));
        PlaylistDialog playlist(m_screens, {QStringLiteral("Hồng Bàng"), QStringLiteral("Cát Hải")},
                                vi, {view, QStringLiteral("S01")}, 30, {});
        QCOMPARE(playlist.playlist(), (QStringList{view, QStringLiteral("S01")}));
        auto *list = playlist.findChild<QListWidget *>(QStringLiteral("playlist"));
        QVERIFY(list);
        QCOMPARE(list->count(), int(m_screens.size()) + 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Góc nhìn: Hồng Bàng"));
        QCOMPARE(list->item(list->count() - 1)->text(), QStringLiteral("Góc nhìn: Cát Hải"));
        QCOMPARE(list->item(list->count() - 1)->checkState(), Qt::Unchecked);
        check(&playlist, "the playlist dialog");
    }
    {
        DataSourceDialog source;
        check(&source, "the data source dialog");
    }
    {
        PublisherKeysDialog keys;
        check(&keys, "the publishers' keys dialog");
    }
    {
        AcknowledgeDialog ack(QStringLiteral("Nguy hiểm: D02.03"), QStringLiteral("Trần Thị Bình"));
        check(&ack, "the acknowledge dialog");
    }
    {
        // a pack's months: the one shown and the 23 whole months before it, as the picker has
        BriefingDialog briefing(BriefingDialog::Purpose::Pack, m_screens, options().selection, vi);
        QListWidget *months = nullptr;
        for (QListWidget *l : briefing.findChildren<QListWidget *>())
            if (l->count() == PeriodBar::kMonthsListed)
                months = l;
        QVERIFY(months);
        QCOMPARE(months->item(0)->checkState(), Qt::Checked);
        QCOMPARE(months->item(1)->text(), QStringLiteral("Tháng 3/2026"));
        QCOMPARE(months->item(23)->text(), QStringLiteral("Tháng 5/2024"));
    }
    for (const auto purpose : {BriefingDialog::Purpose::Pack, BriefingDialog::Purpose::Pdf,
                               BriefingDialog::Purpose::Figures}) {
        BriefingDialog briefing(purpose, m_screens, options().selection, vi);
        check(&briefing, "the briefing dialog");
    }
    {
        ImportDialog import({});
        check(&import, "the import dialog");
    }
    {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Nhập báo cáo"),
                        QStringLiteral("Có lỗi"),
                        QMessageBox::Ok | QMessageBox::Cancel | QMessageBox::Yes | QMessageBox::No);
        box.setDetailedText(QStringLiteral("ô D4"));
        check(&box, "a message box");
    }
    {
        MainWindow w(m_catalog, m_entities, m_screens, options());
        w.show();
        w.alerts()->showAlerts();
        QCoreApplication::processEvents();
        QDockWidget *dock = w.findChild<QDockWidget *>(QStringLiteral("alerts"));
        QVERIFY(dock);
        check(dock, "the alert dock");
    }
}

void tst_MainWindow::leavesTheCacheToWorkerThreads()
{
    test::UiThreadCacheWatch watch;
    MainWindow w(m_catalog, m_entities, m_screens, options());
    w.show();
    for (const char *code : {"S01", "S07", "S14"}) {
        w.workspace()->showScreen(QLatin1String(code));
        QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->page(QLatin1String(code))->data().valueCount() > 0,
                                 10000);
    }
    w.workspace()->openDetail(QStringLiteral("A09.01"));
    QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->detail()->data().indicator, QStringLiteral("A09.01"),
                              10000);
    w.workspace()->openCommune(QStringLiteral("11311"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.workspace()->communeDetail()->data().rows.isEmpty(), 10000);
    w.workspace()->showScreen(Workspace::mapCode());
    w.stepPeriod(-1);
    w.workspace()->showScreen(QStringLiteral("S01"));
    QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->page(QStringLiteral("S01"))->data().selection,
                              w.selection(), 10000);
    // the exports read the figures and write their files in the background
    const QString pdf = m_dir.filePath(QStringLiteral("ui-thread.pdf"));
    const QString xlsx = m_dir.filePath(QStringLiteral("ui-thread.xlsx"));
    QStringList errors;
    int done = 0;
    const auto note = [&](const QString &error) {
        errors << error;
        ++done;
    };
    w.briefing()->writePdf(pdf, {QStringLiteral("S01"), QStringLiteral("S07")}, true, note);
    w.briefing()->writeFigures(xlsx, {QStringLiteral("S01")}, note);
    QVERIFY(w.briefing()->busy());
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, 30000);
    QCOMPARE(errors, QStringList({QString(), QString()}));
    QVERIFY(!w.briefing()->busy());
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("ui-thread")),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY2(watch.opened().isEmpty(), qPrintable(watch.opened().join(QLatin1Char('\n'))));
}

void tst_MainWindow::closingWaitsForAnExport()
{
    // a workbook being written when the window goes is written whole, not cut or lost
    const QString xlsx = m_dir.filePath(QStringLiteral("closing.xlsx"));
    {
        MainWindow w(m_catalog, m_entities, m_screens, options());
        w.briefing()->writeFigures(xlsx, {QStringLiteral("S01"), QStringLiteral("S07")});
        QVERIFY(w.briefing()->busy());
    }
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    QFile f(xlsx);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK")); // a whole zip
}

void tst_MainWindow::importsDroppedReports()
{
    QTemporaryDir files;
    const QString good = files.filePath(QStringLiteral("cuc-thong-ke.csv"));
    const QString bad = files.filePath(QStringLiteral("so-tai-chinh.csv"));
    const QString other = files.filePath(QStringLiteral("notes.txt"));
    auto writeFile = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(writeFile(
        good,
        "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\nA01.01,31,2026-04,10.95,11.5\n"));
    QVERIFY(writeFile(
        bad, "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện\nA09.01,31,2026-04-20,nhiều\n"));
    QVERIFY(writeFile(other, "hello"));

    // As of the end of April: the imported April figure counts (as of 20 April it was not known).
    MainWindow::Options o = options();
    o.selection.asOf = QDate(2026, 4, 30);
    MainWindow w(m_catalog, m_entities, m_screens, o);
    QSignalSpy painted(&w, &MainWindow::screenPainted);
    QSignalSpy finished(&w, &MainWindow::importFinished);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    QCOMPARE(w.workspace()->page(QStringLiteral("S01"))->data().figures.first().sourceKind,
             QStringLiteral("demo"));

    // A file that is not a report is not taken.
    QMimeData notReports;
    notReports.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &notReports, Qt::LeftButton,
                            Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData reports;
    reports.setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(bad)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &reports, Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    painted.clear();
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &reports, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(0).toInt(), 1); // imported
    QCOMPARE(finished.first().at(1).toInt(), 1); // refused

    auto *dialog = w.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problemCount(), 1);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("cuc-thong-ke.csv: đã nhập 1 số liệu")),
             qPrintable(dialog->summaryText()));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("so-tai-chinh.csv: không nhập gì")),
             qPrintable(dialog->summaryText()));
    auto *table = dialog->findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("so-tai-chinh.csv"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("D2"));
    QVERIFY2(table->item(0, 3)->text().contains(QStringLiteral("nhiều")),
             qPrintable(table->item(0, 3)->text()));
    QVERIFY(dialog->problemsText().contains(QStringLiteral("so-tai-chinh.csv\t\tD2\t")));
    if (qEnvironmentVariableIsSet("IOC_TEST_SHOTS")) // to look at the dialog
        dialog->grab().save(QDir(qEnvironmentVariable("IOC_TEST_SHOTS"))
                                .filePath(QStringLiteral("import-dialog.png")));

    // The screen shows the imported figure without a restart.
    QTRY_VERIFY_WITH_TIMEOUT(painted.count() >= 1, 10000);
    const Figure &grdp = w.workspace()->page(QStringLiteral("S01"))->data().figures.first();
    QCOMPARE(*grdp.value, 10.95);
    QCOMPARE(grdp.sourceKind, QStringLiteral("import"));
    QCOMPARE(grdp.sourceRef, QStringLiteral("cuc-thong-ke.csv"));
    QCOMPARE(grdp.sourceDetail, QStringLiteral("D2"));
    QVERIFY(grdp.revision >= 2);
    dialog->close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
