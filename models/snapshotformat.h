#pragma once

// The observations snapshot of the IOC Data API (docs/api.md, "GET /snapshot"): a SQLite file
// that a server writes and a client checks and copies into an empty cache in one statement.
// Its tables are the cache's own (Cache, schema version 4), so SQLite can copy the rows as
// they are, in key order.
namespace ioc::snapshot {

inline constexpr char kFormat[] = "ioc-snapshot/2";
// The format before the annual plan: its observations lack the last column. A client still
// takes it (the annual plan left empty) from a server that has not been upgraded.
inline constexpr char kFormatWithoutAnnualPlan[] = "ioc-snapshot/1";
inline constexpr char kContentType[] = "application/vnd.sqlite3";

// The cache's sources and observations as schema version 1 made them; kAnnualPlanColumn
// (schema version 4) completes them. A snapshot of format 2 is made of both.
inline constexpr char kObservationTables[] = R"(
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    reference TEXT NOT NULL,
    UNIQUE (kind, reference));
CREATE TABLE observations (
    indicator     TEXT NOT NULL,
    entity        TEXT NOT NULL,
    period        TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    value         REAL NOT NULL,
    plan          REAL,
    source_id     INTEGER NOT NULL REFERENCES sources (id),
    source_detail TEXT,
    fetched_at    INTEGER NOT NULL,
    PRIMARY KEY (indicator, entity, period, revision)) WITHOUT ROWID;
)";

// The plan for the whole year of a row's period (docs/api.md, "annual_plan"): a cumulative
// row's "Kế hoạch năm", which a projection to the year end is stated against.
inline constexpr char kAnnualPlanColumn[] = "ALTER TABLE observations ADD COLUMN annual_plan REAL;";

// A snapshot is these and one more table: format, cursor (the last sequence number included),
// rows, created_at (ISO 8601).
inline constexpr char kSnapshotTable[]
    = "CREATE TABLE snapshot (key TEXT PRIMARY KEY, value TEXT NOT NULL);";

// The only kind of source a snapshot holds: values served by the API.
inline constexpr char kSourceKind[] = "api";

} // namespace ioc::snapshot
