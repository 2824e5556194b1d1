#include "mainwindow.h"

#include "alertdock.h"
#include "summarydock.h"
#include "commands.h"
#include "importdialog.h"
#include "indicatorsearch.h"
#include "look.h"
#include "mainmenus.h"
#include "periodbar.h"
#include "presenter.h"
#include "reportdrop.h"
#include "screenpage.h"
#include "screenrepository.h"
#include "settings.h"
#include "statusline.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace ioc {

MainWindow::MainWindow(const Catalog &catalog, const EntityRegistry &entities,
                       const QVector<ScreenDefinition> &screens, const Options &options,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_screens(screens)
    , m_options(options)
    , m_fmt(options.lang)
    , m_theme(Theme::byName(options.theme))
    , m_boundaries(MapBoundaries::load(options.boundariesPath, entities))
    , m_latest(options.selection.asOf)
    , m_repository(new ScreenRepository(catalog, entities, screens, this))
    , m_data(new DataSource(catalog, entities, this))
    , m_workspace(new Workspace(catalog, entities, screens, m_boundaries, m_repository, m_data))
    , m_presenter(new Presenter(screens, entities, m_boundaries, m_workspace, this))
    , m_briefing(new BriefingActions(
          this, catalog, entities, screens, [this] { return briefingNow(); }, this))
    , m_periodBar(new PeriodBar(this))
    , m_placeButton(new QToolButton(this))
    , m_placeLabel(new QLabel(this))
{
    setPalette(m_theme.palette());
    QApplication::setPalette(m_theme.palette());
    Look::current().set(m_fmt, m_theme);
    setCentralWidget(m_workspace);
    for (const Selection &s : std::as_const(m_options.packSelections))
        m_latest = std::max(m_latest, s.asOf);
    m_workspace->setFrozenNow(m_options.frozenNow);
    m_workspace->setAsyncLoading(m_options.asyncLoading);
    m_workspace->setSelection(m_options.selection);
    connect(m_workspace, &Workspace::screenPainted, this, &MainWindow::screenPainted);
    connect(m_workspace, &Workspace::exportRequested, this, &MainWindow::exportTable);
    connect(m_workspace, &Workspace::placeWanted, this, &MainWindow::setPlace);
    connect(m_workspace, &Workspace::camerasWatched, m_data, &DataSource::watchCameras);
    connect(m_workspace, &Workspace::cameraLiveWanted, m_data, &DataSource::openCameraLive);
    connect(m_workspace, &Workspace::screenFilled, m_presenter, &Presenter::show);
    m_presenter->setViews([this] { return savedViews(); }, isPack());

    addToolBar(m_periodBar);
    // the place filter: the whole city, or one place's view of every screen
    m_placeButton->setObjectName(QStringLiteral("placeButton"));
    m_placeButton->setPopupMode(QToolButton::InstantPopup);
    m_placeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_placeButton->setFont(uiFont(textSize::control, QFont::DemiBold));
    m_periodBar->addSeparator();
    m_periodBar->addWidget(m_placeButton);
    connect(m_periodBar, &PeriodBar::stepRequested, this, &MainWindow::stepPeriod);
    connect(m_periodBar, &PeriodBar::periodChosen, this, &MainWindow::setSelection);
    // the "compare with" choice, kept across runs (a scripted render shows every change)
    const int kept = m_options.asyncLoading ? Settings::compareWith() : 0;
    const CompareWith with
        = kept >= 0 && kept <= int(CompareWith::Plan) ? CompareWith(kept) : CompareWith::Everything;
    m_periodBar->setCompareWith(with);
    m_workspace->setCompareWith(with);
    connect(m_periodBar, &PeriodBar::compareWithChosen, this, &MainWindow::setCompareWith);
    connect(m_periodBar, &PeriodBar::modeChosen, this, [this](Selection::Mode mode) {
        setSelection({mode, selection().asOf});
    });
    buildAlerts();
    m_summary = new SummaryDock(m_entities, m_screens, m_workspace, this);
    addDockWidget(Qt::RightDockWidgetArea, m_summary);
    m_summary->hide();

    m_placeLabel->setObjectName(QStringLiteral("placeLabel"));
    statusBar()->addPermanentWidget(m_placeLabel);
    m_status = new StatusLine(statusBar(), m_data, this);
    m_status->setLook(m_fmt, m_theme);
    if (isPack())
        m_status->setPack(m_options.packFile, m_options.packHash, m_options.packSeal);
    m_presenter->setSource(m_status->wallText());
    connect(m_status, &StatusLine::wallTextChanged, m_presenter, &Presenter::setSource);

    auto *drop = new ReportDrop(this, [this] { return m_data->importing(); });
    connect(drop, &ReportDrop::dropped, this, &MainWindow::importReports);
    connect(m_data, &DataSource::changed, this, &MainWindow::updateTitle);
    connect(m_data, &DataSource::dataArrived, this, &MainWindow::dataArrived);
    connect(m_data, &DataSource::importFinished, this, &MainWindow::showImported);
    connect(m_briefing, &BriefingActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text); // an empty one clears
    });
    applyDataSource(m_options.demoNeed);
    // --place for this run, else (a live window, not a scripted render) the place kept from
    // the last one, dropped with a message when it is no longer among the places
    if (m_options.place && ScreenLoader::isPlace(m_entities, *m_options.place)) {
        applyPlace(*m_options.place, false);
    } else if (m_options.place) {
        statusBar()->showMessage(
            tr("The place shown last time (%1) is no longer among the places: the whole "
               "city is shown.")
                .arg(*m_options.place));
    } else if (const QString kept = m_options.asyncLoading ? Settings::place() : QString();
               !kept.isEmpty()) {
        if (!ScreenLoader::isPlace(m_entities, kept)) {
            Settings::setPlace(QString());
            statusBar()->showMessage(
                tr("The place shown last time (%1) is no longer among the places: the whole "
                   "city is shown.")
                    .arg(kept));
        } else {
            applyPlace(kept, false);
        }
    }
    resize(1600, 960);
    if (m_options.view)
        openView(*m_options.view); // --view
    else if (!m_screens.isEmpty())
        m_workspace->showScreen(m_screens.first().code);
}

void MainWindow::refreshMenus()
{
    QMetaObject::invokeMethod(
        this, [this] { retranslate(); }, Qt::QueuedConnection);
}

void MainWindow::setCompareWith(CompareWith with)
{
    if (m_options.asyncLoading) // a live window keeps it; a scripted render does not
        Settings::setCompareWith(int(with));
    m_periodBar->setCompareWith(with);
    m_workspace->setCompareWith(with);
}

QVector<SavedView> MainWindow::savedViews() const
{
    QVector<SavedView> views;
    const QList<QJsonObject> kept
        = isPack() ? QList<QJsonObject>(m_options.packViews.cbegin(), m_options.packViews.cend())
                   : Settings::savedViews();
    for (const QJsonObject &o : kept) {
        QString why; // one this console no longer shows (a screen or place gone) is left out
        if (const auto v = SavedView::fromJson(o, m_screens, m_entities, &why))
            views << *v;
    }
    return views;
}

SavedView MainWindow::currentView(const QString &name) const
{
    SavedView v;
    v.name = name;
    v.screen = m_workspace->currentScreen();
    if (v.screen == Workspace::mapCode() || v.screen.isEmpty())
        v.screen = m_screens.isEmpty() ? QString() : m_screens.first().code;
    v.selection = selection();
    v.place = place();
    if (ScreenPage *p = m_workspace->page(v.screen))
        v.selectedUnit = p->selectedUnit();
    v.compareWith = m_workspace->compareWith();
    return v;
}

void MainWindow::openView(const SavedView &view)
{
    if (view.place.isEmpty() || ScreenLoader::isPlace(m_entities, view.place))
        applyPlace(view.place, m_options.asyncLoading);
    setCompareWith(view.compareWith);
    setSelection(view.selection);
    if (ScreenPage *p = m_workspace->page(view.screen))
        p->selectUnit(view.selectedUnit); // picked out when its figures come
    m_workspace->showScreen(view.screen);
    statusBar()->showMessage(tr("View: %1").arg(view.name), 5000);
}

void MainWindow::saveView()
{
    const Workspace *space = m_workspace;
    const auto def
        = std::find_if(m_screens.cbegin(), m_screens.cend(), [space](const ScreenDefinition &d) {
              return d.code == space->currentScreen();
          });
    const QString suggested
        = def == m_screens.cend()
              ? QString()
              : QStringLiteral("%1 · %2").arg(def->title(m_fmt.lang()),
                                              PeriodBar::label(selection(), m_fmt));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save this view"), tr("Name:"),
                                               QLineEdit::Normal, suggested, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    Settings::keepSavedView(currentView(name).toJson());
    refreshMenus(); // the View menu lists it
    statusBar()->showMessage(tr("View saved: %1").arg(name), 5000);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildAlerts()
{
    m_alerts
        = new AlertDock(m_catalog, m_entities, m_repository, m_options.frozenNow.isValid(), this);
    m_alerts->setLook(m_fmt, m_theme);
    addDockWidget(Qt::BottomDockWidgetArea, m_alerts);
    m_alerts->hide();
    statusBar()->addPermanentWidget(m_alerts->button());
    if (m_options.journalsAlerts())
        m_alerts->setJudging(m_latest, [this] { return m_workspace->now(); });
    connect(m_workspace, &Workspace::screenFilled, m_alerts, &AlertDock::screenShown);
    connect(m_alerts, &AlertDock::indicatorActivated, m_workspace, &Workspace::openDetail);
    connect(m_alerts, &AlertDock::problem, statusBar(),
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_alerts, &AlertDock::emergency, statusBar(),
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_alerts, &AlertDock::critical, m_presenter, &Presenter::showAlert);
}

void MainWindow::setDataSource(const QUrl &server, const QString &token, const ServerTrust &trust,
                               bool offline)
{
    m_options.useServer(server, token, trust, offline);
    // the demo dataset is prepared if it is missing (found out off this thread); a server's
    // cache only fills by syncing
    applyDataSource(std::nullopt);
    m_workspace->refresh();
    m_presenter->refresh();
}

void MainWindow::applyDataSource(std::optional<DemoSeeder::Need> demoNeed)
{
    // answers about the old cache are dropped; a past day as it was known: nothing fetched
    // after its end
    m_repository->open(m_options.cachePath, m_options.knownAt(m_latest));
    m_repository->loadAlerts();
    m_alerts->judgeLater(); // what the cache holds now, once the first screen has its figures
    m_data->use(m_options.source(), demoNeed);
    retranslate();
}

void MainWindow::updateTitle()
{
    setWindowTitle(isPack() ? tr("Hải Phòng IOC Console — briefing pack %1 (read-only)")
                                  .arg(QFileInfo(m_options.packFile).fileName())
                   : m_data->isDemo() ? tr("Hải Phòng IOC Console — DEMO DATA")
                                      : tr("Hải Phòng IOC Console"));
    m_presenter->setDemo(m_data->isDemo());
}

void MainWindow::retranslate()
{
    updateTitle();
    m_summary->retranslate();
    m_importAction = menus::build(*this);
    m_importAction->setEnabled(!m_data->importing() && !isPack());
    updatePeriod();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The event arrives while the menu action that asked for it is still emitting:
        // rebuild the menus (which deletes that action) once control is back in the loop.
        QMetaObject::invokeMethod(
            this,
            [this] {
                retranslate();
                restyle();
            },
            Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &lang)
{
    if (lang == m_options.lang)
        return;
    m_options.lang = lang;
    m_fmt = Formatter(lang);
    emit languageChangeRequested(lang); // installs the translator; LanguageChange follows
}

void MainWindow::setTheme(const QString &name)
{
    Settings::setTheme(name);
    m_options.theme = name;
    m_theme = Theme::byName(name);
    QApplication::setPalette(m_theme.palette());
    setPalette(m_theme.palette());
    restyle();
}

void MainWindow::restyle()
{
    Look::current().set(m_fmt, m_theme); // every widget that shows figures follows it
}

void MainWindow::importReports(const QStringList &files)
{
    if (m_data->importReports(files) && m_importAction)
        m_importAction->setEnabled(false); // one import at a time
}

void MainWindow::showImported(const QVector<ImportOutcome> &outcomes)
{
    if (m_importAction)
        m_importAction->setEnabled(!isPack());
    const auto imported = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                        [](const ImportOutcome &o) { return o.imported(); });
    auto *dialog = new ImportDialog(outcomes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit importFinished(int(imported), int(outcomes.size() - imported));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_data->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dataArrived()
{
    m_workspace->refresh();
    m_presenter->refresh();
    m_alerts->judge();
}

BriefingActions::Current MainWindow::briefingNow() const
{
    BriefingActions::Current c;
    c.selection = selection();
    c.now = m_workspace->now();
    c.knownAt = m_options.knownAt(m_latest);
    c.cachePath = m_options.cachePath;
    c.boundariesPath = m_options.boundariesPath;
    c.fmt = m_fmt;
    c.geometry = m_boundaries.get();
    c.demo = m_data->isDemo();
    c.sourceName = m_data->name();
    c.sourceText = commands::sourceLine(c.demo, c.sourceName);
    c.packHash = m_options.packHash;
    c.packSeal = m_options.packSeal;
    c.journal = m_alerts->alerts();
    c.place = place();
    c.views = savedViews();
    return c;
}

Selection MainWindow::selection() const
{
    return m_workspace->selection();
}

PeriodRange MainWindow::periods() const
{
    return {m_latest, m_options.packSelections};
}

void MainWindow::updatePeriod()
{
    m_periodBar->setSelection(selection(), periods(), m_fmt);
    m_status->setAsOf(selection().asOf);
    updatePlace();
}

void MainWindow::setSelection(const Selection &selection)
{
    const auto chosen = periods().choose(selection, this->selection());
    if (!chosen) // a pack has its own periods only: the nearest of the same kind, or none
        statusBar()->showMessage(tr("This briefing pack holds no figures for that period."), 5000);
    else
        m_workspace->setSelection(*chosen);
    updatePeriod();
}

void MainWindow::setPlace(const QString &entity)
{
    if (!entity.isEmpty() && !ScreenLoader::isPlace(m_entities, entity)) {
        statusBar()->showMessage(tr("%1 is not a place the screens can show.").arg(entity), 5000);
        return;
    }
    applyPlace(entity, true);
}

QString MainWindow::place() const
{
    return m_workspace->place();
}

void MainWindow::applyPlace(const QString &entity, bool keep)
{
    if (keep)
        Settings::setPlace(entity);
    m_workspace->setPlace(entity);
    m_presenter->refresh();
    updatePlace();
}

void MainWindow::updatePlace()
{
    const Entity *e = m_entities.find(place());
    const QString name = e ? e->name(m_fmt.lang()) : QString();
    m_placeButton->setText((e ? name : tr("Whole city")) + QStringLiteral(" ▾"));
    m_placeButton->setToolTip(tr("Show every screen for one place, or for the whole city"));
    m_placeLabel->setText(e ? tr("Place: %1").arg(name) : QString());
    m_placeLabel->setVisible(e != nullptr);
    auto *menu = new QMenu(m_placeButton);
    QAction *city = menu->addAction(tr("Whole city"), this, [this] { setPlace(QString()); });
    city->setCheckable(true);
    city->setChecked(!e);
    if (e) {
        QAction *shown = menu->addAction(name);
        shown->setCheckable(true);
        shown->setChecked(true);
    }
    menu->addSeparator();
    menu->addAction(tr("Choose a place…"), this, &MainWindow::choosePlace);
    delete m_placeButton->menu();
    m_placeButton->setMenu(menu);
}

void MainWindow::choosePlace()
{
    IndicatorSearch search(m_catalog, m_screens, m_entities, m_options.lang, this);
    search.setPlacesOnly(true);
    connect(&search, &IndicatorSearch::chosen, this,
            [this](IndicatorSearch::Kind, const QString &code) { setPlace(code); });
    search.exec();
}

void MainWindow::stepPeriod(int direction)
{
    if (const auto step = periods().step(selection(), direction))
        setSelection(*step);
    else if (isPack())
        statusBar()->showMessage(tr("This briefing pack holds no figures for that period."), 5000);
}

void MainWindow::exportTable()
{
    QString name;
    const QByteArray csv = m_workspace->tableCsv(&name);
    if (!csv.isEmpty())
        m_briefing->exportTable(name, csv);
}

} // namespace ioc
