// What the console prints beside a status (rules.md, "What the console says beside a status"):
// the comparison the status judged, in the words that fit the kind of indicator. The status
// and its comparison come from one evaluation (StatusResult::judged), so they cannot disagree.
#include "figures.h"
#include "format.h"

#include <cmath>

namespace ioc {

namespace {

double roundTo(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    const double r = std::round(v * f) / f;
    return r == 0 ? 0.0 : r;
}

// The number as printed, with as many more decimals (up to four) as it takes to stay on the
// side of the threshold the exact number is on: 99,96% of a plan that needs 100 is not "100%".
int faithfulDecimals(double exact, CompareOp op, double against, int decimals)
{
    const bool verdict = compareValues(exact, op, against);
    for (int d = decimals; d < 4; ++d) {
        if (compareValues(roundTo(exact, d), op, against) == verdict)
            return d;
    }
    return 4;
}

bool isRate(const Indicator &ind)
{
    return ind.unit == Unit::Percent || ind.unit == Unit::IndexPct;
}

// Beaufort force of a wind speed in m/s (lower bounds of forces 1–12).
int beaufort(double ms)
{
    static const double bounds[]
        = {0.3, 1.6, 3.4, 5.5, 8.0, 10.8, 13.9, 17.2, 20.8, 24.5, 28.5, 32.7};
    int force = 0;
    for (double b : bounds) {
        if (ms + 1e-9 >= b)
            ++force;
    }
    return force;
}

// The figure and its change, for a figure no rule judged.
QString changeOnly(const Formatter &fmt, const Figure &f)
{
    const auto c = f.changeVsPrevious();
    if (!c)
        return {};
    const QString n = f.changeInPoints() ? Formatter::tr("%1 pp").arg(fmt.number(std::fabs(*c), 2))
                                         : fmt.number(std::fabs(*c), 1) + QLatin1Char('%');
    return *c > 0   ? Formatter::tr("up %1 on the previous period").arg(n)
           : *c < 0 ? Formatter::tr("down %1 on the previous period").arg(n)
                    : Formatter::tr("unchanged on the previous period");
}

// Nothing to compare with: what is missing.
QString missing(const RuleClause &c)
{
    if (c.metric == QLatin1String("chg_yoy_pct"))
        return Formatter::tr("no figure for the same period last year");
    if (c.metric.startsWith(QLatin1String("chg_prev")))
        return Formatter::tr("no figure for the previous period");
    if (c.metric == QLatin1String("pct_of_plan") || c.rhs.ref == QLatin1String("plan"))
        return Formatter::tr("no plan stored");
    if (c.rhs.ref == QLatin1String("city_avg"))
        return Formatter::tr("no city average");
    return {};
}

// The words for one judged comparison (both sides known), by kind of indicator; each phrase
// also records the figure as shown and what it was held against.
class Phrasing
{
public:
    Phrasing(const Formatter &fmt, const Figure &f, const JudgedClause &j, Comparison *out)
        : m_fmt(fmt)
        , m_f(f)
        , m_ind(*f.indicator)
        , m_c(j.clause)
        , m_lhs(*j.lhs)
        , m_rhs(*j.rhs)
        , m_out(out)
    {}

    QString text(bool fired, bool byCritical) const
    {
        const QString &metric = m_c.metric;
        if (metric == QLatin1String("pct_of_plan"))
            return planShare(m_lhs, m_rhs);
        if (metric == QLatin1String("chg_yoy_pct"))
            return change(true, false);
        if (metric == QLatin1String("chg_prev_pct"))
            return change(false, false);
        if (metric == QLatin1String("chg_prev"))
            return change(false, true);
        // the value against a reference or a constant
        if (m_c.rhs.ref == QLatin1String("plan") && m_f.plan && *m_f.plan != 0.0) {
            // a rate in points; an amount against its plan reads as a share of it
            const double plan = *m_f.plan;
            return isRate(m_ind) ? points(plan, m_fmt.value(m_ind, plan), true)
                                 : planShare(100.0 * m_lhs / plan, 100.0 * m_rhs / plan);
        }
        if (m_c.rhs.ref == QLatin1String("city_avg"))
            return cityAverage();
        const int d = faithfulDecimals(m_lhs, m_c.op, m_rhs, unitDecimals(m_ind.unit));
        m_out->shown = roundTo(m_lhs, d);
        m_out->against = m_rhs;
        if (m_ind.statusKind == StatusKind::Sensor)
            return sensor(fired, byCritical);
        return target();
    }

private:
    // % of plan, as a share ("đạt 97,7% kế hoạch") or, lower being better, as the distance
    // below or above the plan
    QString planShare(double pct, double threshold) const
    {
        m_out->against = threshold;
        const int d = faithfulDecimals(pct, m_c.op, threshold, 1);
        const double shown = roundTo(pct, d);
        m_out->shown = shown;
        if (m_ind.statusKind == StatusKind::PlanLower) {
            const double gap = roundTo(std::fabs(100.0 - shown), d);
            if (shown < 100)
                return Formatter::tr("%1% below plan").arg(m_fmt.number(gap, d));
            if (shown > 100)
                return Formatter::tr("%1% over plan").arg(m_fmt.number(gap, d));
            return Formatter::tr("at plan");
        }
        return Formatter::tr("%1% of plan").arg(m_fmt.number(shown, d));
    }

    // a rate against another rate (the plan, the city average), in percentage points
    QString points(double base, const QString &baseText, bool plan) const
    {
        const double exactGap = m_lhs - base;
        const int d = faithfulDecimals(exactGap, m_c.op, m_rhs - base, unitDecimals(m_ind.unit));
        const double gap = roundTo(exactGap, d);
        m_out->shown = base + gap;
        m_out->against = m_rhs;
        const QString n = m_fmt.number(std::fabs(gap), d);
        if (plan) {
            return gap < 0   ? Formatter::tr("%1 pp below plan (%2)").arg(n, baseText)
                   : gap > 0 ? Formatter::tr("%1 pp above plan (%2)").arg(n, baseText)
                             : Formatter::tr("at plan (%1)").arg(baseText);
        }
        return gap < 0   ? Formatter::tr("%1 pp below the city average (%2)").arg(n, baseText)
               : gap > 0 ? Formatter::tr("%1 pp above the city average (%2)").arg(n, baseText)
                         : Formatter::tr("at the city average (%1)").arg(baseText);
    }

    // a change on the same period last year or on the previous one, in % or in the unit
    QString change(bool sameLastYear, bool inUnit) const
    {
        m_out->against = m_rhs;
        if (!std::isfinite(m_lhs)) {
            // a rise from nothing
            m_out->shown = m_lhs;
            if (sameLastYear)
                return m_lhs > 0 ? Formatter::tr("up from none in the same period last year")
                                 : Formatter::tr("down from none in the same period last year");
            return m_lhs > 0 ? Formatter::tr("up from none in the previous period")
                             : Formatter::tr("down from none in the previous period");
        }
        const int d = faithfulDecimals(m_lhs, m_c.op, m_rhs, inUnit ? unitDecimals(m_ind.unit) : 1);
        const double shown = roundTo(m_lhs, d);
        m_out->shown = shown;
        const QString n = !inUnit ? m_fmt.number(std::fabs(shown), d) + QLatin1Char('%')
                          : isRate(m_ind)
                              ? Formatter::tr("%1 pp").arg(m_fmt.number(std::fabs(shown), d))
                              : m_fmt.valueOnly(m_ind, std::fabs(shown));
        if (sameLastYear) {
            return shown < 0   ? Formatter::tr("down %1 on the same period last year").arg(n)
                   : shown > 0 ? Formatter::tr("up %1 on the same period last year").arg(n)
                               : Formatter::tr("level with the same period last year");
        }
        return shown < 0   ? Formatter::tr("down %1 on the previous period").arg(n)
               : shown > 0 ? Formatter::tr("up %1 on the previous period").arg(n)
                           : Formatter::tr("unchanged on the previous period");
    }

    QString cityAverage() const
    {
        const double avg = (m_rhs - m_c.rhs.offset) / (m_c.rhs.factor == 0 ? 1 : m_c.rhs.factor);
        if (m_c.rhs.factor == 1.0 && isRate(m_ind))
            return points(avg, m_fmt.value(m_ind, avg), false);
        if (avg == 0.0)
            return {};
        const double pct = 100.0 * m_lhs / avg;
        const double threshold = 100.0 * m_rhs / avg;
        const int d = faithfulDecimals(pct, m_c.op, threshold, 1);
        m_out->shown = roundTo(pct, d);
        m_out->against = threshold;
        return Formatter::tr("%1% of the city average (%2)")
            .arg(m_fmt.number(roundTo(pct, d), d), m_fmt.value(m_ind, avg));
    }

    // a level in the row's unit; a count or a number of people reads as the bare number
    QString level(double v) const
    {
        const bool bare = m_ind.unit == Unit::Count || m_ind.unit == Unit::People;
        return bare ? m_fmt.valueOnly(m_ind, v) : m_fmt.value(m_ind, v);
    }

    // a sensor against its alarm level, Beaufort force, heavy-rain level or warning level
    QString sensor(bool fired, bool byCritical) const
    {
        const QString &ref = m_c.rhs.ref;
        const bool high = m_c.op == CompareOp::Greater || m_c.op == CompareOp::GreaterEqual;
        if (ref.startsWith(QLatin1String("alarm_level_"))) {
            //: the flood alarm level's short name: BĐ1, BĐ2, BĐ3
            const QString name = Formatter::tr("alarm level %1", "short").arg(ref.right(1));
            return fired ? Formatter::tr("at %1 (≥ %2)").arg(name, level(m_rhs))
                         : Formatter::tr("below %1 (%2)").arg(name, level(m_rhs));
        }
        if (ref.startsWith(QLatin1String("bf_"))) {
            const QString force = ref.mid(3);
            const int now = beaufort(m_lhs);
            return fired ? Formatter::tr("Beaufort force %1 (force %2 or more)").arg(now).arg(force)
                         : Formatter::tr("Beaufort force %1 (below force %2)").arg(now).arg(force);
        }
        if (m_ind.unit == Unit::Millimetre && ref.isEmpty() && high) {
            const bool veryHeavy = m_rhs >= 100;
            const QString amount = Formatter::tr("%1 mm in 24 hours").arg(m_fmt.number(m_rhs, 0));
            if (fired)
                return Formatter::tr("%1 (≥ %2)")
                    .arg(veryHeavy ? Formatter::tr("very heavy rain") : Formatter::tr("heavy rain"),
                         amount);
            return veryHeavy ? Formatter::tr("below the very-heavy-rain level (%1)").arg(amount)
                             : Formatter::tr("below the heavy-rain level (%1)").arg(amount);
        }
        const QString threshold
            = byCritical ? Formatter::tr("danger level") : Formatter::tr("warning level");
        if (fired)
            return Formatter::tr("%1 (%2 %3)").arg(threshold, opSymbol(m_c.op), level(m_rhs));
        return high ? Formatter::tr("below the %1 (%2)").arg(threshold, level(m_rhs))
                    : Formatter::tr("above the %1 (%2)").arg(threshold, level(m_rhs));
    }

    // a target: the value the warning rule asks for ("mục tiêu ≥ 98%", "mục tiêu 75–95%")
    QString target() const
    {
        const auto &params = m_ind.parameters;
        if (params.contains(QStringLiteral("band_lo")) && params.contains(QStringLiteral("band_hi"))
            && m_c.rhs.ref.startsWith(QLatin1String("band_")))
            return Formatter::tr("target %1–%2")
                .arg(m_fmt.number(params.value(QStringLiteral("band_lo")), 2),
                     m_fmt.value(m_ind, params.value(QStringLiteral("band_hi"))));
        const RuleClause *wanted
            = (m_ind.warnRule.isNone() ? m_ind.criticalRule : m_ind.warnRule).primaryClause();
        if (wanted && wanted->metric == QLatin1String("value") && wanted->rhs.ref.isEmpty()) {
            const CompareOp op = negated(wanted->op);
            const QString t = level(wanted->rhs.offset);
            // "none" rather than "≤ 0" for a count that should be zero
            return op == CompareOp::LessEqual && wanted->rhs.offset == 0.0
                       ? Formatter::tr("target %1").arg(t)
                       : Formatter::tr("target %1 %2").arg(opSymbol(op), t);
        }
        return Formatter::tr("%1 %2").arg(opSymbol(m_c.op), level(m_rhs));
    }

    const Formatter &m_fmt;
    const Figure &m_f;
    const Indicator &m_ind;
    const RuleClause &m_c;
    double m_lhs;
    double m_rhs;
    Comparison *m_out;
};

} // namespace

Comparison Formatter::comparison(const Figure &f) const
{
    Comparison out;
    if (!f.indicator || !f.value)
        return out;
    const StatusResult &st = f.status;
    if (st.evaluated == Status::NotApplicable) {
        out.text = f.indicator->notApplicableReason(m_lang);
        return out;
    }
    if (st.evaluated == Status::Info || !st.judged) {
        out.text = changeOnly(*this, f);
        return out;
    }
    const JudgedClause &j = *st.judged;
    out.op = j.clause.op;
    if (!j.lhs || !j.rhs) {
        out.text = missing(j.clause);
        return out;
    }
    out.judged = true;
    const bool fired = st.evaluated == Status::Warn || st.evaluated == Status::Critical;
    out.text = Phrasing(*this, f, j, &out).text(fired, st.judgedByCritical);
    return out;
}

QString Formatter::comparisonText(const Figure &f) const
{
    return comparison(f).text;
}

QString Formatter::sourceText(const Figure &f) const
{
    return sourceText(f.indicator, f.sourceKind, f.sourceRef);
}

QString Formatter::sourceText(const Indicator *ind, const QString &kindKey,
                              const QString &ref) const
{
    QString where = ind ? ind->sourceRefText(ref, m_lang) : ref;
    QString kind;
    if (kindKey == QLatin1String("demo"))
        kind = tr("Demo data");
    else if (kindKey == QLatin1String("import"))
        kind = tr("Imported report");
    else if (kindKey == QLatin1String("api"))
        kind = tr("IOC data server");
    if (kind.isEmpty())
        return where;
    return where.isEmpty() ? kind : QStringLiteral("%1 – %2").arg(kind, where);
}

QString Formatter::verdictText(const Figure &f) const
{
    QStringList parts;
    const QString word = statusText(f.status);
    if (!word.isEmpty())
        parts << word;
    const QString text = comparisonText(f);
    if (!text.isEmpty())
        parts << text;
    return parts.join(QStringLiteral(" · "));
}

QString Formatter::figureTip(const Figure &f, const QString &placeName) const
{
    if (!f.indicator)
        return {};
    const Indicator &ind = *f.indicator;
    QStringList lines{placeName.isEmpty()
                          ? ind.name(m_lang)
                          : QStringLiteral("%1 — %2").arg(ind.name(m_lang), placeName)};
    QString figure
        = f.value ? tr("Actual: %1").arg(value(ind, *f.value)) : statusText(Status::NoData);
    if (f.plan)
        figure += QStringLiteral(" · ") + tr("plan %1").arg(value(ind, *f.plan));
    lines << figure;
    if (!f.period.isEmpty())
        lines << tr("Period: %1").arg(periodLabel(f.period));
    if (const QString verdict = verdictText(f); !verdict.isEmpty())
        lines << verdict;
    if (f.asOf.isValid())
        lines << tr("As of: %1").arg(dateTime(f.asOf));
    lines << tr("Source: %1").arg(sourceText(f));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ioc
