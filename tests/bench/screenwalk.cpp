// ioc-bench-screens DATA_DIR: what a briefing does to the window, for the benchmark (ioc-bench
// runs it, one process per run). The window is built as ioc-console builds it (offline, in
// Vietnamese, on the demo cache of DATA_DIR). Each screen is visited once (the time until it is
// painted with its figures: first_visit), then the 17 are switched through three times (the
// time until a visited screen is on screen again: switch; and until its figures, reloaded in the
// background, are painted: refresh). Prints "name value" lines.
//
// ioc-bench-screens --live SERVER DATA_DIR ROUNDS: the window on a server (its cache in
// DATA_DIR), showing the emergency screen S17 once the live stream is up; for ROUNDS rounds of
// readings, the time from the server taking them (the event's read_at) to S17 repainted with
// them (live_latency_*).
#include "cache.h"
#include "catalog.h"
#include "demoseeder.h"
#include "entity.h"
#include "launcher.h"
#include "mainwindow.h"
#include "screenpage.h"
#include "workspace.h"
#include "screens.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>

using namespace ioc;

namespace {

double percentile(QVector<double> v, double q)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(std::min<int>(int(v.size()) - 1, int(q * (v.size() - 1) + 0.5)));
}

// Until the screen is painted with figures, or the timeout; false on a timeout.
bool paintedWithData(MainWindow &window, const QString &code, int timeoutMs)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::screenPainted, &loop, [&](const QString &painted) {
        ScreenPage *p = window.workspace()->page(painted);
        if (painted == code && p && p->data().valueCount() > 0)
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return timeout.isActive();
}

int walk(MainWindow &window, const QVector<ScreenDefinition> &screens, QTextStream &out)
{
    window.workspace()->showScreen(screens.first().code);
    if (!paintedWithData(window, screens.first().code, 120000)) {
        out << "error no figures on " << screens.first().code << Qt::endl;
        return 1;
    }
    QVector<double> first, switches, refresh;
    for (const ScreenDefinition &s : screens.mid(1)) {
        QElapsedTimer t;
        t.start();
        window.workspace()->showScreen(s.code);
        if (!paintedWithData(window, s.code, 30000)) {
            out << "error no figures on " << s.code << Qt::endl;
            return 1;
        }
        first << double(t.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("IOC_BENCH_VERBOSE"))
            out << "first_visit " << s.code << ' ' << first.last() << Qt::endl;
    }
    for (int round = 0; round < 3; ++round) {
        for (const ScreenDefinition &s : screens) {
            QElapsedTimer t;
            t.start();
            window.workspace()->showScreen(s.code);
            window.workspace()->page(s.code)->repaint();
            switches << double(t.nsecsElapsed()) / 1e6;
            if (!paintedWithData(window, s.code, 30000))
                return 1;
            refresh << double(t.nsecsElapsed()) / 1e6;
        }
    }
    out << "first_visit_max_ms " << *std::max_element(first.cbegin(), first.cend()) << Qt::endl;
    out << "first_visit_p50_ms " << percentile(first, 0.5) << Qt::endl;
    out << "switch_p50_ms " << percentile(switches, 0.5) << Qt::endl;
    out << "switch_p90_ms " << percentile(switches, 0.9) << Qt::endl;
    out << "refresh_p50_ms " << percentile(refresh, 0.5) << Qt::endl;
    out << "refresh_p90_ms " << percentile(refresh, 0.9) << Qt::endl;
    out << "peak_rss_kb " << peakRssKb() << Qt::endl;
    return 0;
}

// S17 on a live server: readings taken → repainted, `rounds` times.
int live(MainWindow &window, int rounds, QTextStream &out)
{
    const QString emergency = QStringLiteral("S17");
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    DataSource *data = window.dataSource();
    QObject::connect(data, &DataSource::changed, &loop, [&] {
        if (data->isLive())
            loop.quit();
    });
    timeout.start(600000); // the first sync comes first
    if (!data->isLive())
        loop.exec();
    if (!data->isLive()) {
        out << "error the live stream did not come up: " << data->liveError() << Qt::endl;
        return 1;
    }
    window.workspace()->showScreen(emergency);
    if (!paintedWithData(window, emergency, 60000)) {
        out << "error no figures on " << emergency << Qt::endl;
        return 1;
    }
    // readings in the cache, not yet on screen: the next repaint of S17 shows them (its
    // figures are read after the readings were written)
    QVector<QDateTime> waiting;
    QVector<double> latencies;
    QObject::connect(data, &DataSource::liveArrived, &loop,
                     [&](const QDateTime &readAt) { waiting << readAt; });
    QObject::connect(&window, &MainWindow::screenPainted, &loop, [&](const QString &code) {
        if (code != emergency || waiting.isEmpty())
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QDateTime &at : std::as_const(waiting))
            latencies << double(at.msecsTo(now));
        waiting.clear();
        if (latencies.size() >= rounds)
            loop.quit();
    });
    timeout.start(rounds * 10000 + 30000);
    loop.exec();
    if (latencies.size() < rounds) {
        out << "error " << latencies.size() << " of " << rounds << " rounds arrived" << Qt::endl;
        return 1;
    }
    out << "live_latency_p50_ms " << percentile(latencies, 0.5) << Qt::endl;
    out << "live_latency_p99_ms " << percentile(latencies, 0.99) << Qt::endl;
    out << "live_latency_max_ms " << *std::max_element(latencies.cbegin(), latencies.cend())
        << Qt::endl;
    out << "live_rounds " << latencies.size() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const bool liveMode = argc == 5 && QByteArray(argv[1]) == "--live";
    if (argc != 2 && !liveMode) {
        out << "usage: ioc-bench-screens DATA_DIR | --live SERVER DATA_DIR ROUNDS" << Qt::endl;
        return 1;
    }
    QApplication::setFont(uiFont(10));
    Translators translators;
    translators.install(QStringLiteral("vi"));
    QString error;
    QVector<CatalogError> catalogErrors;
    const Catalog catalog = Catalog::builtIn(&catalogErrors);
    const EntityRegistry entities = EntityRegistry::builtIn(&error);
    const QVector<ScreenDefinition> screens = ScreenCatalog::builtIn(&error);
    MainWindow::Options options;
    options.dataDir = QString::fromLocal8Bit(argv[liveMode ? 3 : 1]);
    options.cachePath = QDir(options.dataDir).filePath(Cache::fileNameFor(QUrl()));
    options.selection.asOf = QDate::currentDate();
    options.autoSync = false;
    if (liveMode) {
        options.server = QUrl(QString::fromLocal8Bit(argv[2]));
        options.cachePath = QDir(options.dataDir).filePath(Cache::fileNameFor(options.server));
        options.autoSync = true; // the first sync, then the stream
        MainWindow window(catalog, entities, screens, options);
        window.show();
        int rc = 1;
        QTimer::singleShot(0, &window, [&] {
            rc = live(window, QByteArray(argv[4]).toInt(), out);
            app.quit();
        });
        app.exec();
        return rc;
    }
    Cache cache;
    if (!catalog.isValid() || screens.isEmpty() || !cache.open(options.cachePath, &error)) {
        out << "error " << error << Qt::endl;
        return 1;
    }
    options.demoNeed = DemoSeeder::need(cache, QDateTime::currentDateTime());
    cache.close();
    MainWindow window(catalog, entities, screens, options);
    window.show();
    int rc = 1;
    QTimer::singleShot(0, &window, [&] {
        rc = walk(window, screens, out);
        app.quit();
    });
    app.exec();
    return rc;
}
