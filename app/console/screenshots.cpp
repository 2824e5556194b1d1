#include "screenshots.h"

#include "alertdock.h"
#include "camerapage.h"
#include "alertpanel.h"
#include "briefingdialog.h"
#include "briefingpack.h"
#include "look.h"
#include "mappage.h"
#include "readinesspage.h"
#include "presentation.h"
#include "presenter.h"
#include "screendata.h"
#include "summarydock.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

namespace ioc::screenshots {

namespace {

// Saves the widget as drawn now into dir/name and prints the file; the problem, or empty.
QString grabTo(QWidget &widget, const QString &dir, const QString &name, QTextStream &out)
{
    const QString file = QDir(dir).filePath(name);
    if (!widget.grab().save(file))
        return QCoreApplication::translate("main", "Cannot write %1.").arg(file);
    out << file << Qt::endl;
    return {};
}

QString makeFolder(const QString &dir)
{
    return QDir().mkpath(dir)
               ? QString()
               : QCoreApplication::translate("main", "Cannot create the folder %1.").arg(dir);
}

// Renders each screen into dir/<code><suffix>.png from the loader's figures.
QString shootScreens(MainWindow &window, ScreenLoader &loader,
                     const QVector<ScreenDefinition> &screens, const Selection &selection,
                     const QDateTime &now, const QString &dir, const QString &suffix,
                     QVector<ScreenData> *loaded, QTextStream &out)
{
    for (const ScreenDefinition &s : screens) {
        window.workspace()->showScreen(s.code);
        const ScreenData data = loader.compute(s.code, selection, now, window.place());
        if (!data.error.isEmpty())
            return data.error;
        window.workspace()->showData(data);
        if (loaded)
            *loaded << data;
        // the posted layout requests, then the scroll areas' reaction to them
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        if (QString problem = grabTo(window, dir, s.code + suffix + QStringLiteral(".png"), out);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

// The drill-down of a city figure (one by unit, one by commune), the map view (a count by
// commune, a rate against plan) and one commune's detail. A09.01 and A12.01 show a year-end
// projection (daily and monthly reports).
QString shootDetails(MainWindow &window, ScreenLoader &loader, const Selection &selection,
                     const QDateTime &now, const QString &dir, QTextStream &out)
{
    for (const char *code : {"A01.01", "C03.02", "A13.01", "A09.01", "A12.01"}) {
        window.workspace()->showDetail(loader.computeDetail(QLatin1String(code), selection, now));
        QCoreApplication::processEvents();
        if (QString problem
            = grabTo(window, dir, QStringLiteral("detail-%1.png").arg(QLatin1String(code)), out);
            !problem.isEmpty())
            return problem;
    }
    const struct
    {
        const char *code;
        MapPage::Method method;
        const char *file;
    } maps[] = {{"D02.01", MapPage::Quantile, "map.png"},
                {"A13.01", MapPage::VsPlan, "map-vs-plan.png"}};
    for (const auto &m : maps) {
        window.workspace()->showScreen(Workspace::mapCode());
        MapPage *map = window.workspace()->mapPage();
        map->setIndicator(QLatin1String(m.code));
        map->setBreakdown(loader.computeBreakdown(QLatin1String(m.code), selection, now));
        map->setMethod(m.method);
        QCoreApplication::processEvents();
        if (QString problem = grabTo(window, dir, QLatin1String(m.file), out); !problem.isEmpty())
            return problem;
    }
    window.workspace()->showCommune(loader.computeCommune(QStringLiteral("11311"), selection, now));
    QCoreApplication::processEvents();
    if (QString problem = grabTo(window, dir, QStringLiteral("commune-11311.png"), out);
        !problem.isEmpty())
        return problem;
    // the traffic cameras' view, the first camera opened beside its junction's history; the
    // cameras are of the present, whatever day the screens show
    window.workspace()->showScreen(Workspace::camerasCode());
    CameraPage *cameras = window.workspace()->cameraPage();
    const QDateTime present = QDateTime::currentDateTime();
    loader.setKnownAt({}); // the junction's readings of the last day, not as of the screens' day
    const CameraBoard board = loader.computeCameras(QString(), present);
    cameras->setBoard(board, Look::current().fmt(), Look::current().theme(), false);
    if (!board.cameras.isEmpty()) {
        cameras->open(board.cameras.first().id);
        cameras->setBoard(loader.computeCameras(board.cameras.first().id, present),
                          Look::current().fmt(), Look::current().theme(), false);
    }
    QCoreApplication::processEvents();
    if (QString problem = grabTo(window, dir, QStringLiteral("cameras.png"), out);
        !problem.isEmpty())
        return problem;
    // who is late with what, at the moment the screens show
    window.workspace()->showScreen(Workspace::readinessCode());
    window.workspace()->readinessPage()->setReadiness(
        loader.computeSourceReadiness(now), Look::current().fmt(), Look::current().theme());
    QCoreApplication::processEvents();
    return grabTo(window, dir, QStringLiteral("data-readiness.png"), out);
}

// The alert journal docked under the overview, once the data layer has judged the figures.
QString shootAlerts(MainWindow &window, const ScreenData &overview, const QString &dir,
                    QTextStream &out)
{
    window.workspace()->showScreen(overview.screen);
    window.workspace()->showData(overview);
    window.alerts()->showAlerts();
    for (int i = 0; i < 20 && window.alerts()->panel()->model()->alerts().isEmpty(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
    return grabTo(window, dir, QStringLiteral("alerts.png"), out);
}

// The overview with its briefing text beside it (View → Summary).
QString shootSummary(MainWindow &window, const ScreenData &overview, const QString &dir,
                     QTextStream &out)
{
    window.alerts()->hide();
    window.workspace()->showScreen(overview.screen);
    window.workspace()->showData(overview);
    window.summary()->show();
    // the dock takes its width, then the page lays its tiles out again for what is left
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QString problem = grabTo(window, dir, QStringLiteral("summary.png"), out);
    window.summary()->hide();
    return problem;
}

// The readiness check of a briefing of the overview, the enterprises and the emergency screens.
QString shootReadiness(const Catalog &catalog, const EntityRegistry &entities,
                       const QVector<ScreenDefinition> &screens, const MainWindow::Options &options,
                       const Request &request, QTextStream &out)
{
    PackWriter writer(catalog, entities, screens, options.cachePath);
    writer.setKnownAt(request.knownAt);
    QString error;
    if (!writer.prepare({QStringLiteral("S01"), QStringLiteral("S09"), QStringLiteral("S17")},
                        {options.selection}, request.now, &error))
        return error;
    ReadinessDialog dialog(writer.readiness(), catalog, entities, Formatter(options.lang));
    dialog.show();
    QCoreApplication::processEvents();
    return grabTo(dialog, request.dir, QStringLiteral("readiness.png"), out);
}

// Presentation mode as the room sees it: every screen of the saved playlist, with its footer.
QString shootPresentation(MainWindow &window, const QVector<ScreenData> &loaded, QSize size,
                          const QString &dir, QTextStream &out)
{
    window.presenter()->start();
    PresentationView *show = window.presenter()->view();
    show->showNormal();
    show->resize(size);
    for (const ScreenData &data : loaded)
        show->setData(data);
    for (int i = 0; i < show->frames().size(); ++i) {
        if (i > 0)
            show->next();
        QCoreApplication::processEvents();
        // present-S07.png, or present-S01-1.png … present-S01-4.png for a screen of four frames
        const WallStop &stop = show->frames().at(i);
        const QString name
            = stop.parts > 1 ? QStringLiteral("present-%1-%2.png").arg(stop.screen).arg(stop.part)
                             : QStringLiteral("present-%1.png").arg(stop.screen);
        if (QString problem = grabTo(*show, dir, name, out); !problem.isEmpty())
            return problem;
    }
    window.presenter()->stop();
    return {};
}

} // namespace

QString renderAll(const Catalog &catalog, const EntityRegistry &entities,
                  const QVector<ScreenDefinition> &screens, MainWindow::Options options,
                  const Request &request, QTextStream &out)
{
    if (QString problem = makeFolder(request.dir); !problem.isEmpty())
        return problem;
    options.asyncLoading = false;
    options.autoSync = false;
    MainWindow window(catalog, entities, screens, options);
    window.resize(request.size);
    window.show();
    ScreenLoader loader(catalog, entities, screens, options.cachePath);
    loader.setKnownAt(request.knownAt);
    QVector<ScreenData> loaded;
    QString problem = shootScreens(window, loader, screens, options.selection, request.now,
                                   request.dir, {}, &loaded, out);
    if (problem.isEmpty())
        problem = shootDetails(window, loader, options.selection, request.now, request.dir, out);
    if (problem.isEmpty() && !loaded.isEmpty())
        problem = shootAlerts(window, loaded.first(), request.dir, out);
    if (problem.isEmpty() && !loaded.isEmpty())
        problem = shootSummary(window, loaded.first(), request.dir, out);
    if (problem.isEmpty())
        problem = shootReadiness(catalog, entities, screens, options, request, out);
    if (problem.isEmpty() && request.present)
        problem = shootPresentation(window, loaded, request.size, request.dir, out);
    return problem;
}

QString renderPack(const OpenedPack &pack, const EntityRegistry &entities,
                   MainWindow::Options options, const Request &request, QTextStream &out)
{
    if (QString problem = makeFolder(request.dir); !problem.isEmpty())
        return problem;
    options.asyncLoading = false;
    MainWindow window(pack.catalog, entities, pack.screens, options);
    window.resize(request.size);
    window.show();
    ScreenLoader loader(pack.catalog, entities, pack.screens, pack.cachePath);
    for (const Selection &sel : pack.selections) {
        window.setSelection(sel);
        // one period: <code>.png; several: <code>-<as of>.png
        const QString suffix = pack.selections.size() > 1
                                   ? QLatin1Char('-') + sel.asOf.toString(Qt::ISODate)
                                   : QString();
        if (QString problem = shootScreens(window, loader, pack.screens, sel, pack.frozenNow,
                                           request.dir, suffix, nullptr, out);
            !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace ioc::screenshots
