#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace ioc {

enum class CompareOp { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

// rhs := number | ref | ref±number | number*ref, kept as factor·ref + offset.
struct RuleRhs
{
    QString ref; // empty: a plain number (offset)
    double factor = 1.0;
    double offset = 0.0;
};

struct RuleClause
{
    QString metric; // value, pct_of_plan, chg_prev, chg_prev_pct, chg_yoy_pct or an indicator code
    CompareOp op = CompareOp::Less;
    RuleRhs rhs;
    int position = 0; // 1-based column of the clause in the rule text
};

// A status rule of rules.md: clauses joined by "and" (tighter) and "or".
class Rule
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Rule)
public:
    struct ParseError
    {
        int position = 0; // 1-based column in the rule text
        QString message;
    };

    // Parses text; on failure returns no rule and fills *error.
    static std::optional<Rule> parse(const QString &text, ParseError *error);

    bool isNone() const { return m_anyOf.isEmpty(); }
    QString text() const { return m_text; }
    const QVector<QVector<RuleClause>> &disjuncts() const { return m_anyOf; }
    // Indicator codes the rule reads (as a metric or a reference).
    QStringList referencedIndicators() const;
    // The clause the rule is mainly about: its first on the row's own figure (a clause on
    // another indicator, such as "D01.05<=500", only says when the rule applies).
    const RuleClause *primaryClause() const;

    static bool isIndicatorCode(const QString &s);

private:
    QString m_text;
    QVector<QVector<RuleClause>> m_anyOf; // OR of ANDs
};

// What a rule can read about one (indicator, entity, period).
struct RuleInputs
{
    std::optional<double> value;
    std::optional<double> plan;
    std::optional<double> previous;     // previous period's value
    std::optional<double> sameLastYear; // same period last year
    // band_lo/band_hi, city_avg, alarm_level_N, bf_N and indicator codes.
    std::function<std::optional<double>(const QString &name)> lookup;
};

// One clause as evaluated: its two sides, when they could be computed.
struct JudgedClause
{
    RuleClause clause;
    std::optional<double> lhs; // the metric (value, % of plan, % change …)
    std::optional<double> rhs; // what it was compared with
    bool holds = false;
};

struct RuleOutcome
{
    bool fired = false;
    bool missingReference = false; // a clause's reference was missing: the no_plan flag
    // the rule's clause on the row's own figure that decided: the first of the conjunction that
    // fired, or, when nothing fired, the first of the rule (a clause on another indicator only
    // says when the rule applies)
    std::optional<JudgedClause> decisive;
    // every alternative held a clause on another indicator that was false: the rule does not
    // apply now (no storm in range)
    bool gateClosed = false;
};

bool compareValues(double a, CompareOp op, double b);
// the value that satisfies op against rhs no more: "<" -> ">=", used to state a target
CompareOp negated(CompareOp op);
// "<", "≤", ">", "≥", "=", "≠": an operator as a reader writes it
QString opSymbol(CompareOp op);

RuleOutcome evaluateRule(const Rule &rule, const RuleInputs &inputs);

// The level a rule of one clause on the value fires at ("value>=alarm_level_1" at a station
// whose BĐ1 is 3.9 m gives 3.9); nothing for any other rule.
std::optional<double> valueThreshold(const Rule &rule, const RuleInputs &inputs);

} // namespace ioc
