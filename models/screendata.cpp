#include "screendata.h"
#include "alertjournal.h"

#include <algorithm>

namespace ioc {

ScreenLoader::ScreenLoader(const Catalog &catalog, const EntityRegistry &entities,
                           const QVector<ScreenDefinition> &screens, const QString &cachePath)
    : m_catalog(catalog)
    , m_entities(entities)
    , m_screens(screens)
    , m_cachePath(cachePath)
{}

ScreenLoader::~ScreenLoader()
{
    delete m_cache;
}

bool ScreenLoader::isPlace(const EntityRegistry &entities, const QString &code)
{
    const Entity *e = entities.find(code);
    return e && levelOf(*e);
}

std::optional<GeoLevel> ScreenLoader::levelOf(const Entity &place)
{
    switch (place.kind) {
    case EntityKind::Ward:
    case EntityKind::Commune:
    case EntityKind::SpecialZone:
        return GeoLevel::Commune;
    case EntityKind::Unit:
        return GeoLevel::Unit;
    case EntityKind::Project:
        return GeoLevel::Project;
    case EntityKind::Station:
        return GeoLevel::Station;
    case EntityKind::City:
        break;
    }
    return std::nullopt;
}

// The place's figure of one indicator, its rank among the units and its trend; or, for an
// indicator not reported at the place's level, a figure without a value (said as such).
void ScreenLoader::addPlaceFigure(const FigureService &figures, const Indicator &ind,
                                  const Selection &sel, const QDateTime &now, ScreenData *data)
{
    const Entity *place = m_entities.find(data->place);
    Figure f;
    f.indicator = &ind;
    f.entity = data->place;
    if (levelOf(*place) != ind.geoLevel
        || (!ind.entitySet.isEmpty() && !m_entities.inSet(ind.entitySet).contains(place))) {
        data->notAtPlace.insert(ind.code);
        data->figures << f;
        return;
    }
    const QVector<Figure> all = figures.breakdown(ind, sel, now);
    for (const Figure &each : all) {
        if (each.entity == data->place)
            f = each;
    }
    const QHash<QString, int> r = ranks(ind, all);
    if (r.contains(data->place))
        data->ranks.insert(ind.code, {r.value(data->place), int(r.size())});
    data->figures << f;
    data->trends.insert(ind.code, figures.trend(ind, data->place, sel, kTrendMonths));
}

ScreenData ScreenLoader::compute(const QString &screen, const Selection &sel, const QDateTime &now,
                                 const QString &place)
{
    ScreenData data;
    data.screen = screen;
    data.selection = sel;
    if (!openCache(&data.error))
        return data;
    const ScreenDefinition *def = nullptr;
    for (const ScreenDefinition &s : m_screens) {
        if (s.code == screen)
            def = &s;
    }
    if (!def) {
        data.error = QStringLiteral("unknown screen %1").arg(screen);
        return data;
    }
    const FigureService figures(m_catalog, m_entities, *m_cache);
    const Entity *placeEntity = place.isEmpty() ? nullptr : m_entities.find(place);
    if (!place.isEmpty() && (!placeEntity || !levelOf(*placeEntity))) {
        data.error = QStringLiteral("unknown place %1").arg(place);
        return data;
    }
    if (placeEntity)
        data.place = place;
    for (const QString &code : def->indicators) {
        const Indicator *ind = m_catalog.find(code);
        if (!ind)
            continue;
        const Figure f = figures.headline(*ind, sel, now);
        if (placeEntity) {
            data.city.insert(code, f);
            addPlaceFigure(figures, *ind, sel, now, &data);
            continue;
        }
        data.figures << f;
        data.trends.insert(code, figures.trend(*ind, f.entity, sel, kTrendMonths));
    }
    for (const QString &code : def->context) {
        const Indicator *ind = m_catalog.find(code);
        if (ind && !def->indicators.contains(code))
            data.context << figures.headline(*ind, sel, now);
    }
    for (const QString &code : def->breakdownIndicators()) {
        if (const Indicator *ind = m_catalog.find(code))
            data.breakdowns.insert(code, figures.breakdown(*ind, sel, now));
    }
    if (std::any_of(def->panels.cbegin(), def->panels.cend(),
                    [](const ScreenPanel &p) { return p.kind == ScreenPanel::Kind::Cameras; }))
        data.cameras = computeCameras(QString(), now);
    return data;
}

SourceReadiness ScreenLoader::computeSourceReadiness(const QDateTime &now)
{
    SourceReadiness r;
    if (!openCache(&r.error))
        return r;
    return SourceReadiness::compute(m_catalog, m_entities, *m_cache, now);
}

CameraBoard ScreenLoader::computeCameras(const QString &historyOf, const QDateTime &now)
{
    CameraBoard board;
    if (!openCache(&board.error))
        return board;
    board.cameras = m_cache->cameras(&board.error);
    for (CameraFrame &f : m_cache->cameraFrames(&board.error)) {
        QString problem;
        f.image = cameras::decode(f.jpeg, &problem);
        if (f.image.isNull()) {
            qCWarning(lcCache, "camera %s: the picture kept does not decode: %s",
                      qUtf8Printable(f.camera), qUtf8Printable(problem));
            continue;
        }
        f.jpeg.clear(); // the wall needs the picture only
        board.frames.insert(f.camera, f);
    }
    const Indicator *ind = m_catalog.find(QLatin1String(cameras::kIndicator));
    if (historyOf.isEmpty() || !ind)
        return board;
    board.historyOf = historyOf;
    const QString from = Period::realtime(now.addDays(-1)).key();
    for (const Observation &o : m_cache->seriesFrom(ind->code, historyOf, from, 0)) {
        const std::optional<Period> p = Period::fromKey(o.period);
        if (!p || p->start() > now)
            continue;
        RuleInputs in;
        in.value = o.value;
        const StatusResult status = StatusEvaluator::evaluate(*ind, in, now, now);
        board.history.append({p->start(), o.value, int(status.evaluated)});
    }
    return board;
}

Cache *ScreenLoader::cache(QString *error)
{
    return openCache(error) ? m_cache : nullptr;
}

QVector<Alert> ScreenLoader::journalAlerts(const Selection &latest, const QDateTime &now,
                                           QString *error)
{
    QVector<Alert> raised;
    if (openCache(error))
        AlertJournal(m_catalog, m_entities, *m_cache).update(latest, now, &raised, error);
    return raised;
}

QVector<Alert> ScreenLoader::alerts(QString *error)
{
    return openCache(error) ? m_cache->alerts(error) : QVector<Alert>();
}

Alert ScreenLoader::acknowledgeAlert(qint64 id, const QString &by, const QString &note,
                                     const QDateTime &at, QString *error)
{
    Alert updated;
    updated.id = id;
    if (openCache(error))
        m_cache->acknowledgeAlert(id, by, note, at, &updated, error);
    return updated;
}

void ScreenLoader::setKnownAt(const QDateTime &knownAt)
{
    m_knownAt = knownAt;
    if (m_cache)
        m_cache->setKnownAt(knownAt);
}

bool ScreenLoader::openCache(QString *error)
{
    if (m_cache)
        return true;
    m_cache = new Cache;
    if (!m_cache->open(m_cachePath, error)) {
        delete m_cache;
        m_cache = nullptr;
        return false;
    }
    m_cache->setKnownAt(m_knownAt);
    return true;
}

DetailData ScreenLoader::computeDetail(const QString &indicator, const Selection &sel,
                                       const QDateTime &now)
{
    DetailData data;
    data.indicator = indicator;
    data.selection = sel;
    const Indicator *ind = m_catalog.find(indicator);
    if (!ind) {
        data.error = QStringLiteral("unknown indicator %1").arg(indicator);
        return data;
    }
    if (!openCache(&data.error))
        return data;
    const FigureService figures(m_catalog, m_entities, *m_cache);
    data.headline = figures.headline(*ind, sel, now);
    data.history = figures.trend(*ind, data.headline.entity, sel, kHistoryMonths);
    // drop the empty months before the data begins
    while (!data.history.isEmpty() && !data.history.first().actual && !data.history.first().plan)
        data.history.removeFirst();
    if (ind->geoLevel != GeoLevel::City)
        data.breakdown = figures.breakdown(*ind, sel, now);
    if (!data.headline.period.isEmpty())
        data.revisions = m_cache->revisions(indicator, data.headline.entity, data.headline.period);
    return data;
}

BreakdownData ScreenLoader::computeBreakdown(const QString &indicator, const Selection &sel,
                                             const QDateTime &now)
{
    BreakdownData data;
    data.indicator = indicator;
    data.selection = sel;
    const Indicator *ind = m_catalog.find(indicator);
    QString error;
    if (!ind || !openCache(&error))
        return data;
    const FigureService figures(m_catalog, m_entities, *m_cache);
    data.figures = figures.breakdown(*ind, sel, now);
    return data;
}

QHash<QString, int> ScreenLoader::ranks(const Indicator &ind, const QVector<Figure> &figures)
{
    QVector<const Figure *> valued;
    for (const Figure &f : figures) {
        if (f.value)
            valued << &f;
    }
    // best first: the largest when the indicator should rise or has no direction
    const bool lowIsBest = ind.direction == Direction::Down;
    std::stable_sort(valued.begin(), valued.end(), [lowIsBest](const Figure *a, const Figure *b) {
        return lowIsBest ? *a->value < *b->value : *a->value > *b->value;
    });
    QHash<QString, int> out;
    for (int i = 0; i < valued.size(); ++i) {
        // equal values share a rank
        const int rank = i > 0 && *valued.at(i)->value == *valued.at(i - 1)->value
                             ? out.value(valued.at(i - 1)->entity)
                             : i + 1;
        out.insert(valued.at(i)->entity, rank);
    }
    return out;
}

CommuneData ScreenLoader::computeCommune(const QString &entity, const Selection &sel,
                                         const QDateTime &now)
{
    CommuneData data;
    data.entity = entity;
    data.selection = sel;
    const Entity *e = m_entities.find(entity);
    if (!e || !e->isCommuneLevel()) {
        data.error = QStringLiteral("unknown commune %1").arg(entity);
        return data;
    }
    if (!openCache(&data.error))
        return data;
    const FigureService figures(m_catalog, m_entities, *m_cache);
    for (const Indicator &ind : m_catalog.indicators()) {
        if (ind.geoLevel != GeoLevel::Commune)
            continue;
        const QVector<Figure> all = figures.breakdown(ind, sel, now);
        CommuneData::Row row;
        for (const Figure &f : all) {
            if (f.entity == entity)
                row.figure = f;
        }
        if (!row.figure.indicator) {
            row.figure.indicator = &ind;
            row.figure.entity = entity;
        }
        const QHash<QString, int> r = ranks(ind, all);
        row.rank = r.value(entity);
        row.ranked = int(r.size());
        row.trend = figures.trend(ind, entity, sel, 12);
        data.rows << row;
    }
    return data;
}

} // namespace ioc
