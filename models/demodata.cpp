#include "demodata.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

// ---- deterministic noise: a value depends only on its keys, never on call order ----

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashText(const QString &s)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

class Noise
{
public:
    Noise(quint64 seed, const QString &a, const QString &b = {})
        : m_key(splitmix(seed ^ splitmix(hashText(a) ^ (hashText(b) << 1))))
    {}
    double uniform(qint64 t, int salt = 0) const
    {
        const quint64 x = splitmix(m_key ^ splitmix(quint64(t) * 0x9e37ULL + quint64(salt)));
        return double(x >> 11) * (1.0 / 9007199254740992.0);
    }
    // Irwin–Hall approximation of a standard normal: portable, unlike std::normal_distribution.
    double gauss(qint64 t, int salt = 0) const
    {
        double s = 0;
        for (int i = 0; i < 4; ++i)
            s += uniform(t, salt * 8 + i);
        return (s - 2.0) * std::sqrt(3.0);
    }
    // A slowly varying value in [-1, 1]: linear between one random knot per `step` units.
    double smooth(double t, double step, int salt = 0) const
    {
        const double x = t / step;
        const qint64 k = qint64(std::floor(x));
        const double f = x - double(k);
        const double a = uniform(k, salt) * 2 - 1;
        const double b = uniform(k + 1, salt) * 2 - 1;
        return a + (b - a) * (f * f * (3 - 2 * f));
    }

private:
    quint64 m_key;
};

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

// ---- the calendar the city lives by ----

QDate tetDay(int year)
{
    static const QHash<int, QDate> tet = {
        {2023, QDate(2023, 1, 22)}, {2024, QDate(2024, 2, 10)}, {2025, QDate(2025, 1, 29)},
        {2026, QDate(2026, 2, 17)}, {2027, QDate(2027, 2, 6)},  {2028, QDate(2028, 1, 26)},
        {2029, QDate(2029, 2, 13)}, {2030, QDate(2030, 2, 3)},
    };
    return tet.value(year, QDate(year, 2, 5));
}

// Activity on one day relative to normal: offices and factories stop around Tết, weekends are
// quiet.
double workdayFactor(const QDate &d, bool officeWork)
{
    const qint64 fromTet = tetDay(d.year()).daysTo(d);
    double f = 1.0;
    if (fromTet >= -3 && fromTet <= 6)
        f = 0.25;
    else if (fromTet > 6 && fromTet <= 12)
        f = 0.75;
    if (officeWork && d.dayOfWeek() >= 6)
        f *= 0.15;
    return f;
}

// Monthly weight of economic activity: the Tết month dips, December closes the year strong.
double economicMonthWeight(int year, int month)
{
    static const double w[12]
        = {1.0, 0.97, 1.0, 1.01, 1.02, 1.03, 1.0, 1.01, 1.0, 1.03, 1.04, 1.12};
    double x = w[month - 1];
    if (tetDay(year).month() == month)
        x *= 0.82;
    return x;
}

double tourismMonthWeight(int month)
{
    static const double w[12] = {0.8, 0.95, 0.85, 1.05, 1.2, 1.4, 1.45, 1.3, 0.9, 0.8, 0.7, 0.75};
    return w[month - 1];
}

double dengueMonthWeight(int month)
{
    static const double w[12] = {0.6, 0.5, 0.45, 0.45, 0.55, 0.75, 1.0, 1.3, 1.6, 1.75, 1.4, 0.9};
    return w[month - 1];
}

// Typhoon season: July to October, peaking in August and September.
double typhoonWeight(int month)
{
    static const double w[12] = {0.1, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.4, 1.5, 1.0, 0.5, 0.2};
    return w[month - 1];
}

// Share of a year's total reached by the end of `d` (seasonal month weights).
double yearShare(const QDate &d, bool tourism)
{
    double total = 0, before = 0, current = 0;
    for (int m = 1; m <= 12; ++m) {
        const double w = tourism ? tourismMonthWeight(m) : economicMonthWeight(d.year(), m);
        total += w;
        if (m < d.month())
            before += w;
        else if (m == d.month())
            current = w;
    }
    return (before + current * double(d.day()) / d.daysInMonth()) / total;
}

// Public-investment disbursement follows a slow first half and a strong year end.
double disbursementShare(const QDate &d)
{
    const double x = (d.dayOfYear() - 1 + 1.0) / d.daysInYear();
    return std::pow(x, 1.6);
}

// ---- published figures (spec/figures-2026-04.md and the notes of indicators.csv) ----

struct Anchor
{
    const char *indicator;
    const char *entity; // nullptr: the city
    const char *period;
    double value;
    double plan; // NaN: keep the generated plan
};

const double kKeep = std::nan("");

// the published figures are all of 2026
const QDate kLastAnchorYearEnd(2026, 12, 31);

const Anchor kAnchors[] = {
    // 20 April 2026 (seed 001)
    {"A09.01", nullptr, "2026-04-20", 56363, kKeep},
    {"A09.02", nullptr, "2026-04-20", 29351, kKeep},
    {"A09.03", nullptr, "2026-04-20", 20852, kKeep},
    {"A09.05", nullptr, "2026-04-20", 24553.3, 23900},
    {"A09.05", nullptr, "2026-03-20", 22721.6, 22400},
    {"A11.01", nullptr, "2026-04", 52920, kKeep},
    {"A11.02", nullptr, "2026-04", 2147, kKeep},
    {"A12.01", nullptr, "2026-04", 965, kKeep},
    {"A02.01", nullptr, "2026-04", 15, 14.5},
    {"A02.02", nullptr, "2026-Q1", 45, 44.5},
    {"A01.01", nullptr, "2026-04", 10.87, 11.5},
    {"C02.01", nullptr, "2026-04", 218, kKeep},
    {"C02.02", nullptr, "2026-04", 123, kKeep},
    {"C02.03", nullptr, "2026-04", 128960000, kKeep},
    {"A12.03", nullptr, "2026-04", 20.4, kKeep},
    {"C03.02", "INV01", "2026-04", 42.9, 28},
    {"C03.02", "INV02", "2026-04", 24.3, 28},
    // Two months of 2026 (notes of A09.01, A09.04, A09.06; seed 004)
    {"A09.01", nullptr, "2026-02-28", 41546, kKeep},
    {"A09.02", nullptr, "2026-02-28", 21929, kKeep},
    {"A09.03", nullptr, "2026-02-28", 13442, kKeep},
    {"A09.04", nullptr, "2026-02-28", 1663, kKeep},
    {"A09.06", nullptr, "2026-02-28", 13180, kKeep},
    {"A02.01", nullptr, "2026-02", -6.25, -4.7},
    // Earlier period (seed 003)
    {"A13.07", nullptr, "2025", 27.17, 27},
    {"A13.02", nullptr, "2025-12-31", 78, 75},
    {"A13.08", nullptr, "2025-Q4", 85.3, 85},
};

// Units that had disbursed nothing by the April 2026 report (seed 001: "many units at 0%").
bool startsLate2026(const QString &entity)
{
    return entity == QLatin1String("INV09") || entity == QLatin1String("INV10")
           || entity == QLatin1String("INV11") || entity == QLatin1String("INV12");
}

// ---- indicator profiles ----

enum class Shape {
    Rate,      // a level in percent or index points around a trend
    Ytd,       // a total accumulated since 1 January, against a cumulative scenario
    YtdRate,   // a percentage of the year's plan reached, rising to the year end
    Stock,     // a level that grows slowly (enterprises, population, credit)
    Flow,      // a count per period (per day for daily rows)
    Price,     // a regulated price adjusted weekly
    PeriodCum, // A09.05: revenue accumulated since the 21st of the previous month
    Progress,  // a project's % complete, rising over the years
    Sensor     // real-time readings every 10 minutes
};

struct Profile
{
    const char *code;
    Shape shape;
    double base;   // 2024 level, annual total, or count per period
    double growth; // per year: added (Rate), or relative (others)
    double noise;  // standard deviation: points (Rate) or relative
    double plan;   // Rate: plan offset; Ytd/Stock: mean actual/plan ratio; Index: plan level
};

// clang-format off
const Profile kProfiles[] = {
    {"A01.01", Shape::Rate, 9.2, 0.7, 0.5, 0.6},
    {"A01.02", Shape::Ytd, 640000, 0.12, 0.01, 1.0},
    {"A02.01", Shape::Rate, 12.0, 1.0, 1.6, -0.3},
    {"A02.02", Shape::Rate, 43.0, 0.8, 0.4, -0.3},
    {"A02.03", Shape::Rate, 78.0, 2.5, 0.6, 0},
    {"A03.01", Shape::Rate, 3.2, 0.1, 0.5, 0.2},
    {"A03.02", Shape::Ytd, 205000, 0.03, 0.02, 1.01},
    {"A03.03", Shape::Stock, 900000, 0.18, 0.002, 1.01},
    {"A03.04", Shape::Flow, 950, 0.05, 0.12, 0},
    {"A04.01", Shape::Ytd, 205000, 0.12, 0.015, 1.005},
    {"A04.02", Shape::Rate, 12.5, 0.3, 0.8, -0.2},
    {"A05.01", Shape::Rate, 100.25, 0, 0.3, 0},
    {"A05.02", Shape::Rate, 103.2, 0.1, 0.15, 104.5},
    {"A05.03", Shape::Price, 21800, 0, 0.025, 0},
    {"A06.01", Shape::Ytd, 36000, 0.2, 0.02, 1.01},
    {"A06.02", Shape::Flow, 12000, 0.12, 0.06, 0},
    {"A07.01", Shape::Ytd, 190000, 0.12, 0.015, 1.0},
    {"A07.02", Shape::Ytd, 6600000, 0.1, 0.02, 1.0},
    {"A07.03", Shape::Ytd, 62000, 0.13, 0.015, 1.005},
    {"A08.01", Shape::Ytd, 12500000, 0.13, 0.02, 1.01},
    {"A08.02", Shape::Ytd, 1200000, 0.18, 0.03, 1.0},
    {"A08.03", Shape::Ytd, 31000, 0.15, 0.02, 1.0},
    {"A09.01", Shape::Ytd, 128000, 0.16, 0.015, 1.02},
    {"A09.02", Shape::Ytd, 66000, 0.16, 0.015, 1.01},
    {"A09.03", Shape::Ytd, 47000, 0.16, 0.02, 1.0},
    {"A09.04", Shape::Ytd, 14000, 0.05, 0.05, 0.97},
    {"A09.05", Shape::PeriodCum, 10600, 0.16, 0.03, 1.02},
    {"A09.06", Shape::Ytd, 72000, 0.12, 0.02, 0.97},
    {"A10.01", Shape::Stock, 395000, 0.11, 0.004, 0},
    {"A10.02", Shape::Stock, 372000, 0.13, 0.003, 1.0},
    {"A10.03", Shape::Rate, 1.7, -0.1, 0.12, 0},
    {"A11.01", Shape::Stock, 47600, 0.05, 0.002, 0},
    {"A11.02", Shape::Ytd, 5600, 0.1, 0.02, 1.03},
    {"A11.03", Shape::Flow, 190, 0.05, 0.15, 0},
    {"A11.04", Shape::Flow, 720, 0.03, 0.12, 0},
    {"A12.01", Shape::Ytd, 3500, 0.05, 0.03, 1.04},
    {"A12.02", Shape::Ytd, 58000, 0.08, 0.05, 1.0},
    {"A12.03", Shape::YtdRate, 92, 0, 0.03, 100},
    {"A12.04", Shape::Ytd, 285000, 0.12, 0.015, 1.0},
    {"A13.01", Shape::Rate, 98.4, 0.3, 0.35, 0},
    {"A13.02", Shape::Rate, 70.5, 5.0, 0.8, -2.5},
    {"A13.03", Shape::Rate, 91.5, 0.6, 0.6, -0.5},
    {"A13.04", Shape::Flow, 160, 0.08, 0.15, 0},
    {"A13.05", Shape::Flow, 1.2, -0.2, 0, 0},
    {"A13.06", Shape::Rate, 96.0, 1.2, 0.8, 0},
    {"A13.07", Shape::Rate, 25.6, 0.9, 0.05, 0},
    {"A13.08", Shape::Rate, 82.5, 1.6, 0.2, -0.3},
    {"B01.01", Shape::Rate, 38.5, 1.6, 0.15, -0.2},
    {"B01.02", Shape::Rate, 93.2, 0.8, 0.15, -0.1},
    {"B01.03", Shape::Rate, 72.0, 7.5, 0.8, -1.0},
    {"B02.01", Shape::Flow, 4.2, -0.06, 0, 0},
    {"B02.02", Shape::Flow, 1.3, -0.05, 0, 0},
    {"B02.03", Shape::Flow, 3.1, -0.07, 0, 0},
    {"B02.04", Shape::Sensor, 0, 0, 0, 0},
    {"B03.01", Shape::Rate, 88.0, 0.5, 2.0, 0},
    {"B03.02", Shape::Rate, 96.8, 0.1, 0.5, 0},
    {"B03.03", Shape::Rate, 58.0, 12.0, 0.6, -1.0},
    {"B04.01", Shape::Rate, 76.0, 2.0, 0.3, -0.3},
    {"B04.02", Shape::Rate, 98.1, 0.2, 0.3, -0.3},
    {"B05.01", Shape::Stock, 4620000, 0.009, 0.0003, 0},
    {"B05.02", Shape::Rate, 62.0, 10.0, 0.3, -1.0},
    {"B06.01", Shape::Flow, 1.25, -0.04, 0, 0},
    {"B06.02", Shape::Flow, 0.16, -0.05, 0, 0},
    {"C01.01", Shape::Stock, 0, 0, 0, 0},
    {"C01.02", Shape::Progress, 0, 0, 0, 0},
    {"C01.03", Shape::Flow, 0, 0, 0, 0},
    {"C02.01", Shape::Stock, 205, 0.03, 0.01, 0},
    {"C02.02", Shape::Stock, 118, 0.02, 0.01, 0},
    {"C02.03", Shape::Stock, 0, 0, 0, 0},
    {"C02.04", Shape::Progress, 0, 0, 0, 0},
    {"C02.05", Shape::Progress, 0, 0, 0, 0},
    {"C03.01", Shape::YtdRate, 0, 0, 0, 0},
    {"C03.02", Shape::YtdRate, 92, 0, 0.03, 100},
    {"D01.01", Shape::Sensor, 0, 0, 0, 0},
    {"D01.02", Shape::Sensor, 0, 0, 0, 0},
    {"D01.03", Shape::Sensor, 0, 0, 0, 0},
    {"D01.04", Shape::Sensor, 0, 0, 0, 0},
    {"D01.05", Shape::Sensor, 0, 0, 0, 0},
    {"D01.06", Shape::Stock, 0, 0, 0, 0},
    {"D01.07", Shape::Flow, 0.012, 0, 0, 0},
    {"D02.01", Shape::Flow, 55, 0.02, 0.1, 0},
    {"D02.02", Shape::Flow, 0.035, 0, 0, 0},
    {"D02.03", Shape::Rate, 74.0, 1.0, 4.0, 0},
    {"D03.01", Shape::Flow, 0.05, 0, 0, 0},
    {"D03.02", Shape::Flow, 0, 0, 0, 0},
    {"D03.03", Shape::Flow, 0.04, 0, 0, 0},
};
// clang-format on

const Profile *profileFor(const QString &code)
{
    for (const Profile &p : kProfiles) {
        if (code == QLatin1String(p.code))
            return &p;
    }
    return nullptr;
}

double yearsSince2024(const QDate &d)
{
    return (QDate(2024, 1, 1).daysTo(d)) / 365.25;
}

// Storm systems in the East Sea: distance of the nearest centre to the coast, in km.
// A system approaches every three weeks; in the typhoon season it comes much closer.
double stormDistanceKm(const Noise &n, const QDateTime &t)
{
    const double days = t.toSecsSinceEpoch() / 86400.0;
    const double cycle = 21.0;
    const double phase = std::fmod(days, cycle) / cycle;
    const qint64 k = qint64(days / cycle);
    const double approach = std::exp(-std::pow((phase - 0.5) / 0.08, 2));
    const double season = typhoonWeight(toCityTime(t).date().month());
    const double closest = std::max(180.0, 700.0 - 330.0 * season - 120.0 * n.uniform(k));
    return closest + (1400.0 - closest) * (1.0 - approach) + 15.0 * n.smooth(days, 0.3);
}

} // namespace

DemoGenerator::DemoGenerator(const Catalog &catalog, const EntityRegistry &entities, quint64 seed,
                             const QDateTime &end)
    : m_catalog(catalog)
    , m_entities(entities)
    , m_seed(seed)
    , m_end(toCityTime(end))
{
    setHistoryYears(defaultHistoryYears());
}

namespace {
int g_defaultHistoryYears = DemoGenerator::kDefaultHistoryYears;
}

void DemoGenerator::setDefaultHistoryYears(int years)
{
    g_defaultHistoryYears = std::max(years, 1);
}

int DemoGenerator::defaultHistoryYears()
{
    return g_defaultHistoryYears;
}

void DemoGenerator::setHistoryYears(int years)
{
    const int first = m_end.date().year() - std::max(years, 1) + 1;
    m_firstDay = QDate(std::min(first, 2024), 1, 1);
}

int DemoGenerator::historyYears() const
{
    return m_end.date().year() - m_firstDay.year() + 1;
}

QDateTime DemoGenerator::publishedAt(const Period &p) const
{
    switch (p.frequency()) {
    case Frequency::Realtime:
        return p.start().addSecs(60);
    // a day's report is in by the end of that day (a view of a past day, as it was known at
    // its end, has that day's figures)
    case Frequency::Daily:
        return cityDateTime(p.firstDay(), QTime(23, 0));
    case Frequency::Weekly:
        return cityDateTime(p.lastDay().addDays(1), QTime(8, 0));
    // Monthly, quarterly and yearly estimates are published on the 20th of their last month.
    case Frequency::Monthly:
    case Frequency::Quarterly:
    case Frequency::Yearly: {
        const QDate last = p.lastDay();
        return cityDateTime(QDate(last.year(), last.month(), 20), QTime(17, 0));
    }
    }
    return {};
}

QVector<Period> DemoGenerator::timeline(Frequency f) const
{
    QVector<Period> out;
    if (f == Frequency::Realtime) {
        // Every 10 minutes for the last 30 days. Before that the demo keeps a reading every
        // three hours and the last half hour of each day, so that any past day, viewed as of
        // its end, has fresh readings (a full history would be 3.5 million rows more).
        const QDateTime dense = m_end.addDays(-30);
        for (QDate d = firstDay(); cityDateTime(d.addDays(1), QTime(0, 0)) <= dense;
             d = d.addDays(1)) {
            for (int hour = 0; hour < 24; hour += 3)
                out << Period::realtime(cityDateTime(d, QTime(hour, 0)));
            for (int minute : {30, 40, 50})
                out << Period::realtime(cityDateTime(d, QTime(23, minute)));
        }
        for (Period p = Period::realtime(dense); publishedAt(p) <= m_end; p = p.next())
            out << p;
        return out;
    }
    // Built to the end of the last published year at least, so that a figure published after
    // the end still shapes the series before it (the year-to-date totals are pinned to the
    // published figures): a demo made on 20 April shows the same history as one made later.
    // And to the end of the end's year, whose December plan is the annual plan its rows carry.
    // What is published after the end is dropped when the rows are emitted.
    const QDate endYear(m_end.date().year(), 12, 31);
    const QDateTime horizon
        = std::max(m_end, cityDateTime(std::max(endYear, kLastAnchorYearEnd), QTime(23, 59)));
    Period p = Period::containing(f, cityDateTime(firstDay(), QTime(0, 0)));
    while (publishedAt(p) <= horizon) {
        out << p;
        p = p.next();
    }
    return out;
}

namespace {

// Makes a cumulative series pass exactly through its anchors, year by year, keeping its shape:
// before the first anchor of a year the values are scaled, between two anchors the increments
// are stretched, and after the last one the scale is held to 31 December (an amount: the year
// the published figures describe, and its plan, stay that size) or fades back to 1 by then (a
// rate, which never runs past its year-end level). Returns the factor applied to each value,
// for the plans.
QVector<double> pinCumulative(QVector<double> *values, const QVector<QDate> &dates,
                              const QVector<QPair<int, double>> &anchors, bool holdAfterLast)
{
    const QVector<double> raw = *values;
    QVector<double> factors(raw.size(), 1.0);
    for (int i = 0; i < raw.size(); ++i) {
        const int year = dates.at(i).year();
        int before = -1, after = -1;
        for (int a = 0; a < anchors.size(); ++a) {
            const int idx = anchors.at(a).first;
            if (dates.at(idx).year() != year)
                continue;
            if (idx <= i)
                before = a;
            if (idx >= i && after < 0)
                after = a;
        }
        double v = raw.at(i);
        if (after >= 0 && (before < 0 || before == after)) {
            const auto &[idx, target] = anchors.at(after);
            v = raw.at(idx) == 0 ? target : raw.at(i) * target / raw.at(idx);
        } else if (before >= 0 && after >= 0) {
            const auto &[i0, v0] = anchors.at(before);
            const auto &[i1, v1] = anchors.at(after);
            const double span = raw.at(i1) - raw.at(i0);
            v = span == 0 ? v0 : v0 + (raw.at(i) - raw.at(i0)) * (v1 - v0) / span;
        } else if (before >= 0) {
            const auto &[idx, target] = anchors.at(before);
            const double f = raw.at(idx) == 0 ? 1.0 : target / raw.at(idx);
            const QDate yearEnd(year, 12, 31);
            const double fade = holdAfterLast
                                    ? 1.0
                                    : double(dates.at(i).daysTo(yearEnd))
                                          / std::max<qint64>(1, dates.at(idx).daysTo(yearEnd));
            v = raw.at(i) * (1 + (f - 1) * fade);
        }
        (*values)[i] = v;
        factors[i] = raw.at(i) == 0 ? 1.0 : v / raw.at(i);
    }
    return factors;
}

// Splits an integer total over weights so that the parts add up exactly (largest remainder).
QVector<qint64> splitExact(qint64 total, const QVector<double> &weights)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    QVector<qint64> parts(weights.size());
    QVector<QPair<double, int>> remainders;
    qint64 assigned = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = total * weights.at(i) / sum;
        parts[i] = qint64(std::floor(exact));
        assigned += parts.at(i);
        remainders << qMakePair(exact - parts.at(i), i);
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int k = 0; assigned < total && k < remainders.size(); ++k, ++assigned)
        ++parts[remainders.at(k).second];
    return parts;
}

} // namespace

// The series of one indicator, built step by step: the city's series by the shape of its
// profile, fitted to the published figures, then the rows of its units, projects, stations or
// communes as its level says.
class DemoBuild
{
public:
    using Built = DemoGenerator::Built;
    using EntitySeries = DemoGenerator::EntitySeries;
    using Point = DemoGenerator::Point;
    using Series = DemoGenerator::Series;

    DemoBuild(const DemoGenerator &generator, const Indicator &indicator)
        : m_gen(generator)
        , m_seed(generator.m_seed)
        , m_entities(generator.m_entities)
        , m_catalog(generator.m_catalog)
        , ind(indicator)
        , prof(profileFor(indicator.code))
        , periods(generator.timeline(indicator.frequency))
        , n(int(periods.size()))
        , decimals(unitDecimals(indicator.unit))
        , noise(generator.m_seed, indicator.code)
        , tourism(indicator.subgroupCode == QLatin1String("A08"))
        , daily(indicator.frequency == Frequency::Daily)
        , countLike(decimals == 0)
        , city(EntityRegistry::cityCode())
        , out(built.rows)
    {}

    Built run(bool communeRows)
    {
        if (!prof || periods.isEmpty())
            return built;
        prepare();
        cityShape();
        fitAnchors();
        if (ind.geoLevel == GeoLevel::Unit || ind.geoLevel == GeoLevel::Project
            || ind.geoLevel == GeoLevel::Station) {
            if (!communeRows)
                entityRows();
        } else if (ind.geoLevel == GeoLevel::City) {
            if (!communeRows) {
                cityOnly();
                out << EntitySeries{city, makeSeries(value, plan)};
            }
        } else {
            communeLevel(communeRows);
        }
        return built;
    }

private:
    Built build(const Indicator &other, bool communeRows) const
    {
        return m_gen.build(other, communeRows);
    }
    double sensorValue(const Indicator &i, const Entity &e, const QDateTime &at) const
    {
        return m_gen.sensorValue(i, e, at);
    }

    // the timeline's keys, publication times and dates, and this indicator's anchors
    void prepare()
    {
        built.keys.reserve(n);
        built.published.reserve(n);
        for (const Period &p : periods) {
            built.keys << p.key();
            built.published << m_gen.publishedAt(p);
            dates << p.lastDay(); // the date each period's value refers to
        }
        for (const Anchor &a : kAnchors) {
            if (ind.code != QLatin1String(a.indicator))
                continue;
            const int idx = int(built.keys.lastIndexOf(QLatin1String(a.period)));
            if (idx < 0)
                continue; // the end date is before the anchor's period
            if (a.entity) {
                entityAnchors[QString::fromLatin1(a.entity)]
                    << qMakePair(idx, qMakePair(a.value, a.plan));
                continue;
            }
            valueAnchors << qMakePair(idx, a.value);
            if (!std::isnan(a.plan))
                planAnchors << qMakePair(idx, a.plan);
        }
        auto byIndex = [](const auto &x, const auto &y) {
            return x.first < y.first;
        };
        std::sort(valueAnchors.begin(), valueAnchors.end(), byIndex);
        std::sort(planAnchors.begin(), planAnchors.end(), byIndex);
        value = QVector<double>(n, 0);
        plan = QVector<double>(n, std::nan(""));
    }

    // ---- the city series, by the profile's shape ----
    void cityShape()
    {
        switch (prof->shape) {
        case Shape::Rate:
            return rateShape();
        case Shape::Ytd:
            return ytdShape();
        case Shape::YtdRate:
            return ytdRateShape();
        case Shape::Stock:
            return stockShape();
        case Shape::Flow:
            return flowShape();
        case Shape::Price:
            return priceShape();
        case Shape::PeriodCum:
            return periodCumShape();
        case Shape::Progress:
        case Shape::Sensor:
            break; // per entity
        }
    }
    void rateShape()
    {
        for (int i = 0; i < n; ++i) {
            const double y = yearsSince2024(dates.at(i));
            double trend = prof->base + prof->growth * y;
            if (ind.code == QLatin1String("A02.01")
                && dates.at(i).month() == tetDay(dates.at(i).year()).month())
                trend -= 16; // industrial output falls in the Tết month
            value[i] = trend + prof->noise * (0.7 * noise.smooth(i, 3) + 0.3 * noise.gauss(i));
            if (ind.code == QLatin1String("A05.02"))
                plan[i] = prof->plan;
            else if (ind.hasPlan)
                plan[i] = trend + prof->plan;
        }
    }
    void ytdShape()
    {
        cumulative = true;
        for (int i = 0; i < n; ++i) {
            const QDate d = dates.at(i);
            const double annual = prof->base * std::pow(1 + prof->growth, d.year() - 2024);
            const double share = yearShare(d, tourism);
            const double ratio
                = prof->plan + prof->noise * noise.smooth(d.dayOfYear() + 400 * d.year(), 45);
            plan[i] = annual * share;
            value[i] = plan[i] * ratio;
        }
    }
    void ytdRateShape()
    {
        cumulative = true;
        for (int i = 0; i < n; ++i) {
            const QDate d = dates.at(i);
            const double share = disbursementShare(d);
            plan[i] = prof->plan * share;
            value[i] = prof->base * share
                       * (1 + prof->noise * noise.smooth(d.dayOfYear() + 400 * d.year(), 60));
        }
    }
    void stockShape()
    {
        for (int i = 0; i < n; ++i) {
            const double y = yearsSince2024(dates.at(i));
            value[i] = prof->base * std::pow(1 + prof->growth, y)
                       * (1 + prof->noise * noise.smooth(i, 6));
            if (ind.hasPlan && prof->plan > 0)
                plan[i] = prof->base * std::pow(1 + prof->growth, y) / prof->plan;
        }
    }
    void flowShape()
    {
        for (int i = 0; i < n; ++i) {
            const QDate d = dates.at(i);
            double lambda = prof->base * std::pow(1 + prof->growth, yearsSince2024(d));
            if (daily)
                lambda *= workdayFactor(d, ind.code == QLatin1String("A03.04"));
            else
                lambda *= economicMonthWeight(d.year(), d.month());
            if (ind.code == QLatin1String("D02.01") || ind.code == QLatin1String("D02.02"))
                lambda *= dengueMonthWeight(d.month());
            if (ind.group == QLatin1Char('D') && ind.code != QLatin1String("D02.01")
                && ind.code != QLatin1String("D02.02"))
                lambda *= 0.3 + 2.5 * typhoonWeight(d.month());
            if (ind.code == QLatin1String("D03.02"))
                lambda = 0;
            double v = lambda * (1 + prof->noise * noise.gauss(i));
            if (lambda < 30) {
                // small counts: a Poisson draw by inversion, deterministic per day
                const double u = noise.uniform(i, 7);
                double p = std::exp(-lambda), c = p;
                int k = 0;
                while (u > c && k < 200) {
                    ++k;
                    p *= lambda / k;
                    c += p;
                }
                v = k;
            }
            value[i] = std::max(0.0, v);
            if (ind.hasPlan && ind.code != QLatin1String("D03.02")) {
                // "reduce versus the same period": the plan is last year's expected level
                const double lastYear = prof->base
                                        * std::pow(1 + prof->growth, yearsSince2024(d) - 1)
                                        * (daily ? workdayFactor(d, false) : 1.0);
                plan[i] = lastYear;
            }
        }
    }
    void priceShape()
    {
        double price = prof->base;
        for (int i = 0; i < n; ++i) {
            // adjustments are small most weeks, occasionally large (world oil price shocks)
            const double shock = noise.uniform(i, 3) < 0.06 ? 2.5 : 1.0;
            price *= 1 + prof->noise * shock * noise.gauss(i) * 0.5;
            price = std::clamp(price, 18500.0, 26500.0);
            value[i] = std::round(price / 10) * 10;
        }
    }
    void periodCumShape()
    {
        // monthly reporting periods run from the 21st of the previous month to the 20th
        for (int i = 0; i < n; ++i) {
            const QDate d = dates.at(i);
            const QDate periodEnd = d.day() <= 20
                                        ? QDate(d.year(), d.month(), 20)
                                        : QDate(d.addMonths(1).year(), d.addMonths(1).month(), 20);
            const QDate periodStart = periodEnd.addMonths(-1).addDays(1);
            const double month = prof->base * std::pow(1 + prof->growth, yearsSince2024(periodEnd))
                                 * economicMonthWeight(periodEnd.year(), periodEnd.month());
            const double total
                = month
                  * (1 + prof->noise * noise.gauss(periodEnd.year() * 12 + periodEnd.month()));
            const double fraction
                = double(periodStart.daysTo(d) + 1) / double(periodStart.daysTo(periodEnd) + 1);
            value[i] = total * fraction;
            plan[i] = month / prof->plan * fraction;
        }
        // pin each anchored reporting period as a whole
        for (const auto &[idx, target] : valueAnchors) {
            const double factor = target / value.at(idx);
            for (int i = idx; i >= 0 && (i == idx || dates.at(i).day() != 20); --i)
                value[i] *= factor;
        }
        for (const auto &[idx, target] : planAnchors) {
            const double factor = target / plan.at(idx);
            for (int i = idx; i >= 0 && (i == idx || dates.at(i).day() != 20); --i)
                plan[i] *= factor;
        }
        valueAnchors.clear();
        planAnchors.clear();
    }

    void fitAnchors()
    {
        if (cumulative) {
            // plans follow the same stretch, so the share of plan stays what the profile says
            const QVector<double> factors
                = pinCumulative(&value, dates, valueAnchors, prof->shape == Shape::Ytd);
            for (int i = 0; i < n; ++i)
                plan[i] *= factors.at(i);
            for (const auto &[idx, target] : planAnchors)
                plan[idx] = target;
        } else {
            // a published level is blended into its neighbourhood (four months either side) so the
            // series does not jump at it; then every anchor is made exact
            for (const auto &[idx, target] : valueAnchors) {
                const double shift = target - value.at(idx);
                for (int i = 0; i < n; ++i) {
                    const double w
                        = 1.0 - std::fabs(double(dates.at(idx).daysTo(dates.at(i)))) / 120.0;
                    if (w > 0)
                        value[i] += shift * w;
                }
            }
            for (const auto &[idx, target] : valueAnchors)
                value[idx] = target;
            for (const auto &[idx, target] : planAnchors)
                plan[idx] = target;
        }
    }

    Series makeSeries(const QVector<double> &v, const QVector<double> &pl) const
    {
        Series s;
        s.reserve(n);
        for (int i = 0; i < n; ++i) {
            if (std::isnan(v.at(i)))
                continue;
            Point pt;
            pt.index = i;
            pt.value = roundTo(v.at(i), decimals);
            if (!std::isnan(pl.at(i)))
                pt.plan = roundTo(pl.at(i), std::max(decimals, 1));
            s << pt;
        }
        return s;
    }

    // ---- per-entity series for unit, project and station rows ----
    void entityRows()
    {
        const auto members = m_entities.inSet(ind.entitySet);
        QVector<double> cityValue(n, 0), cityPlan(n, 0);
        for (const Entity *ent : members) {
            QVector<double> v(n, std::nan("")), pl(n, std::nan("")), alloc(n, std::nan(""));
            entityValues(ent, v, pl, alloc);
            // entity anchors (published per-unit figures): year-to-date rates keep their shape
            QVector<QPair<int, double>> pins;
            for (const auto &[idx, vp] : entityAnchors.value(ent->code))
                pins << qMakePair(idx, vp.first);
            if (!pins.isEmpty())
                pinCumulative(&v, dates, pins, false);
            for (const auto &[idx, vp] : entityAnchors.value(ent->code)) {
                if (!std::isnan(vp.second))
                    pl[idx] = vp.second;
            }
            if (ind.code == QLatin1String("C03.01")) {
                // amounts follow the published rates: disbursed = allocation x rate
                const Built rates = build(*m_catalog.find(QStringLiteral("C03.02")), false);
                for (const EntitySeries &es : rates.rows) {
                    if (es.entity != ent->code)
                        continue;
                    for (int i = 0; i < n && i < es.series.size(); ++i)
                        v[i] = alloc.at(i) * es.series.at(i).value / 100;
                }
            }
            for (int i = 0; i < n; ++i) {
                if (std::isnan(v.at(i)))
                    continue;
                cityValue[i] += roundTo(v.at(i), decimals);
                cityPlan[i] += std::isnan(pl.at(i)) ? 0 : pl.at(i);
            }
            out << EntitySeries{ent->code, makeSeries(v, pl)};
        }
        cityOfEntities(cityValue, cityPlan, int(members.size()));
    }

    void entityValues(const Entity *ent, QVector<double> &v, QVector<double> &pl,
                      QVector<double> &alloc) const
    {
        const Noise en(m_seed, ind.code, ent->code);
        const Noise shared(m_seed, ind.entitySet, ent->code); // traits shared by the entity's rows
        for (int i = 0; i < n; ++i) {
            const QDate d = dates.at(i);
            const double y = yearsSince2024(d);
            if (ind.code == QLatin1String("C03.02") || ind.code == QLatin1String("C03.01")) {
                const double yearEnd = 60 + 40 * shared.uniform(d.year());
                double rate
                    = yearEnd * disbursementShare(d) * (1 + 0.1 * en.smooth(d.dayOfYear(), 50));
                if (startsLate2026(ent->code) && d.year() == 2026)
                    rate = d.month() <= 5 ? 0
                                          : yearEnd
                                                * (disbursementShare(d)
                                                   - disbursementShare(QDate(2026, 5, 31)));
                const double planRate = 100 * disbursementShare(d) * 1.12;
                const double allocation = 150 + 1800 * shared.uniform(1000 + d.year());
                if (ind.code == QLatin1String("C03.02")) {
                    v[i] = rate;
                    pl[i] = std::min(100.0, planRate);
                } else {
                    // the plan is the investor's disbursement scenario to date, not the
                    // year's allocation (indicators.csv, C03.01)
                    alloc[i] = allocation;
                    v[i] = allocation * rate / 100;
                    pl[i] = allocation * std::min(100.0, planRate) / 100;
                }
            } else if (ind.code == QLatin1String("A13.04")) {
                const double lambda = (60 + 200 * shared.uniform(1)) * workdayFactor(d, true);
                v[i] = std::round(lambda * (1 + 0.15 * en.gauss(i)));
            } else if (ind.code == QLatin1String("A13.05")) {
                v[i] = std::max(0.0,
                                std::round(3 * shared.uniform(2) * (1 + en.smooth(i, 20)) - 0.6));
            } else if (ind.code == QLatin1String("A13.06")) {
                v[i] = std::min(100.0, 93 + 4 * y * shared.uniform(3) + 1.5 * en.smooth(i, 10));
                pl[i] = 100;
            } else if (ind.code == QLatin1String("B03.01")) {
                v[i] = 72 + 35 * shared.uniform(4) + 4 * en.smooth(i, 3);
            } else if (ind.code == QLatin1String("D02.03")) {
                v[i] = std::min(100.0, 58 + 32 * shared.uniform(5) + 6 * en.smooth(i, 9)
                                           + 2 * en.gauss(i));
            } else if (ind.code == QLatin1String("A02.03")) {
                const double opened = 55 + 35 * shared.uniform(6);
                v[i] = std::min(99.5, opened + 3.5 * y + 1.2 * en.smooth(i, 4)
                                          - (en.uniform(i, 9) < 0.04 ? 6 : 0));
            } else if (ind.code == QLatin1String("C01.01")) {
                v[i] = std::round(2000 + 28000 * shared.uniform(7));
            } else if (ind.code == QLatin1String("C01.02")) {
                const double start = -0.3 - 1.2 * shared.uniform(8); // years before 2024
                const double span = 2.2 + 2.5 * shared.uniform(9);
                const double x = std::clamp((y - start) / span, 0.0, 1.0);
                pl[i] = 100 * x;
                const double lag = (0.02 + 0.12 * shared.uniform(10)) * std::sin(3.14159 * x);
                v[i] = std::clamp(100 * (x - lag) + 0.8 * en.smooth(i, 5), 0.0, 100.0);
            } else if (ind.code == QLatin1String("C02.03") || ind.code == QLatin1String("C02.04")
                       || ind.code == QLatin1String("C02.05")) {
                const double area = std::round(20000 + 2500000 * std::pow(shared.uniform(11), 2));
                const bool done2026
                    = ent->code == QLatin1String("CP01") || ent->code == QLatin1String("CP02");
                const double start = -0.5 - shared.uniform(12);
                const double span = done2026 ? 2.0 - start : 2.5 + 2.0 * shared.uniform(13);
                const double x = std::clamp((y - start) / span, 0.0, 1.0);
                const double rate = std::clamp(
                    100 * x * (0.85 + 0.1 * shared.uniform(14)) + (x >= 1 ? 100 : 0), 0.0, 100.0);
                const double due = std::min(100.0, 100 * x * 1.05);
                if (ind.code == QLatin1String("C02.03")) {
                    v[i] = area;
                } else if (ind.code == QLatin1String("C02.04")) {
                    v[i] = std::round(area * rate / 100);
                    pl[i] = std::round(area * due / 100);
                } else {
                    v[i] = rate;
                    pl[i] = due;
                }
            } else if (prof->shape == Shape::Sensor) {
                v[i] = sensorValue(ind, *ent, periods.at(i).start());
            }
        }
    }

    // the city row: a total for amounts and counts, the mean for rates; none for stations
    void cityOfEntities(const QVector<double> &cityValue, const QVector<double> &cityPlan,
                        int memberCount)
    {
        if (ind.geoLevel != GeoLevel::Station && memberCount > 0) {
            const bool mean = ind.unit == Unit::Percent;
            QVector<double> cv(n), cp(n, std::nan(""));
            for (int i = 0; i < n; ++i) {
                cv[i] = mean ? cityValue.at(i) / memberCount : cityValue.at(i);
                if (ind.hasPlan)
                    cp[i] = mean ? cityPlan.at(i) / memberCount : cityPlan.at(i);
            }
            if (ind.code == QLatin1String("C03.02")) {
                // the city-wide rate is A12.03 (its notes): one figure, two rows
                const Built a1203 = build(*m_catalog.find(QStringLiteral("A12.03")), false);
                if (!a1203.rows.isEmpty())
                    out.prepend(EntitySeries{city, a1203.rows.first().series});
                return;
            }
            if (ind.code == QLatin1String("C02.03") || ind.code == QLatin1String("C02.04")) {
                // all 218 projects under clearance, of which the demo itemises ten
                const double total = 128960000;
                for (int i = 0; i < n; ++i) {
                    const double growth
                        = 0.93 + 0.07 * std::clamp(yearsSince2024(dates.at(i)) / 2.33, 0.0, 1.0);
                    const double rate
                        = 0.18 + 0.30 * std::clamp(yearsSince2024(dates.at(i)) / 3, 0.0, 1.0);
                    cv[i] = ind.code == QLatin1String("C02.03") ? std::round(total * growth)
                                                                : std::round(total * growth * rate);
                    if (ind.hasPlan)
                        cp[i] = std::round(total * growth * (rate + 0.04));
                }
                for (const auto &[idx, target] : valueAnchors)
                    cv[idx] = target;
            }
            if (ind.code == QLatin1String("C02.05")) {
                for (int i = 0; i < n; ++i) {
                    const double rate
                        = 0.18 + 0.30 * std::clamp(yearsSince2024(dates.at(i)) / 3, 0.0, 1.0);
                    cv[i] = 100 * rate;
                    cp[i] = 100 * (rate + 0.04);
                }
            }
            out.prepend(EntitySeries{city, makeSeries(cv, cp)});
        }
    }

    void cityOnly()
    {
        if (ind.code == QLatin1String("D01.05")) {
            for (int i = 0; i < n; ++i)
                value[i] = sensorValue(ind, m_entities.city(), periods.at(i).start());
        } else if (ind.code == QLatin1String("D01.06")) {
            const Noise storm(m_seed, QStringLiteral("storm"));
            for (int i = 0; i < n; ++i) {
                // boats return to port as a storm approaches; a few stay out too long
                const double d = stormDistanceKm(storm, cityDateTime(dates.at(i), QTime(12, 0)));
                value[i] = d > 700 ? std::round(320 + 60 * noise.smooth(i, 4))
                                   : std::round(std::max(0.0, (d - 420) / 8));
            }
        } else if (ind.code == QLatin1String("C01.03")) {
            // derived from C01.02: key projects whose progress is behind the month's milestone
            const Built projects = build(*m_catalog.find(QStringLiteral("C01.02")), false);
            for (int i = 0; i < n; ++i) {
                int behind = 0;
                for (const EntitySeries &es : projects.rows) {
                    if (es.entity == city)
                        continue;
                    for (const Point &pt : es.series) {
                        if (pt.index == i && pt.plan && pt.value < *pt.plan)
                            ++behind;
                    }
                }
                value[i] = behind;
            }
        }
    }

    // ---- commune-level rows ----
    void communeLevel(bool communeRows)
    {
        const auto communes = m_entities.communes();
        QVector<double> weights;
        for (const Entity *c : communes) {
            const double density = c->kind == EntityKind::Ward          ? 3.2
                                   : c->kind == EntityKind::SpecialZone ? 0.4
                                                                        : 1.0;
            weights << std::pow(std::max(1.0, c->areaKm2), 0.45) * density
                           * (0.7
                              + 0.6 * Noise(m_seed, QStringLiteral("weight"), c->code).uniform(0));
        }
        const Series citySeries = makeSeries(value, plan);
        if (!communeRows) {
            out << EntitySeries{city, citySeries};
            return;
        }
        const bool rate = ind.unit == Unit::Percent;
        const bool flow = prof->shape == Shape::Flow;
        QVector<Series> rows(communes.size());
        QVector<Noise> communeNoise;
        communeNoise.reserve(communes.size());
        for (const Entity *c : communes)
            communeNoise << Noise(m_seed, ind.code, c->code);
        for (Series &r : rows)
            r.reserve(citySeries.size());
        for (int i = 0; i < citySeries.size(); ++i) {
            const Point &cp = citySeries.at(i);
            if (rate) {
                for (int c = 0; c < communes.size(); ++c) {
                    const Noise &cn = communeNoise.at(c);
                    const double spread = ind.code == QLatin1String("A13.01") ? 1.6 : 4.0;
                    Point pt = cp;
                    pt.value = roundTo(std::clamp(cp.value + spread * (cn.uniform(0) - 0.35)
                                                      + 0.8 * cn.smooth(i, 15),
                                                  0.0, 100.0),
                                       decimals);
                    rows[c] << pt;
                }
            } else if (flow && countLike) {
                // scatter each of the day's events over the communes by weight
                QVector<double> cumulativeW;
                double acc = 0;
                for (double w : weights)
                    cumulativeW << (acc += w);
                QVector<qint64> counts(communes.size(), 0);
                const qint64 total = qint64(cp.value);
                for (qint64 k = 0; k < total; ++k) {
                    const double u = noise.uniform(qint64(i) * 100003 + k, 11) * acc;
                    const int c = int(std::lower_bound(cumulativeW.begin(), cumulativeW.end(), u)
                                      - cumulativeW.begin());
                    ++counts[std::min(c, int(communes.size()) - 1)];
                }
                for (int c = 0; c < communes.size(); ++c) {
                    Point pt = cp;
                    pt.value = counts.at(c);
                    if (cp.plan)
                        pt.plan = roundTo(*cp.plan * weights.at(c) / acc, 2);
                    rows[c] << pt;
                }
            } else {
                const QVector<qint64> parts = splitExact(qint64(std::llround(cp.value)), weights);
                QVector<qint64> planParts;
                if (cp.plan)
                    planParts = splitExact(qint64(std::llround(*cp.plan)), weights);
                for (int c = 0; c < communes.size(); ++c) {
                    Point pt = cp;
                    pt.value = parts.at(c);
                    if (cp.plan)
                        pt.plan = planParts.at(c);
                    rows[c] << pt;
                }
            }
        }
        for (int c = 0; c < communes.size(); ++c)
            out << EntitySeries{communes.at(c)->code, rows.at(c)};
    }

    const DemoGenerator &m_gen;
    const quint64 m_seed;
    const EntityRegistry &m_entities;
    const Catalog &m_catalog;
    const Indicator &ind;
    const Profile *prof;
    const QVector<Period> periods;
    const int n;
    const int decimals;
    const Noise noise;
    const bool tourism;
    const bool daily;
    const bool countLike;
    const QString city;
    Built built;
    QVector<EntitySeries> &out;
    QVector<QDate> dates;
    QVector<QPair<int, double>> valueAnchors, planAnchors;
    QHash<QString, QVector<QPair<int, QPair<double, double>>>> entityAnchors;
    QVector<double> value, plan;
    bool cumulative = false;
};

DemoGenerator::Built DemoGenerator::build(const Indicator &ind, bool communeRows) const
{
    return DemoBuild(*this, ind).run(communeRows);
}

double DemoGenerator::sensorValue(const Indicator &ind, const Entity &ent, const QDateTime &t) const
{
    const Noise storms(m_seed, QStringLiteral("storm"));
    const double storm = stormDistanceKm(storms, t);
    if (ind.code == QLatin1String("D01.05"))
        return storm;
    const Noise en(m_seed, ind.code, ent.code);
    const Noise shared(m_seed, ind.entitySet, ent.code);
    const double hours = t.toSecsSinceEpoch() / 3600.0;
    const double hourOfDay = std::fmod(hours + 7, 24);
    const double pull = std::max(0.0, (800 - storm) / 600); // 0 far away, ~1 close
    const double offshore
        = ent.code == QLatin1String("WS03") || ent.code == QLatin1String("MS03") ? 1.6 : 1.0;
    if (ind.code == QLatin1String("D01.01")) {
        return std::max(
            0.0, offshore * (3.5 + 1.5 * std::sin((hourOfDay - 9) / 24 * 6.283) + 14 * pull * pull)
                     + 1.2 * en.smooth(hours, 1.5));
    }
    if (ind.code == QLatin1String("D01.02"))
        return std::max(0.0, 6 * (1 + en.smooth(hours, 30))
                                 + 140 * pull * pull * (0.7 + 0.3 * en.smooth(hours, 5)));
    if (ind.code == QLatin1String("D01.03")) {
        const double bd1 = ent.alarmLevels.value(0, 2.0);
        const double tide = 0.45 * std::sin(hours / 24.84 * 6.283 + shared.uniform(15) * 6.283);
        return bd1 * 0.62 + tide + bd1 * 0.32 * pull * pull + 0.05 * en.smooth(hours, 3);
    }
    if (ind.code == QLatin1String("D01.04")) {
        // diurnal tide of the Gulf of Tonkin, with a spring–neap cycle and storm surge
        const double spring = 0.65 + 0.35 * std::cos(hours / (24 * 14.77) * 6.283);
        const double tide
            = 1.7 * spring * std::sin(hours / 24.84 * 6.283 + shared.uniform(16) * 6.283);
        return 1.9 + tide + 0.9 * pull * pull + 0.04 * en.smooth(hours, 2);
    }
    // B02.04: congestion at rush hours
    const double rush = std::exp(-std::pow((hourOfDay - 7.6) / 0.8, 2))
                        + std::exp(-std::pow((hourOfDay - 17.6) / 0.9, 2));
    const bool weekday = toCityTime(t).date().dayOfWeek() <= 5;
    return std::max(0.0, (weekday ? 1.0 : 0.45) * (4 + 24 * shared.uniform(17)) * rush
                             + 2 * en.smooth(hours, 0.5));
}

QVector<Observation> DemoGenerator::generateIndicator(const QString &code) const
{
    QVector<Observation> rows;
    generate(
        Part::All,
        [&](const QVector<Observation> &batch) {
            rows << batch;
            return true;
        },
        20000, code);
    return rows;
}

bool DemoGenerator::generate(Part part, const Sink &sink, int batchSize, const QString &only) const
{
    QVector<Observation> batch;
    batch.reserve(batchSize + 2000);
    const QString kind = sourceKind();
    for (const Indicator &ind : m_catalog.indicators()) {
        if (!only.isEmpty() && ind.code != only)
            continue;
        // a year-to-date row carries its year's plan: the plan of the period ending 31 December
        const bool annualPlans = ind.aggregation == Aggregation::YearToDate && ind.hasPlan;
        for (const bool communeRows : {false, true}) {
            if ((part == Part::Overview && communeRows) || (part == Part::Communes && !communeRows))
                continue;
            if (communeRows && ind.geoLevel != GeoLevel::Commune)
                continue;
            const Built built = build(ind, communeRows);
            QVector<int> yearOf; // the year of each period of the timeline, where it ends in it
            QSet<int> yearEnds;  // the periods ending on 31 December
            if (annualPlans) {
                yearOf.reserve(built.keys.size());
                for (int i = 0; i < built.keys.size(); ++i) {
                    const auto period = Period::fromKey(built.keys.at(i));
                    const QDate last = period ? period->lastDay() : QDate();
                    yearOf << last.year();
                    if (last.month() == 12 && last.day() == 31)
                        yearEnds.insert(i);
                }
            }
            for (const EntitySeries &es : built.rows) {
                QHash<int, double> annual; // by year
                for (const Point &pt : es.series) {
                    if (yearEnds.contains(pt.index) && pt.plan)
                        annual.insert(yearOf.at(pt.index), *pt.plan);
                }
                for (const Point &pt : es.series) {
                    if (built.published.at(pt.index) > m_end)
                        continue; // not yet published
                    Observation o;
                    o.indicator = ind.code;
                    o.entity = es.entity;
                    o.period = built.keys.at(pt.index);
                    o.value = pt.value;
                    o.plan = pt.plan;
                    if (const auto it = annual.constFind(yearOf.value(pt.index));
                        it != annual.constEnd())
                        o.annualPlan = *it;
                    o.sourceKind = kind;
                    o.sourceRef = ind.source;
                    o.fetchedAt = built.published.at(pt.index);
                    batch << o;
                }
                if (batch.size() >= batchSize) {
                    if (!sink(batch))
                        return false;
                    batch.clear();
                }
            }
        }
    }
    if (!batch.isEmpty())
        return sink(batch);
    return true;
}

} // namespace ioc
