// ioc-console: the composition root. Loads the catalog, areas and screens, opens the cache,
// and either runs a scripted command or starts the window.
#include "commands.h"
#include "briefingpack.h"
#include "figureexport.h"
#include "pdfexport.h"
#include "mainwindow.h"
#include "presentation.h"
#include "syncengine.h"
#include "settings.h"

#include "cache.h"
#include "catalog.h"
#include "demoseeder.h"
#include "entity.h"
#include "screendata.h"
#include "alertpanel.h"
#include "mappage.h"
#include "mapview.h"
#include "screenpage.h"
#include "screens.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace ioc;

namespace {

bool argPresent(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

class Translators
{
public:
    void install(const QString &lang)
    {
        for (QTranslator *t : {&m_app, &m_qt})
            QCoreApplication::removeTranslator(t);
        if (m_app.load(QStringLiteral(":/i18n/ioc_%1.qm").arg(lang)))
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(lang),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace

namespace {

double percentile(QVector<double> v, double q)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(std::min<int>(int(v.size()) - 1, int(q * (v.size() - 1) + 0.5)));
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// --bench-screens: what a briefing does to the window. Each screen is visited once (the time
// until it is painted with its figures: first_visit), then the 17 are switched through three
// times (the time until a visited screen is on screen again: switch; and until its figures,
// reloaded in the background, are painted: refresh).
void benchScreens(MainWindow &window, const QVector<ScreenDefinition> &screens, QTextStream &out)
{
    auto paintedWithData = [&](const QString &code, int timeoutMs) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        const auto c = QObject::connect(&window, &MainWindow::screenPainted, &loop,
                                        [&](const QString &painted) {
                                            ScreenPage *p = window.page(painted);
                                            if (painted == code && p && p->data().valueCount() > 0)
                                                loop.quit();
                                        });
        timeout.start(timeoutMs);
        loop.exec();
        QObject::disconnect(c);
        return timeout.isActive();
    };
    window.showScreen(screens.first().code);
    if (!paintedWithData(screens.first().code, 120000)) {
        out << "error no figures on " << screens.first().code << Qt::endl;
        return;
    }
    QVector<double> first, switches, refresh;
    for (const ScreenDefinition &s : screens.mid(1)) {
        QElapsedTimer t;
        t.start();
        window.showScreen(s.code);
        if (!paintedWithData(s.code, 30000)) {
            out << "error no figures on " << s.code << Qt::endl;
            return;
        }
        first << double(t.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("IOC_BENCH_VERBOSE"))
            out << "first_visit " << s.code << ' ' << first.last() << Qt::endl;
    }
    for (int round = 0; round < 3; ++round) {
        for (const ScreenDefinition &s : screens) {
            QElapsedTimer t;
            t.start();
            window.showScreen(s.code);
            window.page(s.code)->repaint();
            switches << double(t.nsecsElapsed()) / 1e6;
            if (!paintedWithData(s.code, 30000))
                return;
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
}

// Renders each screen into DIR/<code><suffix>.png from the loader's figures; the problem, if any.
QString shootScreens(MainWindow &window, ScreenLoader &loader,
                     const QVector<ScreenDefinition> &screens, const Selection &selection,
                     const QDateTime &now, const QString &dir, const QString &suffix,
                     QVector<ScreenData> *loaded, QTextStream &out)
{
    for (const ScreenDefinition &s : screens) {
        window.showScreen(s.code);
        const ScreenData data = loader.compute(s.code, selection, now);
        if (!data.error.isEmpty())
            return data.error;
        window.showData(data);
        if (loaded)
            *loaded << data;
        // the posted layout requests, then the scroll areas' reaction to them
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(s.code + suffix + QStringLiteral(".png"));
        if (!window.grab().save(file))
            return QCoreApplication::translate("main", "Cannot write %1.").arg(file);
        out << file << Qt::endl;
    }
    return {};
}

// --export-pdf / --export-xlsx / --export-csv: the figures of the screens for each period, from
// a cache (a pack's or the data folder's), to the files asked for. The exit code.
struct ExportJob
{
    QString pdf, xlsx, csv;
    bool appendix = false;
    QStringList codes;
    QVector<Selection> selections;
    QDateTime now;
    QDateTime knownAt; // a past day's view: reads as the cache was known at its end
    QString cachePath;
    QString boundariesPath;
    QString source;
    QString packHash;
    bool demo = false;
    QString lang;
};

int runExport(const Catalog &catalog, const EntityRegistry &entities,
              const QVector<ScreenDefinition> &screens, const ExportJob &job, QTextStream &out,
              QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    QVector<ScreenDefinition> chosen;
    for (const QString &code : job.codes) {
        for (const ScreenDefinition &s : screens) {
            if (s.code == code)
                chosen << s;
        }
    }
    ScreenLoader loader(catalog, entities, screens, job.cachePath);
    loader.setKnownAt(job.knownAt);
    QVector<ScreenData> data;
    for (const Selection &sel : job.selections) {
        for (const ScreenDefinition &s : std::as_const(chosen)) {
            data << loader.compute(s.code, sel, job.now);
            if (!data.last().error.isEmpty()) {
                err << data.last().error << Qt::endl;
                return 2;
            }
        }
    }
    const Formatter fmt(job.lang);
    QString error;
    if (!job.pdf.isEmpty()) {
        QString geoError;
        const GeoDataset geo = job.boundariesPath.isEmpty()
                                   ? GeoReader::builtIn(&entities, &geoError)
                                   : GeoReader::readFile(job.boundariesPath, &entities, &geoError);
        const MapGeometry geometry = geoError.isEmpty() ? MapGeometry(geo) : MapGeometry();
        PdfExporter pdf(screens, entities, geoError.isEmpty() ? &geometry : nullptr, fmt);
        pdf.setSource(job.source);
        pdf.setPackHash(job.packHash);
        pdf.setDemo(job.demo);
        pdf.setAppendix(job.appendix);
        int pages = 0;
        if (!pdf.write(job.pdf, data, &error, &pages)) {
            err << QCoreApplication::translate("main", "The PDF was not written: %1").arg(error)
                << Qt::endl;
            return 2;
        }
        out << QCoreApplication::translate("main", "%1: %2 pages").arg(job.pdf).arg(pages)
            << Qt::endl;
    }
    FigureExport figures(screens, entities, fmt);
    figures.setSource(job.source);
    figures.setPackHash(job.packHash);
    if (!job.xlsx.isEmpty()) {
        if (!figures.writeXlsx(job.xlsx, data, &error)) {
            err << QCoreApplication::translate("main", "The workbook was not written: %1")
                       .arg(error)
                << Qt::endl;
            return 2;
        }
        out << job.xlsx << Qt::endl;
    }
    if (!job.csv.isEmpty()) {
        if (!figures.writeCsv(job.csv, data, &error)) {
            err << QCoreApplication::translate("main", "The CSV was not written: %1").arg(error)
                << Qt::endl;
            return 2;
        }
        out << job.csv << Qt::endl;
    }
    out << QCoreApplication::translate("main", "Exported in %1 ms").arg(timer.elapsed())
        << Qt::endl;
    return 0;
}

QString sourceLine(bool demo, const QString &source)
{
    return demo ? QCoreApplication::translate(
               "main", "Source: demo data built into the console (not official figures)")
                : QCoreApplication::translate("main", "Source: %1").arg(source);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // Scripted commands need no display.
    const bool headless
        = argPresent(argc, argv, "--list-indicators") || argPresent(argc, argv, "--query")
          || argPresent(argc, argv, "--alerts") || argPresent(argc, argv, "--screenshot")
          || argPresent(argc, argv, "--help") || argPresent(argc, argv, "-h")
          || argPresent(argc, argv, "--version") || argPresent(argc, argv, "--sync-only")
          || argPresent(argc, argv, "--import") || argPresent(argc, argv, "--write-pack")
          || argPresent(argc, argv, "--export-pdf") || argPresent(argc, argv, "--export-xlsx")
          || argPresent(argc, argv, "--export-csv")
          || (argPresent(argc, argv, "--open-pack") && argPresent(argc, argv, "--screenshot"));
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ioc-console"));
    QApplication::setOrganizationName(QStringLiteral("HaiPhongIOC"));
    QApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
    // the launcher's id (Wayland's app id, the taskbar's icon) and the window icon
    QGuiApplication::setDesktopFileName(QStringLiteral(IOC_DESKTOP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/" IOC_DESKTOP_ID ".svg")));
    QApplication::setFont(uiFont(10));

    // The language is needed before --help is printed, so it is read ahead of the parser.
    QString lang = Settings::language();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            lang = QString::fromLocal8Bit(argv[i + 1]);
    }
    Translators translators;
    translators.install(lang == QLatin1String("en") ? lang : QStringLiteral("vi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Hải Phòng IOC Console: the city's 86 governance indicators on 17 screens.\n"
        "With no command it opens the window; a fresh install with no server shows demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: vi (default) or en."),
        QStringLiteral("vi|en"));
    const QCommandLineOption themeOpt(
        QStringLiteral("theme"),
        QCoreApplication::translate("main",
                                    "light (default) or dark (high contrast, wall screens)."),
        QStringLiteral("light|dark"));
    const QCommandLineOption dataDirOpt(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Folder of the local cache (default: the user's data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption asOfOpt(
        QStringLiteral("as-of"),
        QCoreApplication::translate("main", "Show figures as of this day (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption listOpt(
        QStringLiteral("list-indicators"),
        QCoreApplication::translate("main",
                                    "Print the indicator catalog as CSV (header first) and exit."));
    const QCommandLineOption alertsOpt(
        QStringLiteral("alerts"),
        QCoreApplication::translate(
            "main", "Print the alert journal as CSV (header first: raised at, indicator, entity, "
                    "period, severity, value, acknowledged by, acknowledged at, note) and exit."));
    const QCommandLineOption queryOpt(
        QStringLiteral("query"),
        QCoreApplication::translate(
            "main", "Print the cached observations of an indicator as CSV and exit."),
        QStringLiteral("CODE"));
    const QCommandLineOption entityOpt(
        QStringLiteral("entity"),
        QCoreApplication::translate("main", "With --query: one commune (5-digit code), 31 for the "
                                            "city, or a unit/project/station code."),
        QStringLiteral("CODE"));
    const QCommandLineOption periodOpt(
        QStringLiteral("period"),
        QCoreApplication::translate(
            "main",
            "With --query: only periods overlapping this month or day. With --write-pack: the "
            "months to pack (YYYY-MM, several separated by commas; default: the current month)."),
        QStringLiteral("YYYY-MM|YYYY-MM-DD"));
    const QCommandLineOption writePackOpt(
        QStringLiteral("write-pack"),
        QCoreApplication::translate("main",
                                    "Prepare a briefing pack (.iocpack) of --screens for --period, "
                                    "print the readiness check and the pack's SHA-256, and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption openPackOpt(
        QStringLiteral("open-pack"),
        QCoreApplication::translate(
            "main",
            "Show a briefing pack read-only, without any network (with --screenshot: render its "
            "screens and exit). A pack that does not match its manifest is refused."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportPdfOpt(
        QStringLiteral("export-pdf"),
        QCoreApplication::translate(
            "main", "Export --screens to a PDF (one A4 page per screen, vector charts, fonts "
                    "embedded; the footer gives as of, source, page and pack hash) and exit. From "
                    "--pack FILE, or from the cache as of --as-of."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportXlsxOpt(
        QStringLiteral("export-xlsx"),
        QCoreApplication::translate(
            "main", "Export the figures of --screens (by unit too) to an Excel workbook and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportCsvOpt(
        QStringLiteral("export-csv"),
        QCoreApplication::translate(
            "main", "Export the figures of --screens (by unit too) to CSV (UTF-8) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption packOpt(
        QStringLiteral("pack"),
        QCoreApplication::translate("main", "With --export-pdf, --export-xlsx or --export-csv: "
                                            "take the figures from this briefing pack."),
        QStringLiteral("FILE"));
    const QCommandLineOption appendixOpt(
        QStringLiteral("appendix"),
        QCoreApplication::translate(
            "main", "With --export-pdf: add tables of every screen's figures after the screens."));
    const QCommandLineOption screensOpt(
        QStringLiteral("screens"),
        QCoreApplication::translate(
            "main",
            "With --write-pack or --export-pdf: the screens, e.g. S01,S07 (default: all 17)."),
        QStringLiteral("CODES"));
    const QCommandLineOption shotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Render every screen to DIR/<screen-code>.png without a display and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption boundariesOpt(
        QStringLiteral("boundaries"),
        QCoreApplication::translate("main", "Draw the maps from this GeoJSON file of the 114 units "
                                            "instead of the built-in boundaries."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOpt(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "With --screenshot: window size (default 1920x1080)."),
        QStringLiteral("WxH"));
    const QCommandLineOption serverOpt(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "IOC Data API server to use for this run (the access "
                                            "token comes from IOC_TOKEN or the settings)."),
        QStringLiteral("URL"));
    const QCommandLineOption offlineOpt(
        QStringLiteral("offline"),
        QCoreApplication::translate("main", "Do not contact the server: show the cached figures."));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Use the built-in demo data for this run, whatever the settings say."));
    const QCommandLineOption syncOnlyOpt(
        QStringLiteral("sync-only"),
        QCoreApplication::translate(
            "main",
            "Sync the cache from the server, print a summary and exit (non-zero on failure)."));
    const QCommandLineOption importOpt(
        QStringLiteral("import"),
        QCoreApplication::translate(
            "main", "Import a monthly report (.xlsx or .csv, see docs/import-template.md) into the "
                    "cache and exit; may be repeated. Each file is imported whole or not at all; "
                    "problems are listed with sheet, row and column."),
        QStringLiteral("FILE"));
    const QCommandLineOption firstPaintOpt(
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("main", "Open the window, print 'first_paint_ms N' once S01 "
                                            "shows figures, and exit (used by the benchmark)."));
    const QCommandLineOption presentOpt(
        QStringLiteral("present"),
        QCoreApplication::translate(
            "main", "Start in presentation mode (F5): the saved playlist full screen; Esc leaves. "
                    "With --screenshot, also render present-<screen>.png."));
    const QCommandLineOption benchScreensOpt(
        QStringLiteral("bench-screens"),
        QCoreApplication::translate(
            "main", "Open the window, visit all 17 screens, switch among them for three rounds, "
                    "print the timings and exit (used by the benchmark)."));
    for (const auto *o :
         {&langOpt,         &themeOpt,     &dataDirOpt,   &asOfOpt,     &listOpt,    &alertsOpt,
          &queryOpt,        &entityOpt,    &periodOpt,    &shotOpt,     &sizeOpt,    &boundariesOpt,
          &serverOpt,       &offlineOpt,   &demoOpt,      &syncOnlyOpt, &importOpt,  &firstPaintOpt,
          &benchScreensOpt, &presentOpt,   &writePackOpt, &openPackOpt, &screensOpt, &exportPdfOpt,
          &exportXlsxOpt,   &exportCsvOpt, &packOpt,      &appendixOpt})
        parser.addOption(*o);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    if (parser.isSet(langOpt))
        lang = parser.value(langOpt);
    if (lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        err << QCoreApplication::translate("main", "--lang takes vi or en, not '%1'.").arg(lang)
            << Qt::endl;
        return 1;
    }

    auto fatal = [&](const QString &message, int code) {
        err << message << Qt::endl;
        if (!headless && !parser.isSet(firstPaintOpt) && !parser.isSet(benchScreensOpt)) {
            // not QMessageBox::critical: Qt ships no Vietnamese for its own "OK"
            QMessageBox box(QMessageBox::Critical,
                            QCoreApplication::translate("main", "Hải Phòng IOC Console"), message);
            box.addButton(QCoreApplication::translate("main", "Close"), QMessageBox::AcceptRole);
            box.exec();
        }
        return code;
    };

    QVector<CatalogError> catalogErrors;
    const Catalog builtInCatalog = Catalog::builtIn(&catalogErrors);
    if (!builtInCatalog.isValid()) {
        QStringList lines;
        for (const CatalogError &e : catalogErrors)
            lines << e.toString();
        return fatal(
            QCoreApplication::translate("main", "The indicator catalog could not be loaded:\n%1")
                .arg(lines.join(QLatin1Char('\n'))),
            3);
    }
    if (parser.isSet(listOpt)) {
        const int rc = commands::listIndicators(builtInCatalog, out);
        out.flush();
        return rc;
    }

    QString error;
    const EntityRegistry entities = EntityRegistry::builtIn(&error);
    if (!entities.isValid())
        return fatal(error, 3);
    Catalog catalog = builtInCatalog; // or a later revision a server published (below)
    const QVector<ScreenDefinition> screens = ScreenCatalog::builtIn(&error);
    if (screens.isEmpty())
        return fatal(error, 3);

    QSize size(1920, 1080);
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        size = wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
        if (size.width() < 640 || size.height() < 480)
            return fatal(QCoreApplication::translate(
                             "main", "--size takes WxH of at least 640x480, not '%1'.")
                             .arg(parser.value(sizeOpt)),
                         1);
    }

    ExportJob job;
    job.pdf = parser.value(exportPdfOpt);
    job.xlsx = parser.value(exportXlsxOpt);
    job.csv = parser.value(exportCsvOpt);
    job.appendix = parser.isSet(appendixOpt);
    job.lang = lang;
    const bool exporting = !job.pdf.isEmpty() || !job.xlsx.isEmpty() || !job.csv.isEmpty();
    if (parser.isSet(packOpt) && !exporting)
        return fatal(QCoreApplication::translate("main",
                                                 "--pack goes with --export-pdf, --export-xlsx or "
                                                 "--export-csv; to show a pack use --open-pack."),
                     1);
    if (exporting && parser.isSet(packOpt)) {
        OpenedPack pack;
        if (!PackReader::open(parser.value(packOpt), &pack, &error))
            return fatal(error, 2);
        job.codes = commands::screensFrom(parser.value(screensOpt), pack.screens, &error);
        if (!error.isEmpty())
            return fatal(error, 1);
        job.selections = pack.selections;
        job.now = pack.frozenNow;
        job.cachePath = pack.cachePath;
        job.boundariesPath = pack.boundariesPath;
        job.demo = pack.dataSource == QLatin1String("demo");
        job.source = sourceLine(job.demo, pack.dataSource);
        job.packHash = pack.hash;
        const int rc = runExport(pack.catalog, entities, pack.screens, job, out, err);
        out.flush();
        return rc;
    }

    // A briefing pack stands alone: its own figures, catalog, screens and boundaries, no network,
    // nothing of the data folder.
    if (parser.isSet(openPackOpt)) {
        OpenedPack pack;
        if (!PackReader::open(parser.value(openPackOpt), &pack, &error))
            return fatal(error, 2);
        MainWindow::Options base;
        base.lang = lang;
        base.theme = parser.isSet(themeOpt) ? parser.value(themeOpt) : Settings::theme();
        const MainWindow::Options options = MainWindow::packOptions(pack, base);
        if (parser.isSet(shotOpt)) {
            const QString dir = parser.value(shotOpt);
            if (!QDir().mkpath(dir))
                return fatal(
                    QCoreApplication::translate("main", "Cannot create the folder %1.").arg(dir),
                    2);
            MainWindow::Options o = options;
            o.asyncLoading = false;
            MainWindow window(pack.catalog, entities, pack.screens, o);
            window.resize(size);
            window.show();
            ScreenLoader loader(pack.catalog, entities, pack.screens, pack.cachePath);
            for (const Selection &sel : std::as_const(pack.selections)) {
                window.setSelection(sel);
                // one period: <code>.png; several: <code>-<as of>.png
                const QString suffix = pack.selections.size() > 1
                                           ? QLatin1Char('-') + sel.asOf.toString(Qt::ISODate)
                                           : QString();
                if (const QString problem = shootScreens(window, loader, pack.screens, sel,
                                                         pack.frozenNow, dir, suffix, nullptr, out);
                    !problem.isEmpty())
                    return fatal(problem, 2);
            }
            return 0;
        }
        MainWindow window(pack.catalog, entities, pack.screens, options);
        QObject::connect(&window, &MainWindow::languageChangeRequested, &window,
                         [&](const QString &l) {
                             translators.install(l);
                             Settings::setLanguage(l);
                         });
        window.show();
        return app.exec();
    }

    const QString dataDir = parser.isSet(dataDirOpt)
                                ? parser.value(dataDirOpt)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir))
        return fatal(
            QCoreApplication::translate("main", "Cannot create the data folder %1.").arg(dataDir),
            2);
    // the settings' data source, unless this run says otherwise
    QUrl server = parser.isSet(demoOpt) ? QUrl() : Settings::server();
    if (parser.isSet(serverOpt)) {
        server = QUrl::fromUserInput(parser.value(serverOpt));
        if (!server.isValid() || server.host().isEmpty()
            || (server.scheme() != QLatin1String("http")
                && server.scheme() != QLatin1String("https")))
            return fatal(QCoreApplication::translate(
                             "main", "--server takes an http or https address, not '%1'.")
                             .arg(parser.value(serverOpt)),
                         1);
        if (server.scheme() == QLatin1String("http") && !QHostAddress(server.host()).isLoopback()
            && server.host() != QLatin1String("localhost"))
            err << QCoreApplication::translate(
                       "main", "Warning: %1 is not HTTPS; the access token travels unencrypted.")
                       .arg(server.host())
                << Qt::endl;
    }
    // kept out of the command line (and so out of the process list and shell history)
    const QString token = qEnvironmentVariableIsSet("IOC_TOKEN") ? qEnvironmentVariable("IOC_TOKEN")
                                                                 : Settings::token();
    const QString cachePath = QDir(dataDir).filePath(Cache::fileNameFor(server));
    Cache cache;
    if (!cache.open(cachePath, &error))
        return fatal(error, 2);

    // A later catalog revision the server published (kept by the last sync) is used from the
    // next start on, if it still has every indicator the screens show.
    if (!server.isEmpty()) {
        QStringList screenCodes;
        for (const ScreenDefinition &s : screens)
            screenCodes << s.indicators;
        QString note;
        catalog = Catalog::preferred(
            builtInCatalog, cache.meta(SyncEngine::metaCatalogJson()).toUtf8(), screenCodes, &note);
        if (!note.isEmpty())
            err << note << Qt::endl;
    }

    if (parser.isSet(syncOnlyOpt)) {
        if (server.isEmpty())
            return fatal(QCoreApplication::translate(
                             "main", "--sync-only needs a server: pass --server URL."),
                         1);
        cache.close();
        return commands::syncOnly(catalog, entities, cachePath, server, token, out, err);
    }

    if (parser.isSet(alertsOpt)) {
        const int rc = commands::printAlerts(catalog, cache, lang, out, err);
        out.flush();
        return rc;
    }

    if (parser.isSet(importOpt)) {
        const int rc = commands::importReports(catalog, entities, cache, parser.values(importOpt),
                                               QDateTime::currentDateTime(), out, err);
        out.flush();
        return rc;
    }

    Selection selection;
    selection.asOf = QDate::currentDate();
    if (parser.isSet(asOfOpt)) {
        selection.asOf = QDate::fromString(parser.value(asOfOpt), Qt::ISODate);
        if (!selection.asOf.isValid())
            return fatal(
                QCoreApplication::translate("main", "--as-of takes a date as YYYY-MM-DD, not '%1'.")
                    .arg(parser.value(asOfOpt)),
                1);
    }

    const QDateTime now = QDateTime::currentDateTime();
    // --as-of a past day: the day as it was known, with nothing fetched after its end
    const bool pastView = parser.isSet(asOfOpt) && selection.asOf < QDate::currentDate();
    const QDateTime knownAt = pastView ? cityDayEnd(selection.asOf) : QDateTime();
    // the demo dataset lives in its own cache; a server's cache is filled by syncing only
    const DemoSeeder::Need need
        = server.isEmpty() ? DemoSeeder::need(cache, now) : DemoSeeder::Need::Nothing;
    const bool scripted = parser.isSet(queryOpt) || parser.isSet(shotOpt)
                          || parser.isSet(writePackOpt) || exporting;
    if (scripted && need != DemoSeeder::Need::Nothing) {
        // a scripted run answers from complete data: fill the demo dataset first
        const DemoGenerator gen(catalog, entities, DemoGenerator::kDefaultSeed, now);
        if (!DemoSeeder::seedAll(cache, gen, &error))
            return fatal(QCoreApplication::translate("main", "Demo data could not be prepared: %1")
                             .arg(error),
                         2);
    }

    if (parser.isSet(queryOpt)) {
        const int rc = commands::query(catalog, entities, cache, parser.value(queryOpt),
                                       parser.value(entityOpt), parser.value(periodOpt), out, err);
        out.flush();
        return rc;
    }

    if (parser.isSet(writePackOpt)) {
        commands::PackRequest request;
        request.file = parser.value(writePackOpt);
        request.selections
            = commands::selectionsFrom(parser.value(periodOpt), selection.asOf, &error);
        if (error.isEmpty())
            request.screens = commands::screensFrom(parser.value(screensOpt), screens, &error);
        if (!error.isEmpty())
            return fatal(error, 1);
        request.boundariesPath = parser.value(boundariesOpt);
        request.dataSource
            = server.isEmpty() ? QStringLiteral("demo") : server.toString(QUrl::RemoveUserInfo);
        request.lang = lang;
        request.now = now; // the clock the operator's screens judge freshness by
        request.knownAt = knownAt;
        const int rc = commands::writePack(catalog, entities, screens, cache, request, out, err);
        out.flush();
        return rc;
    }

    if (exporting) {
        job.codes = commands::screensFrom(parser.value(screensOpt), screens, &error);
        if (!error.isEmpty())
            return fatal(error, 1);
        job.selections = {selection};
        job.now = now;
        job.knownAt = knownAt;
        job.cachePath = cachePath;
        job.boundariesPath = parser.value(boundariesOpt);
        job.demo = server.isEmpty();
        job.source = sourceLine(job.demo, server.toString(QUrl::RemoveUserInfo));
        const int rc = runExport(catalog, entities, screens, job, out, err);
        out.flush();
        return rc;
    }

    MainWindow::Options options;
    options.cachePath = cachePath;
    options.boundariesPath = parser.value(boundariesOpt);
    options.lang = lang;
    options.theme = parser.isSet(themeOpt) ? parser.value(themeOpt) : Settings::theme();
    options.selection = selection;
    options.pastView = pastView;
    options.seedDemo = !scripted && need != DemoSeeder::Need::Nothing;
    options.server = server;
    options.token = token;
    options.dataDir = dataDir;
    options.autoSync = !parser.isSet(offlineOpt) && !Settings::offline();

    if (parser.isSet(shotOpt)) {
        const QString dir = parser.value(shotOpt);
        if (!QDir().mkpath(dir))
            return fatal(
                QCoreApplication::translate("main", "Cannot create the folder %1.").arg(dir), 2);
        options.asyncLoading = false;
        options.autoSync = false;
        MainWindow window(catalog, entities, screens, options);
        window.resize(size);
        window.show();
        ScreenLoader loader(catalog, entities, screens, cachePath);
        loader.setKnownAt(knownAt);
        QVector<ScreenData> loaded;
        if (const QString problem
            = shootScreens(window, loader, screens, selection, now, dir, {}, &loaded, out);
            !problem.isEmpty())
            return fatal(problem, 2);
        // the drill-down of a city figure, one by unit and one by commune
        for (const char *code : {"A01.01", "C03.02", "A13.01", "A09.01"}) {
            window.showDetail(loader.computeDetail(QLatin1String(code), selection, now));
            QCoreApplication::processEvents();
            const QString file
                = QDir(dir).filePath(QStringLiteral("detail-%1.png").arg(QLatin1String(code)));
            if (!window.grab().save(file))
                return fatal(QCoreApplication::translate("main", "Cannot write %1.").arg(file), 2);
            out << file << Qt::endl;
        }
        // the map view (a count by commune, and a rate against plan) and one commune's detail
        auto grabMap = [&](const char *code, bool vsPlan, const QString &name) {
            window.showScreen(MainWindow::mapCode());
            MapPage *map = window.mapPage();
            map->setIndicator(QLatin1String(code));
            map->setBreakdown(loader.computeBreakdown(QLatin1String(code), selection, now));
            map->setMethod(vsPlan ? MapPage::VsPlan : MapPage::Quantile);
            QCoreApplication::processEvents();
            const QString file = QDir(dir).filePath(name);
            if (!window.grab().save(file))
                return false;
            out << file << Qt::endl;
            return true;
        };
        if (!grabMap("D02.01", false, QStringLiteral("map.png"))
            || !grabMap("A13.01", true, QStringLiteral("map-vs-plan.png")))
            return fatal(
                QCoreApplication::translate("main", "Cannot write the map screenshots in %1.")
                    .arg(dir),
                2);
        window.showCommune(loader.computeCommune(QStringLiteral("11311"), selection, now));
        QCoreApplication::processEvents();
        const QString communeFile = QDir(dir).filePath(QStringLiteral("commune-11311.png"));
        if (!window.grab().save(communeFile))
            return fatal(QCoreApplication::translate("main", "Cannot write %1.").arg(communeFile),
                         2);
        out << communeFile << Qt::endl;
        // the alert journal, docked under the overview
        window.showScreen(screens.first().code);
        window.showData(loaded.first());
        window.showAlerts();
        for (int i = 0; i < 20 && window.alertPanel()->model()->alerts().isEmpty(); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(10);
        }
        QCoreApplication::processEvents();
        const QString alertsFile = QDir(dir).filePath(QStringLiteral("alerts.png"));
        if (!window.grab().save(alertsFile))
            return fatal(QCoreApplication::translate("main", "Cannot write %1.").arg(alertsFile),
                         2);
        out << alertsFile << Qt::endl;
        // presentation mode as the room sees it: every screen of the saved playlist, with its
        // footer
        if (parser.isSet(presentOpt)) {
            window.startPresentation();
            PresentationView *show = window.presentation();
            show->showNormal();
            show->resize(size);
            for (const ScreenData &data : std::as_const(loaded))
                show->setData(data);
            for (int i = 0; i < show->playlist().size(); ++i) {
                if (i > 0)
                    show->next();
                QCoreApplication::processEvents();
                const QString file = QDir(dir).filePath(
                    QStringLiteral("present-%1.png").arg(show->currentScreen()));
                if (!show->grab().save(file))
                    return fatal(QCoreApplication::translate("main", "Cannot write %1.").arg(file),
                                 2);
                out << file << Qt::endl;
            }
            window.stopPresentation();
        }
        return 0;
    }

    MainWindow window(catalog, entities, screens, options);
    QObject::connect(&window, &MainWindow::languageChangeRequested, &window, [&](const QString &l) {
        translators.install(l);
        Settings::setLanguage(l);
    });
    if (parser.isSet(benchScreensOpt)) {
        QTimer::singleShot(0, &window, [&] {
            benchScreens(window, screens, out);
            app.quit();
        });
    }
    if (parser.isSet(firstPaintOpt)) {
        QObject::connect(&window, &MainWindow::screenPainted, &window, [&](const QString &code) {
            ScreenPage *p = window.page(code);
            if (code != QLatin1String("S01") || !p || p->data().valueCount() == 0)
                return;
            out << "first_paint_ms " << sinceStart.elapsed() << Qt::endl;
            if (const qint64 rss = peakRssKb(); rss >= 0)
                out << "peak_rss_kb " << rss << Qt::endl;
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    }
    window.show();
    if (parser.isSet(presentOpt))
        QTimer::singleShot(0, &window, &MainWindow::startPresentation);
    return app.exec();
}
