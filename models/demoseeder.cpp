#include "demoseeder.h"

#include "democameras.h"

#include <QGuiApplication>

namespace ioc {

DemoSeeder::Need DemoSeeder::need(const Cache &cache, const QDateTime &now)
{
    const QString source = cache.meta(metaSource());
    if (source.isEmpty())
        return cache.observationCount() > 0 ? Need::Nothing : Need::Everything;
    if (source != DemoGenerator::sourceKind())
        return Need::Nothing; // real data: never mixed with demo rows
    if (cache.meta(metaDemoRevision()) != QString::number(DemoGenerator::revision()))
        return Need::TopUp;
    const QDateTime complete = QDateTime::fromString(cache.meta(metaDemoComplete()), Qt::ISODate);
    // real-time sensors report every 10 minutes: a demo older than that is topped up
    if (!complete.isValid() || complete.secsTo(now) > 600)
        return Need::TopUp;
    return Need::Nothing;
}

int DemoSeeder::historyYears(const Cache &cache)
{
    bool ok = false;
    const int recorded = cache.meta(metaDemoHistoryYears()).toInt(&ok);
    return ok && recorded > 0 ? recorded : DemoGenerator::defaultHistoryYears();
}

bool DemoSeeder::seed(Cache &cache, const DemoGenerator &gen, DemoGenerator::Part part,
                      const Progress &progress, const QAtomicInt *cancel, QString *error)
{
    if (!cache.setMeta(metaSource(), DemoGenerator::sourceKind(), error)
        || !cache.setMeta(metaDemoSeed(), QString::number(gen.seed()), error)
        || !cache.setMeta(metaDemoHistoryYears(), QString::number(gen.historyYears()), error)
        || !cache.setMeta(metaDemoEnd(), gen.end().toString(Qt::ISODate), error))
        return false;
    // Everything published up to the previous complete run is already there, identical (the
    // generator only appends as its end moves): write only what was published since.
    // Rows of an older generator revision are written again, replacing what they said.
    const bool sameRevision
        = cache.meta(metaDemoRevision()) == QString::number(DemoGenerator::revision());
    const QDateTime previous
        = sameRevision ? QDateTime::fromString(cache.meta(metaDemoComplete()), Qt::ISODate)
                       : QDateTime();
    const Cache::OnConflict conflict = sameRevision || cache.meta(metaDemoComplete()).isEmpty()
                                           ? Cache::OnConflict::Ignore
                                           : Cache::OnConflict::Replace;
    qint64 done = 0;
    bool writeFailed = false;
    const bool finished = gen.generate(part, [&](const QVector<Observation> &batch) {
        if (cancel && cancel->loadRelaxed())
            return false;
        QVector<Observation> fresh;
        const QVector<Observation> *rows = &batch;
        if (previous.isValid()) {
            for (const Observation &o : batch) {
                if (o.fetchedAt > previous)
                    fresh << o;
            }
            rows = &fresh;
        }
        // rows from an interrupted earlier run are kept as they are
        if (!cache.write(*rows, conflict, error)) {
            writeFailed = true;
            return false;
        }
        done += rows->size();
        if (progress)
            progress(done, 0);
        return true;
    });
    if (writeFailed)
        return false;
    if (!finished) {
        *error = tr("cancelled");
        return false;
    }
    if (part != DemoGenerator::Part::Overview)
        return seedCameras(cache, gen, error)
               && cache.setMeta(metaDemoComplete(), gen.end().toString(Qt::ISODate), error)
               && cache.setMeta(metaDemoRevision(), QString::number(DemoGenerator::revision()),
                                error);
    return true;
}

bool DemoSeeder::seedCameras(Cache &cache, const DemoGenerator &gen, QString *error)
{
    const DemoCameras demo(gen.entities(), gen.end());
    const Indicator *congestion = gen.catalog().find(QLatin1String(cameras::kIndicator));
    const QDateTime now = gen.end();
    auto reading = [&](const QString &id) -> std::optional<double> {
        const Entity *e = gen.entities().find(id);
        if (!congestion || !e)
            return std::nullopt;
        return gen.sensorValue(*congestion, *e, now);
    };
    const QVector<Camera> list = demo.list(now, [&](const QString &id) {
        std::optional<std::pair<double, QDateTime>> last;
        if (const auto v = reading(id))
            last = std::make_pair(*v, now);
        return last;
    });
    if (!cache.storeCameras(list, error))
        return false;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    for (const Camera &c : list) {
        CameraFrame frame{c.id,
                          demo.lastFrameAt(c.id, now),
                          demo.frame(c.id, now, reading(c.id).value_or(0)),
                          {}};
        if (!cache.storeCameraFrame(frame, error))
            return false;
    }
    return true;
}

bool DemoSeeder::seedAll(Cache &cache, const DemoGenerator &gen, QString *error)
{
    return seed(cache, gen, DemoGenerator::Part::Overview, {}, nullptr, error)
           && seed(cache, gen, DemoGenerator::Part::Communes, {}, nullptr, error);
}

} // namespace ioc
