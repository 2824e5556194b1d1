#include "livesensors.h"

#include "demoseeder.h"

#include <QtConcurrent>

#include <cmath>

namespace ioc {

LiveSensors::LiveSensors(const Catalog &catalog, const EntityRegistry &entities, ServerStore &store,
                         quint64 seed, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_store(store)
    , m_seed(seed)
{
    m_thread.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &LiveSensors::round);
    connect(&m_running, &QFutureWatcher<Round>::finished, this, [this] {
        const Round r = m_running.result();
        if (r.rows > 0)
            emit stored(r.rows, r.at);
    });
}

void LiveSensors::round()
{
    if (m_running.isRunning())
        return;
    if (!m_writer) {
        m_writer = std::make_unique<ServerStore>();
        QString error;
        if (!m_writer->open(m_store.path(), &error)) {
            qWarning("ioc-dataserver: readings stay on the main connection (%s)",
                     qPrintable(error));
            m_writer.reset();
        } else {
            m_background = std::make_unique<LiveSensors>(m_catalog, m_entities, *m_writer, m_seed);
        }
    }
    LiveSensors *sensors = m_background ? m_background.get() : this;
    auto work = [sensors] {
        QString error;
        const QDateTime now = QDateTime::currentDateTime();
        sensors->catchUp(now, &error);
        Round r{sensors->tick(now, &error), now};
        if (r.rows < 0)
            qWarning("ioc-dataserver: readings not stored: %s", qPrintable(error));
        return r;
    };
    if (!m_background) {
        const Round r = work();
        if (r.rows > 0)
            emit stored(r.rows, r.at);
        return;
    }
    m_running.setFuture(QtConcurrent::run(&m_thread, work));
}

bool LiveSensors::catchUp(const QDateTime &now, QString *error)
{
    const QDateTime previous
        = QDateTime::fromString(m_store.meta(DemoSeeder::metaDemoComplete()), Qt::ISODate);
    if (previous.isValid() && previous.secsTo(now) < 600)
        return true;
    // the years of history the store was first made with: later rounds continue those series
    const QString yearsKey = DemoSeeder::metaDemoHistoryYears();
    bool recorded = false;
    int years = m_store.meta(yearsKey).toInt(&recorded);
    if (!recorded || years < 1) {
        years = DemoGenerator::defaultHistoryYears();
        if (!m_store.setMeta(yearsKey, QString::number(years), error))
            return false;
    }
    DemoGenerator gen(m_catalog, m_entities, m_seed, now);
    gen.setHistoryYears(years);
    bool ok = true;
    gen.generate(DemoGenerator::Part::All, [&](const QVector<Observation> &batch) {
        QVector<Observation> fresh;
        for (const Observation &o : batch) {
            if (!previous.isValid() || o.fetchedAt > previous)
                fresh << o;
        }
        ok = fresh.isEmpty() || m_store.insert(fresh, error);
        return ok;
    });
    return ok && m_store.setMeta(DemoSeeder::metaDemoComplete(), now.toString(Qt::ISODate), error);
}

int LiveSensors::tick(const QDateTime &now, QString *error)
{
    const DemoGenerator gen(m_catalog, m_entities, m_seed, now);
    const QString slot = Period::realtime(now).key();
    QVector<Observation> rows;
    for (const Indicator &ind : m_catalog.indicators()) {
        if (ind.frequency != Frequency::Realtime)
            continue;
        QVector<const Entity *> reporting = ind.geoLevel == GeoLevel::City
                                                ? QVector<const Entity *>{&m_entities.city()}
                                                : m_entities.inSet(ind.entitySet);
        for (const Entity *e : reporting) {
            Observation o;
            o.indicator = ind.code;
            o.entity = e->code;
            o.period = slot;
            o.revision = m_store.latestRevision(ind.code, e->code, slot) + 1;
            const double f = std::pow(10.0, unitDecimals(ind.unit));
            o.value = std::round(gen.sensorValue(ind, *e, now) * f) / f;
            o.sourceKind = QStringLiteral("api");
            o.sourceRef = ind.source;
            o.fetchedAt = now;
            rows << o;
        }
    }
    if (!m_store.insert(rows, error))
        return -1;
    return int(rows.size());
}

void LiveSensors::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

} // namespace ioc
