#pragma once

#include "catalog.h"
#include "demodata.h"
#include "entity.h"
#include "serverstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace ioc {

// Keeps the demo dataset in the server store up to date, and gives the real-time Group D
// indicators (wind, rain, river and sea levels, storm distance, congestion) a new reading
// every few seconds: each reading is a new revision of the current 10-minute slot. Once
// started, the rounds run on a thread of their own through a connection of their own to the
// store: the server's event loop goes on answering while they are generated and written.
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
    // A round every intervalSeconds, off this thread (one at a time: a round still running when
    // the next is due lets it pass).
    void start(int intervalMs);

signals:
    // a round's rows are in the store; at: when the readings were taken
    void stored(int rows, const QDateTime &at);

private:
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    void round();

    ServerStore &m_store;
    quint64 m_seed;
    QTimer m_timer;
    std::unique_ptr<ServerStore> m_writer;     // the rounds' connection
    std::unique_ptr<LiveSensors> m_background; // the rounds, on m_writer
    QThreadPool m_thread;
    struct Round
    {
        int rows = 0;
        QDateTime at;
    };
    QFutureWatcher<Round> m_running;
};

} // namespace ioc
