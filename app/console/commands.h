#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace ioc {

class Cache;
class Catalog;
class EntityRegistry;

// The console's scriptable commands: each writes to out/err and returns the exit code.
namespace commands {

int listIndicators(const Catalog &catalog, QTextStream &out);
int query(const Catalog &catalog, const EntityRegistry &entities, const Cache &cache,
          const QString &indicator, const QString &entity, const QString &period,
          QTextStream &out, QTextStream &err);

// Syncs the cache from the server and prints a summary; non-zero on failure.
int syncOnly(const Catalog &catalog, const EntityRegistry &entities, const QString &cachePath,
             const QUrl &server, const QString &token, QTextStream &out, QTextStream &err);

// Imports report files (.xlsx, .csv) into the cache, each all or nothing; lists every problem
// with file, sheet, row and column. 0 when all were imported, 4 when a file has problems.
int importReports(const Catalog &catalog, const EntityRegistry &entities, Cache &cache,
                  const QStringList &files, const QDateTime &now, QTextStream &out, QTextStream &err);

} // namespace commands
} // namespace ioc
