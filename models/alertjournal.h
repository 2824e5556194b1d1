#pragma once

#include "alert.h"
#include "cache.h"
#include "catalog.h"
#include "entity.h"
#include "figures.h"
#include "format.h"

#include <QCoreApplication>

namespace ioc {

// The alert journal, kept by the data layer: after every change of the data (sync, import,
// demo top-up) every (indicator, entity) is judged for the latest period, whatever the window
// happens to show, and every rise to warning or critical is journaled once per (indicator,
// entity, period, severity) in the cache (Cache::recordStatuses). A view of a past day or a
// briefing pack never calls it: the journal is the live console's.
class AlertJournal
{
    Q_DECLARE_TR_FUNCTIONS(ioc::AlertJournal)
public:
    AlertJournal(const Catalog &catalog, const EntityRegistry &entities, Cache &cache);

    // The status of every figure with a value for the latest period: every indicator with rules,
    // its city figure and each unit's.
    QVector<StatusSeen> judge(const Selection &latest, const QDateTime &now) const;
    // judge() and journal; raised gets the alerts new to the journal.
    bool update(const Selection &latest, const QDateTime &now, QVector<Alert> *raised,
                QString *error);

    // The journal as CSV, header first: raised at, indicator, entity, period, severity, value,
    // acknowledged by, acknowledged at, note (ioc-console --alerts).
    static QStringList csvHeader();
    static QList<QStringList> csvRows(const QVector<Alert> &alerts, const Catalog &catalog,
                                      const Formatter &fmt);

private:
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    Cache &m_cache;
};

} // namespace ioc
