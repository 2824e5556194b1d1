#pragma once

#include "catalog.h"
#include "entity.h"
#include "format.h"
#include "geo.h"
#include "screendata.h"
#include "screenrepository.h"
#include "screens.h"
#include "theme.h"

#include <QHash>
#include <QSplitter>

class QStackedWidget;

namespace ioc {

class CameraPage;
class ReadinessPage;
class CommuneDetail;
class DataSource;
class IndicatorDetail;
class MapPage;
class ScreenNav;
class ScreenPage;

// What a window shows for one period: the navigation beside a stack of pages (one per screen,
// made on the first visit), the administrative map, and the drill-downs of an indicator and of
// a commune-level unit, each with its way back. Asks the ScreenRepository for the figures of
// what is on show, and again when the period or the data change; shown in the current Look.
class Workspace : public QSplitter
{
    Q_OBJECT
public:
    Workspace(const Catalog &catalog, const EntityRegistry &entities,
              const QVector<ScreenDefinition> &screens, const MapBoundaries &boundaries,
              ScreenRepository *repository, const DataSource *data, QWidget *parent = nullptr);

    // the navigation code of the map view (beside the screens' S01..S17)
    static QString mapCode() { return QStringLiteral("MAP"); }
    // ... and of the traffic cameras' view
    static QString camerasCode() { return QStringLiteral("CAM"); }
    // ... and of the data readiness by department
    static QString readinessCode() { return QStringLiteral("DATA"); }

    // The period every page shows; what is on show is asked for again.
    void setSelection(const Selection &selection);
    Selection selection() const { return m_selection; }
    // A place filter: every screen shows that place's figures (ScreenLoader::compute), its unit
    // picked out on the maps and tables; empty: the whole city. What is on show is asked for
    // again.
    void setPlace(const QString &entity);
    QString place() const { return m_place; }
    // what every page's tiles compare each figure with
    void setCompareWith(CompareWith with);
    CompareWith compareWith() const { return m_compareWith; }
    // figures are judged at this moment (a pack's); invalid: now
    void setFrozenNow(const QDateTime &at) { m_frozenNow = at; }
    QDateTime now() const;
    // false: nothing is asked for; the caller fills the pages (screenshots)
    void setAsyncLoading(bool on) { m_async = on; }
    bool asks() const;

    void showScreen(const QString &code);
    QString currentScreen() const { return m_current; }
    ScreenPage *page(const QString &code); // made on first use; null for an unknown code
    MapPage *mapPage();
    CameraPage *cameraPage();
    ReadinessPage *readinessPage();
    // The cameras' view with one camera opened (a camera wall's click).
    void openCamera(const QString &camera);
    void showData(const ScreenData &data); // fills a page (and tells who listens)
    void refresh();                        // the current view asked for again

    // The drill-down of one indicator over the current screen; Back returns to that screen.
    void openDetail(const QString &indicatorCode);
    void showDetail(const DetailData &data);
    void closeDetail();
    bool detailOpen() const;
    IndicatorDetail *detail() const { return m_detail; }
    // The detail of a commune-level unit; Back returns to where it was opened.
    void openCommune(const QString &entityCode);
    void showCommune(const CommuneData &data);
    void closeCommune();
    CommuneDetail *communeDetail() const { return m_commune; }

    // The figures of any screen for the current period, to a reply of the context's; and a
    // page's figures when it already holds them for this period.
    void fetch(const QString &code, QObject *context, ScreenRepository::Reply<ScreenData> reply);
    // ... for another period and place (a saved view's)
    void fetch(const QString &code, const Selection &selection, const QString &place,
               QObject *context, ScreenRepository::Reply<ScreenData> reply);
    std::optional<ScreenData> loaded(const QString &code) const;
    // The table on show (the detail's or the screen's) as CSV, and a file name for it.
    QByteArray tableCsv(QString *fileName) const;

signals:
    void screenFilled(const ioc::ScreenData &data);
    // the current screen is on screen with figures from the cache (the benchmark listens)
    void screenPainted(const QString &code);
    void exportRequested(); // the detail's Export button
    // a map's context menu asked for every screen for a place (empty: the whole city)
    void placeWanted(const QString &entity);
    // the cameras whose pictures are on screen (only those are fetched), and the one watched
    // live (empty: none)
    void camerasWatched(const QStringList &ids);
    void cameraLiveWanted(const QString &camera);

private:
    void requestDetail();
    void requestBreakdown(const QString &target, const QString &indicator);
    void sayPreparing();
    void requestCameras(const QString &historyOf);
    void cameraShown(QObject *wall, const QStringList &ids); // a wall's cameras on screen
    bool isDemo() const;
    static const Formatter &fmt();
    static const Theme &theme();

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    const MapBoundaries &m_boundaries;
    ScreenRepository *m_repository;
    const DataSource *m_data;
    Selection m_selection;
    QString m_place;
    CompareWith m_compareWith = CompareWith::Everything;
    QDateTime m_frozenNow;
    bool m_async = true;

    ScreenNav *m_nav;
    QStackedWidget *m_stack;
    QHash<QString, ScreenPage *> m_pages;
    QString m_current;
    QString m_detailCode;
    IndicatorDetail *m_detail;
    CommuneDetail *m_commune;
    QWidget *m_communeReturn = nullptr; // what Back from the commune detail shows again
    MapPage *m_mapPage = nullptr;
    CameraPage *m_cameraPage = nullptr;
    ReadinessPage *m_readinessPage = nullptr;
    QHash<QObject *, QStringList> m_camerasShown; // by wall (page)
    QStringList m_camerasWatched;
};

} // namespace ioc
