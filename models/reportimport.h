#pragma once

#include "importedrows.h"
#include "observation.h"
#include "sourcereadiness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc {

class Catalog;
class EntityRegistry;
class Cache;
struct Indicator;

// One problem found in a report file, where the operator can find it.
struct ImportProblem
{
    QString file;
    QString sheet;  // empty for the file as a whole
    int row = 0;    // 1-based; 0 for the sheet or file as a whole
    int column = 0; // 1-based; 0 for the whole row
    QString message;

    QString cell() const;     // "D12", "row 12" or empty
    QString toString() const; // "report.xlsx, sheet 'Sở Tài chính', cell D12: …"
};

// What a report file holds once every cell is checked: the rows to store, or the problems.
struct ImportResult
{
    QString file;      // the file's name, as recorded in provenance
    ImportedRows rows; // empty when there is a problem: all or nothing
    QVector<ImportProblem> problems;
    QStringList sheets;        // the sheets read
    QStringList skippedSheets; // instructions and empty sheets
    QStringList hiddenSheets;  // hidden in the workbook: not imported, and said so
    bool truncated = false;    // more problems than kMaxProblems: the rest are not listed

    bool ok() const { return problems.isEmpty(); }
};

// How an import changed the cache.
struct ImportStats
{
    int added = 0;     // values the cache did not have
    int changed = 0;   // a new revision of a value the cache had with another figure
    int unchanged = 0; // the cache already had this figure: nothing written
};

// A file read and, when it had no problems, stored.
struct ImportOutcome
{
    ImportResult result;
    ImportStats stats;
    QString storeError; // the file was valid but could not be written
    bool imported() const { return result.ok() && storeError.isEmpty(); }
    // what the import journal keeps of it (Cache::recordImport)
    ImportRecord record(const QDateTime &at) const;
};

// Reads monthly report files of the template in docs/import-template.md (.xlsx or .csv), checks
// every cell against the catalog and the entities, and turns them into observations with their
// provenance. All or nothing: one problem anywhere and no row is returned.
class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ReportImporter)
public:
    static constexpr int kMaxProblems = 500;
    static constexpr int kHeaderSearchRows = 10;
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

    ReportImporter(const Catalog &catalog, const EntityRegistry &entities);

    // importedAt is recorded with every value and is "now" for checking that periods have begun.
    ImportResult readFile(const QString &path, const QDateTime &importedAt) const;
    // The same for a file's bytes (an upload); fileName decides the format by its suffix.
    ImportResult read(const QByteArray &data, const QString &fileName,
                      const QDateTime &importedAt) const;

    // Stores the rows in one transaction, a batch of kStoreBatch observations at a time: each
    // value whose figure differs from the cache's newest revision becomes the next revision;
    // equal figures are left alone (importing a file twice changes nothing).
    static constexpr int kStoreBatch = 8192;
    static bool store(Cache &cache, const ImportedRows &rows, ImportStats *stats, QString *error);
    // readFile, then store when the file has no problems: what every way of importing does.
    ImportOutcome importInto(Cache &cache, const QString &path, const QDateTime &importedAt) const;

    // Header words for the five columns (Vietnamese and English, any case, with or without
    // diacritics), as the template documents them.
    static QStringList headerAliases(const QString &column);

private:
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
};

} // namespace ioc
