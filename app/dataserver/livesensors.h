#pragma once

#include "catalog.h"
#include "demodata.h"
#include "entity.h"
#include "serverstore.h"

#include <QObject>
#include <QTimer>

namespace ioc {

// Keeps the demo dataset in the server store up to date, and gives the real-time Group D
// indicators (wind, rain, river and sea levels, storm distance, congestion) a new reading
// every few seconds: each reading is a new revision of the current 10-minute slot.
class LiveSensors : public QObject
{
    Q_OBJECT
public:
    LiveSensors(const Catalog &catalog, const EntityRegistry &entities, ServerStore &store,
                quint64 seed, QObject *parent = nullptr);

    // Stores what was published since the last run, up to now (the whole history the first time).
    bool catchUp(const QDateTime &now, QString *error);
    // One round of readings at `now`; returns the number of rows stored.
    int tick(const QDateTime &now, QString *error);
    void start(int intervalSeconds);

signals:
    void stored(int rows);

private:
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    ServerStore &m_store;
    quint64 m_seed;
    QTimer m_timer;
};

} // namespace ioc
