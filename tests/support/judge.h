#pragma once

#include "figures.h"

namespace ioc::test {

// The status of a figure made by hand in a test, judged by the one evaluator from the figure's
// own value, plan and comparisons (never set by hand: a hand-set status carries no comparison).
inline StatusResult judge(const Figure &f, const QDateTime &now = {})
{
    RuleInputs in;
    in.value = f.value;
    in.plan = f.plan;
    in.previous = f.previous;
    in.sameLastYear = f.sameLastYear;
    return StatusEvaluator::evaluate(*f.indicator, in, f.asOf, now.isValid() ? now : f.asOf);
}

} // namespace ioc::test
