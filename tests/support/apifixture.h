#pragma once
// The reference IOC Data API the sync and server tests talk to: a store seeded with some demo
// indicators, and the API handler over it. Includes the shared fixture.

#include "apiserver.h"
#include "demodata.h"
#include "fixture.h"
#include "serverstore.h"

#include <QFile>

#include <initializer_list>
#include <memory>

namespace ioc::test {

// Inserts the demo rows of the indicators (up to now) into the store and adds their count to
// rows; the problem, or empty.
inline QString seedStore(ServerStore &store, const Catalog &catalog, const EntityRegistry &entities,
                         const QDateTime &now, std::initializer_list<const char *> codes,
                         qint64 *rows)
{
    const DemoGenerator gen(catalog, entities, DemoGenerator::kDefaultSeed, now);
    QString error;
    for (const char *code : codes) {
        const auto generated = gen.generateIndicator(QLatin1String(code));
        if (!store.insert(generated, &error))
            return error;
        *rows += generated.size();
    }
    return {};
}

// The API handler over the store, publishing the built-in catalog's metadata.
inline std::unique_ptr<ApiServer> apiOver(ServerStore &store, const Catalog &catalog,
                                          const EntityRegistry &entities, const QString &token)
{
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    if (!meta.open(QIODevice::ReadOnly))
        return nullptr;
    return std::make_unique<ApiServer>(
        catalog, meta.readAll(), entities, store,
        token.isEmpty() ? AccessTokens()
                        : AccessTokens::single(QStringLiteral("test"), token.toUtf8()));
}

} // namespace ioc::test
