#pragma once

#include "catalog.h"
#include "entity.h"
#include "period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace ioc {

class Cache;

// A report file imported at this console, or sent to a data server, as the import journal
// keeps it (Cache, schemas 6 and 7).
struct ImportRecord
{
    QDateTime at;
    QString file;
    QStringList sheets; // the departments that signed it (one sheet each)
    bool imported = false;
    int rows = 0;
    QStringList problems; // "sheet 'Sở Tài chính', cell D12: …", at most the importer's limit
    // Sent to a data server (GET /submissions): the server (empty: imported at this console),
    // its number there, the sender's token name and the catalog sources it reports for.
    QString origin;
    qint64 serverId = 0;
    QString sender;
    QStringList sources;
};

// Who is late with what (issue 20, item 6): for each department and source system of the
// catalog, its indicators, the last figure received, whether each indicator's latest period is
// the one due by now (its frequency and reporting day, dueBy()), how many of its units reported
// that period, the report files refused this month, and the on-time share at the end of each of
// the last eight weeks. The late and incomplete first.
struct SourceReadiness
{
    Q_DECLARE_TR_FUNCTIONS(ioc::SourceReadiness)
public:
    struct Row
    {
        QString source; // as the catalog names it (English)
        QString sourceVi;
        SourceKind kind = SourceKind::Excel;
        QStringList indicators;
        QList<Frequency> frequencies; // each distinct one, in catalog order
        QDateTime lastReceived;       // the latest figure's arrival (invalid: none yet)
        QStringList late;             // indicators whose due period is not in
        QDateTime lateSince;          // when the earliest of those was due
        double completeness = 1;      // units that reported the due period, over those expected
        int unitsExpected = 0;
        int unitsReported = 0;
        QVector<ImportRecord> rejected; // files of its departments refused this month
        QVector<double> weeks;          // on-time share at the end of each week, oldest first

        QString name(const QString &lang) const
        {
            return lang == QLatin1String("en") || sourceVi.isEmpty() ? source : sourceVi;
        }
        bool onTime() const { return late.isEmpty(); }
        bool complete() const { return unitsReported >= unitsExpected; }
        bool ok() const { return onTime() && complete() && rejected.isEmpty(); }
    };

    QDateTime at;
    QVector<Row> rows;               // the late and incomplete first
    QVector<ImportRecord> unmatched; // refused files this month no department's sheet names
    QString error;

    static constexpr int kWeeks = 8;
    static SourceReadiness compute(const Catalog &catalog, const EntityRegistry &entities,
                                   const Cache &cache, const QDateTime &now);
    // The latest period of a frequency that is due by `now` (city time): a real-time reading
    // within two slots (20 min); yesterday from 09:00; last week from Thursday 17:00 (the
    // departments report to the Department of Science and Technology every Thursday); this
    // month, quarter or year from the 20th of its last month (the city's monthly figures are
    // estimates to the 20th, published that day).
    static Period dueBy(Frequency f, const QDateTime &now);
    // When a period is due: the moment dueBy() first gives it.
    static QDateTime dueAt(const Period &p);
    // "Hằng tháng, hạn ngày 20" …: the rule of a frequency, for people
    static QString ruleText(Frequency f);
    int lateCount() const;
    // the files refused this month (each once, though a department may sign several sources)
    int refusedFiles() const;
};

} // namespace ioc
