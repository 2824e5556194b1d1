#include "alertjournal.h"

namespace ioc {

AlertJournal::AlertJournal(const Catalog &catalog, const EntityRegistry &entities, Cache &cache)
    : m_catalog(catalog)
    , m_entities(entities)
    , m_cache(cache)
{}

QVector<StatusSeen> AlertJournal::judge(const Selection &latest, const QDateTime &now) const
{
    const FigureService figures(m_catalog, m_entities, m_cache);
    QVector<StatusSeen> seen;
    auto add = [&](const Figure &f) {
        if (f.indicator && f.value && !f.period.isEmpty())
            seen << StatusSeen{f.indicator->code, f.entity, f.period, f.status.evaluated, *f.value};
    };
    for (const Indicator &ind : m_catalog.indicators()) {
        if (ind.isInformational())
            continue;
        if (ind.geoLevel == GeoLevel::City) {
            add(figures.figure(ind, EntityRegistry::cityCode(), latest, now));
            continue;
        }
        // the city row where there is one, and every unit, project or station
        const Figure city = figures.figure(ind, EntityRegistry::cityCode(), latest, now);
        if (city.value)
            add(city);
        for (const Figure &f : figures.breakdown(ind, latest, now))
            add(f);
    }
    return seen;
}

bool AlertJournal::update(const Selection &latest, const QDateTime &now, QVector<Alert> *raised,
                          QString *error)
{
    return m_cache.recordStatuses(judge(latest, now), now, raised, error);
}

QStringList AlertJournal::csvHeader()
{
    return {tr("Raised at"),       tr("Indicator"),       tr("Entity"),
            tr("Period"),          tr("Severity"),        tr("Value"),
            tr("Acknowledged by"), tr("Acknowledged at"), tr("Note")};
}

QList<QStringList> AlertJournal::csvRows(const QVector<Alert> &alerts, const Catalog &catalog,
                                         const Formatter &fmt)
{
    QList<QStringList> rows;
    for (const Alert &a : alerts) {
        const Indicator *ind = catalog.find(a.indicator);
        rows << QStringList{toCityTime(a.raisedAt).toString(Qt::ISODate),
                            a.indicator,
                            a.entity,
                            a.period,
                            fmt.statusWord(a.status, ind),
                            plainNumber(a.value, ind ? unitDecimals(ind->unit) : 2),
                            a.acknowledged() ? a.acknowledgedBy : QString(),
                            a.acknowledged() ? toCityTime(a.acknowledgedAt).toString(Qt::ISODate)
                                             : QString(),
                            a.acknowledged() ? a.note : QString()};
    }
    return rows;
}

} // namespace ioc
