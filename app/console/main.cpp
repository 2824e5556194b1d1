// ioc-console: the composition root. The table of its options, then a dispatch: a Launcher
// loads the catalog, areas and screens, opens the cache, and either runs one scripted command or
// starts the window.
#include "launcher.h"
#include "settings.h"
#include "theme.h"

#include <sys/stat.h>

#include <QApplication>
#include <QIcon>

using namespace ioc;

namespace {

enum Mode : bool { Window = false, Headless = true };

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *help;      // translated in the context "main"
    Mode mode = Window;    // Headless: a scripted command that needs no display
};

// clang-format off
const OptionSpec kOptions[] = {
    {"lang", "vi|en",
     QT_TRANSLATE_NOOP("main", "Interface language: vi (default) or en.")},
    {"theme", "light|dark",
     QT_TRANSLATE_NOOP("main", "light (default) or dark (high contrast, wall screens).")},
    {"data-dir", "DIR",
     QT_TRANSLATE_NOOP("main", "Folder of the local cache (default: the user's data folder).")},
    {"as-of", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("main", "Show figures as of this day (default: today).")},
    {"view", "FILE",
     QT_TRANSLATE_NOOP("main", "Open a saved view exported from a console (its screen, period, place "
                    "and comparison), also with --screenshot; with --write-pack the pack carries it.")},
    {"place", "CODE",
     QT_TRANSLATE_NOOP("main", "Show every screen for one place, for this run: a commune, ward or "
                    "special zone (5-digit code), an investor or unit, a project or a station.")},
    {"list-indicators", nullptr,
     QT_TRANSLATE_NOOP("main", "Print the indicator catalog as CSV (header first) and exit."), Headless},
    {"alerts", nullptr,
     QT_TRANSLATE_NOOP("main", "Print the alert journal as CSV (header first: raised at, indicator, entity, "
                    "period, severity, value, acknowledged by, acknowledged at, note) and exit."), Headless},
    {"query", "CODE",
     QT_TRANSLATE_NOOP("main", "Print the cached observations of an indicator as CSV and exit."), Headless},
    {"entity", "CODE",
     QT_TRANSLATE_NOOP("main", "With --query: one commune (5-digit code), 31 for the "
                                            "city, or a unit/project/station code.")},
    {"period", "YYYY-MM|YYYY-MM-DD",
     QT_TRANSLATE_NOOP("main", "With --query: only periods overlapping this month or day. With --write-pack: the "
            "months to pack (YYYY-MM, several separated by commas; default: the current month).")},
    {"screenshot", "DIR",
     QT_TRANSLATE_NOOP("main", "Render every screen to DIR/<screen-code>.png without a display and exit."), Headless},
    {"size", "WxH",
     QT_TRANSLATE_NOOP("main", "With --screenshot: window size (default 1920x1080).")},
    {"boundaries", "FILE",
     QT_TRANSLATE_NOOP("main", "Draw the maps from this GeoJSON file of the 114 units "
                                            "instead of the built-in boundaries.")},
    {"server", "URL",
     QT_TRANSLATE_NOOP("main", "IOC Data API server to use for this run (the access "
                                            "token comes from IOC_TOKEN or the settings).")},
    {"ca-cert", "FILE",
     QT_TRANSLATE_NOOP("main", "Trust the certificate authority in FILE (PEM) for HTTPS servers, "
                               "besides the system's; kept in the settings.")},
    {"allow-plain-http", nullptr,
     QT_TRANSLATE_NOOP("main", "For this run, talk plain HTTP to a server that is not on this "
                               "computer (unencrypted; the access token is not sent).")},
    {"offline", nullptr,
     QT_TRANSLATE_NOOP("main", "Do not contact the server: show the cached figures.")},
    {"demo", nullptr,
     QT_TRANSLATE_NOOP("main", "Use the built-in demo data for this run, whatever the settings say.")},
    {"history-years", "N",
     QT_TRANSLATE_NOOP("main", "Years of history in a new demo data cache (default 3: 2024 to "
                               "2026; at most 30). A cache keeps the years it was made with.")},
    {"sync-only", nullptr,
     QT_TRANSLATE_NOOP("main", "Sync the cache from the server, print a summary and exit (non-zero on failure)."), Headless},
    {"import", "FILE",
     QT_TRANSLATE_NOOP("main", "Import a monthly report (.xlsx or .csv, see docs/import-template.md) into the "
                    "cache and exit; may be repeated. Each file is imported whole or not at all; "
                    "problems are listed with sheet, row and column."), Headless},
    {"exit-after-first-paint", nullptr,
     QT_TRANSLATE_NOOP("main", "Open the window, print 'first_paint_ms N' once S01 "
                                            "shows figures, and exit (used by the benchmark).")},
    {"present", nullptr,
     QT_TRANSLATE_NOOP("main", "Start in presentation mode (F5): the saved playlist full screen; Esc leaves. "
                    "With --screenshot, also render present-<screen>.png.")},
    {"write-pack", "FILE",
     QT_TRANSLATE_NOOP("main", "Prepare a briefing pack (.iocpack) of --screens for --period, "
                                    "print the readiness check and the pack's SHA-256, and exit."), Headless},
    {"new-signing-key", "NAME",
     QT_TRANSLATE_NOOP("main", "Make this console's key for signing briefing packs, under the publisher "
                    "NAME (e.g. \"Trung tâm IOC Hải Phòng\"); its public key is trusted here. Packs "
                    "are signed from then on."), Headless},
    {"export-public-key", "FILE",
     QT_TRANSLATE_NOOP("main", "Write the signing key's public half to FILE, for other consoles to trust."),
     Headless},
    {"trust-key", "FILE",
     QT_TRANSLATE_NOOP("main", "Trust packs signed by the publisher's public key in FILE (prints its "
                    "fingerprint: compare it with the publisher's)."), Headless},
    {"revoke-key", "FINGERPRINT",
     QT_TRANSLATE_NOOP("main", "Stop trusting a publisher's key (as --trust-key printed it); its packs "
                    "are marked revoked."), Headless},
    {"verify-pack", "FILE",
     QT_TRANSLATE_NOOP("main", "Say who signed a briefing pack and exit: 0 signed by a trusted key, 3 "
                    "intact but unsigned or signed by a key not trusted here, 2 changed or damaged."),
     Headless},
    {"open-pack", "FILE",
     QT_TRANSLATE_NOOP("main", "Show a briefing pack read-only, without any network (with --screenshot: render its "
            "screens and exit). A pack that does not match its manifest is refused.")},
    {"screens", "CODES",
     QT_TRANSLATE_NOOP("main", "With --write-pack or --export-pdf: the screens, e.g. S01,S07 (default: all 17).")},
    {"export-pdf", "FILE",
     QT_TRANSLATE_NOOP("main", "Export --screens as the briefing handout (A4 PDF: cover, summary table, the "
                    "briefing in words, each screen's charts, map and complete tables; every footer gives "
                    "as of, source, page and pack hash) and exit. From --pack FILE (the same pack gives "
                    "the same PDF), or from the cache as of --as-of."), Headless},
    {"export-xlsx", "FILE",
     QT_TRANSLATE_NOOP("main", "Export the figures of --screens (by unit too) to an Excel workbook and exit."), Headless},
    {"export-csv", "FILE",
     QT_TRANSLATE_NOOP("main", "Export the figures of --screens (by unit too) to CSV (UTF-8) and exit."), Headless},
    {"pack", "FILE",
     QT_TRANSLATE_NOOP("main", "With --export-pdf, --export-xlsx or --export-csv: "
                                            "take the figures from this briefing pack.")},
    {"narrative", nullptr,
     QT_TRANSLATE_NOOP("main", "Print the briefing in words (the summary, then each of --screens) for --as-of, "
                    "or from --pack FILE, and exit."), Headless},
    {"export-odt", "FILE",
     QT_TRANSLATE_NOOP("main", "Write the briefing in words as an editable OpenDocument text (.odt) and exit."), Headless},
    {"appendix", nullptr,
     QT_TRANSLATE_NOOP("main", "With --export-pdf: add where each figure comes from (period, time, source) as tables at the end.")},
};
// clang-format on

bool argPresent(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

// Scripted commands (and --help, --version) need no display.
bool headlessRun(int argc, char **argv)
{
    for (const char *always : {"--help", "-h", "--version"}) {
        if (argPresent(argc, argv, always))
            return true;
    }
    for (const OptionSpec &o : kOptions) {
        if (o.mode == Headless && argPresent(argc, argv, ("--" + QByteArray(o.name)).constData()))
            return true;
    }
    return false;
}

// The language is needed before --help is printed, so it is read ahead of the parser.
QString languageAhead(int argc, char **argv)
{
    QString lang = Settings::language();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            lang = QString::fromLocal8Bit(argv[i + 1]);
    }
    return lang == QLatin1String("en") ? lang : QStringLiteral("vi");
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Everything the console writes is the user's alone: the cache, packs, exports, the
    // settings (with the access token) and their folders, 0600 and 0700 whatever the umask.
    ::umask(S_IRWXG | S_IRWXO);
    const bool headless = headlessRun(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ioc-console"));
    QApplication::setOrganizationName(QStringLiteral("HaiPhongIOC"));
    QApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
    Settings::keepPrivate();
    // the launcher's id (Wayland's app id, the taskbar's icon) and the window icon
    QGuiApplication::setDesktopFileName(QStringLiteral(IOC_DESKTOP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/desktop/" IOC_DESKTOP_ID ".svg")));
    QApplication::setFont(uiFont(textSize::body));
    useQuickToolTips();
    Translators translators;
    translators.install(languageAhead(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Hải Phòng IOC Console: the city's 86 governance indicators on 17 screens.\n"
        "With no command it opens the window; a fresh install with no server shows demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &o : kOptions) {
        const QString help = QCoreApplication::translate("main", o.help);
        parser.addOption(o.valueName ? QCommandLineOption(QLatin1String(o.name), help,
                                                          QLatin1String(o.valueName))
                                     : QCommandLineOption(QLatin1String(o.name), help));
    }
    parser.process(app);
    return Launcher(parser, translators, headless, sinceStart).run(app);
}
