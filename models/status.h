#pragma once

#include "indicator.h"

#include <QDateTime>
#include <QString>

namespace ioc {

struct RuleInputs;

// What the rules say about one figure. Stale overrides what a reader sees, but the evaluated
// status is kept so that a stale critical value still shows it was critical.
enum class Status { NoData, Ok, Warn, Critical, NoPlan, Info, Stale, NotApplicable };

QString statusKey(Status s);
// The status of a key of statusKey(); NoData for anything else.
Status statusFromKey(QStringView key);
// Higher is worse: used to pick the figure to show for many stations or units.
int severity(Status s);

struct StatusResult
{
    Status evaluated = Status::NoData;
    bool stale = false;
    bool noPlanFlag = false; // a clause's reference was missing
    qint64 ageSeconds = 0;
    StatusKind kind = StatusKind::Informational; // the indicator's, for the words
    // The comparison the status judged, which is the one printed beside it: for a warning or
    // critical figure the clause that fired, otherwise the warning rule's clause on the figure
    // (for a sensor the critical clause when it fired, so that the level named is the one
    // reached). Empty for informational rows and figures without a value.
    std::optional<JudgedClause> judged;
    bool judgedByCritical = false; // the judged clause is the critical rule's

    Status effective() const
    {
        return stale && evaluated != Status::NoData ? Status::Stale : evaluated;
    }
};

// The one evaluator of rules.md: critical before warn, no_plan when a reference is missing,
// and the global freshness rule (stale when older than twice the frequency).
class StatusEvaluator
{
public:
    static StatusResult evaluate(const Indicator &indicator, const RuleInputs &inputs,
                                 const QDateTime &asOf, const QDateTime &now);
    static bool isStale(Frequency f, const QDateTime &asOf, const QDateTime &now,
                        qint64 *ageSeconds);
};

} // namespace ioc
