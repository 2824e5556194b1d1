#pragma once

#include "packsigning.h"
#include "savedview.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <QVector>

namespace ioc {

class Cache;
class Catalog;
class EntityRegistry;
struct ScreenDefinition;
struct Selection;
struct ServerTrust;

// The console's scriptable commands: each writes to out/err and returns the exit code.
namespace commands {

int listIndicators(const Catalog &catalog, QTextStream &out);
int query(const Catalog &catalog, const EntityRegistry &entities, const Cache &cache,
          const QString &indicator, const QString &entity, const QString &period, QTextStream &out,
          QTextStream &err);

// Prints the alert journal as CSV, header first (raised at, indicator, entity, period, severity,
// value, acknowledged by, acknowledged at, note), newest first; 3 when it cannot be read.
int printAlerts(const Catalog &catalog, const Cache &cache, const QString &lang, QTextStream &out,
                QTextStream &err);

// Syncs the cache from the server and prints a summary; non-zero on failure.
int syncOnly(const Catalog &catalog, const EntityRegistry &entities, const QString &cachePath,
             const QUrl &server, const QString &token, const ServerTrust &trust, QTextStream &out,
             QTextStream &err);

// Imports report files (.xlsx, .csv) into the cache, each all or nothing; lists every problem
// with file, sheet, row and column. 0 when all were imported, 4 when a file has problems.
int importReports(const Catalog &catalog, const EntityRegistry &entities, Cache &cache,
                  const QStringList &files, const QDateTime &now, QTextStream &out,
                  QTextStream &err);

// The periods a command names: "YYYY-MM[,YYYY-MM…]", each a month as of its last day, or as of
// `asOf` for the month it falls in; empty: the month of asOf. Sets error for anything else.
QVector<Selection> selectionsFrom(const QString &periods, const QDate &asOf, QString *error);
// The screens a command names: "S01,S07" (empty: all of them). Sets error for an unknown code.
QStringList screensFrom(const QString &codes, const QVector<ScreenDefinition> &screens,
                        QString *error);

// Prepares a briefing pack of the screens and periods, prints the readiness check, writes the
// pack and prints its hash. 0 when written.
struct PackRequest
{
    QString file;
    QStringList screens;
    QVector<Selection> selections;
    QString boundariesPath; // empty: the built-in boundaries
    QString dataSource;
    QString lang;
    QDateTime now;
    QDateTime knownAt;        // --as-of a past day: the rows as known at its end
    QString place;            // --place: the pack opens on that place's view
    QVector<SavedView> views; // --view: saved views the pack carries
};
int writePack(const Catalog &catalog, const EntityRegistry &entities,
              const QVector<ScreenDefinition> &screens, Cache &cache, const PackRequest &request,
              QTextStream &out, QTextStream &err);

// --export-pdf / --export-xlsx / --export-csv: the figures of the screens for each period, from
// a cache (a pack's or the data folder's), to the files asked for. The exit code.
struct ExportJob
{
    QString pdf, xlsx, csv, odt;
    bool appendix = false;
    bool narrative = false; // print the briefing in words
    QStringList codes;
    QVector<Selection> selections;
    QDateTime now;
    QDateTime knownAt; // a past day's view: reads as the cache was known at its end
    QString cachePath;
    QString boundariesPath;
    QString source;
    QString packHash;
    PackSeal packSeal;  // who signed the pack: said on every page
    QString preparedBy; // the operator's name (settings): the PDF's author
    bool demo = false;
    QString lang;
    QString place; // --place (or a pack's): every screen for that place

    bool any() const
    {
        return !pdf.isEmpty() || !xlsx.isEmpty() || !csv.isEmpty() || !odt.isEmpty() || narrative;
    }
};
int exportScreens(const Catalog &catalog, const EntityRegistry &entities,
                  const QVector<ScreenDefinition> &screens, const ExportJob &job, QTextStream &out,
                  QTextStream &err);

// The footer's source line: the demo data, or the server or pack it came from.
QString sourceLine(bool demo, const QString &source);

} // namespace commands
} // namespace ioc
