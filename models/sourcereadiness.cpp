#include "sourcereadiness.h"

#include "cache.h"
#include "format.h"

#include <algorithm>

namespace ioc {

namespace {

QDateTime cityTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(kCityUtcOffsetSeconds);
}

// how many entities report the indicator (the city: one)
int unitsOf(const Indicator &ind, const EntityRegistry &entities)
{
    switch (ind.geoLevel) {
    case GeoLevel::City:
        return 1;
    case GeoLevel::Commune:
        return int(entities.communes().size());
    case GeoLevel::Unit:
    case GeoLevel::Project:
    case GeoLevel::Station:
        break;
    }
    return std::max<int>(1, int(entities.inSet(ind.entitySet).size()));
}

// the latest period received by `at`, from the arrivals in period order (the last that first
// came by then)
std::optional<Period> latestBy(const QVector<Cache::PeriodArrivals> &arrivals, const QDateTime &at)
{
    for (auto a = arrivals.crbegin(); a != arrivals.crend(); ++a) {
        if (a->first <= at)
            return Period::fromKey(a->period);
    }
    return std::nullopt;
}

} // namespace

Period SourceReadiness::dueBy(Frequency f, const QDateTime &now)
{
    const QDateTime t = cityTime(now);
    const QDate d = t.date();
    switch (f) {
    case Frequency::Realtime:
        return Period::realtime(now.addSecs(-20 * 60));
    case Frequency::Daily:
        return Period::day(t.time() >= QTime(9, 0) ? d.addDays(-1) : d.addDays(-2));
    case Frequency::Weekly: {
        const Period week = Period::week(d);
        const QDateTime thursday = cityDateTime(week.firstDay().addDays(3), QTime(17, 0));
        return now >= thursday ? week.previous() : week.previous().previous();
    }
    case Frequency::Monthly: {
        const Period month = Period::month(d.year(), d.month());
        return d.day() >= 20 ? month : month.previous();
    }
    case Frequency::Quarterly: {
        const Period quarter = Period::containing(Frequency::Quarterly, now);
        const QDate last = quarter.lastDay();
        return d >= QDate(last.year(), last.month(), 20) ? quarter : quarter.previous();
    }
    case Frequency::Yearly:
        return Period::year(d >= QDate(d.year(), 12, 20) ? d.year() : d.year() - 1);
    }
    return {};
}

QDateTime SourceReadiness::dueAt(const Period &p)
{
    switch (p.frequency()) {
    case Frequency::Realtime:
        return p.start().addSecs(20 * 60);
    case Frequency::Daily:
        return cityDateTime(p.firstDay().addDays(1), QTime(9, 0));
    case Frequency::Weekly:
        return cityDateTime(p.firstDay().addDays(10), QTime(17, 0));
    case Frequency::Monthly:
    case Frequency::Quarterly:
    case Frequency::Yearly:
        break;
    }
    const QDate last = p.lastDay();
    return cityDateTime(QDate(last.year(), last.month(), 20), QTime(0, 0));
}

QString SourceReadiness::ruleText(Frequency f)
{
    switch (f) {
    case Frequency::Realtime:
        return tr("real-time: a reading within 20 minutes");
    case Frequency::Daily:
        return tr("daily: yesterday's by 09:00");
    case Frequency::Weekly:
        return tr("weekly: last week's by Thursday 17:00");
    case Frequency::Monthly:
        return tr("monthly: the month's on the 20th");
    case Frequency::Quarterly:
        return tr("quarterly: on the 20th of its last month");
    case Frequency::Yearly:
        return tr("yearly: on 20 December");
    }
    return {};
}

int SourceReadiness::lateCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return !r.onTime(); }));
}

int SourceReadiness::refusedFiles() const
{
    QSet<QPair<QString, qint64>> files;
    for (const Row &r : rows) {
        for (const ImportRecord &rec : r.rejected)
            files.insert({rec.file, rec.at.toMSecsSinceEpoch()});
    }
    return int(files.size() + unmatched.size());
}

SourceReadiness SourceReadiness::compute(const Catalog &catalog, const EntityRegistry &entities,
                                         const Cache &cache, const QDateTime &now)
{
    SourceReadiness out;
    out.at = now;
    QHash<QString, int> bySource;
    for (const Indicator &ind : catalog.indicators()) {
        if (!bySource.contains(ind.source)) {
            bySource.insert(ind.source, int(out.rows.size()));
            Row r;
            r.source = ind.source;
            r.sourceVi = ind.sourceVi;
            r.kind = ind.sourceKind;
            r.weeks.fill(0, kWeeks);
            out.rows << r;
        }
        Row &r = out.rows[bySource.value(ind.source)];
        r.indicators << ind.code;
        if (!r.frequencies.contains(ind.frequency))
            r.frequencies << ind.frequency;
    }
    // the ends of the last eight whole weeks (Monday 00:00, city time)
    const QDateTime thisWeek = Period::week(cityTime(now).date()).start();
    QVector<QDateTime> weekEnds;
    for (int k = kWeeks - 1; k >= 0; --k)
        weekEnds << thisWeek.addDays(-7 * k);

    for (Row &r : out.rows) {
        double complete = 0;
        for (const QString &code : std::as_const(r.indicators)) {
            const Indicator &ind = *catalog.find(code);
            const Period due = dueBy(ind.frequency, now);
            // the periods from two before the one due at the oldest week's end (on time at the
            // end of each week, from when each period first came), read once
            Period from = dueBy(ind.frequency, weekEnds.first());
            for (int i = 0; i < 2; ++i)
                from = from.previous();
            const QVector<Cache::PeriodArrivals> since = cache.arrivalsSince(code, from.key(), now);
            Cache::Receipt last;
            int reported = 0;
            for (const Cache::PeriodArrivals &a : since) {
                if (!last.lastArrival.isValid() || a.last > last.lastArrival)
                    last.lastArrival = a.last;
                if (a.period == due.key())
                    reported = a.entities;
            }
            if (since.isEmpty())
                last = cache.latestReceipt(code, now); // nothing lately: when was the last?
            else
                last.latestPeriod = since.last().period;
            if (last.lastArrival.isValid()
                && (!r.lastReceived.isValid() || last.lastArrival > r.lastReceived))
                r.lastReceived = last.lastArrival;
            const std::optional<Period> latest = Period::fromKey(last.latestPeriod);
            if (!latest || *latest < due) {
                r.late << code;
                const QDateTime lateSince = dueAt(latest ? latest->next() : due);
                if (!r.lateSince.isValid() || lateSince < r.lateSince)
                    r.lateSince = lateSince;
            }
            const int expected = unitsOf(ind, entities);
            reported = std::min(expected, reported);
            r.unitsExpected += expected;
            r.unitsReported += reported;
            complete += double(reported) / expected;
            for (int k = 0; k < kWeeks; ++k) {
                const std::optional<Period> known = latestBy(since, weekEnds.at(k));
                if (known && !(*known < dueBy(ind.frequency, weekEnds.at(k))))
                    r.weeks[k] += 1.0 / r.indicators.size();
            }
        }
        r.completeness = complete / std::max<qsizetype>(1, r.indicators.size());
    }

    // report files refused this month, under the departments whose sheets they were
    const QDate today = cityTime(now).date();
    const QDateTime monthStart = cityDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0));
    for (const ImportRecord &rec : cache.importJournal(monthStart, &out.error)) {
        if (rec.imported || rec.at > now)
            continue;
        bool matched = false;
        for (Row &r : out.rows) {
            const QString names = foldText(r.sourceVi + QLatin1Char(' ') + r.source);
            // a data server names the sources its sender reports for; a file imported here is
            // matched by the departments that signed its sheets
            const bool mine
                = rec.sources.isEmpty()
                      ? r.kind == SourceKind::Excel
                            && std::any_of(rec.sheets.cbegin(), rec.sheets.cend(),
                                           [&](const QString &sheet) {
                                               const QString s = foldText(sheet);
                                               return s.size() >= 4 && names.contains(s);
                                           })
                      : rec.sources.contains(r.source);
            if (mine) {
                r.rejected << rec;
                matched = true;
            }
        }
        if (!matched)
            out.unmatched << rec;
    }

    // the late first (the most indicators late), then the incomplete, then those with refused
    // files; the rest by name
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const Row &a, const Row &b) {
        if (a.late.size() != b.late.size())
            return a.late.size() > b.late.size();
        if (a.complete() != b.complete())
            return !a.complete();
        if (a.completeness != b.completeness)
            return a.completeness < b.completeness;
        if (a.rejected.size() != b.rejected.size())
            return a.rejected.size() > b.rejected.size();
        return a.source < b.source;
    });
    return out;
}

} // namespace ioc
