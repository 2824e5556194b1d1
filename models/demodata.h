#pragma once

#include "catalog.h"
#include "entity.h"
#include "observation.h"

#include <QDateTime>
#include <QVector>

#include <functional>

namespace ioc {

// The deterministic demo dataset: history from January 2024 (or N whole years before the end's,
// setHistoryYears) to an end time for all 86 indicators, per commune/unit/project/station
// where the indicator's level says so.
// The same seed and end give byte-identical rows, and every value depends only on
// (seed, indicator, entity, period), so a later end only appends rows.
// It reproduces the figures the city published (spec/figures-2026-04.md) for their periods.
class DemoGenerator
{
public:
    static constexpr quint64 kDefaultSeed = 5340;  // after Decision 5340/QĐ-UBND
    static constexpr int kDefaultHistoryYears = 3; // 2024 to 2026: the published figures' years
    // The first day of the history: 1 January 2024, or of the year `historyYears` - 1 before
    // the end's when that is earlier (10 years to the end of 2026: from 2017).
    QDate firstDay() const { return m_firstDay; }
    // How many calendar years of history, the end's included; at least the default (the
    // published figures of 2024 stay in). The default keeps every value as it was; more years
    // give other values to the unpublished ones (the series start earlier).
    void setHistoryYears(int years);
    int historyYears() const;
    // What a generator made from now on starts with (--history-years: set once, at start).
    static void setDefaultHistoryYears(int years);
    static int defaultHistoryYears();
    // Raised whenever a change makes the generator write other values for rows it wrote
    // before (2: C03.01's plan is the disbursement scenario to date; 3: a day's figures are
    // published at 23:00 that day, not 06:00 the next).
    static int revision() { return 3; }
    static QString sourceKind() { return QStringLiteral("demo"); }

    enum class Part {
        Overview, // city rows and every unit/project/station row: what the screens open on
        Communes, // the per-commune rows of the 27 commune-level indicators
        All
    };
    using Sink = std::function<bool(const QVector<Observation> &batch)>; // false cancels

    DemoGenerator(const Catalog &catalog, const EntityRegistry &entities, quint64 seed,
                  const QDateTime &end);

    QDateTime end() const { return m_end; }
    const Catalog &catalog() const { return m_catalog; }
    const EntityRegistry &entities() const { return m_entities; }
    quint64 seed() const { return m_seed; }
    // Streams rows in batches of about batchSize (one indicator only when `only` is set);
    // false when the sink cancelled.
    bool generate(Part part, const Sink &sink, int batchSize = 20000,
                  const QString &only = {}) const;
    // A real-time sensor's reading at any instant (D01.01-05, B02.04), rounded as stored.
    double sensorValue(const Indicator &ind, const Entity &entity, const QDateTime &at) const;
    // Rows of one indicator (all entities), for tests.
    QVector<Observation> generateIndicator(const QString &code) const;

private:
    friend class DemoBuild; // builds one indicator's series (demodata.cpp)
    struct Point
    {
        int index = 0; // into the indicator's timeline
        double value = 0;
        std::optional<double> plan;
    };
    using Series = QVector<Point>;
    struct EntitySeries
    {
        QString entity;
        Series series;
    };
    struct Built
    {
        QVector<QString> keys;        // period keys of the timeline
        QVector<QDateTime> published; // when each period's figure is published
        QVector<EntitySeries> rows;
    };

    Built build(const Indicator &ind, bool communeRows) const;
    QVector<Period> timeline(Frequency f) const;
    QDateTime publishedAt(const Period &p) const;

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    quint64 m_seed;
    QDateTime m_end;
    QDate m_firstDay{2024, 1, 1};
};

} // namespace ioc
