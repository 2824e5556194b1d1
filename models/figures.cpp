#include "figures.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc {

QDate Selection::from() const
{
    switch (mode) {
    case Mode::Month:
        return QDate(asOf.year(), asOf.month(), 1);
    case Mode::Quarter:
        return QDate(asOf.year(), (asOf.month() - 1) / 3 * 3 + 1, 1);
    case Mode::YearToDate:
        return QDate(asOf.year(), 1, 1);
    }
    return asOf;
}

namespace {
// The same day of another month, or its last day when that month is shorter.
QDate shiftMonths(const QDate &d, int months)
{
    const QDate first = QDate(d.year(), d.month(), 1).addMonths(months);
    return QDate(first.year(), first.month(), std::min(d.day(), first.daysInMonth()));
}
bool isMonthEnd(const QDate &d)
{
    return d.day() == d.daysInMonth();
}
} // namespace

Selection Selection::previous() const
{
    const int months = mode == Mode::Quarter ? 3 : 1;
    QDate d = shiftMonths(asOf, -months);
    if (isMonthEnd(asOf))
        d = QDate(d.year(), d.month(), d.daysInMonth());
    return Selection{mode, d};
}

Selection Selection::stepped(int direction) const
{
    const int months = mode == Mode::Quarter ? 3 : 1;
    // the first month of this period, then whole periods on
    const int first = mode == Mode::Quarter ? (asOf.month() - 1) / 3 * 3 + 1 : asOf.month();
    const QDate start = QDate(asOf.year(), first, 1).addMonths(direction * months);
    const QDate last = start.addMonths(months - 1);
    return Selection{mode, QDate(last.year(), last.month(), last.daysInMonth())};
}

std::optional<Selection> Selection::nearestIn(const QVector<Selection> &set,
                                              const Selection &wanted)
{
    std::optional<Selection> nearest;
    for (const Selection &s : set) {
        if (s.mode == wanted.mode
            && (!nearest
                || std::abs(s.asOf.daysTo(wanted.asOf))
                       < std::abs(nearest->asOf.daysTo(wanted.asOf))))
            nearest = s;
    }
    return nearest;
}

std::optional<Selection> Selection::stepIn(const QVector<Selection> &set, int direction) const
{
    std::optional<Selection> step;
    for (const Selection &s : set) {
        if (s.mode != mode || (direction < 0 ? s.asOf >= asOf : s.asOf <= asOf))
            continue;
        if (!step || (direction < 0 ? s.asOf > step->asOf : s.asOf < step->asOf))
            step = s;
    }
    return step;
}

Selection Selection::sameLastYear() const
{
    QDate d = shiftMonths(asOf, -12);
    if (isMonthEnd(asOf))
        d = QDate(d.year(), d.month(), d.daysInMonth());
    return Selection{mode, d};
}

std::optional<Selection> PeriodRange::choose(const Selection &wanted,
                                             const Selection &current) const
{
    if (only.isEmpty()) {
        Selection sel = wanted;
        if (sel.asOf > latest)
            sel.asOf = latest;
        return sel;
    }
    if (only.contains(wanted))
        return wanted;
    const auto nearest = Selection::nearestIn(only, wanted);
    if (!nearest || *nearest == current)
        return std::nullopt;
    return nearest;
}

std::optional<Selection> PeriodRange::step(const Selection &current, int direction) const
{
    if (!only.isEmpty())
        return current.stepIn(only, direction);
    if (direction > 0 && current.asOf >= latest)
        return std::nullopt;
    return choose(current.stepped(direction), current);
}

QVector<Selection> PeriodRange::choices(Selection::Mode mode, int count) const
{
    QVector<Selection> out;
    if (!only.isEmpty()) {
        for (const Selection &s : only)
            if (s.mode == mode)
                out << s;
        std::sort(out.begin(), out.end(),
                  [](const Selection &a, const Selection &b) { return a.asOf > b.asOf; });
        return out;
    }
    if (!latest.isValid())
        return out;
    for (Selection s{mode, latest}; out.size() < count; s = s.stepped(-1))
        out << s;
    return out;
}

std::optional<double> Figure::pctOfPlan() const
{
    if (!value || !plan || *plan == 0.0)
        return std::nullopt;
    return 100.0 * *value / *plan;
}

bool Figure::changeInPoints() const
{
    return indicator && (indicator->unit == Unit::Percent || indicator->unit == Unit::IndexPct);
}

namespace {
std::optional<double> change(const std::optional<double> &now, const std::optional<double> &before,
                             bool points)
{
    if (!now || !before)
        return std::nullopt;
    if (points)
        return *now - *before;
    if (*before == 0.0)
        return std::nullopt;
    return 100.0 * (*now - *before) / std::fabs(*before);
}
} // namespace

std::optional<double> Figure::changeVsPrevious() const
{
    return change(value, previous, changeInPoints());
}

std::optional<double> Figure::changeVsLastYear() const
{
    return change(value, sameLastYear, changeInPoints());
}

FigureService::FigureService(const Catalog &catalog, const EntityRegistry &entities,
                             const Cache &cache)
    : m_catalog(catalog)
    , m_entities(entities)
    , m_cache(cache)
{}

FigureService::Aggregate FigureService::aggregate(const Indicator &ind,
                                                  const QVector<Observation> &series,
                                                  const QDate &from, const QDate &to) const
{
    Aggregate a;
    const QDateTime cutoff = cityDateTime(to.addDays(1), QTime(0, 0));
    if (ind.aggregation == Aggregation::Last || ind.aggregation == Aggregation::YearToDate) {
        // the latest figure known by the end of the window, from whenever it was reported;
        // a year-to-date total only from the window's own year
        const QDateTime yearStart = cityDateTime(QDate(to.year(), 1, 1), QTime(0, 0));
        const bool thisYearOnly = ind.aggregation == Aggregation::YearToDate;
        // the series is in period order, so in as-of order: start at the window's end (a
        // sensor's years of readings are not walked one by one)
        const auto after
            = std::partition_point(series.cbegin(), series.cend(),
                                   [&](const Observation &o) { return o.asOf() < cutoff; });
        for (int i = int(after - series.cbegin()) - 1; i >= 0; --i) {
            const Observation &o = series.at(i);
            if (o.asOf() >= cutoff)
                continue;
            if (thisYearOnly) {
                const auto p = Period::fromKey(o.period);
                if (!p || p->start() < yearStart)
                    break;
            }
            a.value = o.value;
            a.plan = o.plan;
            a.annualPlan = o.annualPlan;
            a.asOf = o.asOf();
            a.period = o.period;
            a.sourceKind = o.sourceKind;
            a.sourceRef = o.sourceRef;
            a.sourceDetail = o.sourceDetail;
            a.revision = o.revision;
            a.fetchedAt = o.fetchedAt;
            return a;
        }
        return a;
    }
    const QDateTime start = cityDateTime(from, QTime(0, 0));
    double sum = 0, planSum = 0;
    int count = 0, planCount = 0;
    const auto first
        = std::partition_point(series.cbegin(), series.cend(), [&](const Observation &o) {
              const auto p = Period::fromKey(o.period);
              return !p || p->start() < start;
          });
    for (auto it = first; it != series.cend(); ++it) {
        const Observation &o = *it;
        const auto p = Period::fromKey(o.period);
        if (!p || p->start() < start)
            continue;
        const QDateTime asOf = o.asOf();
        if (asOf >= cutoff)
            break;
        sum += o.value;
        ++count;
        if (o.plan) {
            planSum += *o.plan;
            ++planCount;
        }
        if (!a.asOf.isValid() || asOf > a.asOf) {
            a.asOf = asOf;
            a.period = o.period;
            a.sourceKind = o.sourceKind;
            a.sourceRef = o.sourceRef;
            a.sourceDetail = o.sourceDetail;
            a.revision = o.revision;
            a.fetchedAt = o.fetchedAt;
        }
    }
    if (count == 0)
        return a;
    const bool mean = ind.aggregation == Aggregation::Mean;
    a.value = mean ? sum / count : sum;
    if (planCount == count)
        a.plan = mean ? planSum / count : planSum;
    return a;
}

RuleInputs FigureService::inputs(const Indicator &ind, const QString &entity, const Figure &f,
                                 const Selection &sel) const
{
    RuleInputs in;
    in.value = f.value;
    in.plan = f.plan;
    in.previous = f.previous;
    in.sameLastYear = f.sameLastYear;
    const Entity *ent = m_entities.find(entity);
    const Indicator *indicator = &ind;
    in.lookup = [this, ent, indicator, sel](const QString &name) -> std::optional<double> {
        if (name.startsWith(QLatin1String("band_"))) {
            if (!indicator->parameters.contains(name))
                return std::nullopt;
            return indicator->parameters.value(name);
        }
        if (name.startsWith(QLatin1String("bf_")))
            return m_catalog.reference(name);
        if (name.startsWith(QLatin1String("alarm_level_"))) {
            const int level = name.right(1).toInt();
            if (ent && level >= 1 && level <= ent->alarmLevels.size())
                return ent->alarmLevels.at(level - 1);
            return std::nullopt;
        }
        if (name == QLatin1String("city_avg"))
            return cityValue(indicator->code, sel);
        if (Rule::isIndicatorCode(name))
            return cityValue(name, sel);
        return std::nullopt;
    };
    return in;
}

QDate FigureService::windowsStart(const Indicator &ind, const Selection &sel)
{
    // the three windows of compute(), with room for a figure reported up to twice its
    // frequency before a window starts (a comparison of last year accepts one that late)
    const qint64 margin = 2 * nominalSeconds(ind.frequency) / 86400 + 1;
    return std::min({sel.from(), sel.previous().from(), sel.sameLastYear().from()})
        .addDays(-margin);
}

QVector<Observation> FigureService::series(const Indicator &ind, const QString &entity,
                                           const QDate &fromDay) const
{
    // Rows from fromDay on, with the two periods just before it: the latest figure before a
    // window and the one before that (its comparison) are there even when reported long ago.
    // A read from an earlier day serves any later one.
    const QString key = ind.code + QLatin1Char('\n') + entity;
    const QString fromKey
        = Period::containing(ind.frequency, cityDateTime(fromDay, QTime(0, 0))).key();
    auto it = m_series.find(key);
    if (it == m_series.end() || it->fromKey > fromKey)
        it = m_series.insert(key, {fromKey, m_cache.seriesFrom(ind.code, entity, fromKey, 2)});
    return it->rows;
}

std::optional<double> FigureService::cityValue(const QString &code, const Selection &sel) const
{
    const Indicator *ind = m_catalog.find(code);
    if (!ind)
        return std::nullopt;
    return aggregate(*ind, series(*ind, EntityRegistry::cityCode(), windowsStart(*ind, sel)),
                     sel.from(), sel.to())
        .value;
}

Figure FigureService::compute(const Indicator &ind, const QString &entity,
                              const QVector<Observation> &series, const Selection &sel,
                              const QDateTime &now) const
{
    Figure f;
    f.indicator = &ind;
    f.entity = entity;
    const Aggregate cur = aggregate(ind, series, sel.from(), sel.to());
    f.value = cur.value;
    f.plan = cur.plan;
    f.asOf = cur.asOf;
    f.period = cur.period;
    f.sourceKind = cur.sourceKind;
    f.sourceRef = cur.sourceRef;
    f.sourceDetail = cur.sourceDetail;
    f.revision = cur.revision;
    f.fetchedAt = cur.fetchedAt;
    if (!f.value) {
        // nothing for this window: the latest figure known before it ends, from any period
        const QDateTime cutoff = cityDayEnd(sel.to());
        for (auto it = series.crbegin(); it != series.crend(); ++it) {
            if (it->asOf() < cutoff) {
                f.latestValue = it->value;
                f.latestPeriod = it->period;
                break;
            }
        }
        return f;
    }

    // Compare like with like: a coarser series than the window (a quarterly figure on a monthly
    // screen) compares with its own previous period, anything else with the previous window.
    const Selection prevSel = sel.previous();
    const Frequency step
        = sel.mode == Selection::Mode::Quarter ? Frequency::Quarterly : Frequency::Monthly;
    // A series reported once a window or less often (a monthly figure on a monthly screen)
    // compares with its own previous period, whatever moment inside that period its figure
    // carries: a March correction imported later is stamped with the end of March, which a
    // window of 1–20 March would not find (it would compare with February).
    const bool notFiner = nominalSeconds(ind.frequency) >= nominalSeconds(step);
    if (notFiner || ind.frequency == Frequency::Realtime) {
        for (int i = series.size() - 1; i > 0; --i) {
            if (series.at(i).period == cur.period) {
                f.previous = series.at(i - 1).value;
                break;
            }
        }
    } else {
        f.previous = aggregate(ind, series, prevSel.from(), prevSel.to()).value;
    }
    const Selection lastYear = sel.sameLastYear();
    const Aggregate ly = aggregate(ind, series, lastYear.from(), lastYear.to());
    // only a figure of the same period last year counts, not an older one carried forward
    if (ly.value
        && ly.asOf.date() >= lastYear.from().addDays(-nominalSeconds(ind.frequency) / 86400 * 2))
        f.sameLastYear = ly.value;

    const RuleInputs in = inputs(ind, entity, f, sel);
    f.warnLevel = valueThreshold(ind.warnRule, in);
    f.criticalLevel = valueThreshold(ind.criticalRule, in);
    // freshness is judged at the end of the window, or now when the window reaches today
    const QDateTime windowEnd = cityDateTime(sel.to().addDays(1), QTime(0, 0));
    const QDateTime reference = now < windowEnd ? now : windowEnd;
    f.status = StatusEvaluator::evaluate(ind, in, f.asOf, reference);
    return f;
}

void sortWorstFirst(QVector<Figure> *figures)
{
    auto severity = [](const Figure &f) {
        switch (f.status.effective()) {
        case Status::Critical:
            return 0;
        case Status::Warn:
            return 1;
        default:
            return f.value ? 2 : 3;
        }
    };
    // how far below expectation: larger is worse
    auto shortfall = [](const Figure &f) -> double {
        if (!f.value)
            return -std::numeric_limits<double>::infinity();
        const Direction d = f.indicator ? f.indicator->direction : Direction::Up;
        if (const auto pct = f.pctOfPlan()) {
            if (d == Direction::Up)
                return 100.0 - *pct;
            if (d == Direction::Down)
                return *pct - 100.0;
            return std::fabs(*pct - 100.0);
        }
        return d == Direction::Up ? -*f.value : *f.value;
    };
    std::stable_sort(figures->begin(), figures->end(), [&](const Figure &a, const Figure &b) {
        const int sa = severity(a), sb = severity(b);
        if (sa != sb)
            return sa < sb;
        return shortfall(a) > shortfall(b);
    });
}

Figure FigureService::figure(const Indicator &ind, const QString &entity, const Selection &sel,
                             const QDateTime &now) const
{
    return compute(ind, entity, series(ind, entity, windowsStart(ind, sel)), sel, now);
}

QVector<Figure> FigureService::breakdown(const Indicator &ind, const Selection &sel,
                                         const QDateTime &now) const
{
    // a screen asks for the same breakdown for its tile (units in alarm) and its panel
    const QString key = ind.code + QLatin1Char('\n') + QString::number(int(sel.mode))
                        + sel.asOf.toString(Qt::ISODate) + now.toString(Qt::ISODateWithMs);
    if (const auto it = m_breakdowns.constFind(key); it != m_breakdowns.cend())
        return *it;
    QVector<Figure> out;
    // Only what the three windows need (this one, the previous one, the same one last year),
    // with room for a figure reported up to twice its frequency before a window starts. A
    // sensor's figure is its last reading in the window: the window's last day is enough
    // (a month of 10-minute readings is 4 320 rows a station).
    const qint64 margin = 2 * nominalSeconds(ind.frequency) / 86400 + 1;
    const bool lastReading
        = ind.frequency == Frequency::Realtime && ind.aggregation == Aggregation::Last;
    QVector<QPair<QString, QString>> ranges;
    for (const Selection &w : {sel, sel.previous(), sel.sameLastYear()}) {
        const QDate fromDay
            = lastReading ? std::max(w.from(), w.to().addDays(-1)) : w.from().addDays(-margin);
        const QDateTime from = cityDateTime(fromDay, QTime(0, 0));
        const QDateTime to = cityDateTime(w.to(), QTime(23, 59));
        ranges << qMakePair(Period::containing(ind.frequency, from).key(),
                            Period::containing(ind.frequency, to).key());
    }
    const auto rows = m_cache.observationsInRanges(ind.code, ranges);
    int start = 0;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows.at(i).entity != rows.at(start).entity) {
            const QString entity = rows.at(start).entity;
            if (entity != EntityRegistry::cityCode())
                out << compute(ind, entity, rows.mid(start, i - start), sel, now);
            start = i;
        }
    }
    m_breakdowns.insert(key, out);
    return out;
}

Figure FigureService::headline(const Indicator &ind, const Selection &sel,
                               const QDateTime &now) const
{
    const auto city = series(ind, EntityRegistry::cityCode(), windowsStart(ind, sel));
    if (!city.isEmpty()) {
        Figure f = compute(ind, EntityRegistry::cityCode(), city, sel, now);
        if (ind.geoLevel != GeoLevel::City) {
            for (const Figure &e : breakdown(ind, sel, now)) {
                if (severity(e.status.effective()) >= severity(Status::Warn))
                    ++f.entitiesInAlarm;
            }
        }
        return f;
    }
    Figure worst;
    int alarms = 0;
    for (const Figure &e : breakdown(ind, sel, now)) {
        const int s = severity(e.status.effective());
        if (s >= severity(Status::Warn))
            ++alarms;
        const bool worse = !worst.indicator || s > severity(worst.status.effective())
                           || (s == severity(worst.status.effective()) && e.value && worst.value
                               && (ind.direction == Direction::Down ? *e.value > *worst.value
                                                                    : *e.value < *worst.value));
        if (worse)
            worst = e;
    }
    if (!worst.indicator) {
        worst.indicator = &ind;
        worst.entity = EntityRegistry::cityCode();
    }
    worst.entitiesInAlarm = alarms;
    return worst;
}

QVector<TrendPoint> FigureService::trend(const Indicator &ind, const QString &entity,
                                         const Selection &sel, int months) const
{
    QVector<TrendPoint> out;
    // a month's figure counts when reported up to twice its frequency before the month began
    const qint64 margin = 2 * nominalSeconds(ind.frequency) / 86400 + 1;
    const QDate firstDay = ind.frequency == Frequency::Realtime
                               ? sel.asOf.addDays(-29)
                               : QDate(sel.asOf.year(), sel.asOf.month(), 1).addMonths(1 - months);
    const QVector<Observation> series = this->series(ind, entity, firstDay.addDays(-margin));
    if (ind.frequency == Frequency::Realtime) {
        // sensors keep 30 days of readings: one point a day, the day's last reading
        for (int k = 29; k >= 0; --k) {
            const QDate day = sel.asOf.addDays(-k);
            TrendPoint p;
            p.asOf = day;
            const Aggregate a = aggregate(ind, series, day, day);
            if (a.value && toCityTime(a.asOf).date() == day)
                p.actual = a.value;
            out << p;
        }
        return out;
    }
    for (int k = months - 1; k >= 0; --k) {
        const QDate first = QDate(sel.asOf.year(), sel.asOf.month(), 1).addMonths(-k);
        const QDate end = k == 0 ? sel.asOf : first.addMonths(1).addDays(-1);
        const Aggregate a = aggregate(ind, series, first, end);
        TrendPoint p;
        p.asOf = end;
        // a carried-forward figure from long ago is not this month's value
        if (a.value
            && ((ind.aggregation != Aggregation::Last && ind.aggregation != Aggregation::YearToDate)
                || a.asOf.date() >= first.addDays(-2 * nominalSeconds(ind.frequency) / 86400))) {
            p.actual = a.value;
            p.plan = a.plan;
            p.annualPlan = a.annualPlan;
        }
        out << p;
    }
    return out;
}

} // namespace ioc

namespace ioc {

QVector<Figure> FigureService::observationFigures(const Indicator &ind,
                                                  const QVector<Observation> &rows,
                                                  const QDateTime &now) const
{
    QVector<Figure> out;
    out.reserve(rows.size());
    QHash<QString, double> byPeriod; // of the current entity
    for (int i = 0; i < rows.size(); ++i) {
        const Observation &o = rows.at(i);
        const bool firstOfEntity = i == 0 || rows.at(i - 1).entity != o.entity;
        const bool lastOfEntity = i + 1 == rows.size() || rows.at(i + 1).entity != o.entity;
        if (firstOfEntity)
            byPeriod.clear();
        byPeriod.insert(o.period, o.value);
        Figure f;
        f.indicator = &ind;
        f.entity = o.entity;
        f.value = o.value;
        f.plan = o.plan;
        f.asOf = o.asOf();
        f.period = o.period;
        f.sourceKind = o.sourceKind;
        f.sourceRef = o.sourceRef;
        f.sourceDetail = o.sourceDetail;
        f.revision = o.revision;
        f.fetchedAt = o.fetchedAt;
        if (!firstOfEntity)
            f.previous = rows.at(i - 1).value;
        if (const auto p = Period::fromKey(o.period)) {
            const auto ly = byPeriod.constFind(p->sameLastYear().key());
            if (ly != byPeriod.cend())
                f.sameLastYear = *ly;
        }
        const QDate day = toCityTime(f.asOf).date();
        const RuleInputs in = inputs(ind, o.entity, f, Selection{Selection::Mode::Month, day});
        // only the newest value of a series can be stale; older ones are history
        f.status = StatusEvaluator::evaluate(ind, in, f.asOf, lastOfEntity ? now : f.asOf);
        out << f;
    }
    return out;
}

} // namespace ioc
