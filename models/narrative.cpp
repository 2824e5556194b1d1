// The briefing in words: sentences of the kinds the city writes, each from the figures it
// cites, ordered by what matters. Templates only; every word a translation of the template's
// English source (the tr() context ioc::NarrativeWriter).
#include "narrative.h"

#include "briefingpack.h"

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

constexpr int kNamedEntities = 5; // a list of units names this many, then "and N others"
constexpr int kBestEntities = 2;  // the best units a breakdown names
constexpr int kSummaryGains = 8;  // the gains a briefing's summary names (the screens say all)

NarrativeSentence::Weight weightOf(const Figure &f)
{
    using W = NarrativeSentence::Weight;
    if (!f.value)
        return W::Gap;
    switch (f.status.evaluated) {
    case Status::Critical:
        return W::Critical;
    case Status::Warn:
        return W::Warning;
    case Status::Ok:
        break;
    default:
        return W::Fact;
    }
    const Indicator &ind = *f.indicator;
    if (f.plan && ind.statusKind == StatusKind::PlanHigher && *f.value > *f.plan)
        return W::Gain;
    const auto c = f.changeVsPrevious();
    if (c && !ind.isYearToDate()
        && ((ind.direction == Direction::Up && *c > 0)
            || (ind.direction == Direction::Down && *c < 0)))
        return W::Gain;
    return W::Fact;
}

QString periodWord(const Selection &sel)
{
    switch (sel.mode) {
    case Selection::Mode::Month:
        return NarrativeWriter::tr("month");
    case Selection::Mode::Quarter:
        return NarrativeWriter::tr("quarter");
    case Selection::Mode::YearToDate:
        break;
    }
    return NarrativeWriter::tr("year");
}

const Figure *figureOf(const ScreenData &data, const QString &code)
{
    for (const QVector<Figure> *set : {&data.figures, &data.context}) {
        for (const Figure &f : *set) {
            if (f.indicator && f.indicator->code == code)
                return &f;
        }
    }
    return nullptr;
}

QString joined(const QStringList &items)
{
    //: the separator of a list inside a sentence
    return items.join(NarrativeWriter::tr(", "));
}

} // namespace

struct NarrativeWriter::Draft
{
    QVector<NarrativeSentence> sentences;
    QStringList gaps; // names of figures without a value
    QVector<Figure> gapFigures;
};

QString Narrative::paragraph() const
{
    QStringList texts;
    for (const NarrativeSentence &s : sentences)
        texts << s.text;
    return texts.join(QLatin1Char(' '));
}

NarrativeWriter::NarrativeWriter(const EntityRegistry &entities, const Formatter &fmt)
    : m_entities(entities)
    , m_fmt(fmt)
{}

QString NarrativeWriter::name(const Indicator &ind, bool sentenceStart) const
{
    QString n = ind.name(m_fmt.lang()).trimmed();
    // "Thu nội địa (lũy kế)": the bracket is the tile's; the sentence says the period
    if (n.endsWith(QLatin1Char(')'))) {
        const qsizetype open = n.lastIndexOf(QLatin1String(" ("));
        if (open > 0)
            n = n.left(open);
    }
    if (!sentenceStart && n.size() > 1 && n.at(1).isLower())
        n[0] = n.at(0).toLower();
    return n;
}

// The value as a sentence states it: exact, but a very large amount in millions rounded to
// the unit ("gần 129 triệu m²" for 128,96 million).
QString NarrativeWriter::amount(const Figure &f) const
{
    const Indicator &ind = *f.indicator;
    const double v = *f.value;
    if (std::fabs(v) < 100e6 || ind.unit == Unit::BnVnd)
        return m_fmt.value(ind, v);
    const double rounded = std::round(v / 1e6) * 1e6;
    QString shown = m_fmt.value(ind, rounded, true);
    if (rounded > v)
        return tr("nearly %1").arg(shown);
    if (rounded < v)
        return tr("over %1").arg(shown);
    return shown;
}

QString NarrativeWriter::planClause(const Figure &f, const Selection &sel) const
{
    const QString plan = periodWord(sel);
    const Status s = f.status.evaluated;
    if (s == Status::Warn || s == Status::Critical) {
        const QString how = m_fmt.comparisonText(f);
        return how.isEmpty() ? tr("short of the %1 plan").arg(plan)
                             : tr("short of the %1 plan: %2").arg(plan, how);
    }
    if (s == Status::Ok && f.plan && *f.value > *f.plan)
        return tr("above the %1 plan").arg(plan);
    if (s == Status::Ok && f.plan && *f.value == *f.plan)
        return tr("meeting the %1 plan").arg(plan);
    return m_fmt.comparisonText(f);
}

QString NarrativeWriter::statusClause(const Figure &f, const Selection &sel) const
{
    const Indicator &ind = *f.indicator;
    if (f.status.evaluated == Status::NoPlan)
        return tr("no plan to compare with");
    if (f.status.evaluated == Status::NotApplicable || f.status.evaluated == Status::Info)
        return {};
    if (ind.statusKind == StatusKind::PlanHigher)
        return planClause(f, sel);
    QString how = m_fmt.comparisonText(f);
    if (f.status.evaluated == Status::Warn || f.status.evaluated == Status::Critical) {
        const QString word = m_fmt.statusWord(f.status.evaluated, &ind).toLower();
        return how.isEmpty() ? word : tr("%1 (%2)").arg(how, word);
    }
    return how;
}

// "tăng 8,06% so với tháng trước": for amounts that are not year-to-date totals and not
// already judged by a change.
QString NarrativeWriter::changeClause(const Figure &f, const Selection &sel) const
{
    const Indicator &ind = *f.indicator;
    if (f.changeInPoints() || ind.isYearToDate() || ind.statusKind == StatusKind::Change
        || ind.statusKind == StatusKind::ReduceVsSamePeriod || ind.statusKind == StatusKind::Sensor)
        return {};
    const auto c = f.changeVsPrevious();
    if (!c || f.previous.value_or(0.0) == 0.0)
        return {};
    const double a = std::fabs(*c);
    const QString n = m_fmt.number(a, a < 10 ? 2 : 1) + QLatin1Char('%');
    const QString previous = periodWord(sel);
    if (n == m_fmt.number(0, 0) + QLatin1Char('%'))
        return tr("unchanged on the previous %1").arg(previous);
    return *c > 0 ? tr("up %1 on the previous %2").arg(n, previous)
                  : tr("down %1 on the previous %2").arg(n, previous);
}

void NarrativeWriter::figureSentence(const Figure &f, const ScreenDefinition &def,
                                     const ScreenData &data, Draft *draft) const
{
    const Indicator &ind = *f.indicator;
    NarrativeSentence s;
    s.screen = def.code;
    s.weight = weightOf(f);
    s.cites << f;
    const QString subject
        = f.entity == m_entities.city().code
              ? name(ind, true)
              : tr("%1 (%2)").arg(name(ind, true), m_entities.nameOf(f.entity, m_fmt.lang()));
    const bool reached = ind.direction == Direction::Up && ind.statusKind != StatusKind::Sensor;
    s.text = reached ? tr("%1 reached %2").arg(subject, amount(f))
                     : tr("%1: %2").arg(subject, amount(f));
    QStringList clauses;
    clauses << statusClause(f, data.selection) << changeClause(f, data.selection);
    clauses.removeAll(QString());
    if (!clauses.isEmpty())
        s.text += tr(", ") + joined(clauses);
    // "trong đó thu nội địa 29.351 tỷ đồng, …"
    QStringList parts;
    for (const QString &code : def.inWhich.value(ind.code)) {
        const Figure *p = figureOf(data, code);
        if (p && p->value) {
            parts << tr("%1 %2").arg(name(*p->indicator, false), amount(*p));
            s.cites << *p;
        }
    }
    if (!parts.isEmpty())
        s.text += tr("; of which %1").arg(joined(parts));
    if (f.status.stale)
        s.text += tr(" (not updated since %1)").arg(m_fmt.date(toCityTime(f.asOf).date()));
    s.text += QLatin1Char('.');
    draft->sentences << s;
}

void NarrativeWriter::breakdownSentences(const Figure &headline, const QVector<Figure> &entities,
                                         Draft *draft) const
{
    const Indicator &ind = *headline.indicator;
    QVector<Figure> critical;
    QVector<Figure> valued;
    bool allZero = true;
    for (const Figure &e : entities) {
        if (!e.value)
            continue;
        valued << e;
        if (e.status.evaluated == Status::Critical) {
            critical << e;
            allZero = allZero && *e.value == 0.0;
        }
    }
    if (!critical.isEmpty()) {
        QStringList names;
        for (const Figure &e : std::as_const(critical).mid(0, kNamedEntities))
            names << (allZero ? m_entities.nameOf(e.entity, m_fmt.lang())
                              : tr("%1 %2").arg(m_entities.nameOf(e.entity, m_fmt.lang()),
                                                m_fmt.value(ind, *e.value)));
        if (critical.size() > kNamedEntities)
            names << tr("and %1 other units").arg(critical.size() - kNamedEntities);
        NarrativeSentence s;
        s.weight = NarrativeSentence::Weight::Critical;
        s.cites = critical;
        s.text = allZero
                     ? tr("%1 units with %2 at %3: %4.")
                           .arg(m_fmt.number(critical.size(), 0), name(ind, false),
                                m_fmt.value(ind, 0.0), joined(names))
                     : tr("%1 units critical for %2: %3.")
                           .arg(m_fmt.number(critical.size(), 0), name(ind, false), joined(names));
        draft->sentences << s;
    }
    if (ind.direction == Direction::Target || valued.size() <= kBestEntities)
        return;
    std::stable_sort(valued.begin(), valued.end(), [&ind](const Figure &a, const Figure &b) {
        return ind.direction == Direction::Down ? *a.value < *b.value : *a.value > *b.value;
    });
    NarrativeSentence s;
    s.weight = NarrativeSentence::Weight::Gain;
    QStringList best;
    for (const Figure &e : std::as_const(valued).mid(0, kBestEntities)) {
        best << tr("%1 (%2)").arg(m_entities.nameOf(e.entity, m_fmt.lang()),
                                  m_fmt.value(ind, *e.value));
        s.cites << e;
    }
    s.text = (ind.direction == Direction::Down ? tr("Lowest %1: %2.") : tr("Highest %1: %2."))
                 .arg(name(ind, false), joined(best));
    draft->sentences << s;
}

Narrative NarrativeWriter::screen(const ScreenDefinition &def, const ScreenData &data) const
{
    Narrative out;
    out.screen = def.code;
    out.title = def.title(m_fmt.lang());
    out.period = selectionLabel(data.selection, m_fmt);
    Draft draft;
    // the parts of a whole that is stated are said with it, unless they need a word themselves
    QStringList saidWithWhole;
    for (auto it = def.inWhich.cbegin(); it != def.inWhich.cend(); ++it)
        saidWithWhole += it.value();
    QVector<Figure> all = data.figures;
    all += data.context;
    QStringList notHere; // a place's view: what its level does not report
    for (const Figure &f : std::as_const(all)) {
        if (!f.indicator)
            continue;
        if (data.notAtPlace.contains(f.indicator->code)) {
            notHere << name(*f.indicator, false);
            continue;
        }
        if (!f.value) {
            const QString latest = f.latestValue
                                       ? tr("%1 (latest: %2, %3)")
                                             .arg(name(*f.indicator, false),
                                                  m_fmt.value(*f.indicator, *f.latestValue),
                                                  m_fmt.periodLabel(f.latestPeriod))
                                       : name(*f.indicator, false);
            draft.gaps << latest;
            draft.gapFigures << f;
            continue;
        }
        const bool needsWord
            = f.status.evaluated == Status::Warn || f.status.evaluated == Status::Critical;
        if (saidWithWhole.contains(f.indicator->code) && !needsWord)
            continue;
        figureSentence(f, def, data, &draft);
        for (const ScreenPanel &p : def.panels) {
            if ((p.kind == ScreenPanel::Kind::Bars || p.kind == ScreenPanel::Kind::Ranked)
                && p.indicators.value(0) == f.indicator->code)
                breakdownSentences(f, data.breakdowns.value(f.indicator->code), &draft);
        }
    }
    for (NarrativeSentence &s : draft.sentences)
        s.screen = def.code;
    std::stable_sort(
        draft.sentences.begin(), draft.sentences.end(),
        [](const NarrativeSentence &a, const NarrativeSentence &b) { return a.weight < b.weight; });
    if (!draft.gaps.isEmpty()) {
        NarrativeSentence gap;
        gap.weight = NarrativeSentence::Weight::Gap;
        gap.screen = def.code;
        gap.cites = draft.gapFigures;
        gap.text = tr("No figure yet for this period: %1.").arg(draft.gaps.join(tr("; ")));
        draft.sentences << gap;
    }
    if (!notHere.isEmpty()) {
        NarrativeSentence gap;
        gap.weight = NarrativeSentence::Weight::Gap;
        gap.screen = def.code;
        gap.text = tr("Reported for the whole city only, not for %1: %2.")
                       .arg(m_entities.nameOf(data.place, m_fmt.lang()), notHere.join(tr("; ")));
        draft.sentences << gap;
    }
    out.sentences = draft.sentences;
    return out;
}

Narrative NarrativeWriter::briefing(const QVector<Narrative> &screens) const
{
    Narrative out;
    out.title = tr("Briefing summary");
    QSet<QString> said; // the first figure a sentence cites: indicator and entity
    int gains = 0;
    for (const Narrative &n : screens) {
        if (out.period.isEmpty())
            out.period = n.period;
        for (const NarrativeSentence &s : n.sentences) {
            if (s.weight > NarrativeSentence::Weight::Gain || s.cites.isEmpty())
                continue;
            const Figure &lead = s.cites.first();
            const QString key = lead.indicator->code + QLatin1Char('/') + lead.entity
                                + QString::number(s.cites.size());
            if (said.contains(key))
                continue;
            // every critical figure and warning; the first notable gains
            if (s.weight == NarrativeSentence::Weight::Gain && gains++ >= kSummaryGains)
                continue;
            said.insert(key);
            out.sentences << s;
        }
    }
    std::stable_sort(
        out.sentences.begin(), out.sentences.end(),
        [](const NarrativeSentence &a, const NarrativeSentence &b) { return a.weight < b.weight; });
    if (out.sentences.isEmpty()) {
        NarrativeSentence none;
        none.text = tr("No figure of these screens is critical, short of its plan or notably up.");
        out.sentences << none;
    }
    return out;
}

QString NarrativeWriter::citation(const Figure &f) const
{
    if (!f.indicator)
        return {};
    QStringList parts;
    parts << f.indicator->code << f.indicator->name(m_fmt.lang());
    if (f.entity != m_entities.city().code)
        parts << m_entities.nameOf(f.entity, m_fmt.lang());
    parts << (f.value ? m_fmt.value(*f.indicator, *f.value) : m_fmt.statusText(Status::NoData));
    if (!f.period.isEmpty())
        parts << m_fmt.periodLabel(f.period);
    if (f.value)
        parts << m_fmt.verdictText(f);
    parts << m_fmt.sourceText(f);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString NarrativeWriter::plainText(const QVector<Narrative> &narratives)
{
    QStringList lines;
    for (const Narrative &n : narratives) {
        if (!lines.isEmpty())
            lines << QString();
        lines << (n.screen.isEmpty() ? n.title : n.screen + QLatin1Char(' ') + n.title)
                     + QStringLiteral(" — ") + n.period;
        for (const NarrativeSentence &s : n.sentences)
            lines << QStringLiteral("- ") + s.text;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ioc
