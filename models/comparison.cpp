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

} // namespace

// NOLINTNEXTLINE(readability-function-size): over 120 lines; to be split (issue 16)
Comparison Formatter::comparison(const Figure &f) const
{
    Comparison out;
    if (!f.indicator || !f.value)
        return out;
    const Indicator &ind = *f.indicator;
    const StatusResult &st = f.status;

    if (st.evaluated == Status::NotApplicable) {
        out.text = ind.notApplicableReason(m_lang);
        return out;
    }
    if (st.evaluated == Status::Info || !st.judged) {
        // the figure and its change
        if (const auto c = f.changeVsPrevious()) {
            const QString n = f.changeInPoints() ? tr("%1 pp").arg(number(std::fabs(*c), 2))
                                                 : number(std::fabs(*c), 1) + QLatin1Char('%');
            out.text = *c > 0   ? tr("up %1 on the previous period").arg(n)
                       : *c < 0 ? tr("down %1 on the previous period").arg(n)
                                : tr("unchanged on the previous period");
        }
        return out;
    }
    const JudgedClause &j = *st.judged;
    const RuleClause &c = j.clause;
    const bool fired = st.evaluated == Status::Warn || st.evaluated == Status::Critical;
    out.op = c.op;

    if (!j.lhs || !j.rhs) {
        // nothing to compare with: say what is missing
        if (c.metric == QLatin1String("chg_yoy_pct"))
            out.text = tr("no figure for the same period last year");
        else if (c.metric.startsWith(QLatin1String("chg_prev")))
            out.text = tr("no figure for the previous period");
        else if (c.metric == QLatin1String("pct_of_plan") || c.rhs.ref == QLatin1String("plan"))
            out.text = tr("no plan stored");
        else if (c.rhs.ref == QLatin1String("city_avg"))
            out.text = tr("no city average");
        return out;
    }
    const double lhs = *j.lhs;
    const double rhs = *j.rhs;
    out.judged = true;

    // % of plan, as a share ("đạt 97,7% kế hoạch") or, lower being better, as the distance
    // below or above the plan
    auto pctPhrase = [&](double pct, double threshold) {
        out.against = threshold;
        const int d = faithfulDecimals(pct, c.op, threshold, 1);
        const double shown = roundTo(pct, d);
        out.shown = shown;
        if (ind.statusKind == StatusKind::PlanLower) {
            const double gap = roundTo(std::fabs(100.0 - shown), d);
            if (shown < 100)
                return tr("%1% below plan").arg(number(gap, d));
            if (shown > 100)
                return tr("%1% over plan").arg(number(gap, d));
            return tr("at plan");
        }
        return tr("%1% of plan").arg(number(shown, d));
    };
    // a rate against another rate, in percentage points
    auto pointsPhrase = [&](double base, const QString &baseText, bool plan) {
        const int d0 = unitDecimals(ind.unit);
        const double exactGap = lhs - base;
        const int d = faithfulDecimals(exactGap, c.op, rhs - base, d0);
        const double gap = roundTo(exactGap, d);
        out.shown = base + gap;
        out.against = rhs;
        const QString n = number(std::fabs(gap), d);
        if (plan) {
            if (gap < 0)
                return tr("%1 pp below plan (%2)").arg(n, baseText);
            if (gap > 0)
                return tr("%1 pp above plan (%2)").arg(n, baseText);
            return tr("at plan (%1)").arg(baseText);
        }
        if (gap < 0)
            return tr("%1 pp below the city average (%2)").arg(n, baseText);
        if (gap > 0)
            return tr("%1 pp above the city average (%2)").arg(n, baseText);
        return tr("at the city average (%1)").arg(baseText);
    };
    auto changePhrase = [&](bool sameLastYear, bool points) {
        if (!std::isfinite(lhs)) {
            // a rise from nothing
            out.shown = lhs;
            out.against = rhs;
            const QString from = sameLastYear ? tr("up from none in the same period last year")
                                              : tr("up from none in the previous period");
            return lhs > 0 ? from
                           : (sameLastYear ? tr("down from none in the same period last year")
                                           : tr("down from none in the previous period"));
        }
        const int d = faithfulDecimals(lhs, c.op, rhs, points ? unitDecimals(ind.unit) : 1);
        const double shown = roundTo(lhs, d);
        out.shown = shown;
        out.against = rhs;
        const QString n = points ? (isRate(ind) ? tr("%1 pp").arg(number(std::fabs(shown), d))
                                                : valueOnly(ind, std::fabs(shown)))
                                 : number(std::fabs(shown), d) + QLatin1Char('%');
        if (sameLastYear) {
            return shown < 0   ? tr("down %1 on the same period last year").arg(n)
                   : shown > 0 ? tr("up %1 on the same period last year").arg(n)
                               : tr("level with the same period last year");
        }
        return shown < 0   ? tr("down %1 on the previous period").arg(n)
               : shown > 0 ? tr("up %1 on the previous period").arg(n)
                           : tr("unchanged on the previous period");
    };

    if (c.metric == QLatin1String("pct_of_plan")) {
        out.text = pctPhrase(lhs, rhs);
        return out;
    }
    if (c.metric == QLatin1String("chg_yoy_pct")) {
        out.text = changePhrase(true, false);
        return out;
    }
    if (c.metric == QLatin1String("chg_prev_pct")) {
        out.text = changePhrase(false, false);
        return out;
    }
    if (c.metric == QLatin1String("chg_prev")) {
        out.text = changePhrase(false, true);
        return out;
    }
    // the value against a reference or a constant
    if (c.rhs.ref == QLatin1String("plan") && f.plan && *f.plan != 0.0) {
        if (isRate(ind)) {
            out.text = pointsPhrase(*f.plan, value(ind, *f.plan), true);
        } else {
            // an amount against its plan reads as a share of it
            out.text = pctPhrase(100.0 * lhs / *f.plan, 100.0 * rhs / *f.plan);
        }
        return out;
    }
    if (c.rhs.ref == QLatin1String("city_avg")) {
        const double avg = (rhs - c.rhs.offset) / (c.rhs.factor == 0 ? 1 : c.rhs.factor);
        if (c.rhs.factor == 1.0 && isRate(ind)) {
            out.text = pointsPhrase(avg, value(ind, avg), false);
        } else if (avg != 0.0) {
            const double pct = 100.0 * lhs / avg;
            const double threshold = 100.0 * rhs / avg;
            const int d = faithfulDecimals(pct, c.op, threshold, 1);
            out.shown = roundTo(pct, d);
            out.against = threshold;
            out.text = tr("%1% of the city average (%2)")
                           .arg(number(roundTo(pct, d), d), value(ind, avg));
        }
        return out;
    }

    const int d = faithfulDecimals(lhs, c.op, rhs, unitDecimals(ind.unit));
    out.shown = roundTo(lhs, d);
    out.against = rhs;
    // a level in the row's unit; a count or a number of people reads as the bare number
    const bool bare = ind.unit == Unit::Count || ind.unit == Unit::People;
    const QString level = bare ? valueOnly(ind, rhs) : value(ind, rhs);

    if (ind.statusKind == StatusKind::Sensor) {
        const bool high = c.op == CompareOp::Greater || c.op == CompareOp::GreaterEqual;
        if (c.rhs.ref.startsWith(QLatin1String("alarm_level_"))) {
            //: the flood alarm level's short name: BĐ1, BĐ2, BĐ3
            const QString name = tr("alarm level %1", "short").arg(c.rhs.ref.right(1));
            out.text = fired ? tr("at %1 (≥ %2)").arg(name, level)
                             : tr("below %1 (%2)").arg(name, level);
            return out;
        }
        if (c.rhs.ref.startsWith(QLatin1String("bf_"))) {
            const QString force = c.rhs.ref.mid(3);
            out.text
                = fired ? tr("Beaufort force %1 (force %2 or more)").arg(beaufort(lhs)).arg(force)
                        : tr("Beaufort force %1 (below force %2)").arg(beaufort(lhs)).arg(force);
            return out;
        }
        if (ind.unit == Unit::Millimetre && c.rhs.ref.isEmpty() && high) {
            const QString rain = rhs >= 100 ? tr("very heavy rain") : tr("heavy rain");
            const QString amount = tr("%1 mm in 24 hours").arg(number(rhs, 0));
            out.text = fired        ? tr("%1 (≥ %2)").arg(rain, amount)
                       : rhs >= 100 ? tr("below the very-heavy-rain level (%1)").arg(amount)
                                    : tr("below the heavy-rain level (%1)").arg(amount);
            return out;
        }
        const QString threshold = st.judgedByCritical ? tr("danger level") : tr("warning level");
        if (fired)
            out.text = tr("%1 (%2 %3)").arg(threshold, opSymbol(c.op), level);
        else if (high)
            out.text = tr("below the %1 (%2)").arg(threshold, level);
        else
            out.text = tr("above the %1 (%2)").arg(threshold, level);
        return out;
    }

    // a target: the value the warning rule asks for ("mục tiêu ≥ 98%", "mục tiêu 75–95%")
    if (ind.parameters.contains(QStringLiteral("band_lo"))
        && ind.parameters.contains(QStringLiteral("band_hi"))
        && c.rhs.ref.startsWith(QLatin1String("band_"))) {
        out.text = tr("target %1–%2")
                       .arg(number(ind.parameters.value(QStringLiteral("band_lo")), 2),
                            value(ind, ind.parameters.value(QStringLiteral("band_hi"))));
        return out;
    }
    const RuleClause *target
        = (ind.warnRule.isNone() ? ind.criticalRule : ind.warnRule).primaryClause();
    if (target && target->metric == QLatin1String("value") && target->rhs.ref.isEmpty()) {
        const CompareOp wanted = negated(target->op);
        const QString t
            = bare ? valueOnly(ind, target->rhs.offset) : value(ind, target->rhs.offset);
        // "none" rather than "≤ 0" for a count that should be zero
        out.text = wanted == CompareOp::LessEqual && target->rhs.offset == 0.0
                       ? tr("target %1").arg(t)
                       : tr("target %1 %2").arg(opSymbol(wanted), t);
        return out;
    }
    out.text = tr("%1 %2").arg(opSymbol(c.op), level);
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

} // namespace ioc
