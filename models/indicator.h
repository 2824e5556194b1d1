#pragma once

#include "period.h"
#include "rule.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ioc {

enum class Unit {
    BnVnd,
    MillionUsd,
    Percent,
    IndexPct,
    People,
    Tonnes,
    ThousandTonnes,
    Teu,
    VndPerLitre,
    SquareMetre,
    Millimetre,
    Metre,
    MetrePerSecond,
    Kilometre,
    Minutes,
    Count
};
enum class SourceKind { Api, Excel, Manual, Sensor };
enum class GeoLevel { City, Commune, Unit, Project, Station };
enum class Direction { Up, Down, Target };
// How finer observations roll up into a reporting window: the latest value (stocks, rates at a
// point), the sum (daily counts), the mean (daily rates), or the latest value of the window's
// year (totals accumulated since 1 January: nothing carries over into a new year).
enum class Aggregation { Last, Sum, Mean, YearToDate };
// What a status means and what is printed beside it (rules.md, "What the console says beside a
// status"): decided once per indicator at catalog load from its direction, plan and rules.
enum class StatusKind {
    Informational,      // none / none: the figure and its change, no status word
    PlanHigher,         // against plan, higher is better: "đạt 97,7% kế hoạch"
    PlanLower,          // against plan, lower is better: "thấp hơn / vượt kế hoạch 12%"
    PlanTarget,         // against plan, inside a band around it: "đạt 103% kế hoạch"
    TargetRate,         // against a constant target: "99,08% · mục tiêu ≥ 98%"
    ReduceVsSamePeriod, // fewer than the same period last year: "giảm 33% so với cùng kỳ"
    Change,             // judged by its change: "tăng 5% so với kỳ trước"
    Sensor // a reading against its levels: "dưới BĐ1 (2,50 m)"; Bình thường / Nguy hiểm
};

std::optional<Unit> unitFromKey(const QString &key);
QString unitKey(Unit u);
std::optional<SourceKind> sourceKindFromKey(const QString &key);
QString sourceKindKey(SourceKind k);
std::optional<GeoLevel> geoLevelFromKey(const QString &key);
QString geoLevelKey(GeoLevel g);
std::optional<Direction> directionFromKey(const QString &key);
QString directionKey(Direction d);
std::optional<Aggregation> aggregationFromKey(const QString &key);
QString aggregationKey(Aggregation a);
// How many decimals a unit's figures carry (10,87%; 24.553,3 tỷ đồng; 52.920).
int unitDecimals(Unit u);
QString statusKindKey(StatusKind k);

// One of the 86 indicators of Decision 5340/QĐ-UBND.
struct Indicator
{
    QString code;
    QChar group;
    QString subgroupCode;
    QString subgroupVi;
    QString subgroupEn;
    QString nameVi;
    QString nameEn;
    Unit unit = Unit::Count;
    Frequency frequency = Frequency::Monthly;
    QString source;   // as the catalog names it (English)
    QString sourceVi; // the same in Vietnamese; may be empty
    SourceKind sourceKind = SourceKind::Excel;
    GeoLevel geoLevel = GeoLevel::City;
    Direction direction = Direction::Up;
    bool hasPlan = false;
    Rule warnRule;
    Rule criticalRule;
    QString notes;
    Aggregation aggregation = Aggregation::Last;
    QString entitySet;                 // for unit/project/station rows: which entities report it
    QHash<QString, double> parameters; // band_lo, band_hi set in the notes
    StatusKind statusKind = StatusKind::Informational;
    // why the rules do not apply now, when they can stop applying: with no plan stored (no
    // evacuation order in force) or while a clause on another indicator is false (no storm in
    // range). Empty: the row always applies.
    QString notApplicableVi;
    QString notApplicableEn;

    QString name(const QString &lang) const
    {
        return lang == QLatin1String("en") ? nameEn : nameVi;
    }
    // where the figures come from, in the language shown
    QString sourceText(const QString &lang) const
    {
        return lang == QLatin1String("en") || sourceVi.isEmpty() ? source : sourceVi;
    }
    // an observation's source reference as shown: the catalog's source in the language shown,
    // or the file (or server) it came from
    QString sourceRefText(const QString &ref, const QString &lang) const
    {
        return ref.isEmpty() || ref == source ? sourceText(lang) : ref;
    }
    QString subgroup(const QString &lang) const
    {
        return lang == QLatin1String("en") ? subgroupEn : subgroupVi;
    }
    bool isInformational() const { return warnRule.isNone() && criticalRule.isNone(); }
    // a year-to-date total (as the catalog names it): its month-on-month change is the month's
    // addition, and its line starts again each January
    bool isYearToDate() const
    {
        return nameEn.contains(QLatin1String("year-to-date"), Qt::CaseInsensitive);
    }
    bool isPlanKind() const
    {
        return statusKind == StatusKind::PlanHigher || statusKind == StatusKind::PlanLower
               || statusKind == StatusKind::PlanTarget;
    }
    QString notApplicableReason(const QString &lang) const
    {
        return lang == QLatin1String("en") ? notApplicableEn : notApplicableVi;
    }
};

} // namespace ioc
