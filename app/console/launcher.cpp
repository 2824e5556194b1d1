#include "launcher.h"

#include "briefingpack.h"
#include "demoseeder.h"
#include "mainmenus.h"
#include "period.h"
#include "screendata.h"
#include "savefile.h"
#include "screenpage.h"
#include "tempfiles.h"
#include "workspace.h"
#include "presenter.h"
#include "screenshots.h"
#include "secretstore.h"
#include "settings.h"
#include "signingkeystore.h"
#include "syncengine.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace ioc {

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

void Translators::install(const QString &lang)
{
    for (QTranslator *t : {&m_app, &m_qt})
        QCoreApplication::removeTranslator(t);
    if (m_app.load(QStringLiteral(":/i18n/ioc_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(lang),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

Launcher::Launcher(const QCommandLineParser &args, Translators &translators, bool headless,
                   QElapsedTimer sinceStart)
    : m_args(args)
    , m_translators(translators)
    , m_headless(headless)
    , m_sinceStart(sinceStart)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool Launcher::isSet(const char *name) const
{
    return m_args.isSet(QLatin1String(name));
}

QString Launcher::value(const char *name) const
{
    return m_args.value(QLatin1String(name));
}

int Launcher::run(QApplication &app)
{
    m_lang = isSet("lang") ? value("lang") : Settings::language();
    Exit exit = checkArguments();
    for (auto step : {&Launcher::keyCommands, &Launcher::verifyPack, &Launcher::loadDefinitions,
                      &Launcher::checkPlace, &Launcher::readView, &Launcher::exportFromPack}) {
        if (!exit)
            exit = (this->*step)();
    }
    if (!exit)
        exit = openPack(app);
    for (auto step : {&Launcher::openDataFolder, &Launcher::commandsOnCache,
                      &Launcher::prepareSelection, &Launcher::commandsOnFigures}) {
        if (!exit)
            exit = (this->*step)();
    }
    m_out.flush();
    if (exit)
        return *exit;
    const MainWindow::Options options = windowOptions();
    if (isSet("screenshot")) {
        screenshots::Request shot;
        shot.dir = value("screenshot");
        shot.size = m_size;
        shot.present = isSet("present");
        shot.now = m_now;
        shot.knownAt = m_knownAt;
        const QString problem
            = screenshots::renderAll(m_catalog, m_entities, m_screens, options, shot, m_out);
        return problem.isEmpty() ? 0 : fatal(problem, 2);
    }
    return runWindow(app, options);
}

int Launcher::fatal(const QString &message, int code)
{
    m_err << message << Qt::endl;
    if (!m_headless && !isSet("exit-after-first-paint")) {
        // not QMessageBox::critical: Qt ships no Vietnamese for its own "OK"
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("main", "Hải Phòng IOC Console"), message);
        box.addButton(QCoreApplication::translate("main", "Close"), QMessageBox::AcceptRole);
        box.exec();
    }
    return code;
}

Launcher::Exit Launcher::checkArguments()
{
    if (m_lang != QLatin1String("vi") && m_lang != QLatin1String("en")) {
        m_err << QCoreApplication::translate("main", "--lang takes vi or en, not '%1'.").arg(m_lang)
              << Qt::endl;
        return 1;
    }
    if (isSet("size")) {
        const QStringList wh = value("size").split(QLatin1Char('x'));
        m_size = wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
        if (m_size.width() < 640 || m_size.height() < 480)
            return fatal(QCoreApplication::translate(
                             "main", "--size takes WxH of at least 640x480, not '%1'.")
                             .arg(value("size")),
                         1);
    }
    m_job.pdf = value("export-pdf");
    m_job.xlsx = value("export-xlsx");
    m_job.csv = value("export-csv");
    m_job.odt = value("export-odt");
    m_job.narrative = isSet("narrative");
    m_job.appendix = isSet("appendix");
    m_job.preparedBy = Settings::operatorName();
    m_job.lang = m_lang;
    if (isSet("pack") && !m_job.any())
        return fatal(QCoreApplication::translate("main",
                                                 "--pack goes with --export-pdf, --export-xlsx or "
                                                 "--export-csv; to show a pack use --open-pack."),
                     1);
    return {};
}

Launcher::Exit Launcher::loadDefinitions()
{
    QVector<CatalogError> catalogErrors;
    m_builtInCatalog = Catalog::builtIn(&catalogErrors);
    if (!m_builtInCatalog.isValid()) {
        QStringList lines;
        for (const CatalogError &e : catalogErrors)
            lines << e.toString();
        return fatal(
            QCoreApplication::translate("main", "The indicator catalog could not be loaded:\n%1")
                .arg(lines.join(QLatin1Char('\n'))),
            3);
    }
    if (isSet("list-indicators"))
        return commands::listIndicators(m_builtInCatalog, m_out);
    QString error;
    m_entities = EntityRegistry::builtIn(&error);
    if (!m_entities.isValid())
        return fatal(error, 3);
    m_catalog = m_builtInCatalog;
    m_screens = ScreenCatalog::builtIn(&error);
    if (m_screens.isEmpty())
        return fatal(error, 3);
    return {};
}

Launcher::Exit Launcher::keyCommands()
{
    QString error;
    const QString keyFile = SigningKey::defaultPath();
    if (isSet("new-signing-key")) {
        if (QFile::exists(keyFile))
            return fatal(QCoreApplication::translate(
                             "main", "A signing key exists already (%1); nothing was changed.")
                             .arg(QDir::toNativeSeparators(keyFile)),
                         1);
        const SigningKey key = SigningKey::generate(value("new-signing-key"));
        if (!key.isValid())
            return fatal(QCoreApplication::translate(
                             "main", "--new-signing-key needs the publisher's name."),
                         1);
        if (!SigningKeyStore::save(key, &error) || !TrustStore::trust(key.publicKey, &error))
            return fatal(error, 2);
        m_out << QCoreApplication::translate("main",
                                             "Signing key of %1, fingerprint %2: its public half "
                                             "in %3, its secret in %4; its packs are trusted here.")
                     .arg(key.publicKey.publisher, key.publicKey.fingerprint(),
                          QDir::toNativeSeparators(keyFile), SecretStore::placeName())
              << Qt::endl;
        return 0;
    }
    if (isSet("export-public-key")) {
        const std::optional<SigningKey> key = SigningKey::load(keyFile, &error); // no secret needed
        if (!key)
            return fatal(error.isEmpty() ? QCoreApplication::translate(
                             "main", "There is no signing key: make one with "
                                     "--new-signing-key NAME.")
                                         : error,
                         1);
        if (!saveWhole(value("export-public-key"), key->publicKey.toJson(), &error))
            return fatal(error, 2);
        m_out << QCoreApplication::translate("main",
                                             "Public key of %1, fingerprint %2, written to %3.")
                     .arg(key->publicKey.publisher, key->publicKey.fingerprint(),
                          value("export-public-key"))
              << Qt::endl;
        return 0;
    }
    if (isSet("trust-key")) {
        const auto key = PublicKey::readFile(value("trust-key"), &error);
        if (!key)
            return fatal(error, 1); // the trust store stays as it was
        if (!TrustStore::trust(*key, &error))
            return fatal(error, 2);
        m_out << QCoreApplication::translate("main", "Trusted: %1, fingerprint %2.")
                     .arg(key->publisher, key->fingerprint())
              << Qt::endl;
        return 0;
    }
    if (isSet("revoke-key")) {
        if (!TrustStore::revoke(value("revoke-key"), &error))
            return fatal(error, 1);
        m_out << QCoreApplication::translate("main", "Revoked: %1.").arg(value("revoke-key"))
              << Qt::endl;
        return 0;
    }
    return {};
}

Launcher::Exit Launcher::verifyPack()
{
    if (!isSet("verify-pack"))
        return {};
    OpenedPack pack;
    QString error;
    if (!PackReader::open(value("verify-pack"), &pack, &error))
        return fatal(error, 2);
    m_out << pack.seal.text() << Qt::endl;
    return pack.seal.trusted() ? 0 : 3;
}

// --place: a known place, for the window, screenshots, exports and packs of this run
Launcher::Exit Launcher::checkPlace()
{
    if (!isSet("place"))
        return {};
    if (!ScreenLoader::isPlace(m_entities, value("place")))
        return fatal(QCoreApplication::translate(
                         "main", "--place takes the code of a commune, ward or special zone, an "
                                 "investor or unit, a project or a station, not '%1'.")
                         .arg(value("place")),
                     1);
    m_job.place = value("place");
    return {};
}

// --view: a saved view's file, read and checked before anything is shown
Launcher::Exit Launcher::readView()
{
    if (!isSet("view"))
        return {};
    QString why;
    m_view = SavedView::readFile(value("view"), m_screens, m_entities, &why);
    if (!m_view)
        return fatal(QCoreApplication::translate("main", "The view %1 cannot be opened: %2")
                         .arg(value("view"), why),
                     1);
    return {};
}

Launcher::Exit Launcher::exportFromPack()
{
    if (!m_job.any() || !isSet("pack"))
        return {};
    OpenedPack pack;
    QString error;
    if (!PackReader::open(value("pack"), &pack, &error))
        return fatal(error, 2);
    commands::ExportJob job = m_job;
    job.codes = commands::screensFrom(value("screens"), pack.screens, &error);
    if (!error.isEmpty())
        return fatal(error, 1);
    job.selections = pack.selections;
    job.now = pack.frozenNow;
    job.cachePath = pack.cachePath;
    job.boundariesPath = pack.boundariesPath;
    job.demo = pack.dataSource == QLatin1String("demo");
    job.source = commands::sourceLine(job.demo, pack.dataSource);
    job.packHash = pack.hash;
    job.packSeal = pack.seal;
    if (!isSet("place"))
        job.place = pack.place; // the pack's own place, unless this run names another
    if (!pack.seal.trusted())
        m_err << QCoreApplication::translate("main", "Warning: %1; every page says so.")
                     .arg(pack.seal.text())
              << Qt::endl;
    return commands::exportScreens(pack.catalog, m_entities, pack.screens, job, m_out, m_err);
}

// A briefing pack stands alone: its own figures, catalog, screens and boundaries, no network,
// nothing of the data folder.
Launcher::Exit Launcher::openPack(QApplication &app)
{
    if (!isSet("open-pack"))
        return {};
    OpenedPack pack;
    QString error;
    if (!PackReader::open(value("open-pack"), &pack, &error))
        return fatal(error, 2);
    MainWindow::Options base;
    base.lang = m_lang;
    base.theme = isSet("theme") ? value("theme") : Settings::theme();
    MainWindow::Options options = MainWindow::Options::forPack(pack, base);
    if (isSet("place"))
        options.place = m_job.place;
    if (isSet("screenshot")) {
        screenshots::Request shot;
        shot.dir = value("screenshot");
        shot.size = m_size;
        const QString problem = screenshots::renderPack(pack, m_entities, options, shot, m_out);
        return problem.isEmpty() ? 0 : fatal(problem, 2);
    }
    if (!menus::openUnverified(nullptr, pack))
        return 3;
    MainWindow window(pack.catalog, m_entities, pack.screens, options);
    QObject::connect(&window, &MainWindow::languageChangeRequested, &window,
                     [this](const QString &l) {
                         m_translators.install(l);
                         Settings::setLanguage(l);
                     });
    window.show();
    return app.exec();
}

Launcher::Exit Launcher::openDataFolder()
{
    m_dataDir = isSet("data-dir")
                    ? value("data-dir")
                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(m_dataDir))
        return fatal(
            QCoreApplication::translate("main", "Cannot create the data folder %1.").arg(m_dataDir),
            2);
    if (isSet("history-years")) {
        bool ok = false;
        const int years = value("history-years").toInt(&ok);
        if (!ok || years < 1 || years > 30)
            return fatal(QCoreApplication::translate(
                             "main", "--history-years takes a number of years from 1 to 30, not "
                                     "'%1'.")
                             .arg(value("history-years")),
                         1);
        DemoGenerator::setDefaultHistoryYears(years);
    }
    // the settings' data source, unless this run says otherwise
    m_server = isSet("demo") ? QUrl() : Settings::server();
    if (isSet("server")) {
        m_server = QUrl::fromUserInput(value("server"));
        if (!m_server.isValid() || m_server.host().isEmpty()
            || (m_server.scheme() != QLatin1String("http")
                && m_server.scheme() != QLatin1String("https")))
            return fatal(QCoreApplication::translate(
                             "main", "--server takes an http or https address, not '%1'.")
                             .arg(value("server")),
                         1);
    }
    if (const auto exit = trustFromArguments())
        return exit;
    // kept out of the command line (and so out of the process list and shell history)
    // the keyring is asked only when there is a server to send the token to: a desktop may
    // ask its user to unlock it
    m_token = qEnvironmentVariableIsSet("IOC_TOKEN") ? qEnvironmentVariable("IOC_TOKEN")
              : m_server.isEmpty()                   ? QString()
                                                     : Settings::token();
    m_cachePath = QDir(m_dataDir).filePath(Cache::fileNameFor(m_server));
    // what a killed console left: a half-downloaded snapshot, an unpacked pack
    tempfiles::sweepLeftovers(m_dataDir);
    // a folder and cache written before the console kept them private (0755, 0644) become so
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QFile::exists(m_cachePath))
        QFile::setPermissions(m_cachePath, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    if (!m_cache.open(m_cachePath, &error))
        return fatal(error, 2);
    // A later catalog revision the server published (kept by the last sync) is used from the
    // next start on, if it still has every indicator the screens show.
    if (!m_server.isEmpty()) {
        QStringList screenCodes;
        for (const ScreenDefinition &s : std::as_const(m_screens))
            screenCodes << s.indicators;
        QString note;
        m_catalog = Catalog::preferred(m_builtInCatalog,
                                       m_cache.meta(SyncEngine::metaCatalogJson()).toUtf8(),
                                       screenCodes, &note);
        if (!note.isEmpty())
            m_err << note << Qt::endl;
    }
    return {};
}

Launcher::Exit Launcher::trustFromArguments()
{
    m_trust = Settings::serverTrust(m_server);
    if (isSet("ca-cert")) {
        QString problem;
        const QList<QSslCertificate> found
            = ServerTrust::readAuthorities(value("ca-cert"), &problem);
        if (found.isEmpty())
            return fatal(problem, 1); // the settings stay as they were
        m_trust.add(found);
        for (const QSslCertificate &c : found)
            m_err << QCoreApplication::translate("main", "Trusted from now on: %1")
                         .arg(ServerTrust::describe(c))
                  << Qt::endl;
        Settings::setServerTrust(m_server, m_trust);
    }
    if (isSet("allow-plain-http"))
        m_trust.plainHttpAllowed = true;
    // a server from the settings that may not be talked to is said so by its sync, in the window
    if (m_server.isEmpty() || !isSet("server"))
        return {};
    if (const QString refused = m_trust.refusal(m_server); !refused.isEmpty())
        return fatal(refused, 1);
    if (!ServerTrust::sendsToken(m_server))
        m_err << QCoreApplication::translate(
                     "main", "Warning: plain HTTP to %1: the figures travel unencrypted and the "
                             "access token is not sent.")
                     .arg(m_server.host())
              << Qt::endl;
    return {};
}

Launcher::Exit Launcher::commandsOnCache()
{
    if (isSet("sync-only")) {
        if (m_server.isEmpty())
            return fatal(QCoreApplication::translate(
                             "main", "--sync-only needs a server: pass --server URL."),
                         1);
        m_cache.close();
        return commands::syncOnly(m_catalog, m_entities, m_cachePath, m_server, m_token, m_trust,
                                  m_out, m_err);
    }
    if (isSet("alerts"))
        return commands::printAlerts(m_catalog, m_cache, m_lang, m_out, m_err);
    if (isSet("import"))
        return commands::importReports(m_catalog, m_entities, m_cache, m_args.values("import"),
                                       QDateTime::currentDateTime(), m_out, m_err);
    return {};
}

Launcher::Exit Launcher::prepareSelection()
{
    m_selection.asOf = QDate::currentDate();
    if (isSet("as-of")) {
        m_selection.asOf = QDate::fromString(value("as-of"), Qt::ISODate);
        if (!m_selection.asOf.isValid())
            return fatal(
                QCoreApplication::translate("main", "--as-of takes a date as YYYY-MM-DD, not '%1'.")
                    .arg(value("as-of")),
                1);
    }
    m_now = QDateTime::currentDateTime();
    // --as-of a past day: the day as it was known, with nothing fetched after its end
    m_pastView = isSet("as-of") && m_selection.asOf < QDate::currentDate();
    m_knownAt = m_pastView ? cityDayEnd(m_selection.asOf) : QDateTime();
    // the demo dataset lives in its own cache; a server's cache is filled by syncing only
    const DemoSeeder::Need need
        = m_server.isEmpty() ? DemoSeeder::need(m_cache, m_now) : DemoSeeder::Need::Nothing;
    const bool scripted
        = isSet("query") || isSet("screenshot") || isSet("write-pack") || m_job.any();
    m_demoNeed = scripted ? DemoSeeder::Need::Nothing : need;
    if (scripted && need != DemoSeeder::Need::Nothing) {
        // a scripted run answers from complete data: fill the demo dataset first
        DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, m_now);
        gen.setHistoryYears(DemoSeeder::historyYears(m_cache));
        QString error;
        if (!DemoSeeder::seedAll(m_cache, gen, &error))
            return fatal(QCoreApplication::translate("main", "Demo data could not be prepared: %1")
                             .arg(error),
                         2);
    }
    return {};
}

Launcher::Exit Launcher::commandsOnFigures()
{
    QString error;
    if (isSet("query"))
        return commands::query(m_catalog, m_entities, m_cache, value("query"), value("entity"),
                               value("period"), m_out, m_err);
    if (isSet("write-pack")) {
        commands::PackRequest request;
        request.file = value("write-pack");
        request.selections = commands::selectionsFrom(value("period"), m_selection.asOf, &error);
        if (error.isEmpty())
            request.screens = commands::screensFrom(value("screens"), m_screens, &error);
        if (!error.isEmpty())
            return fatal(error, 1);
        request.boundariesPath = value("boundaries");
        request.dataSource
            = m_server.isEmpty() ? QStringLiteral("demo") : m_server.toString(QUrl::RemoveUserInfo);
        request.lang = m_lang;
        request.now = m_now; // the clock the operator's screens judge freshness by
        request.knownAt = m_knownAt;
        request.place = m_job.place;
        if (m_view)
            request.views << *m_view; // --view: the pack carries it
        return commands::writePack(m_catalog, m_entities, m_screens, m_cache, request, m_out,
                                   m_err);
    }
    if (m_job.any()) {
        commands::ExportJob job = m_job;
        job.codes = commands::screensFrom(value("screens"), m_screens, &error);
        if (!error.isEmpty())
            return fatal(error, 1);
        job.selections = {m_selection};
        job.now = m_now;
        job.knownAt = m_knownAt;
        job.cachePath = m_cachePath;
        job.boundariesPath = value("boundaries");
        job.demo = m_server.isEmpty();
        job.source = commands::sourceLine(job.demo, m_server.toString(QUrl::RemoveUserInfo));
        return commands::exportScreens(m_catalog, m_entities, m_screens, job, m_out, m_err);
    }
    return {};
}

MainWindow::Options Launcher::windowOptions() const
{
    MainWindow::Options options;
    options.cachePath = m_cachePath;
    options.boundariesPath = value("boundaries");
    options.lang = m_lang;
    options.theme = isSet("theme") ? value("theme") : Settings::theme();
    options.selection = m_selection;
    options.pastView = m_pastView;
    options.demoNeed = m_demoNeed;
    options.server = m_server;
    options.token = m_token;
    options.trust = m_trust;
    options.dataDir = m_dataDir;
    options.autoSync = !isSet("offline") && !Settings::offline();
    if (isSet("place"))
        options.place = value("place");
    if (m_view) { // --view: its period, place and comparison for the window and screenshots
        options.view = m_view;
        options.selection = m_view->selection;
        if (!isSet("place"))
            options.place = m_view->place;
    }
    return options;
}

int Launcher::runWindow(QApplication &app, const MainWindow::Options &options)
{
    MainWindow window(m_catalog, m_entities, m_screens, options);
    QObject::connect(&window, &MainWindow::languageChangeRequested, &window,
                     [this](const QString &l) {
                         m_translators.install(l);
                         Settings::setLanguage(l);
                     });
    // the benchmark's cold start: until the overview is painted with figures
    if (isSet("exit-after-first-paint")) {
        QObject::connect(&window, &MainWindow::screenPainted, &window, [&](const QString &code) {
            ScreenPage *p = window.workspace()->page(code);
            if (code != QLatin1String("S01") || !p || p->data().valueCount() == 0)
                return;
            m_out << "first_paint_ms " << m_sinceStart.elapsed() << Qt::endl;
            if (const qint64 rss = peakRssKb(); rss >= 0)
                m_out << "peak_rss_kb " << rss << Qt::endl;
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    }
    window.show();
    if (isSet("present"))
        QTimer::singleShot(0, window.presenter(), &Presenter::start);
    return app.exec();
}

} // namespace ioc
