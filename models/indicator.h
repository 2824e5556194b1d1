#pragma once

#include "period.h"
#include "rule.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ioc {

enum class Unit {
    BnVnd, MillionUsd, Percent, IndexPct, People, Tonnes, ThousandTonnes, Teu, VndPerLitre,
    SquareMetre, Millimetre, Metre, MetrePerSecond, Kilometre, Minutes, Count
};
enum class SourceKind { Api, Excel, Manual, Sensor };
enum class GeoLevel { City, Commune, Unit, Project, Station };
enum class Direction { Up, Down, Target };
// How finer observations roll up into a reporting window: the latest value (stocks, rates at a
// point), the sum (daily counts), the mean (daily rates), or the latest value of the window's
// year (totals accumulated since 1 January: nothing carries over into a new year).
enum class Aggregation { Last, Sum, Mean, YearToDate };

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
    QString entitySet; // for unit/project/station rows: which entities report it
    QHash<QString, double> parameters; // band_lo, band_hi set in the notes

    QString name(const QString &lang) const { return lang == QLatin1String("en") ? nameEn : nameVi; }
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
};

} // namespace ioc
