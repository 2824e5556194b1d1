#pragma once

#include "cache.h"
#include "catalog.h"
#include "entity.h"
#include "status.h"

#include <QDate>
#include <QHash>
#include <QVector>

#include <optional>

namespace ioc {

// The reporting window a screen shows: a month, a quarter or the year to date, as of a day.
struct Selection
{
    enum class Mode { Month, Quarter, YearToDate };
    Mode mode = Mode::Month;
    QDate asOf;

    QDate from() const;
    QDate to() const { return asOf; }
    Selection previous() const; // the previous month/quarter, to the same point in it
    Selection sameLastYear() const;
    // The whole period before (-1) or after (+1): its last day (a month on for year-to-date, to
    // that month's end). ◀ from 5 December is the whole of November, not 1–5 November.
    Selection stepped(int direction) const;

    bool operator==(const Selection &o) const { return mode == o.mode && asOf == o.asOf; }
    bool operator!=(const Selection &o) const { return !(*this == o); }

    // Among a fixed set (a briefing pack's periods): the one of the same mode nearest to
    // `wanted`, and the next one of the current mode before (-1) or after (+1) this one.
    static std::optional<Selection> nearestIn(const QVector<Selection> &set,
                                              const Selection &wanted);
    std::optional<Selection> stepIn(const QVector<Selection> &set, int direction) const;
};

// The periods a window may show: any up to its latest day, or only a briefing pack's own.
struct PeriodRange
{
    QDate latest;
    QVector<Selection> only; // a pack's periods; empty: any

    // What is shown when `wanted` is asked for while `current` is shown: wanted (never past
    // the latest day), or in a pack the nearest period of the same kind; nothing when there
    // is none other than current.
    std::optional<Selection> choose(const Selection &wanted, const Selection &current) const;
    // The previous (-1) or next (+1) period after current; nothing past either end.
    std::optional<Selection> step(const Selection &current, int direction) const;
    // What a period picker lists for a mode, newest first: the last `count` whole periods up to
    // the latest day (the latest one so far), or a pack's own periods of that mode.
    QVector<Selection> choices(Selection::Mode mode, int count) const;
};

// One figure of one indicator for one entity in a selection, with everything a tile shows.
struct Figure
{
    const Indicator *indicator = nullptr;
    QString entity;
    std::optional<double> value;
    std::optional<double> plan;
    std::optional<double> previous;
    std::optional<double> sameLastYear;
    QDateTime asOf;
    QString period; // the latest period that went into the figure
    QString sourceKind;
    QString sourceRef;
    QString sourceDetail; // sheet and cell of an imported figure
    int revision = 0;     // of the latest observation that went into the figure
    QDateTime fetchedAt;
    StatusResult status;
    int entitiesInAlarm = 0; // stations/units at warn or worse, for headline figures of many
    // where the warn and critical rules fire, when they are plain levels on the value
    // (a station's BĐ1/BĐ2, 50 mm of rain)
    std::optional<double> warnLevel;
    std::optional<double> criticalLevel;
    // With no figure for the window: the latest figure known before it ends, and its period
    // ("Số liệu gần nhất: Tháng 3/2026"), shown greyed rather than a blank tile.
    std::optional<double> latestValue;
    QString latestPeriod;

    std::optional<double> pctOfPlan() const;
    std::optional<double> changeVsPrevious() const; // points for percentages, else percent
    std::optional<double> changeVsLastYear() const;
    bool changeInPoints() const;
};

// Worst first: critical, then warn, then the rest; within a status the furthest from its plan
// (or the highest of a "down" indicator, the lowest of an "up" one).
void sortWorstFirst(QVector<Figure> *figures);

struct TrendPoint
{
    QDate asOf; // the end of the month (or today for the current month)
    std::optional<double> actual;
    std::optional<double> plan;
    std::optional<double> annualPlan; // the year's plan the month's report gives (cumulative rows)
};

// Turns cached observations into figures: aggregation over the window, comparisons, status.
// Reads the cache it is given; use one per thread, and a new one after the cache changes.
class FigureService
{
public:
    FigureService(const Catalog &catalog, const EntityRegistry &entities, const Cache &cache);

    Figure figure(const Indicator &ind, const QString &entity, const Selection &sel,
                  const QDateTime &now) const;
    // What a tile shows: the city figure, or the worst station/unit when there is no city row.
    Figure headline(const Indicator &ind, const Selection &sel, const QDateTime &now) const;
    QVector<Figure> breakdown(const Indicator &ind, const Selection &sel,
                              const QDateTime &now) const;
    // Month by month up to the selection, actual against plan (day by day for sensors).
    QVector<TrendPoint> trend(const Indicator &ind, const QString &entity, const Selection &sel,
                              int months) const;
    // Each observation judged at its own period: previous period, same period last year, and
    // freshness for the latest one only. rows: one indicator, ordered by entity and period.
    QVector<Figure> observationFigures(const Indicator &ind, const QVector<Observation> &rows,
                                       const QDateTime &now) const;

private:
    struct Aggregate
    {
        std::optional<double> value;
        std::optional<double> plan;
        std::optional<double> annualPlan; // the latest figure's (Last and YearToDate only)
        QDateTime asOf;
        QString period;
        QString sourceKind;
        QString sourceRef;
        QString sourceDetail;
        int revision = 0;
        QDateTime fetchedAt;
    };
    Aggregate aggregate(const Indicator &ind, const QVector<Observation> &series, const QDate &from,
                        const QDate &to) const;
    Figure compute(const Indicator &ind, const QString &entity, const QVector<Observation> &series,
                   const Selection &sel, const QDateTime &now) const;
    std::optional<double> cityValue(const QString &code, const Selection &sel) const;
    RuleInputs inputs(const Indicator &ind, const QString &entity, const Figure &f,
                      const Selection &sel) const;

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    const Cache &m_cache;
    // Each series is read once per service: a tile's figure, its trend and the rules that
    // refer to it share the read. A service lives for one screen load.
    QVector<Observation> series(const Indicator &ind, const QString &entity,
                                const QDate &fromDay) const;
    static QDate windowsStart(const Indicator &ind, const Selection &sel);
    struct Series
    {
        QString fromKey;           // the first period read (with the two before it)
        QVector<Observation> rows; // shared, not copied
    };
    mutable QHash<QString, Series> m_series;              // by indicator and entity
    mutable QHash<QString, QVector<Figure>> m_breakdowns; // by indicator, selection and now
};

} // namespace ioc
