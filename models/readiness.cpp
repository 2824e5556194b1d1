#include "readiness.h"

#include "screendata.h"

#include <QJsonArray>
#include <QSet>

namespace ioc {

namespace {

QString monthKey(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

// --- selections -------------------------------------------------------------------------------

QString selectionKey(const Selection &s)
{
    const char *mode = s.mode == Selection::Mode::Month     ? "month"
                       : s.mode == Selection::Mode::Quarter ? "quarter"
                                                            : "ytd";
    return QLatin1String(mode) + QLatin1Char(':') + s.asOf.toString(Qt::ISODate);
}

std::optional<Selection> selectionFromKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    Selection s;
    if (parts.at(0) == QLatin1String("month"))
        s.mode = Selection::Mode::Month;
    else if (parts.at(0) == QLatin1String("quarter"))
        s.mode = Selection::Mode::Quarter;
    else if (parts.at(0) == QLatin1String("ytd"))
        s.mode = Selection::Mode::YearToDate;
    else
        return std::nullopt;
    s.asOf = QDate::fromString(parts.at(1), Qt::ISODate);
    if (!s.asOf.isValid())
        return std::nullopt;
    return s;
}

QString selectionLabel(const Selection &s, const Formatter &fmt)
{
    QString window;
    switch (s.mode) {
    case Selection::Mode::Month:
        window = fmt.periodLabel(monthKey(s.asOf));
        break;
    case Selection::Mode::Quarter:
        window = fmt.periodLabel(
            QStringLiteral("%1-Q%2").arg(s.asOf.year()).arg((s.asOf.month() + 2) / 3));
        break;
    case Selection::Mode::YearToDate:
        window = Readiness::tr("Year %1 to date").arg(s.asOf.year());
        break;
    }
    return Readiness::tr("%1, to %2").arg(window, fmt.date(s.asOf));
}

// --- readiness --------------------------------------------------------------------------------

int Readiness::present() const
{
    int n = 0;
    for (const Coverage &c : coverage)
        n += c.present;
    return n;
}

int Readiness::expected() const
{
    int n = 0;
    for (const Coverage &c : coverage)
        n += c.expected;
    return n;
}

namespace {

Readiness::Item itemOf(const Figure &f)
{
    return Readiness::Item{f.indicator->code, f.entity, f.period, f.asOf,
                           f.sourceRef.isEmpty() ? f.sourceKind
                                                 : f.sourceKind + QLatin1Char(' ') + f.sourceRef};
}

} // namespace

void Readiness::add(const ScreenDefinition &def, const ScreenData &data)
{
    const Selection &sel = data.selection;
    Coverage c{def.code, sel, 0, int(def.indicators.size()), {}, std::nullopt, {}, {}};
    for (const Figure &f : data.figures) {
        if (!f.indicator)
            continue;
        if (f.value) {
            ++c.present;
            if (!c.oldest || f.asOf < c.oldest->asOf)
                c.oldest = itemOf(f);
        } else {
            c.missing << f.indicator->code;
        }
        // a monthly report is received when the month the selection ends in is in
        const QString month = monthKey(sel.asOf);
        if (f.indicator->frequency == Frequency::Monthly && (!f.value || f.period < month)) {
            c.reportsMissing << f.indicator->code;
            if (!m_seen.contains(QStringLiteral("report/") + f.indicator->code + month)) {
                m_seen.insert(QStringLiteral("report/") + f.indicator->code + month);
                missingReports << Item{f.indicator->code,
                                       {},
                                       month,
                                       f.asOf,
                                       f.indicator->sourceVi.isEmpty() ? f.indicator->source
                                                                       : f.indicator->sourceVi};
            }
        }
        if (f.indicator->frequency != Frequency::Realtime)
            continue;
        QVector<Figure> readings = data.breakdowns.value(f.indicator->code);
        if (readings.isEmpty())
            readings = {f};
        for (const Figure &r : std::as_const(readings)) {
            if (!r.value || !r.status.stale)
                continue;
            if (!c.staleSources.contains(r.indicator->code))
                c.staleSources << r.indicator->code;
            if (!m_seen.contains(QStringLiteral("stale/") + r.indicator->code + r.entity)) {
                m_seen.insert(QStringLiteral("stale/") + r.indicator->code + r.entity);
                staleSources << itemOf(r);
            }
        }
    }
    if (c.oldest && (!oldest || c.oldest->asOf < oldest->asOf))
        oldest = c.oldest;
    coverage << c;
}

namespace {

QString notReady(int present, int expected, qsizetype reports, qsizetype stale)
{
    if (present == expected && reports == 0 && stale == 0)
        return Readiness::tr("Ready");
    QStringList why;
    if (present < expected)
        why << Readiness::tr("%1 of %2 figures missing").arg(expected - present).arg(expected);
    if (reports > 0)
        why << Readiness::tr("%1 monthly reports not received").arg(reports);
    if (stale > 0)
        why << Readiness::tr("%1 real-time sources stale").arg(stale);
    return Readiness::tr("Not ready: %1").arg(why.join(QStringLiteral("; ")));
}

} // namespace

QString Readiness::Coverage::verdict() const
{
    return notReady(present, expected, reportsMissing.size(), staleSources.size());
}

bool Readiness::ready() const
{
    return present() == expected() && missingReports.isEmpty() && staleSources.isEmpty();
}

QString Readiness::verdict() const
{
    return notReady(present(), expected(), missingReports.size(), staleSources.size());
}

QStringList Readiness::summary(const Catalog &catalog, const EntityRegistry &entities,
                               const Formatter &fmt) const
{
    auto name = [&](const Item &i) {
        const Indicator *ind = catalog.find(i.indicator);
        QString text
            = ind ? QStringLiteral("%1 %2").arg(ind->code, ind->name(fmt.lang())) : i.indicator;
        if (!i.entity.isEmpty() && i.entity != EntityRegistry::cityCode()) {
            const Entity *e = entities.find(i.entity);
            text += QStringLiteral(" — ") + (e ? e->name(fmt.lang()) : i.entity);
        }
        return text;
    };
    // a finding's source ("demo Monthly Excel report – …") in the words of the language shown
    auto source = [&](const Item &i) {
        const int space = int(i.source.indexOf(QLatin1Char(' ')));
        const QString kind = space < 0 ? i.source : i.source.left(space);
        const QString ref = space < 0 ? QString() : i.source.mid(space + 1);
        if (kind != QLatin1String("demo") && kind != QLatin1String("import")
            && kind != QLatin1String("api"))
            return i.source;
        return fmt.sourceText(catalog.find(i.indicator), kind, ref);
    };
    QStringList lines;
    lines << verdict();
    lines << Readiness::tr("Coverage: %1 of %2 figures").arg(present()).arg(expected());
    for (const Coverage &c : coverage) {
        QString line = Readiness::tr("  %1 (%2): %3/%4")
                           .arg(c.screen, selectionLabel(c.selection, fmt))
                           .arg(c.present)
                           .arg(c.expected);
        if (!c.missing.isEmpty())
            line += Readiness::tr(" — no figure: %1").arg(c.missing.join(QStringLiteral(", ")));
        lines << line + QStringLiteral(" — ") + c.verdict();
    }
    if (oldest)
        lines << Readiness::tr("Oldest figure: %1, as of %2 (%3)")
                     .arg(name(*oldest), fmt.dateTime(oldest->asOf), source(*oldest));
    lines << Readiness::tr("Monthly reports not received for the period: %1")
                 .arg(missingReports.size());
    for (const Item &i : missingReports) {
        const Indicator *ind = catalog.find(i.indicator);
        lines << Readiness::tr("  %1, %2 — %3")
                     .arg(name(i), fmt.periodLabel(i.period),
                          ind ? ind->sourceText(fmt.lang()) : source(i));
    }
    lines << Readiness::tr("Stale real-time sources: %1").arg(staleSources.size());
    for (const Item &i : staleSources)
        lines << Readiness::tr("  %1, last reading %2").arg(name(i), fmt.dateTime(i.asOf));
    lines << Readiness::tr("Departments late, incomplete or with files refused: %1")
                 .arg(sources.size());
    for (const SourceReadiness::Row &r : sources) {
        QStringList what;
        if (!r.onTime())
            what << Readiness::tr("late since %1: %2")
                        .arg(fmt.dateTime(r.lateSince), r.late.join(QStringLiteral(", ")));
        if (!r.complete())
            what << Readiness::tr("%1 of %2 units reported")
                        .arg(r.unitsReported)
                        .arg(r.unitsExpected);
        if (!r.rejected.isEmpty())
            what << Readiness::tr("%n file(s) refused this month", nullptr, int(r.rejected.size()));
        lines
            << QStringLiteral("  %1 — %2").arg(r.name(fmt.lang()), what.join(QStringLiteral("; ")));
    }
    return lines;
}

void Readiness::setSources(const SourceReadiness &all, const QStringList &indicators)
{
    sources.clear();
    for (const SourceReadiness::Row &r : all.rows) {
        const bool feeds = std::any_of(r.indicators.cbegin(), r.indicators.cend(),
                                       [&](const QString &c) { return indicators.contains(c); });
        if (feeds && !r.ok())
            sources << r;
    }
}

QJsonObject Readiness::toJson() const
{
    QJsonArray cov;
    for (const Coverage &c : coverage)
        cov << QJsonObject{{QStringLiteral("screen"), c.screen},
                           {QStringLiteral("selection"), selectionKey(c.selection)},
                           {QStringLiteral("present"), c.present},
                           {QStringLiteral("expected"), c.expected},
                           {QStringLiteral("missing"), QJsonArray::fromStringList(c.missing)}};
    auto items = [](const QVector<Item> &list) {
        QJsonArray a;
        for (const Item &i : list)
            a << QJsonObject{{QStringLiteral("indicator"), i.indicator},
                             {QStringLiteral("entity"), i.entity},
                             {QStringLiteral("period"), i.period},
                             {QStringLiteral("as_of"), i.asOf.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("source"), i.source}};
        return a;
    };
    QJsonArray behind;
    for (const SourceReadiness::Row &r : sources)
        behind << QJsonObject{
            {QStringLiteral("source"), r.source},
            {QStringLiteral("late"), QJsonArray::fromStringList(r.late)},
            {QStringLiteral("late_since"),
             r.lateSince.isValid() ? r.lateSince.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("units_reported"), r.unitsReported},
            {QStringLiteral("units_expected"), r.unitsExpected},
            {QStringLiteral("files_refused"), int(r.rejected.size())}};
    QJsonObject o{{QStringLiteral("coverage"), cov},
                  {QStringLiteral("missing_reports"), items(missingReports)},
                  {QStringLiteral("stale_sources"), items(staleSources)},
                  {QStringLiteral("departments_behind"), behind}};
    if (oldest)
        o.insert(QStringLiteral("oldest"), items({*oldest}).first());
    return o;
}
} // namespace ioc
