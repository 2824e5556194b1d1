#include "rule.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace ioc {

namespace {

const QStringList &metricNames()
{
    static const QStringList names
        = {QStringLiteral("value"), QStringLiteral("pct_of_plan"), QStringLiteral("chg_prev"),
           QStringLiteral("chg_prev_pct"), QStringLiteral("chg_yoy_pct")};
    return names;
}

bool isReferenceName(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(plan|band_lo|band_hi|city_avg|alarm_level_[123]|bf_(6|8|10|12))$)"));
    return re.match(s).hasMatch() || Rule::isIndicatorCode(s);
}

struct Token
{
    enum Kind { Word, Number, Op, Plus, Minus, Star, End } kind = End;
    QString text;
    double number = 0;
    int position = 0; // 1-based
};

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}

    bool next(Token *t, QString *error)
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        t->position = m_pos + 1;
        if (m_pos >= m_text.size()) {
            t->kind = Token::End;
            t->text.clear();
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c.isDigit()
            || (c == QLatin1Char('.') && m_pos + 1 < m_text.size()
                && m_text.at(m_pos + 1).isDigit())) {
            static const QRegularExpression num(QStringLiteral(R"(\d*\.?\d+(?:[eE][-+]?\d+)?)"));
            const auto m = num.match(m_text, m_pos, QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
            // An indicator code such as D01.05 starts with a letter, so digits here are a number.
            t->kind = Token::Number;
            t->text = m.captured();
            t->number = t->text.toDouble();
            m_pos += t->text.size();
            return true;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            int end = m_pos;
            while (end < m_text.size()
                   && (m_text.at(end).isLetterOrNumber() || m_text.at(end) == QLatin1Char('_')
                       || (m_text.at(end) == QLatin1Char('.') && end + 1 < m_text.size()
                           && m_text.at(end + 1).isDigit())))
                ++end;
            t->kind = Token::Word;
            t->text = m_text.mid(m_pos, end - m_pos);
            m_pos = end;
            return true;
        }
        static const QStringList ops
            = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("=="),
               QStringLiteral("!="), QStringLiteral("<"),  QStringLiteral(">")};
        for (const QString &op : ops) {
            if (m_text.mid(m_pos, op.size()) == op) {
                t->kind = Token::Op;
                t->text = op;
                m_pos += op.size();
                return true;
            }
        }
        if (c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('*')) {
            t->kind = c == QLatin1Char('+')   ? Token::Plus
                      : c == QLatin1Char('-') ? Token::Minus
                                              : Token::Star;
            t->text = c;
            ++m_pos;
            return true;
        }
        *error = Rule::tr("unexpected character '%1'").arg(c);
        return false;
    }

private:
    QString m_text;
    int m_pos = 0;
};

CompareOp opFromText(const QString &s)
{
    if (s == QLatin1String("<"))
        return CompareOp::Less;
    if (s == QLatin1String("<="))
        return CompareOp::LessEqual;
    if (s == QLatin1String(">"))
        return CompareOp::Greater;
    if (s == QLatin1String(">="))
        return CompareOp::GreaterEqual;
    if (s == QLatin1String("=="))
        return CompareOp::Equal;
    return CompareOp::NotEqual;
}

} // namespace

bool compareValues(double a, CompareOp op, double b)
{
    // Figures carry a few decimals; compare with a relative tolerance so that
    // 10.87 < 11.87 - 1 is false, as a reader expects. A rise from nothing is infinite: no
    // tolerance there.
    const bool finite = std::isfinite(a) && std::isfinite(b);
    const double eps = finite ? 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}) : 0.0;
    const bool equal = a == b || std::fabs(a - b) <= eps;
    switch (op) {
    case CompareOp::Less:
        return a < b - eps;
    case CompareOp::LessEqual:
        return a <= b + eps;
    case CompareOp::Greater:
        return a > b + eps;
    case CompareOp::GreaterEqual:
        return a >= b - eps;
    case CompareOp::Equal:
        return equal;
    case CompareOp::NotEqual:
        return !equal;
    }
    return false;
}

CompareOp negated(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return CompareOp::GreaterEqual;
    case CompareOp::LessEqual:
        return CompareOp::Greater;
    case CompareOp::Greater:
        return CompareOp::LessEqual;
    case CompareOp::GreaterEqual:
        return CompareOp::Less;
    case CompareOp::Equal:
        return CompareOp::NotEqual;
    case CompareOp::NotEqual:
        return CompareOp::Equal;
    }
    return op;
}

namespace {

std::optional<double> pctChange(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return std::nullopt;
    if (*before == 0.0) {
        // from nothing: any rise is more than any percentage, and nothing stays nothing
        // (two accidents where there were none last year is a rise, not "no comparison")
        if (*now == 0.0)
            return 0.0;
        return *now > 0 ? std::numeric_limits<double>::infinity()
                        : -std::numeric_limits<double>::infinity();
    }
    return 100.0 * (*now - *before) / std::fabs(*before);
}

} // namespace

bool Rule::isIndicatorCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-D]\d{2}\.\d{2}$)"));
    return re.match(s).hasMatch();
}

std::optional<Rule> Rule::parse(const QString &text, ParseError *error)
{
    Rule rule;
    rule.m_text = text.trimmed();
    auto fail = [&](int position, const QString &message) -> std::optional<Rule> {
        if (error) {
            error->position = position;
            error->message = message;
        }
        return std::nullopt;
    };
    if (rule.m_text.isEmpty())
        return fail(1, tr("the rule is empty (write 'none' for an informational row)"));
    if (rule.m_text == QLatin1String("none"))
        return rule;

    Lexer lexer(text);
    Token tok;
    QString lexError;
    auto advance = [&]() -> bool {
        if (!lexer.next(&tok, &lexError))
            return false;
        return true;
    };
    if (!advance())
        return fail(tok.position, lexError);

    QVector<RuleClause> conjunction;
    while (true) {
        // metric
        if (tok.kind != Token::Word)
            return fail(tok.position, tok.kind == Token::End
                                          ? tr("a clause is missing at the end")
                                          : tr("expected a metric, found '%1'").arg(tok.text));
        if (tok.text == QLatin1String("none"))
            return fail(tok.position, tr("'none' cannot be combined with other clauses"));
        if (!metricNames().contains(tok.text) && !isIndicatorCode(tok.text))
            return fail(tok.position, tr("unknown metric '%1'").arg(tok.text));
        RuleClause clause;
        clause.metric = tok.text;
        clause.position = tok.position;
        if (!advance())
            return fail(tok.position, lexError);
        if (tok.kind != Token::Op)
            return fail(
                tok.position,
                tr("expected a comparison (< <= > >= == !=) after '%1'").arg(clause.metric));
        clause.op = opFromText(tok.text);
        if (!advance())
            return fail(tok.position, lexError);
        // rhs
        if (tok.kind == Token::Number) {
            const double number = tok.number;
            if (!advance())
                return fail(tok.position, lexError);
            if (tok.kind == Token::Star) {
                if (!advance())
                    return fail(tok.position, lexError);
                if (tok.kind != Token::Word || !isReferenceName(tok.text))
                    return fail(tok.position, tr("expected a reference after '*'"));
                clause.rhs.ref = tok.text;
                clause.rhs.factor = number;
                if (!advance())
                    return fail(tok.position, lexError);
            } else {
                clause.rhs.offset = number;
            }
        } else if (tok.kind == Token::Minus) {
            // a negative constant such as "value<-10"
            if (!advance())
                return fail(tok.position, lexError);
            if (tok.kind != Token::Number)
                return fail(tok.position, tr("expected a number after '-'"));
            clause.rhs.offset = -tok.number;
            if (!advance())
                return fail(tok.position, lexError);
        } else if (tok.kind == Token::Word) {
            if (!isReferenceName(tok.text))
                return fail(tok.position, tr("unknown reference '%1'").arg(tok.text));
            clause.rhs.ref = tok.text;
            if (!advance())
                return fail(tok.position, lexError);
            if (tok.kind == Token::Plus || tok.kind == Token::Minus) {
                const bool minus = tok.kind == Token::Minus;
                if (!advance())
                    return fail(tok.position, lexError);
                if (tok.kind != Token::Number)
                    return fail(tok.position,
                                tr("expected a number after '%1'")
                                    .arg(minus ? QLatin1Char('-') : QLatin1Char('+')));
                clause.rhs.offset = minus ? -tok.number : tok.number;
                if (!advance())
                    return fail(tok.position, lexError);
            }
        } else {
            return fail(tok.position,
                        tok.kind == Token::End
                            ? tr("expected a number or reference at the end")
                            : tr("expected a number or reference, found '%1'").arg(tok.text));
        }
        conjunction << clause;

        if (tok.kind == Token::End)
            break;
        if (tok.kind == Token::Word && tok.text == QLatin1String("and")) {
            // keep building the conjunction
        } else if (tok.kind == Token::Word && tok.text == QLatin1String("or")) {
            rule.m_anyOf << conjunction;
            conjunction.clear();
        } else {
            return fail(tok.position,
                        tr("expected 'and', 'or' or the end, found '%1'").arg(tok.text));
        }
        if (!advance())
            return fail(tok.position, lexError);
    }
    rule.m_anyOf << conjunction;
    return rule;
}

QStringList Rule::referencedIndicators() const
{
    QStringList codes;
    for (const auto &conj : m_anyOf) {
        for (const RuleClause &c : conj) {
            if (isIndicatorCode(c.metric) && !codes.contains(c.metric))
                codes << c.metric;
            if (isIndicatorCode(c.rhs.ref) && !codes.contains(c.rhs.ref))
                codes << c.rhs.ref;
        }
    }
    return codes;
}

const RuleClause *Rule::primaryClause() const
{
    for (const auto &conj : m_anyOf) {
        for (const RuleClause &c : conj) {
            if (!isIndicatorCode(c.metric))
                return &c;
        }
    }
    return nullptr;
}

QString opSymbol(CompareOp o)
{
    switch (o) {
    case CompareOp::Less:
        return QStringLiteral("<");
    case CompareOp::LessEqual:
        return QStringLiteral("≤");
    case CompareOp::Greater:
        return QStringLiteral(">");
    case CompareOp::GreaterEqual:
        return QStringLiteral("≥");
    case CompareOp::Equal:
        return QStringLiteral("=");
    case CompareOp::NotEqual:
        return QStringLiteral("≠");
    }
    return {};
}

RuleOutcome evaluateRule(const Rule &rule, const RuleInputs &in)
{
    RuleOutcome outcome;
    auto lookup = [&](const QString &name) -> std::optional<double> {
        if (name == QLatin1String("plan"))
            return in.plan;
        return in.lookup ? in.lookup(name) : std::nullopt;
    };
    auto metric = [&](const QString &name, bool *missingRef) -> std::optional<double> {
        if (name == QLatin1String("value"))
            return in.value;
        if (name == QLatin1String("pct_of_plan")) {
            if (!in.plan || *in.plan == 0.0) {
                *missingRef = true;
                return std::nullopt;
            }
            if (!in.value)
                return std::nullopt;
            return 100.0 * *in.value / *in.plan;
        }
        if (name == QLatin1String("chg_prev")) {
            if (!in.value || !in.previous)
                return std::nullopt;
            return *in.value - *in.previous;
        }
        if (name == QLatin1String("chg_prev_pct"))
            return pctChange(in.value, in.previous);
        if (name == QLatin1String("chg_yoy_pct"))
            return pctChange(in.value, in.sameLastYear);
        auto v = lookup(name); // another indicator's latest city value
        if (!v)
            *missingRef = true;
        return v;
    };

    bool allGated = !rule.disjuncts().isEmpty();
    for (const auto &conj : rule.disjuncts()) {
        bool all = true;
        bool gated = false;
        std::optional<JudgedClause> own;
        for (const RuleClause &c : conj) {
            bool missingRef = false;
            const auto lhs = metric(c.metric, &missingRef);
            std::optional<double> rhs = c.rhs.offset;
            if (!c.rhs.ref.isEmpty()) {
                const auto ref = lookup(c.rhs.ref);
                if (ref)
                    rhs = c.rhs.factor * *ref + c.rhs.offset;
                else
                    rhs.reset(), missingRef = true;
            }
            outcome.missingReference |= missingRef;
            const bool holds = lhs && rhs && compareValues(*lhs, c.op, *rhs);
            if (!holds) {
                all = false;
                // keep evaluating the other clauses so that a missing reference is flagged
            }
            if (Rule::isIndicatorCode(c.metric))
                gated |= lhs && rhs && !holds;
            else if (!own)
                own = JudgedClause{c, lhs, rhs, holds};
        }
        allGated &= gated;
        if (all && !outcome.fired) {
            outcome.fired = true;
            outcome.decisive = own;
        }
        if (!outcome.fired && !outcome.decisive)
            outcome.decisive = own;
    }
    outcome.gateClosed = allGated;
    return outcome;
}

std::optional<double> valueThreshold(const Rule &rule, const RuleInputs &in)
{
    if (rule.disjuncts().size() != 1 || rule.disjuncts().first().size() != 1)
        return std::nullopt;
    const RuleClause &c = rule.disjuncts().first().first();
    if (c.metric != QLatin1String("value") || c.op == CompareOp::Equal
        || c.op == CompareOp::NotEqual)
        return std::nullopt;
    if (c.rhs.ref.isEmpty())
        return c.rhs.offset;
    const auto ref = c.rhs.ref == QLatin1String("plan") ? in.plan
                     : in.lookup                        ? in.lookup(c.rhs.ref)
                                                        : std::nullopt;
    if (!ref)
        return std::nullopt;
    return c.rhs.factor * *ref + c.rhs.offset;
}

} // namespace ioc
