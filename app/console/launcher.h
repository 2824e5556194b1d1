#pragma once

#include "cache.h"
#include "catalog.h"
#include "commands.h"
#include "savedview.h"
#include "demoseeder.h"
#include "entity.h"
#include "mainwindow.h"
#include "screens.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSize>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>

#include <optional>

class QApplication;

namespace ioc {

// The process's peak resident memory in KiB (VmHWM), -1 where /proc cannot tell.
qint64 peakRssKb();

// The console's own translations and Qt's, for one language; switched while running.
class Translators
{
public:
    void install(const QString &lang);

private:
    QTranslator m_app;
    QTranslator m_qt;
};

// What one start of ioc-console does with its parsed command line: loads the definitions, then
// either runs one scripted command (printing to stdout/stderr, returning its exit code) or opens
// the window. Each step below either ends the run with an exit code or lets the next one go on.
class Launcher
{
public:
    Launcher(const QCommandLineParser &args, Translators &translators, bool headless,
             QElapsedTimer sinceStart);
    int run(QApplication &app);

private:
    using Exit = std::optional<int>;
    bool isSet(const char *name) const;
    QString value(const char *name) const;
    int fatal(const QString &message, int code);

    Exit checkArguments();  // --lang, --size
    Exit loadDefinitions(); // the catalog (and --list-indicators), the areas, the screens
    Exit keyCommands();     // --new-signing-key, --export-public-key, --trust-key, --revoke-key
    Exit verifyPack();      // --verify-pack FILE
    Exit checkPlace();
    Exit readView();
    Exit exportFromPack(); // --export-* --pack FILE
    Exit openPack(QApplication &app);
    Exit openDataFolder();     // the data folder, the server, its cache and a later catalog
    Exit trustFromArguments(); // --ca-cert (kept), --allow-plain-http (this run)
    Exit commandsOnCache();    // --sync-only, --alerts, --import
    Exit prepareSelection();
    Exit commandsOnFigures(); // --query, --write-pack, --export-*
    MainWindow::Options windowOptions() const;
    int runWindow(QApplication &app, const MainWindow::Options &options);

    const QCommandLineParser &m_args;
    Translators &m_translators;
    const bool m_headless;
    const QElapsedTimer m_sinceStart;
    QTextStream m_out;
    QTextStream m_err;

    QString m_lang;
    std::optional<SavedView> m_view; // --view
    QSize m_size{1920, 1080};
    Catalog m_builtInCatalog;
    Catalog m_catalog; // the built-in one, or a later revision a server published
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
    commands::ExportJob m_job;

    QString m_dataDir;
    QUrl m_server;
    QString m_token;
    ServerTrust m_trust;
    QString m_cachePath;
    Cache m_cache;

    Selection m_selection;
    QDateTime m_now;
    bool m_pastView = false;
    QDateTime m_knownAt;
    // what the demo cache lacks: the window fills or tops it up in the background
    DemoSeeder::Need m_demoNeed = DemoSeeder::Need::Nothing;
};

} // namespace ioc
