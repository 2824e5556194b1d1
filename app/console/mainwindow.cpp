#include "mainwindow.h"

#include "alertdock.h"
#include "briefingactions.h"
#include "briefingdialog.h"
#include "commands.h"
#include "briefingpack.h"
#include "figureexport.h"
#include "pdfexport.h"
#include "cache.h"
#include "demoseeder.h"
#include "datasourcedialog.h"
#include "importdialog.h"
#include "communedetail.h"
#include "indicatordetail.h"
#include "mappage.h"
#include "periodbar.h"
#include "playlistdialog.h"
#include "presentation.h"
#include "indicatorsearch.h"
#include "screenpage.h"
#include "screenrepository.h"
#include "settings.h"
#include "statusline.h"
#include "syncengine.h"

#include <QTableView>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QEventLoop>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

namespace ioc {

namespace {
// Qt's own file dialog, in the console's language (a desktop's native one speaks the desktop's,
// and Debian ships no Vietnamese for Qt): its words are in ioc_vi.ts (qtstrings.cpp)
constexpr QFileDialog::Options kFileDialog = QFileDialog::DontUseNativeDialog;
} // namespace

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
    , m_nav(new QTreeWidget)
    , m_stack(new QStackedWidget)
    , m_repository(new ScreenRepository(catalog, entities, screens, this))
    , m_data(new DataSource(catalog, entities, this))
    , m_briefing(new BriefingActions(
          this, catalog, entities, screens, [this] { return briefingNow(); }, this))
{
    qRegisterMetaType<ioc::Selection>();
    qRegisterMetaType<ioc::ScreenData>();
    qRegisterMetaType<QVector<ioc::StatusSeen>>();
    qRegisterMetaType<QVector<ioc::Alert>>();
    qRegisterMetaType<ioc::Alert>();
    setPalette(m_theme.palette());
    QApplication::setPalette(m_theme.palette());

    auto *split = new QSplitter;
    m_nav->setHeaderHidden(true);
    m_nav->setFont(uiFont(11));
    m_nav->setMinimumWidth(330);
    m_nav->setMaximumWidth(420);
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);

    m_latest = m_options.selection.asOf;
    for (const Selection &s : std::as_const(m_options.packSelections))
        m_latest = std::max(m_latest, s.asOf);
    loadBoundaries();
    m_commune = new CommuneDetail(m_entities);
    m_stack->addWidget(m_commune);
    connect(m_commune, &CommuneDetail::back, this, &MainWindow::closeCommune);
    connect(m_commune, &CommuneDetail::indicatorActivated, this, &MainWindow::openDetail);
    m_detail = new IndicatorDetail(m_entities);
    m_stack->addWidget(m_detail);
    connect(m_detail, &IndicatorDetail::back, this, &MainWindow::closeDetail);
    connect(m_detail, &IndicatorDetail::exportRequested, this, &MainWindow::exportTable);
    buildPeriodBar();

    m_alerts
        = new AlertDock(m_catalog, m_entities, m_repository, m_options.frozenNow.isValid(), this);
    m_alerts->setLook(m_fmt, m_theme);
    addDockWidget(Qt::BottomDockWidgetArea, m_alerts);
    m_alerts->hide();
    statusBar()->addPermanentWidget(m_alerts->button());
    connect(m_alerts, &AlertDock::indicatorActivated, this, &MainWindow::openDetail);
    connect(m_alerts, &AlertDock::problem, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_alerts, &AlertDock::acknowledged, this, &MainWindow::alertAcknowledged);
    connect(m_alerts, &AlertDock::emergency, this, [this](const QString &text, bool critical) {
        // in the status bar at once; a critical one also over a presentation
        statusBar()->showMessage(text);
        if (!critical)
            return;
        if (m_presentation)
            m_presentation->showAlert(text);
        emit criticalAlert(text);
    });
    connect(m_alerts, &AlertDock::journaled, this, [this](const QVector<Alert> &raised) {
        if (!raised.isEmpty())
            emit alertsRaised(raised);
        emit alertsJournaled(int(raised.size()));
    });

    m_status = new StatusLine(statusBar(), m_data, this);
    m_status->setLook(m_fmt, m_theme);
    if (isPack())
        m_status->setPack(m_options.packFile, m_options.packHash);
    connect(m_status, &StatusLine::sourceChanged, this, [this](const QString &text) {
        if (m_presentation)
            m_presentation->setSource(text);
    });

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            showScreen(item->data(0, Qt::UserRole).toString());
    });
    setAcceptDrops(true); // report files dropped on the window are imported
    connectDataSource();
    connect(m_briefing, &BriefingActions::message, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    applyDataSource(m_options.demoNeed);
    resize(1600, 960);
    if (!m_screens.isEmpty())
        showScreen(m_screens.first().code);
}

void MainWindow::setDataSource(const QUrl &server, const QString &token, bool offline)
{
    m_options.server = server;
    m_options.token = token;
    m_options.autoSync = !offline;
    if (!m_options.dataDir.isEmpty())
        m_options.cachePath = QDir(m_options.dataDir).filePath(Cache::fileNameFor(server));
    // the demo dataset is prepared if it is missing (found out off this thread); a server's
    // cache only fills by syncing
    applyDataSource(std::nullopt);
    dataChanged();
}

void MainWindow::applyDataSource(std::optional<DemoSeeder::Need> demoNeed)
{
    openRepository(); // answers about the old cache are dropped
    DataSource::Source source;
    source.cachePath = m_options.cachePath;
    source.server = m_options.server;
    source.token = m_options.token;
    source.autoSync = m_options.autoSync;
    source.syncTimeoutMs = m_options.syncTimeoutMs;
    source.pack = isPack();
    source.packSource = m_options.packSource;
    m_data->use(source, demoNeed);
    retranslate();
}

void MainWindow::openRepository()
{
    // a past day as it was known: nothing fetched after its end
    m_repository->open(m_options.cachePath,
                       m_options.pastView ? cityDayEnd(m_latest) : QDateTime());
    m_repository->loadAlerts();
    // the journal of what the cache holds now, once the first screen has its figures (judging
    // every indicator must not hold up the first paint)
    m_journalPending = true;
}

MainWindow::~MainWindow() = default;

void MainWindow::connectDataSource()
{
    connect(m_data, &DataSource::changed, this, [this] {
        if (m_data->waitingForData()) {
            for (ScreenPage *p : std::as_const(m_pages))
                p->setMessage(tr("Preparing the demo data for the first start…"));
        }
        setWindowTitle(windowTitleText());
    });
    connect(m_data, &DataSource::dataArrived, this, &MainWindow::dataArrived);
    connect(m_data, &DataSource::importFinished, this, &MainWindow::showImported);
}

void MainWindow::syncNow()
{
    m_data->syncNow();
}

QString MainWindow::connectionText() const
{
    return m_status->connectionText();
}

bool MainWindow::isDemo() const
{
    return m_data->isDemo();
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open briefing pack…"), QKeySequence::Open, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open briefing pack"), QString(),
                                           tr("Briefing packs (*.iocpack)"), nullptr, kFileDialog);
        if (!path.isEmpty())
            openPack(path);
    });
    QAction *prepare
        = file->addAction(tr("&Prepare briefing…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                          m_briefing, &BriefingActions::prepareBriefing);
    prepare->setEnabled(!isPack());
    prepare->setToolTip(
        tr("Freeze screens and months into one file that opens on any machine without a network"));
    QMenu *exportMenu = file->addMenu(tr("E&xport"));
    exportMenu->addAction(tr("Screens as &PDF…"), QKeySequence::Print, m_briefing,
                          &BriefingActions::exportScreensPdf);
    exportMenu->addAction(tr("&Figures to Excel or CSV…"), m_briefing,
                          &BriefingActions::exportFigures);
    file->addSeparator();
    QAction *sourceAction = file->addAction(tr("&Data source…"), this, [this] {
        DataSourceDialog dialog(this);
        dialog.setSource(m_options.server, m_options.token, !m_options.autoSync);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Settings::setServer(dialog.server());
        Settings::setToken(dialog.token());
        Settings::setOffline(dialog.offline());
        setDataSource(dialog.server(), dialog.token(), dialog.offline());
    });
    m_importAction = file->addAction(tr("&Import report…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import report"), QString(), tr("Report files (*.xlsx *.csv)"), nullptr,
            kFileDialog);
        if (!files.isEmpty())
            importReports(files);
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(!m_data->importing() && !isPack());
    sourceAction->setEnabled(!isPack());
    m_importAction->setToolTip(tr("Monthly reports of the departments (.xlsx or .csv); you can "
                                  "also drop the files on the window"));
    file->addAction(tr("&Export table as CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportTable);
    QAction *syncAction = file->addAction(tr("&Sync now"), this, &MainWindow::syncNow);
    syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F5 presents, as in a slide show
    syncAction->setEnabled(m_data->syncs());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *langGroup = new QActionGroup(language);
    for (const auto &[code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == m_options.lang);
        langGroup->addAction(a);
        const QString lang = code;
        connect(a, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(theme);
    for (const auto &[code, name] :
         {std::pair{QStringLiteral("light"), tr("Light (workstation, print)")},
          std::pair{QStringLiteral("dark"), tr("Dark, high contrast (wall screen)")}}) {
        QAction *a = theme->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == m_theme.name);
        themeGroup->addAction(a);
        const QString t = code;
        connect(a, &QAction::triggered, this, [this, t] {
            Settings::setTheme(t);
            m_theme = Theme::byName(t);
            QApplication::setPalette(m_theme.palette());
            setPalette(m_theme.palette());
            refreshShown();
        });
    }
    view->addSeparator();
    view->addAction(tr("&Alerts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    &MainWindow::showAlerts);
    view->addSeparator();
    view->addAction(tr("&Present"), QKeySequence(Qt::Key_F5), this, &MainWindow::startPresentation);
    view->addAction(tr("Presentation p&laylist…"), this, &MainWindow::editPlaylist);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Find indicator…"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                  &MainWindow::openSearch);
    go->addAction(tr("Administrative &map"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                  [this] { showScreen(mapCode()); });
    go->addAction(tr("&Previous period"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                  [this] { stepPeriod(-1); });
    go->addAction(tr("&Next period"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                  [this] { stepPeriod(+1); });
    go->addSeparator();
    for (int i = 0; i < m_screens.size(); ++i) {
        const ScreenDefinition &s = m_screens.at(i);
        QAction *a = go->addAction(QStringLiteral("%1  %2").arg(s.code, s.title(m_fmt.lang())));
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString code = s.code;
        connect(a, &QAction::triggered, this, [this, code] { showScreen(code); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        // not QMessageBox::about: Qt ships no Vietnamese for its own "OK"
        QMessageBox box(QMessageBox::Information, tr("About"),
                        tr("<b>Hải Phòng IOC Console</b> %1<br>Indicator catalog revision %2 "
                           "(%3 indicators).")
                            .arg(QApplication::applicationVersion(), m_catalog.revision())
                            .arg(m_catalog.indicators().size()),
                        QMessageBox::NoButton, this);
        box.addButton(tr("Close"), QMessageBox::AcceptRole);
        box.exec();
    });
}

void MainWindow::buildNavigation()
{
    m_nav->clear();
    for (const QString &group : ScreenCatalog::groups()) {
        auto *groupItem = new QTreeWidgetItem(m_nav, {ScreenCatalog::groupTitle(group)});
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont f = uiFont(10, QFont::DemiBold);
        groupItem->setFont(0, f);
        groupItem->setForeground(0, m_theme.muted);
        for (const ScreenDefinition &s : std::as_const(m_screens)) {
            if (s.group != group)
                continue;
            auto *item = new QTreeWidgetItem(
                groupItem, {QStringLiteral("%1  %2").arg(s.code, s.title(m_fmt.lang()))});
            item->setData(0, Qt::UserRole, s.code);
            item->setToolTip(0, s.title(m_fmt.lang()));
            if (s.code == m_current)
                m_nav->setCurrentItem(item);
        }
        if (group == ScreenCatalog::groups().first()) {
            auto *item = new QTreeWidgetItem(groupItem, {tr("Map  Administrative map")});
            item->setData(0, Qt::UserRole, mapCode());
            item->setToolTip(0, tr("Any indicator reported by commune on the map (Ctrl+M)"));
            if (m_current == mapCode())
                m_nav->setCurrentItem(item);
        }
    }
    m_nav->expandAll();
}

QString MainWindow::windowTitleText() const
{
    return isPack() ? tr("Hải Phòng IOC Console — briefing pack %1 (read-only)")
                          .arg(QFileInfo(m_options.packFile).fileName())
           : isDemo() ? tr("Hải Phòng IOC Console — DEMO DATA")
                      : tr("Hải Phòng IOC Console");
}

void MainWindow::retranslate()
{
    setWindowTitle(windowTitleText());
    buildMenus();
    const QSignalBlocker blocker(m_nav);
    buildNavigation();
    updatePeriodBar();
    updateStatus();
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
                refreshShown();
            },
            Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

QString MainWindow::language() const
{
    return m_options.lang;
}

void MainWindow::setLanguage(const QString &lang)
{
    if (lang == m_options.lang)
        return;
    m_options.lang = lang;
    m_fmt = Formatter(lang);
    emit languageChangeRequested(lang); // installs the translator; LanguageChange follows
}

void MainWindow::updateStatus()
{
    m_status->setAsOf(m_options.selection.asOf);
}

ScreenPage *MainWindow::page(const QString &code)
{
    if (ScreenPage *p = m_pages.value(code))
        return p;
    for (const ScreenDefinition &s : std::as_const(m_screens)) {
        if (s.code != code)
            continue;
        auto *p = new ScreenPage(s, m_entities, mapGeometry(), m_geoError);
        connect(p, &ScreenPage::figureActivated, this, &MainWindow::openDetail);
        connect(p, &ScreenPage::communeActivated, this, &MainWindow::openCommune);
        connect(p, &ScreenPage::breakdownWanted, this,
                [this, code](const QString &indicator) { requestBreakdown(code, indicator); });
        p->setLoading(m_fmt, m_theme);
        if (m_data->waitingForData())
            p->setMessage(tr("Preparing the demo data for the first start…"));
        m_stack->addWidget(p);
        m_pages.insert(code, p);
        return p;
    }
    return nullptr;
}

void MainWindow::showScreen(const QString &code)
{
    if (code == mapCode()) {
        MapPage *map = mapPage();
        m_current = code;
        m_detailCode.clear();
        map->setSelection(m_options.selection);
        m_stack->setCurrentWidget(map);
        selectInNavigation(code);
        return;
    }
    ScreenPage *p = page(code);
    if (!p)
        return;
    m_current = code;
    m_detailCode.clear();
    m_stack->setCurrentWidget(p);
    selectInNavigation(code);
    requestCurrent();
}

void MainWindow::selectInNavigation(const QString &code)
{
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == code && m_nav->currentItem() != *it) {
            const QSignalBlocker blocker(m_nav);
            m_nav->setCurrentItem(*it);
        }
    }
}

void MainWindow::loadBoundaries()
{
    // A boundary file that cannot be read leaves the maps out with the reason; the rest works.
    QString error;
    const GeoDataset data
        = m_options.boundariesPath.isEmpty()
              ? GeoReader::builtIn(&m_entities, &error)
              : GeoReader::readFile(m_options.boundariesPath, &m_entities, &error);
    m_geoError = error;
    m_geoWarnings = data.warnings;
    if (error.isEmpty())
        m_geometry = MapGeometry(data);
    else
        qWarning("%s", qPrintable(error));
    for (const QString &w : std::as_const(m_geoWarnings))
        qWarning("%s", qPrintable(w));
}

MapPage *MainWindow::mapPage()
{
    if (!m_mapPage) {
        m_mapPage = new MapPage(m_catalog, m_entities, mapGeometry(), m_geoError, m_geoWarnings);
        connect(m_mapPage, &MapPage::communeActivated, this, &MainWindow::openCommune);
        connect(m_mapPage, &MapPage::breakdownWanted, this,
                [this](const QString &indicator) { requestBreakdown(mapCode(), indicator); });
        m_mapPage->setSelection(m_options.selection);
        m_mapPage->setLook(m_fmt, m_theme);
        m_stack->addWidget(m_mapPage);
    }
    return m_mapPage;
}

void MainWindow::requestBreakdown(const QString &target, const QString &indicator)
{
    if (m_data->waitingForData())
        return;
    m_repository->breakdown(indicator, m_options.selection, clockNow(), this,
                            [this, target](const BreakdownData &data) {
                                if (target == mapCode() && m_mapPage)
                                    m_mapPage->setBreakdown(data);
                                else if (ScreenPage *p = m_pages.value(target))
                                    p->addBreakdown(data);
                            });
}

void MainWindow::openCommune(const QString &entityCode)
{
    const Entity *e = m_entities.find(entityCode);
    if (!e || !e->isCommuneLevel())
        return;
    if (m_stack->currentWidget() != m_commune)
        m_communeReturn = m_stack->currentWidget();
    m_commune->setLoading(entityCode, m_fmt, m_theme);
    m_stack->setCurrentWidget(m_commune);
    m_commune->table()->setFocus();
    if (m_data->waitingForData())
        return;
    m_repository->commune(entityCode, m_options.selection, clockNow(), this,
                          [this](const CommuneData &data) {
                              if (data.entity == m_commune->entity())
                                  showCommune(data);
                          });
}

void MainWindow::showCommune(const CommuneData &data)
{
    if (m_stack->currentWidget() != m_commune)
        m_communeReturn = m_stack->currentWidget();
    m_commune->setData(data, m_fmt, m_theme);
    m_stack->setCurrentWidget(m_commune);
}

void MainWindow::closeCommune()
{
    if (m_stack->currentWidget() != m_commune)
        return;
    if (m_communeReturn && m_communeReturn != m_commune && m_stack->indexOf(m_communeReturn) >= 0)
        m_stack->setCurrentWidget(m_communeReturn);
    else
        showScreen(m_current);
    m_stack->currentWidget()->setFocus();
}

void MainWindow::requestCurrent()
{
    // with an empty cache, the pages say they are preparing the demo data until it is there
    if (!m_options.asyncLoading || m_data->waitingForData())
        return;
    if (m_current == mapCode()) {
        if (m_mapPage)
            m_mapPage->setSelection(m_options.selection);
        return;
    }
    m_repository->screen(m_current, m_options.selection, clockNow(), this,
                         [this](const ScreenData &data) { showData(data); });
}

void MainWindow::showData(const ScreenData &data)
{
    ScreenPage *p = page(data.screen);
    if (!p)
        return;
    p->setData(data, m_fmt, m_theme, isDemo());
    if (m_journalPending) {
        m_journalPending = false;
        requestJournal();
    }
    if (m_presentation)
        m_presentation->setData(data);
    if (data.screen == m_current && isVisible()) {
        p->repaint();
        emit screenPainted(data.screen);
    }
}

bool MainWindow::isReportFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv");
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool reports
        = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
              return u.isLocalFile() && isReportFile(u.toLocalFile());
          });
    if (reports && !m_data->importing())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile() && isReportFile(u.toLocalFile()))
            files << u.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importReports(files);
}

void MainWindow::importReports(const QStringList &files)
{
    if (m_data->importReports(files))
        m_importAction->setEnabled(false); // one import at a time
}

void MainWindow::showImported(const QVector<ImportOutcome> &outcomes)
{
    m_importAction->setEnabled(!isPack());
    int imported = 0, refused = 0;
    for (const auto &o : outcomes)
        (o.imported() ? imported : refused)++;
    auto *dialog = new ImportDialog(outcomes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit importFinished(imported, refused);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_data->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshShown()
{
    for (ScreenPage *p : std::as_const(m_pages)) {
        if (p->hasData())
            p->setData(p->data(), m_fmt, m_theme, isDemo());
    }
    if (!m_detail->data().indicator.isEmpty())
        m_detail->setData(m_detail->data(), m_fmt, m_theme);
    if (m_mapPage)
        m_mapPage->setLook(m_fmt, m_theme);
    if (!m_commune->entity().isEmpty())
        m_commune->setData(m_commune->data(), m_fmt, m_theme);
    if (m_presentation)
        m_presentation->setLook(m_fmt, m_theme, isDemo());
    m_alerts->setLook(m_fmt, m_theme);
    m_status->setLook(m_fmt, m_theme);
}

void MainWindow::dataChanged()
{
    requestCurrent();
    if (!m_presentation)
        return;
    for (const QString &code : m_presentation->playlist())
        requestPresentationData(code);
}

void MainWindow::requestPresentationData(const QString &code)
{
    if (!m_options.asyncLoading || m_data->waitingForData() || !m_presentation)
        return;
    m_repository->screen(code, m_options.selection, clockNow(), m_presentation,
                         [this](const ScreenData &data) { m_presentation->setData(data); });
}

bool MainWindow::journalsAlerts() const
{
    return !m_options.frozenNow.isValid() && !m_options.pastView && m_options.asyncLoading
           && m_repository->isOpen();
}

void MainWindow::dataArrived()
{
    dataChanged();
    requestJournal();
}

void MainWindow::requestJournal()
{
    if (!journalsAlerts())
        return;
    const Selection latest{Selection::Mode::Month, m_latest};
    m_repository->journalAlerts(latest, clockNow());
}

void MainWindow::showAlerts()
{
    m_alerts->showAlerts();
}

void MainWindow::acknowledge(const Alert &alert)
{
    m_alerts->acknowledge(alert);
}

AlertPanel *MainWindow::alertPanel() const
{
    return m_alerts->panel();
}

MainWindow::Options MainWindow::packOptions(const OpenedPack &pack, const Options &base)
{
    Options o;
    o.lang = base.lang;
    o.theme = base.theme;
    o.cachePath = pack.cachePath;
    o.boundariesPath = pack.boundariesPath;
    o.selection = pack.selections.first();
    o.frozenNow = pack.frozenNow;
    o.autoSync = false;
    o.packFile = pack.file;
    o.packHash = pack.hash;
    o.packSource = pack.dataSource;
    o.packSelections = pack.selections;
    return o;
}

MainWindow *MainWindow::openPack(const QString &file)
{
    auto pack = std::make_shared<OpenedPack>();
    QString error;
    if (!PackReader::open(file, pack.get(), &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Open briefing pack"), error,
                        QMessageBox::NoButton, this);
        box.addButton(tr("Close"), QMessageBox::AcceptRole);
        box.exec();
        return nullptr;
    }
    auto *w
        = new MainWindow(pack->catalog, m_entities, pack->screens, packOptions(*pack, m_options));
    w->setAttribute(Qt::WA_DeleteOnClose);
    // the pack (its catalog, screens and unpacked files) lives as long as its window
    connect(w, &QObject::destroyed, [pack] {});
    w->show();
    return w;
}

QString MainWindow::sourceText() const
{
    return commands::sourceLine(isDemo(), m_data->name());
}

BriefingActions::Current MainWindow::briefingNow() const
{
    BriefingActions::Current c;
    c.selection = m_options.selection;
    c.now = clockNow();
    c.knownAt = m_options.pastView ? cityDayEnd(m_latest) : QDateTime();
    c.cachePath = m_options.cachePath;
    c.boundariesPath = m_options.boundariesPath;
    c.fmt = m_fmt;
    c.geometry = mapGeometry();
    c.demo = isDemo();
    c.sourceName = m_data->name();
    c.sourceText = sourceText();
    c.packHash = m_options.packHash;
    c.journal = m_alerts->alerts();
    return c;
}

QDateTime MainWindow::clockNow() const
{
    return m_options.frozenNow.isValid() ? m_options.frozenNow : QDateTime::currentDateTime();
}

void MainWindow::startPresentation()
{
    if (m_presentation) {
        m_presentation->activateWindow();
        return;
    }
    m_presentation = new PresentationView(m_screens, m_entities, mapGeometry(), m_geoError);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation->setLook(m_fmt, m_theme, isDemo());
    m_presentation->setSource(m_status->sourceText());
    connect(m_presentation, &PresentationView::dataWanted, this,
            &MainWindow::requestPresentationData);
    connect(m_presentation, &PresentationView::leaveRequested, this, &MainWindow::stopPresentation);
    connect(m_presentation, &QObject::destroyed, this, [this] { m_presentation = nullptr; });
    // on the chosen display (a projector beside the operator's screen), else on this window's
    QScreen *screen = this->screen();
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == Settings::presentationScreen())
            screen = s;
    }
    m_presentation->setGeometry(screen->geometry());
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    // screens already loaded on the desk need no second load
    QStringList playlist = Settings::presentationPlaylist();
    if (playlist.isEmpty()) {
        for (const ScreenDefinition &d : std::as_const(m_screens))
            playlist << d.code;
    }
    m_presentation->setInterval(Settings::presentationInterval());
    m_presentation->setPlaylist(playlist);
    for (const QString &code : m_presentation->playlist()) {
        if (ScreenPage *p = m_pages.value(code);
            p && p->hasData() && p->data().selection == m_options.selection)
            m_presentation->setData(p->data());
    }
}

void MainWindow::stopPresentation()
{
    if (!m_presentation)
        return;
    m_presentation->close(); // deletes itself
    m_presentation = nullptr;
    activateWindow();
}

void MainWindow::editPlaylist()
{
    PlaylistDialog dialog(m_screens, m_fmt, Settings::presentationPlaylist(),
                          Settings::presentationInterval(), Settings::presentationScreen(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setPresentationPlaylist(dialog.playlist());
    Settings::setPresentationInterval(dialog.interval());
    Settings::setPresentationScreen(dialog.display());
    if (m_presentation) {
        m_presentation->setInterval(dialog.interval());
        m_presentation->setPlaylist(dialog.playlist());
    }
}

void MainWindow::openDetail(const QString &indicatorCode)
{
    const Indicator *ind = m_catalog.find(indicatorCode);
    if (!ind)
        return;
    m_detailCode = indicatorCode;
    m_detail->setLoading(*ind, m_fmt, m_theme);
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
    requestDetail();
}

void MainWindow::requestDetail()
{
    if (!m_options.asyncLoading || m_data->waitingForData() || m_detailCode.isEmpty())
        return;
    m_repository->detail(m_detailCode, m_options.selection, clockNow(), this,
                         [this](const DetailData &data) {
                             if (data.indicator == m_detailCode)
                                 showDetail(data);
                         });
}

void MainWindow::showDetail(const DetailData &data)
{
    m_detailCode = data.indicator;
    m_detail->setData(data, m_fmt, m_theme);
    m_stack->setCurrentWidget(m_detail);
}

void MainWindow::closeDetail()
{
    if (!detailOpen())
        return;
    const QString code = m_detailCode;
    showScreen(m_current);
    // back where the user was: the tile of that indicator has the focus again
    if (ScreenPage *p = m_pages.value(m_current))
        p->focusIndicator(code);
}

bool MainWindow::detailOpen() const
{
    return m_stack->currentWidget() == m_detail;
}

void MainWindow::buildPeriodBar()
{
    m_periodBar = new PeriodBar(this);
    addToolBar(m_periodBar);
    connect(m_periodBar, &PeriodBar::stepRequested, this, &MainWindow::stepPeriod);
    connect(m_periodBar, &PeriodBar::modeChosen, this, [this](Selection::Mode mode) {
        Selection sel = m_options.selection;
        sel.mode = mode;
        setSelection(sel);
    });
    updatePeriodBar();
}

void MainWindow::updatePeriodBar()
{
    m_periodBar->setSelection(m_options.selection, m_latest, m_fmt);
}

void MainWindow::setSelection(const Selection &selection)
{
    if (isPack() && !m_options.packSelections.contains(selection)) {
        // a pack has its own periods only: the nearest of the same kind, or none
        const auto nearest = Selection::nearestIn(m_options.packSelections, selection);
        if (!nearest || *nearest == m_options.selection) {
            statusBar()->showMessage(tr("This briefing pack holds no figures for that period."),
                                     5000);
            updatePeriodBar();
            return;
        }
        return setSelection(*nearest);
    }
    Selection sel = selection;
    if (sel.asOf > m_latest)
        sel.asOf = m_latest;
    m_options.selection = sel;
    updatePeriodBar();
    updateStatus();
    if (detailOpen())
        requestDetail();
    else
        dataChanged();
}

void MainWindow::stepPeriod(int direction)
{
    if (isPack()) {
        // the pack's periods of the same kind, in date order
        if (const auto step = m_options.selection.stepIn(m_options.packSelections, direction))
            setSelection(*step);
        else
            statusBar()->showMessage(tr("This briefing pack holds no figures for that period."),
                                     5000);
        return;
    }
    const Selection sel
        = direction < 0 ? m_options.selection.previous() : m_options.selection.next();
    if (direction > 0 && m_options.selection.asOf >= m_latest)
        return;
    setSelection(sel);
}

void MainWindow::exportTable()
{
    const bool detail = detailOpen();
    const QString name = (detail ? m_detailCode : m_current) + QLatin1Char('-')
                         + m_options.selection.asOf.toString(Qt::ISODate) + QStringLiteral(".csv");
    ScreenPage *p = m_pages.value(m_current);
    if (detail || p)
        m_briefing->exportTable(name, detail ? m_detail->tableCsv() : p->tableCsv());
}

void MainWindow::openSearch()
{
    IndicatorSearch search(m_catalog, m_fmt.lang(), this);
    connect(&search, &IndicatorSearch::chosen, this, &MainWindow::openDetail);
    search.exec();
}

} // namespace ioc
