#include "status.h"
#include "indicator.h"

namespace ioc {

QString statusKey(Status s)
{
    switch (s) {
    case Status::NoData:
        return QStringLiteral("no_data");
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Critical:
        return QStringLiteral("critical");
    case Status::NoPlan:
        return QStringLiteral("no_plan");
    case Status::Info:
        return QStringLiteral("info");
    case Status::Stale:
        return QStringLiteral("stale");
    case Status::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

Status statusFromKey(QStringView key)
{
    for (Status s : {Status::Ok, Status::Warn, Status::Critical, Status::NoPlan, Status::Info,
                     Status::Stale, Status::NotApplicable}) {
        if (key == statusKey(s))
            return s;
    }
    return Status::NoData;
}

int severity(Status s)
{
    switch (s) {
    case Status::Critical:
        return 6;
    case Status::Warn:
        return 5;
    case Status::Stale:
        return 4;
    case Status::NoPlan:
        return 3;
    case Status::Ok:
        return 2;
    case Status::Info:
    case Status::NotApplicable:
        return 1;
    case Status::NoData:
        return 0;
    }
    return 0;
}

bool StatusEvaluator::isStale(Frequency f, const QDateTime &asOf, const QDateTime &now,
                              qint64 *ageSeconds)
{
    const qint64 age = asOf.secsTo(now);
    if (ageSeconds)
        *ageSeconds = std::max<qint64>(0, age);
    return age > 2 * nominalSeconds(f);
}

StatusResult StatusEvaluator::evaluate(const Indicator &indicator, const RuleInputs &inputs,
                                       const QDateTime &asOf, const QDateTime &now)
{
    StatusResult r;
    r.kind = indicator.statusKind;
    if (!inputs.value)
        return r;
    r.stale = isStale(indicator.frequency, asOf, now, &r.ageSeconds);
    if (indicator.isInformational()) {
        r.evaluated = Status::Info;
        return r;
    }
    const RuleOutcome critical = evaluateRule(indicator.criticalRule, inputs);
    const RuleOutcome warn = evaluateRule(indicator.warnRule, inputs);
    r.noPlanFlag = critical.missingReference || warn.missingReference;
    const bool canLapse = !indicator.notApplicableVi.isEmpty();
    const bool gateClosed = (indicator.warnRule.isNone() || warn.gateClosed)
                            && (indicator.criticalRule.isNone() || critical.gateClosed);
    if (canLapse && (gateClosed || (indicator.isPlanKind() && !inputs.plan))) {
        // no evacuation order in force, no storm in range: the rules say nothing now
        r.evaluated = Status::NotApplicable;
        r.noPlanFlag = false;
        return r;
    }
    const RuleOutcome &primary = indicator.warnRule.isNone() ? critical : warn;
    if (critical.fired)
        r.evaluated = Status::Critical;
    else if (warn.fired)
        r.evaluated = Status::Warn;
    else if (r.noPlanFlag)
        r.evaluated = Status::NoPlan;
    else
        r.evaluated = Status::Ok;
    r.judgedByCritical
        = (critical.fired && (indicator.statusKind == StatusKind::Sensor || !warn.fired))
          || indicator.warnRule.isNone();
    r.judged = r.judgedByCritical ? critical.decisive : primary.decisive;
    // a change with nothing to compare with (no figure for the previous period or the same
    // period last year) decides nothing: say so rather than "on track"
    if (r.evaluated == Status::Ok && r.judged && !r.judged->lhs
        && r.judged->clause.metric.startsWith(QLatin1String("chg_")))
        r.evaluated = Status::NoPlan;
    return r;
}

} // namespace ioc
