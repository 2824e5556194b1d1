#include "mainmenus.h"

#include "alertdock.h"
#include "summarydock.h"
#include "mainwindow.h"
#include "presenter.h"
#include "publisherkeysdialog.h"
#include "briefingpack.h"
#include "datasourcedialog.h"
#include "indicatorsearch.h"
#include "savedview.h"
#include "savefile.h"
#include "settings.h"
#include "workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ioc::menus {

namespace {

// Qt's own file dialog, in the console's language (a desktop's native one speaks the desktop's,
// and Debian ships no Vietnamese for Qt): its words are in ioc_vi.ts (qtstrings.cpp)
constexpr QFileDialog::Options kFileDialog = QFileDialog::DontUseNativeDialog;

void chooseDataSource(MainWindow &w)
{
    const DataSource::Source &now = w.dataSource()->source();
    DataSourceDialog dialog(&w);
    dialog.setSource(now.server, now.token, now.trust, !now.autoSync);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setServer(dialog.server());
    QString error;
    if (!Settings::setToken(dialog.token(), &error)) {
        // used for this session all the same; said, so that the next start is no surprise
        // (lupdate needs the class spelt out here)
        QMessageBox box(
            QMessageBox::Warning, QCoreApplication::translate("ioc::MainWindow", "Data source"),
            QCoreApplication::translate("ioc::MainWindow",
                                        "The access token could not be kept for the next start: %1")
                .arg(error),
            QMessageBox::NoButton, &w);
        box.addButton(QCoreApplication::translate("ioc::MainWindow", "Close"),
                      QMessageBox::AcceptRole);
        box.exec();
    }
    Settings::setServerTrust(dialog.server(), dialog.trust());
    Settings::setOffline(dialog.offline());
    w.setDataSource(dialog.server(), dialog.token(), dialog.trust(), dialog.offline());
}

QAction *fileMenu(MainWindow &w, QMenu *file)
{
    file->addAction(MainWindow::tr("&Open briefing pack…"), QKeySequence::Open, &w, [&w] {
        const QString path = QFileDialog::getOpenFileName(
            &w, MainWindow::tr("Open briefing pack"), QString(),
            MainWindow::tr("Briefing packs (*.iocpack)"), nullptr, kFileDialog);
        if (!path.isEmpty())
            openPack(w, path);
    });
    QAction *prepare = file->addAction(MainWindow::tr("&Prepare briefing…"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), w.briefing(),
                                       &BriefingActions::prepareBriefing);
    prepare->setEnabled(!w.isPack());
    prepare->setToolTip(MainWindow::tr(
        "Freeze screens and months into one file that opens on any machine without a network"));
    QMenu *exportMenu = file->addMenu(MainWindow::tr("E&xport"));
    exportMenu->addAction(MainWindow::tr("Screens as &PDF…"), QKeySequence::Print, w.briefing(),
                          &BriefingActions::exportScreensPdf);
    exportMenu->addAction(MainWindow::tr("&Figures to Excel or CSV…"), w.briefing(),
                          &BriefingActions::exportFigures);
    file->addSeparator();
    QAction *source
        = file->addAction(MainWindow::tr("&Data source…"), &w, [&w] { chooseDataSource(w); });
    source->setEnabled(!w.isPack());
    file->addAction(MainWindow::tr("Publishers' &keys…"), &w, [&w] {
        PublisherKeysDialog dialog(&w);
        dialog.exec();
    });
    QAction *import = file->addAction(MainWindow::tr("&Import report…"), &w, [&w] {
        const QStringList files = QFileDialog::getOpenFileNames(
            &w, MainWindow::tr("Import report"), QString(),
            MainWindow::tr("Report files (*.xlsx *.csv)"), nullptr, kFileDialog);
        if (!files.isEmpty())
            w.importReports(files);
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setEnabled(!w.dataSource()->importing() && !w.isPack());
    import->setToolTip(MainWindow::tr("Monthly reports of the departments (.xlsx or .csv); you "
                                      "can also drop the files on the window"));
    file->addAction(MainWindow::tr("&Export table as CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E), &w,
                    &MainWindow::exportTable);
    // Ctrl+R: F5 presents, as in a slide show
    QAction *sync = file->addAction(MainWindow::tr("&Sync now"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                    &w, &MainWindow::syncNow);
    sync->setEnabled(w.dataSource()->syncs());
    file->addSeparator();
    file->addAction(MainWindow::tr("&Quit"), QKeySequence::Quit, &w, &QWidget::close);
    return import;
}

// checkable choices of one kind (a language, a theme): the current one checked
template <typename Choose>
void choices(QMenu *menu, const QVector<std::pair<QString, QString>> &items, const QString &current,
             Choose choose)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[code, name] : items) {
        QAction *a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [choose, code = code] { choose(code); });
    }
}

void exportViewAction(MainWindow &w, QMenu *one, const SavedView &v)
{
    one->addAction(MainWindow::tr("&Export…"), &w, [&w, v] {
        const QString file = QFileDialog::getSaveFileName(
            &w, MainWindow::tr("Export the view"), v.name + QStringLiteral(".iocview.json"),
            MainWindow::tr("Views (*.iocview.json *.json)"));
        QString why;
        if (!file.isEmpty() && !saveWhole(file, v.toFile(), &why))
            QMessageBox::warning(&w, MainWindow::tr("Export the view"), why);
    });
}

// A pack's window: the views the pack carries, to open, export, or keep among one's own.
void packViewsMenu(MainWindow &w, QMenu *menu)
{
    const QVector<SavedView> views = w.savedViews();
    QAction *none = menu->addAction(MainWindow::tr("This briefing pack carries no saved view."));
    none->setEnabled(false);
    none->setVisible(views.isEmpty());
    for (const SavedView &v : views) {
        QMenu *one = menu->addMenu(v.name);
        one->addAction(MainWindow::tr("&Open"), &w, [&w, v] { w.openView(v); });
        exportViewAction(w, one, v);
        one->addAction(MainWindow::tr("&Keep among my views"), &w, [&w, v] {
            Settings::keepSavedView(v.toJson());
            w.statusBar()->showMessage(MainWindow::tr("View kept: %1").arg(v.name), 5000);
        });
    }
}

// Saved views: each one to open, rename, export or delete; save this one (Ctrl+D); import one.
void savedViewsMenu(MainWindow &w, QMenu *menu)
{
    menu->addAction(MainWindow::tr("&Save this view…"), QKeySequence(Qt::CTRL | Qt::Key_D), &w,
                    [&w] { w.saveView(); });
    if (w.isPack()) {
        menu->addSeparator();
        packViewsMenu(w, menu);
        return;
    }
    menu->addAction(MainWindow::tr("&Import a view…"), &w, [&w] {
        const QString file
            = QFileDialog::getOpenFileName(&w, MainWindow::tr("Import a view"), QString(),
                                           MainWindow::tr("Views (*.iocview.json *.json)"));
        if (file.isEmpty())
            return;
        QString why;
        const auto view = SavedView::readFile(file, w.screens(), w.entities(), &why);
        if (!view) {
            QMessageBox::warning(
                &w, MainWindow::tr("Import a view"),
                MainWindow::tr("%1 was not imported: %2").arg(QFileInfo(file).fileName(), why));
            return;
        }
        Settings::keepSavedView(view->toJson());
        w.openView(*view);
        w.refreshMenus();
    });
    const QList<QJsonObject> views = Settings::savedViews();
    if (!views.isEmpty())
        menu->addSeparator();
    for (int i = 0; i < views.size(); ++i) {
        QString why;
        const auto view = SavedView::fromJson(views.at(i), w.screens(), w.entities(), &why);
        if (!view)
            continue; // one this console no longer shows (a screen or place gone)
        QMenu *one = menu->addMenu(view->name);
        one->addAction(MainWindow::tr("&Open"), &w, [&w, v = *view] { w.openView(v); });
        one->addAction(MainWindow::tr("&Rename…"), &w, [&w, i, v = *view] {
            bool ok = false;
            const QString name
                = QInputDialog::getText(&w, MainWindow::tr("Rename the view"),
                                        MainWindow::tr("Name:"), QLineEdit::Normal, v.name, &ok)
                      .trimmed();
            QList<QJsonObject> all = Settings::savedViews();
            if (!ok || name.isEmpty() || i >= all.size())
                return;
            all[i].insert(QStringLiteral("name"), name);
            Settings::setSavedViews(all);
            w.refreshMenus();
        });
        exportViewAction(w, one, *view);
        one->addAction(MainWindow::tr("&Delete"), &w, [&w, i] {
            QList<QJsonObject> all = Settings::savedViews();
            if (i < all.size())
                all.removeAt(i);
            Settings::setSavedViews(all);
            w.refreshMenus();
        });
    }
}

void viewMenu(MainWindow &w, QMenu *view)
{
    choices(view->addMenu(MainWindow::tr("&Language")),
            {{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
             {QStringLiteral("en"), QStringLiteral("English")}},
            w.language(), [&w](const QString &lang) { w.setLanguage(lang); });
    choices(view->addMenu(MainWindow::tr("&Theme")),
            {{QStringLiteral("light"), MainWindow::tr("Light (workstation, print)")},
             {QStringLiteral("dark"), MainWindow::tr("Dark, high contrast (wall screen)")}},
            w.options().theme, [&w](const QString &theme) { w.setTheme(theme); });
    view->addSeparator();
    view->addAction(MainWindow::tr("&Alerts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                    w.alerts(), &AlertDock::showAlerts);
    QAction *summary = w.summary()->toggleViewAction();
    summary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(summary);
    view->addSeparator();
    savedViewsMenu(w, view->addMenu(MainWindow::tr("Saved &views")));
    view->addSeparator();
    view->addAction(MainWindow::tr("&Present"), QKeySequence(Qt::Key_F5), w.presenter(),
                    &Presenter::start);
    view->addAction(MainWindow::tr("Presentation p&laylist…"), w.presenter(),
                    &Presenter::editPlaylist);
}

void goMenu(MainWindow &w, QMenu *go)
{
    Workspace *space = w.workspace();
    go->addAction(MainWindow::tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_K), &w, [&w, space] {
        IndicatorSearch search(w.catalog(), w.screens(), w.entities(), w.language(), &w);
        const QVector<SavedView> views = w.savedViews();
        QStringList names;
        for (const SavedView &v : views)
            names << v.name;
        search.setViews(names);
        QObject::connect(&search, &IndicatorSearch::chosen, space,
                         [space, &w, views](IndicatorSearch::Kind kind, const QString &code) {
                             if (kind == IndicatorSearch::Kind::Indicator)
                                 space->openDetail(code);
                             else if (kind == IndicatorSearch::Kind::Screen)
                                 space->showScreen(code);
                             else if (kind == IndicatorSearch::Kind::Place)
                                 w.setPlace(code); // every screen for that place
                             for (const SavedView &v : views) {
                                 if (kind == IndicatorSearch::Kind::View && v.name == code) {
                                     w.openView(v);
                                     break;
                                 }
                             }
                         });
        search.exec();
    });
    go->addAction(MainWindow::tr("Administrative &map"), QKeySequence(Qt::CTRL | Qt::Key_M), space,
                  [space] { space->showScreen(Workspace::mapCode()); });
    go->addAction(MainWindow::tr("&Previous period"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), &w,
                  [&w] { w.stepPeriod(-1); });
    go->addAction(MainWindow::tr("&Next period"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), &w,
                  [&w] { w.stepPeriod(+1); });
    go->addSeparator();
    const QVector<ScreenDefinition> &screens = w.screens();
    for (int i = 0; i < screens.size(); ++i) {
        const ScreenDefinition &s = screens.at(i);
        QAction *a = go->addAction(QStringLiteral("%1  %2").arg(s.code, s.title(w.language())));
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QObject::connect(a, &QAction::triggered, space,
                         [space, code = s.code] { space->showScreen(code); });
    }
}

void helpMenu(MainWindow &w, QMenu *help)
{
    help->addAction(MainWindow::tr("&About"), &w, [&w] {
        // not QMessageBox::about: Qt ships no Vietnamese for its own "OK"
        QMessageBox box(QMessageBox::Information, MainWindow::tr("About"),
                        MainWindow::tr("<b>Hải Phòng IOC Console</b> %1<br>Indicator catalog "
                                       "revision %2 (%3 indicators).")
                            .arg(QApplication::applicationVersion(), w.catalog().revision())
                            .arg(w.catalog().indicators().size()),
                        QMessageBox::NoButton, &w);
        box.addButton(MainWindow::tr("Close"), QMessageBox::AcceptRole);
        box.exec();
    });
}

} // namespace

QAction *build(MainWindow &window)
{
    QMenuBar *bar = window.menuBar();
    bar->clear();
    QAction *import = fileMenu(window, bar->addMenu(MainWindow::tr("&File")));
    viewMenu(window, bar->addMenu(MainWindow::tr("&View")));
    goMenu(window, bar->addMenu(MainWindow::tr("&Go")));
    helpMenu(window, bar->addMenu(MainWindow::tr("&Help")));
    return import;
}

bool openUnverified(QWidget *parent, const OpenedPack &pack)
{
    if (pack.seal.trusted())
        return true;
    QMessageBox box(
        QMessageBox::Warning, MainWindow::tr("Open briefing pack"),
        MainWindow::tr("%1\n\nThis console cannot tell who wrote the pack %2: its figures are "
                       "intact, but they may not be the operator's. Every screen, wall frame "
                       "and page will say \"Not verified\". Open it anyway?")
            .arg(pack.seal.text(), QFileInfo(pack.file).fileName()),
        QMessageBox::NoButton, parent);
    QPushButton *open = box.addButton(MainWindow::tr("Open anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(MainWindow::tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == open;
}

MainWindow *openPack(MainWindow &from, const QString &file)
{
    auto pack = std::make_shared<OpenedPack>();
    QString error;
    if (!PackReader::open(file, pack.get(), &error)) {
        QMessageBox box(QMessageBox::Warning, MainWindow::tr("Open briefing pack"), error,
                        QMessageBox::NoButton, &from);
        box.addButton(MainWindow::tr("Close"), QMessageBox::AcceptRole);
        box.exec();
        return nullptr;
    }
    if (!openUnverified(&from, *pack))
        return nullptr;
    auto *w = new MainWindow(pack->catalog, from.entities(), pack->screens,
                             WindowOptions::forPack(*pack, from.options()));
    w->setAttribute(Qt::WA_DeleteOnClose);
    // the pack (its catalog, screens and unpacked files) lives as long as its window
    QObject::connect(w, &QObject::destroyed, [pack] {});
    w->show();
    return w;
}

} // namespace ioc::menus
