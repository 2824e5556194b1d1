#include "status.h"
#include "indicator.h"

namespace ioc {

QString statusKey(Status s)
{
    switch (s) {
    case Status::NoData: return QStringLiteral("no_data");
    case Status::Ok: return QStringLiteral("ok");
    case Status::Warn: return QStringLiteral("warn");
    case Status::Critical: return QStringLiteral("critical");
    case Status::NoPlan: return QStringLiteral("no_plan");
    case Status::Info: return QStringLiteral("info");
    case Status::Stale: return QStringLiteral("stale");
    }
    return {};
}

Status statusFromKey(QStringView key)
{
    for (Status s : {Status::Ok, Status::Warn, Status::Critical, Status::NoPlan, Status::Info, Status::Stale}) {
        if (key == statusKey(s))
            return s;
    }
    return Status::NoData;
}

int severity(Status s)
{
    switch (s) {
    case Status::Critical: return 6;
    case Status::Warn: return 5;
    case Status::Stale: return 4;
    case Status::NoPlan: return 3;
    case Status::Ok: return 2;
    case Status::Info: return 1;
    case Status::NoData: return 0;
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
    if (critical.fired)
        r.evaluated = Status::Critical;
    else if (warn.fired)
        r.evaluated = Status::Warn;
    else if (r.noPlanFlag)
        r.evaluated = Status::NoPlan;
    else
        r.evaluated = Status::Ok;
    return r;
}

} // namespace ioc
