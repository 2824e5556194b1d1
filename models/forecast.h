#pragma once

#include "figures.h"
#include "format.h"
#include "indicator.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

namespace ioc {

// A year-end projection of a year-to-date indicator, on last year's shape ("seasonal naive"):
// the year's total so far is to last year's total at the same month as the year-end will be to
// last year's year-end. The ratio of this year to last in each month of the year so far gives
// the range. Fit for the short monthly series the city keeps (two to three
// years); docs/forecast.md gives the method, its backtest and its error.
struct YearEndProjection
{
    Q_DECLARE_TR_FUNCTIONS(ioc::YearEndProjection)

public:
    // Why there is none, said to the reader (text())
    enum class Problem {
        None,
        NotCumulative, // not a year-to-date indicator: no year-end to project (nothing is said)
        YearComplete,  // December is reported: the year's figure is known
        TooEarly,      // one month of the year is too little to take its ratio to last year
        NoLastYear,    // last year's same month or its December is missing: no shape
        NoFigure,      // nothing reported this year yet
    };
    Problem problem = Problem::NotCumulative;
    int year = 0;
    int month = 0;            // the last whole month the projection starts from
    double fromValue = 0;     // the year-to-date figure of that month
    double value = 0;         // at the year end
    double low = 0, high = 0; // its range
    // the year's plan, as the latest report of the year gives it ("Kế hoạch năm"); none when
    // the rows do not carry it
    std::optional<double> annualPlan;
    // month by month from `month` to December: the path and its range (for the chart)
    struct Step
    {
        QDate asOf; // the end of the month
        double value, low, high;
    };
    QVector<Step> path;

    bool ok() const { return problem == Problem::None; }
    // "Dự báo cả năm: 3.820 triệu USD (95,5% kế hoạch năm), khoảng 3.700–3.910 triệu USD", or
    // with the note that the annual plan is not in the data where the rows do not carry it, or
    // why there is none; empty for an indicator with no year-end to project or a complete year
    QString text(const Indicator &ind, const Formatter &fmt) const;
    // the projection against the annual plan: "95,5% kế hoạch năm", "thấp hơn kế hoạch năm
    // 3,2%" (lower is better), "kế hoạch năm 95%" (a rate); empty without a plan
    QString planText(const Indicator &ind, const Formatter &fmt) const;
    // how it was made, in words: the method, the ratio and the months it comes from
    QString methodText(const Formatter &fmt) const;
    double ratio = 0; // this year's total to last year's at `month`

    // From an indicator's monthly trend (oldest first, as FigureService::trend gives it, the
    // last point the current month). A month still running counts only for an indicator
    // reported monthly or less often (its report is the month's); a daily series starts from
    // the last month-end.
    static YearEndProjection make(const Indicator &ind, const QVector<TrendPoint> &trend);
};

class Catalog;
class EntityRegistry;
class Cache;

// The projection scored against the year it projects: made at each month-end of a past year
// from the figures up to that month, against that year's December. For docs/forecast.md and
// the benchmark (forecast_backtest_mape).
struct ForecastBacktest
{
    enum class Kind { Money, Volume, Rate };
    struct Score
    {
        QString indicator;
        Kind kind;
        int month;    // the month-end the projection was made at
        double ape;   // |projected − actual| / actual, as a fraction
        bool inRange; // the actual year end fell within the projection's range
    };
    QVector<Score> scores;
    QStringList withoutProjection; // "A12.04 at 1/2025: too early", for the record

    // every city-level year-to-date indicator of the catalog, month-ends 1 to 11 of `year`
    static ForecastBacktest run(const Catalog &catalog, const EntityRegistry &entities,
                                const Cache &cache, int year);
    static Kind kindOf(const Indicator &ind);
    static QString kindKey(Kind kind); // "money", "volume", "rate"
    // the mean absolute percentage error (in %) of the scores of a kind, or of all (nullopt)
    double mape(std::optional<Kind> kind = std::nullopt) const;
    int count(std::optional<Kind> kind = std::nullopt) const;
    double rangeCoverage() const; // the share (in %) of projections whose range held the year end
};

} // namespace ioc
