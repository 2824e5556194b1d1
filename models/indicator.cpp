#include "indicator.h"
#include "keytable.h"

#include <array>

namespace ioc {

namespace {

const std::array<std::pair<const char *, Unit>, 16> kUnits = {{
    {"bn_vnd", Unit::BnVnd},
    {"million_usd", Unit::MillionUsd},
    {"percent", Unit::Percent},
    {"index_pct", Unit::IndexPct},
    {"people", Unit::People},
    {"tonnes", Unit::Tonnes},
    {"thousand_tonnes", Unit::ThousandTonnes},
    {"teu", Unit::Teu},
    {"vnd_per_litre", Unit::VndPerLitre},
    {"m2", Unit::SquareMetre},
    {"mm", Unit::Millimetre},
    {"m", Unit::Metre},
    {"m_per_s", Unit::MetrePerSecond},
    {"km", Unit::Kilometre},
    {"minutes", Unit::Minutes},
    {"count", Unit::Count},
}};
const std::array<std::pair<const char *, SourceKind>, 4> kSourceKinds = {{
    {"api", SourceKind::Api},
    {"excel", SourceKind::Excel},
    {"manual", SourceKind::Manual},
    {"sensor", SourceKind::Sensor},
}};
const std::array<std::pair<const char *, GeoLevel>, 5> kGeoLevels = {{
    {"city", GeoLevel::City},
    {"commune", GeoLevel::Commune},
    {"unit", GeoLevel::Unit},
    {"project", GeoLevel::Project},
    {"station", GeoLevel::Station},
}};
const std::array<std::pair<const char *, Direction>, 3> kDirections = {{
    {"up", Direction::Up},
    {"down", Direction::Down},
    {"target", Direction::Target},
}};
const std::array<std::pair<const char *, Aggregation>, 4> kAggregations = {{
    {"last", Aggregation::Last},
    {"sum", Aggregation::Sum},
    {"mean", Aggregation::Mean},
    {"ytd", Aggregation::YearToDate},
}};
const std::array<std::pair<const char *, StatusKind>, 8> kStatusKinds = {{
    {"informational", StatusKind::Informational},
    {"plan_higher", StatusKind::PlanHigher},
    {"plan_lower", StatusKind::PlanLower},
    {"plan_target", StatusKind::PlanTarget},
    {"target_rate", StatusKind::TargetRate},
    {"reduce_vs_same_period", StatusKind::ReduceVsSamePeriod},
    {"change", StatusKind::Change},
    {"sensor", StatusKind::Sensor},
}};

} // namespace

std::optional<Unit> unitFromKey(const QString &key)
{
    return lookupKey(kUnits, key);
}
QString unitKey(Unit u)
{
    return keyOf(kUnits, u);
}
std::optional<SourceKind> sourceKindFromKey(const QString &key)
{
    return lookupKey(kSourceKinds, key);
}
QString sourceKindKey(SourceKind k)
{
    return keyOf(kSourceKinds, k);
}
std::optional<GeoLevel> geoLevelFromKey(const QString &key)
{
    return lookupKey(kGeoLevels, key);
}
QString geoLevelKey(GeoLevel g)
{
    return keyOf(kGeoLevels, g);
}
std::optional<Direction> directionFromKey(const QString &key)
{
    return lookupKey(kDirections, key);
}
QString directionKey(Direction d)
{
    return keyOf(kDirections, d);
}
std::optional<Aggregation> aggregationFromKey(const QString &key)
{
    return lookupKey(kAggregations, key);
}
QString aggregationKey(Aggregation a)
{
    return keyOf(kAggregations, a);
}
QString statusKindKey(StatusKind k)
{
    return keyOf(kStatusKinds, k);
}

int unitDecimals(Unit u)
{
    switch (u) {
    case Unit::Percent:
    case Unit::IndexPct:
    case Unit::Metre:
        return 2;
    case Unit::BnVnd:
    case Unit::MillionUsd:
    case Unit::ThousandTonnes:
    case Unit::Millimetre:
    case Unit::MetrePerSecond:
        return 1;
    default:
        return 0;
    }
}

} // namespace ioc
