#pragma once

#include "briefingactions.h"
#include "catalog.h"
#include "datasource.h"
#include "entity.h"
#include "format.h"
#include "geo.h"
#include "screens.h"
#include "theme.h"
#include "windowoptions.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QToolButton;

namespace ioc {

class AlertDock;
class PeriodBar;
class Presenter;
class ScreenRepository;
class StatusLine;
class SummaryDock;
class Workspace;

// The shell of the console: menus, the period bar, the workspace (navigation, pages and
// drill-downs), the alert dock and the status bar, wired to the data layer (a DataSource that
// fills the cache, a ScreenRepository that reads it on its own thread).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Options = WindowOptions;
    using Connection = DataSource::Connection;

    MainWindow(const Catalog &catalog, const EntityRegistry &entities,
               const QVector<ScreenDefinition> &screens, const Options &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    Presenter *presenter() const { return m_presenter; }
    BriefingActions *briefing() const { return m_briefing; }
    DataSource *dataSource() const { return m_data; }
    const MapBoundaries &boundaries() const { return m_boundaries; }
    AlertDock *alerts() const { return m_alerts; }     // the alert journal (View → Alerts)
    SummaryDock *summary() const { return m_summary; } // the briefing text (View → Summary)
    const Catalog &catalog() const { return m_catalog; }
    const EntityRegistry &entities() const { return m_entities; }
    const Options &options() const { return m_options; }
    const QVector<ScreenDefinition> &screens() const { return m_screens; }

    // The period every screen shows (the period bar): month, quarter or year to date.
    Selection selection() const;
    void setSelection(const Selection &selection);
    void stepPeriod(int direction); // -1 previous, +1 next (never past the latest date)
    // The place filter (an entity's code; empty: the whole city): every screen shows that
    // place. Chosen in the window, it is kept for the next run; an unknown code is refused
    // with a message and changes nothing.
    void setPlace(const QString &entity);
    QString place() const;
    void choosePlace(); // the place button's "Choose a place…": Ctrl+K among places
    // Saved views: what is shown now (screen, period, place, the unit picked out, the
    // comparison) under a name; opening one shows all of it again.
    SavedView currentView(const QString &name) const;
    void openView(const SavedView &view);
    void saveView(); // Ctrl+D: asks for a name, keeps it (a view of the same name is replaced)
    // The views this window lists (menu, Ctrl+K, playlist): the ones kept in the settings this
    // console can show, or in a briefing pack's window the views the pack carries.
    QVector<SavedView> savedViews() const;
    void setCompareWith(CompareWith with);
    // the menus built again once control is back in the event loop (the saved views changed;
    // never from under the menu action that is running)
    void refreshMenus();
    void exportTable(); // Ctrl+E: the screen's or the detail's table as CSV
    QString language() const { return m_options.lang; } // "vi" or "en"
    void setLanguage(const QString &lang);
    void setTheme(const QString &name);
    Connection connection() const { return m_data->connection(); }
    StatusLine *statusLine() const { return m_status; }
    bool isPack() const { return m_options.isPack(); }
    void syncNow() { m_data->syncNow(); } // also runs by itself every few minutes
    // Switches to a server (empty: the demo data) while running; offline: no syncing.
    void setDataSource(const QUrl &server, const QString &token, const ServerTrust &trust,
                       bool offline);
    // Imports report files (.xlsx, .csv) into the current source's cache on a worker thread,
    // each whole or not at all, then shows what happened in an ImportDialog.
    void importReports(const QStringList &files);
    // New figures arrived (sync, import, demo top-up): the screens again, and the alert journal
    // (every rise to warn or critical of a figure of the latest period, judged by the data
    // layer whatever is shown, kept in the cache).
    void dataArrived();

signals:
    // The current screen is on screen with figures from the cache (the benchmark listens).
    void screenPainted(const QString &code);
    void languageChangeRequested(const QString &lang);
    // An import ended (its dialog is open): how many files were taken in and refused.
    void importFinished(int imported, int refused);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildAlerts();
    void retranslate();
    void updateTitle();
    void restyle(); // after a theme or language change
    void applyDataSource(std::optional<DemoSeeder::Need> demoNeed);
    void showImported(const QVector<ImportOutcome> &outcomes);
    void updatePeriod();
    void updatePlace(); // the place button and the status bar say the place shown
    void applyPlace(const QString &entity, bool keep);
    PeriodRange periods() const;
    BriefingActions::Current briefingNow() const; // what the window shows, for its actions

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    Options m_options;
    Formatter m_fmt;
    Theme m_theme;
    MapBoundaries m_boundaries;
    QDate m_latest; // the newest date the period bar reaches

    ScreenRepository *m_repository;
    DataSource *m_data;
    Workspace *m_workspace;
    Presenter *m_presenter;
    BriefingActions *m_briefing;
    PeriodBar *m_periodBar;
    QToolButton *m_placeButton;
    QLabel *m_placeLabel;
    AlertDock *m_alerts = nullptr;
    SummaryDock *m_summary = nullptr;
    StatusLine *m_status = nullptr;
    QPointer<QAction> m_importAction;
};

} // namespace ioc
