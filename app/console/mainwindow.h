#pragma once

#include "briefingactions.h"
#include "catalog.h"
#include "datasource.h"
#include "entity.h"
#include "format.h"
#include "geo.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

#include <functional>

class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QToolBar;
class QToolButton;
class QStackedWidget;
class QTreeWidget;

namespace ioc {

struct OpenedPack;
class AlertPanel;
class CommuneDetail;
class IndicatorDetail;
class MapPage;
class PresentationView;
class ScreenPage;

// The shell: navigation by group, one page per screen, and a status bar with the data source,
// "as of" and progress. Data comes from a ScreenLoader on its own thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString cachePath;
        QString dataDir; // where each source's cache file lives (for switching sources)
        QString lang = QStringLiteral("vi");
        QString theme = QStringLiteral("light");
        Selection selection;
        // what the demo cache lacks (filled or topped up in the background); the window finds
        // out by itself when it switches to the demo data
        DemoSeeder::Need demoNeed = DemoSeeder::Need::Nothing;
        bool asyncLoading = true; // false: the caller fills pages itself (screenshots)
        QUrl server;              // an IOC Data API server to sync from (empty: demo data)
        QString token;
        int syncTimeoutMs = 20000; // per request
        bool autoSync = true;      // false: show the server's cache as it is (screenshots)
        QString boundariesPath;    // a GeoJSON file instead of the built-in boundaries
        QDateTime frozenNow;       // figures judged at this moment instead of now (a pack)
        // A briefing pack shown read-only: no network, no import, only its periods.
        QString packFile;
        QString packHash;
        QString packSource; // where the pack's figures came from: "demo" or a server
        QVector<Selection> packSelections;
        bool pastView = false; // --as-of: a past day as it was; writes no alert journal
    };
    // the navigation code of the map view (beside the screens' S01..S17)
    static QString mapCode() { return QStringLiteral("MAP"); }
    using Connection = DataSource::Connection;

    MainWindow(const Catalog &catalog, const EntityRegistry &entities,
               const QVector<ScreenDefinition> &screens, const Options &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showScreen(const QString &code);
    ScreenPage *page(const QString &code);
    // For headless screenshots: fills a page synchronously from the given loader's result.
    void showData(const ScreenData &data);
    QString currentScreen() const { return m_current; }

    // The drill-down of one indicator, over the current screen; Back returns to that screen.
    void openDetail(const QString &indicatorCode);
    void showDetail(const DetailData &data); // for headless screenshots, as showData
    void closeDetail();
    bool detailOpen() const;
    IndicatorDetail *detail() const { return m_detail; }
    // The detail of a commune-level unit (a click on a map); Back returns to where it was opened.
    void openCommune(const QString &entityCode);
    void showCommune(const CommuneData &data); // for headless screenshots
    void closeCommune();
    CommuneDetail *communeDetail() const { return m_commune; }
    MapPage *mapPage();
    // the boundaries, or why there are none
    const MapGeometry *mapGeometry() const { return m_geoError.isEmpty() ? &m_geometry : nullptr; }
    QString mapProblem() const { return m_geoError; }
    // The period every screen shows (the period picker): month, quarter or year to date.
    Selection selection() const { return m_options.selection; }
    void setSelection(const Selection &selection);
    void stepPeriod(int direction); // -1 previous, +1 next (never past the latest date)
    void openSearch();              // Ctrl+K
    void exportTable();             // Ctrl+E: the screen's or the detail's table as CSV
    QString language() const;
    void setLanguage(const QString &lang);
    Connection connection() const { return m_data->connection(); }
    QString connectionText() const;
    bool isPack() const { return !m_options.packFile.isEmpty(); }
    // File → Open briefing pack: checks the pack and shows it in a window of its own, read-only
    // (a pack that does not match its manifest is refused with the reason). The new window, or
    // null.
    MainWindow *openPack(const QString &file);
    // The options of a window that shows an opened pack (its figures, boundaries, clock and
    // periods), on the look of `base`.
    static Options packOptions(const OpenedPack &pack, const Options &base);
    // File → Prepare briefing and File → Export (PDF, figures), run in the background
    BriefingActions *briefing() const { return m_briefing; }
    // Starts a full sync now (it also runs by itself every few minutes).
    void syncNow();
    // Switches to a server (empty: the demo data) while running; offline: no syncing.
    void setDataSource(const QUrl &server, const QString &token, bool offline);
    // Imports report files (.xlsx, .csv) into the current source's cache on a worker thread,
    // each whole or not at all, then shows what happened in an ImportDialog.
    void importReports(const QStringList &files);
    static bool isReportFile(const QString &path);

    // Presentation mode (F5): the saved playlist full screen on the saved display; Esc leaves.
    void startPresentation();
    void stopPresentation();
    PresentationView *presentation() const { return m_presentation; }
    void editPlaylist(); // the playlist dialog; saved in the settings

    // The alert journal (View → Alerts, Ctrl+Shift+A): every rise to warn or critical of a
    // figure of the latest period, judged by the data layer (AlertJournal) after each change of
    // the data, whatever is shown; kept in the cache.
    AlertPanel *alertPanel() const;
    // New figures arrived (sync, import, demo top-up): the screens again, and the alert journal.
    void dataArrived();
    void showAlerts();
    // Asks for the operator (kept in the settings) and a note, then journals the acknowledgement.
    void acknowledge(const ioc::Alert &alert);
    // The clock figures are judged by: now, or the moment a briefing pack was frozen.
    QDateTime clockNow() const;

signals:
    // The current screen is on screen with figures from the cache (the benchmark listens).
    void screenPainted(const QString &code);
    void languageChangeRequested(const QString &lang);
    // An import ended (its dialog is open): how many files were taken in and refused.
    void importFinished(int imported, int refused);
    // A Group D figure turned critical since it was last seen (also in the status bar, and a
    // banner over a running presentation).
    void criticalAlert(const QString &text);
    // Alerts journaled since the last check (any group), and an acknowledgement stored.
    void alertsRaised(const QVector<ioc::Alert> &alerts);
    // A pass of the alert journal over the data ended, raising this many alerts.
    void alertsJournaled(int raised);
    void alertAcknowledged(const ioc::Alert &alert);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void retranslate();
    QString windowTitleText() const;
    void requestCurrent();
    void connectDataSource();
    void showImported(const QVector<ImportOutcome> &outcomes);
    void openRepository(); // on the current cache; the journal is read again
    void applyDataSource(std::optional<DemoSeeder::Need> demoNeed);
    void updateStatus();
    void buildPeriodBar();
    void updatePeriodBar();
    void requestDetail();
    void requestBreakdown(const QString &target, const QString &indicator);
    void selectInNavigation(const QString &code); // without the change signal
    void loadBoundaries();
    void refreshShown(); // after a theme or language change
    void
    dataChanged(); // new figures or another period: the current screen and the presentation again
    void requestPresentationData(const QString &code);
    // the live console judges the latest period into the journal; a view of a past day, a
    // pack and a scripted render never write it
    bool journalsAlerts() const;
    void requestJournal();         // by the repository (AlertJournal), when journalsAlerts()
    bool m_journalPending = false; // a new cache is judged once the first screen is shown
    bool isDemo() const;
    QString sourceText() const;                   // "Nguồn: …" for footers
    BriefingActions::Current briefingNow() const; // what the window shows, for its actions

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    Options m_options;
    Formatter m_fmt;
    Theme m_theme;

    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QHash<QString, ScreenPage *> m_pages;
    QString m_current;
    IndicatorDetail *m_detail = nullptr;
    CommuneDetail *m_commune = nullptr;
    QWidget *m_communeReturn = nullptr; // what Back from the commune detail shows again
    MapPage *m_mapPage = nullptr;
    MapGeometry m_geometry;
    QString m_geoError;
    QStringList m_geoWarnings;
    QString m_detailCode;
    class PeriodBar *m_periodBar = nullptr;
    QDate m_latest; // the newest date the period picker reaches

    class ScreenRepository *m_repository;
    PresentationView *m_presentation = nullptr;
    class AlertDock *m_alerts = nullptr;

    DataSource *m_data;
    BriefingActions *m_briefing;
    QAction *m_importAction = nullptr;
    class StatusLine *m_status = nullptr;
};

} // namespace ioc
