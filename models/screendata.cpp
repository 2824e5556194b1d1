#include "screendata.h"

namespace ioc {

ScreenLoader::ScreenLoader(const Catalog &catalog, const EntityRegistry &entities,
                           const QVector<ScreenDefinition> &screens, const QString &cachePath)
    : m_catalog(catalog), m_entities(entities), m_screens(screens), m_cachePath(cachePath)
{}

ScreenLoader::~ScreenLoader()
{
    delete m_cache;
}

ScreenData ScreenLoader::compute(const QString &screen, const Selection &sel, const QDateTime &now)
{
    ScreenData data;
    data.screen = screen;
    data.selection = sel;
    if (!m_cache) {
        m_cache = new Cache;
        QString error;
        if (!m_cache->open(m_cachePath, &error)) {
            data.error = error;
            delete m_cache;
            m_cache = nullptr;
            return data;
        }
    }
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
    for (const QString &code : def->indicators) {
        const Indicator *ind = m_catalog.find(code);
        if (!ind)
            continue;
        const Figure f = figures.headline(*ind, sel, now);
        data.figures << f;
        data.trends.insert(code, figures.trend(*ind, f.entity, sel, kTrendMonths));
    }
    return data;
}

void ScreenLoader::load(int requestId, const QString &screen, const Selection &sel, const QDateTime &now)
{
    emit loaded(requestId, compute(screen, sel, now));
}

} // namespace ioc
