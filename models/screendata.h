#pragma once

#include "cameras.h"
#include "sourcereadiness.h"
#include "figures.h"
#include "screens.h"

#include <QHash>
#include <QSet>
#include <QMetaType>
#include <QObject>

namespace ioc {

// Everything one screen shows, computed off the UI thread.
struct ScreenData
{
    QString screen;
    Selection selection;
    QVector<Figure> figures; // one per indicator of the screen, in its order
    QVector<Figure> context; // the other figures its briefing text cites (ScreenDefinition)
    QHash<QString, QVector<TrendPoint>> trends; // per indicator: the months up to the selection
    QHash<QString, QVector<Figure>> breakdowns; // by entity, for the panels that show them
    QString error;
    // the traffic cameras, for a screen with a camera wall (ScreenPanel::Kind::Cameras)
    CameraBoard cameras;
    // A place filter (empty: the whole city). The figures (and trends) of the indicators
    // reported at the place's level are the place's; `city` keeps the city's figure beside each,
    // `ranks` the place's rank among the units with a figure (1 the best) and how many there
    // are. An indicator not reported at that level is in `notAtPlace`, its figure without a
    // value and its trend empty: the city's is not shown as the place's.
    QString place;
    QHash<QString, Figure> city;
    QHash<QString, QPair<int, int>> ranks;
    QSet<QString> notAtPlace;

    // The indicator a trend panel of `code` charts: that one, or in a place's view where it
    // has no figure there, the first of the screen's that the place has (empty: none).
    QString charted(const QString &code) const
    {
        if (!notAtPlace.contains(code))
            return code;
        for (const Figure &f : figures) {
            if (f.indicator && !notAtPlace.contains(f.indicator->code))
                return f.indicator->code;
        }
        return {};
    }

    // How many figures have a value: a screen with none has nothing from the cache yet.
    int valueCount() const
    {
        int n = 0;
        for (const Figure &f : figures)
            n += f.value.has_value();
        return n;
    }
};

// Everything the detail of one indicator shows (the drill-down), computed off the UI thread.
struct DetailData
{
    QString indicator;
    Selection selection;
    Figure headline;                // the tile's figure
    QVector<TrendPoint> history;    // month by month since the data begins
    QVector<Figure> breakdown;      // per commune, unit, project or station (empty: city only)
    QVector<Observation> revisions; // of the headline's latest period, oldest first
    QString error;
};

// One indicator's figures by entity (a map asks for the indicator it is switched to).
struct BreakdownData
{
    QString indicator;
    Selection selection;
    QVector<Figure> figures;
};

// Everything the detail of one commune-level unit shows: each indicator reported by commune,
// with its status, its trend there, and the unit's rank among all units that reported it.
struct CommuneData
{
    struct Row
    {
        Figure figure;
        int rank = 0;   // 1 is the best (by the indicator's direction; by size when it has none)
        int ranked = 0; // how many units have a figure
        QVector<TrendPoint> trend;
    };
    QString entity;
    Selection selection;
    QVector<Row> rows; // in catalog order
    QString error;
};

// Computes ScreenData from the cache, synchronously, on the thread that uses it (with its own
// cache connection, opened there on first use). ScreenRepository runs one on a worker thread.
class ScreenLoader : public QObject
{
    Q_OBJECT
public:
    ScreenLoader(const Catalog &catalog, const EntityRegistry &entities,
                 const QVector<ScreenDefinition> &screens, const QString &cachePath);
    ~ScreenLoader() override;

    // Synchronous form, for the command line and tests. place: an entity's code (a commune,
    // ward or special zone, a unit, a project or a station) for that place's view, or empty.
    ScreenData compute(const QString &screen, const Selection &sel, const QDateTime &now,
                       const QString &place = QString());
    // the level of the indicators a place has figures for (nullopt: the city, or unknown)
    static std::optional<GeoLevel> levelOf(const Entity &place);
    // a code the place filter can show (a known entity with a level); false for the city
    static bool isPlace(const EntityRegistry &entities, const QString &code);
    DetailData computeDetail(const QString &indicator, const Selection &sel, const QDateTime &now);
    BreakdownData computeBreakdown(const QString &indicator, const Selection &sel,
                                   const QDateTime &now);
    CommuneData computeCommune(const QString &entity, const Selection &sel, const QDateTime &now);
    // The cameras and their latest pictures (decoded) as the cache holds them, and for
    // historyOf (a camera, or empty) its junction's congestion readings of the day before now.
    CameraBoard computeCameras(const QString &historyOf, const QDateTime &now);
    // Who is late with what (SourceReadiness), as the cache knows it at `now`.
    SourceReadiness computeSourceReadiness(const QDateTime &now);
    // Reads as the cache was known at that moment (a view of a past day: the end of that day).
    void setKnownAt(const QDateTime &knownAt);
    // The loader's own cache connection (opened on first use; null when it cannot be opened).
    Cache *cache(QString *error);
    // The rank of each entity's figure among those with a value: 1 the best.
    static QHash<QString, int> ranks(const Indicator &ind, const QVector<Figure> &figures);

    // The alert journal (AlertJournal): every figure of the latest period judged, whatever a
    // window shows; called after each change of the data. The alerts it raised (often none).
    QVector<Alert> journalAlerts(const Selection &latest, const QDateTime &now, QString *error);
    // The journal as kept; error says it could not be read (never an empty list in its place).
    QVector<Alert> alerts(QString *error);
    // The alert as acknowledged; error is empty when the acknowledgement is stored.
    Alert acknowledgeAlert(qint64 id, const QString &by, const QString &note, const QDateTime &at,
                           QString *error);

private:
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    QString m_cachePath;
    Cache *m_cache = nullptr; // opened in the thread that uses it
    QDateTime m_knownAt;
    bool openCache(QString *error);
    void addPlaceFigure(const FigureService &figures, const Indicator &ind, const Selection &sel,
                        const QDateTime &now, ScreenData *data);
};

constexpr int kTrendMonths = 24;
constexpr int kHistoryMonths = 120; // a detail's history: all there is, up to ten years

} // namespace ioc

Q_DECLARE_METATYPE(ioc::DetailData)
Q_DECLARE_METATYPE(ioc::BreakdownData)
Q_DECLARE_METATYPE(ioc::CommuneData)
Q_DECLARE_METATYPE(ioc::CameraBoard)
Q_DECLARE_METATYPE(ioc::SourceReadiness)

Q_DECLARE_METATYPE(ioc::Selection)
Q_DECLARE_METATYPE(ioc::ScreenData)
