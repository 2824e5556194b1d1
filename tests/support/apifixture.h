#pragma once
// The reference IOC Data API the sync and server tests talk to: a store seeded with some demo
// indicators, and the API handler over it. Includes the shared fixture.

#include "apiserver.h"
#include "demodata.h"
#include "fixture.h"
#include "pgstore.h"
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

// Which backend the server's tests run on: IOC_TEST_BACKEND=postgresql for PostgreSQL (the
// server IOC_TEST_POSTGRES names, started by scripts/test.sh), SQLite otherwise.
inline bool onPostgres()
{
    return qEnvironmentVariable("IOC_TEST_BACKEND") == QLatin1String("postgresql");
}

// Where a test's store goes: the SQLite file, or a new empty PostgreSQL database for it
// (empty, with the problem, when there is no PostgreSQL to use).
inline QString storeLocation(const QString &sqliteFile, QString *problem)
{
    if (!onPostgres())
        return sqliteFile;
    const QString server = qEnvironmentVariable("IOC_TEST_POSTGRES");
    if (server.isEmpty()) {
        *problem = QStringLiteral("IOC_TEST_POSTGRES is not set (scripts/test.sh starts a "
                                  "PostgreSQL server and sets it)");
        return {};
    }
    static int made = 0;
    const QString name
        = QStringLiteral("ioc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    return PgStore::createDatabase(server, name, problem);
}

// The API handler over the store, publishing the built-in catalog's metadata.
// Two tokens: "ioc" (admin, secret "s3cret") and "so-tai-chinh" (report, secret "fin") for
// the Department of Finance's indicators.
inline AccessTokens adminAndFinance()
{
    AccessTokens tokens = AccessTokens::single(QStringLiteral("ioc"), "s3cret");
    AccessToken finance
        = AccessTokens::single(QStringLiteral("so-tai-chinh"), "fin", AccessToken::Role::Report)
              .tokens()
              .constFirst();
    finance.departments = QStringList{QStringLiteral("Dept. of Finance")};
    tokens.add(finance);
    return tokens;
}

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
