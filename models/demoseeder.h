#pragma once

#include "cache.h"
#include "demodata.h"

#include <QAtomicInt>

#include <functional>

namespace ioc {

// Fills a cache with the demo dataset when it holds no other data, or brings an earlier demo
// dataset up to date. Writes in batches, each one transaction, so an interrupted run leaves a
// consistent cache and the next run carries on.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(ioc::DemoSeeder)
public:
    enum class Need { Nothing, Everything, TopUp };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static Need need(const Cache &cache, const QDateTime &now);
    // Writes one part; false on a write error (in *error) or when cancel became non-zero.
    static bool seed(Cache &cache, const DemoGenerator &gen, DemoGenerator::Part part,
                     const Progress &progress, const QAtomicInt *cancel, QString *error);
    // Both parts, in the order the screens need them.
    static bool seedAll(Cache &cache, const DemoGenerator &gen, QString *error);
    // The demo's traffic cameras as at the generator's end, each with its drawn picture (marked
    // as simulated; drawn only with a QGuiApplication, which fonts need: the list alone
    // otherwise).
    static bool seedCameras(Cache &cache, const DemoGenerator &gen, QString *error);

    static QString metaSource() { return QStringLiteral("data_source"); }
    static QString metaDemoEnd() { return QStringLiteral("demo_end"); }
    static QString metaDemoSeed() { return QStringLiteral("demo_seed"); }
    static QString metaDemoComplete() { return QStringLiteral("demo_complete_to"); }
    static QString metaDemoHistoryYears() { return QStringLiteral("demo_history_years"); }
    // The years of history a generator topping up this cache must have: those it was first
    // seeded with (a later one continues the same series), or the default for a new cache.
    static int historyYears(const Cache &cache);
    // the generator's revision the demo rows were written with: rows of an older one are
    // written again (a corrected plan must not linger in a cache seeded before)
    static QString metaDemoRevision() { return QStringLiteral("demo_revision"); }
};

} // namespace ioc
