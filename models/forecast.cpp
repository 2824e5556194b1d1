#include "forecast.h"

#include "cache.h"
#include "catalog.h"
#include "entity.h"
#include "period.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

bool monthEnd(const QDate &d)
{
    return d.day() == d.daysInMonth();
}

} // namespace

YearEndProjection YearEndProjection::make(const Indicator &ind, const QVector<TrendPoint> &trend)
{
    YearEndProjection p;
    if (ind.aggregation != Aggregation::YearToDate || ind.frequency == Frequency::Realtime
        || trend.isEmpty())
        return p;
    p.year = trend.last().asOf.year();
    const bool wholeMonthReports = ind.frequency >= Frequency::Monthly;
    // the year-to-date figure of each whole month, this year and last
    QHash<int, double> now, last;
    for (const TrendPoint &t : trend) {
        if (t.asOf.year() == p.year && t.annualPlan) // the latest report's word on the year
            p.annualPlan = t.annualPlan;
        if (!t.actual || (!monthEnd(t.asOf) && !wholeMonthReports))
            continue;
        if (t.asOf.year() == p.year)
            now.insert(t.asOf.month(), *t.actual);
        else if (t.asOf.year() == p.year - 1)
            last.insert(t.asOf.month(), *t.actual);
    }
    if (now.isEmpty()) {
        p.problem = Problem::NoFigure;
        return p;
    }
    p.month = *std::max_element(now.keyBegin(), now.keyEnd());
    p.fromValue = now.value(p.month);
    if (p.month == 12) {
        p.problem = Problem::YearComplete;
        return p;
    }
    if (p.month < 2) {
        p.problem = Problem::TooEarly;
        return p;
    }
    if (!last.contains(p.month) || !last.contains(12) || last.value(p.month) == 0) {
        p.problem = Problem::NoLastYear;
        return p;
    }
    const double ratio = p.fromValue / last.value(p.month);
    p.ratio = ratio;
    double lo = ratio, hi = ratio;
    for (int m = 1; m < p.month; ++m) { // the range: the ratio in every month of the year so far
        if (now.contains(m) && last.value(m) != 0 && last.contains(m)) {
            lo = std::min(lo, now.value(m) / last.value(m));
            hi = std::max(hi, now.value(m) / last.value(m));
        }
    }
    for (int m = p.month; m <= 12; ++m) {
        const QDate end = QDate(p.year, m, 1).addMonths(1).addDays(-1);
        if (m == p.month) {
            p.path << Step{end, p.fromValue, p.fromValue, p.fromValue};
            continue;
        }
        if (!last.contains(m))
            continue;
        const double base = last.value(m);
        p.path << Step{end, base * ratio, std::min(base * lo, base * hi),
                       std::max(base * lo, base * hi)};
    }
    p.value = last.value(12) * ratio;
    p.low = std::min(last.value(12) * lo, last.value(12) * hi);
    p.high = std::max(last.value(12) * lo, last.value(12) * hi);
    p.problem = Problem::None;
    return p;
}

QString YearEndProjection::text(const Indicator &ind, const Formatter &fmt) const
{
    switch (problem) {
    case Problem::NotCumulative:
    case Problem::YearComplete:
        return {};
    case Problem::NoFigure:
        return tr("No year-end projection: nothing has been reported this year yet.");
    case Problem::TooEarly:
        return tr("No year-end projection yet: one month of the year is too little to project "
                  "from.");
    case Problem::NoLastYear:
        return tr("No year-end projection: last year's figures for %1 and December, which give "
                  "the year its shape, are missing.")
            .arg(fmt.periodLabel(Period::month(year - 1, month).key()));
    case Problem::None:
        break;
    }
    const QString range = tr("range %1–%2").arg(fmt.valueOnly(ind, low), fmt.value(ind, high));
    const QString plan = planText(ind, fmt);
    if (plan.isEmpty())
        return tr("Year-end projection: %1, %2 (the annual plan is not in the data)")
            .arg(fmt.value(ind, value), range);
    return tr("Year-end projection: %1 (%2), %3").arg(fmt.value(ind, value), plan, range);
}

QString YearEndProjection::planText(const Indicator &ind, const Formatter &fmt) const
{
    if (!ok() || !annualPlan || *annualPlan <= 0)
        return {};
    if (ind.unit == Unit::Percent || ind.unit == Unit::IndexPct) // a share of a rate says nothing
        return tr("annual plan %1").arg(fmt.value(ind, *annualPlan));
    const double pct = std::round(1000.0 * value / *annualPlan) / 10; // as it is shown
    if (ind.statusKind == StatusKind::PlanLower) {
        const double gap = std::fabs(100.0 - pct);
        if (pct < 100)
            return tr("%1% below the annual plan").arg(fmt.number(gap, 1));
        if (pct > 100)
            return tr("%1% over the annual plan").arg(fmt.number(gap, 1));
        return tr("at the annual plan");
    }
    return tr("%1% of the annual plan").arg(fmt.number(pct, 1));
}

QString YearEndProjection::methodText(const Formatter &fmt) const
{
    if (!ok())
        return {};
    return tr("Projected on last year's shape: the total to %1 is %2 times that to %3; the "
              "range is that ratio in each month of the year so far.")
        .arg(fmt.periodLabel(Period::month(year, month).key()), fmt.number(ratio, 3),
             fmt.periodLabel(Period::month(year - 1, month).key()));
}

ForecastBacktest::Kind ForecastBacktest::kindOf(const Indicator &ind)
{
    switch (ind.unit) {
    case Unit::BnVnd:
    case Unit::MillionUsd:
        return Kind::Money;
    case Unit::Percent:
    case Unit::IndexPct:
        return Kind::Rate;
    default:
        return Kind::Volume;
    }
}

QString ForecastBacktest::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Money:
        return QStringLiteral("money");
    case Kind::Rate:
        return QStringLiteral("rate");
    case Kind::Volume:
        break;
    }
    return QStringLiteral("volume");
}

ForecastBacktest ForecastBacktest::run(const Catalog &catalog, const EntityRegistry &entities,
                                       const Cache &cache, int year)
{
    ForecastBacktest out;
    const FigureService figures(catalog, entities, cache);
    const QString city = entities.city().code;
    for (const Indicator &ind : catalog.indicators()) {
        if (ind.aggregation != Aggregation::YearToDate || ind.geoLevel != GeoLevel::City
            || ind.frequency == Frequency::Realtime)
            continue;
        const QVector<TrendPoint> whole
            = figures.trend(ind, city, {Selection::Mode::Month, QDate(year, 12, 31)}, 24);
        if (whole.isEmpty() || !whole.last().actual || *whole.last().actual == 0) {
            out.withoutProjection
                << QStringLiteral("%1: no figure for December %2").arg(ind.code).arg(year);
            continue;
        }
        const double actual = *whole.last().actual;
        for (int m = 1; m <= 11; ++m) {
            // the months up to that month-end, as they were shown then
            const QVector<TrendPoint> then = whole.mid(0, whole.size() - (12 - m));
            const YearEndProjection p = YearEndProjection::make(ind, then);
            if (!p.ok()) {
                out.withoutProjection << QStringLiteral("%1 at %2/%3: %4")
                                             .arg(ind.code)
                                             .arg(m)
                                             .arg(year)
                                             .arg(int(p.problem));
                continue;
            }
            out.scores << Score{ind.code, kindOf(ind), m, std::abs(p.value - actual) / actual,
                                actual >= p.low && actual <= p.high};
        }
    }
    return out;
}

double ForecastBacktest::mape(std::optional<Kind> kind) const
{
    double sum = 0;
    int n = 0;
    for (const Score &s : scores) {
        if (!kind || s.kind == *kind) {
            sum += s.ape;
            ++n;
        }
    }
    return n == 0 ? 0 : 100.0 * sum / n;
}

double ForecastBacktest::rangeCoverage() const
{
    const auto held
        = std::count_if(scores.cbegin(), scores.cend(), [](const Score &s) { return s.inRange; });
    return scores.isEmpty() ? 0 : 100.0 * double(held) / double(scores.size());
}

int ForecastBacktest::count(std::optional<Kind> kind) const
{
    return int(std::count_if(scores.cbegin(), scores.cend(),
                             [&](const Score &s) { return !kind || s.kind == *kind; }));
}

} // namespace ioc
