#include "format.h"

#include <cmath>

namespace ioc {

Formatter::Formatter(const QString &lang)
    : m_lang(lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi"))
    , m_locale(m_lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                             : QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString Formatter::number(double v, int maxDecimals) const
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    const double f = std::pow(10.0, maxDecimals);
    const double rounded = std::round(v * f) / f;
    int decimals = maxDecimals;
    while (decimals > 0) {
        const double g = std::pow(10.0, decimals - 1);
        if (std::fabs(std::round(rounded * g) / g - rounded)
            > 1e-9 * std::max(1.0, std::fabs(rounded)))
            break;
        --decimals;
    }
    return m_locale.toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString Formatter::unitLabel(Unit u) const
{
    switch (u) {
    case Unit::BnVnd:
        return tr("bn VND");
    case Unit::MillionUsd:
        return tr("million USD");
    case Unit::Percent:
    case Unit::IndexPct:
        return QStringLiteral("%");
    case Unit::People:
        return tr("people");
    case Unit::Tonnes:
        return tr("tonnes");
    case Unit::ThousandTonnes:
        return tr("thousand tonnes");
    case Unit::Teu:
        return QStringLiteral("TEU");
    case Unit::VndPerLitre:
        return tr("VND/litre");
    case Unit::SquareMetre:
        return QStringLiteral("m²");
    case Unit::Millimetre:
        return QStringLiteral("mm");
    case Unit::Metre:
        return QStringLiteral("m");
    case Unit::MetrePerSecond:
        return QStringLiteral("m/s");
    case Unit::Kilometre:
        return QStringLiteral("km");
    case Unit::Minutes:
        return tr("min");
    case Unit::Count:
        return {};
    }
    return {};
}

QString Formatter::valueOnly(const Indicator &ind, double v, bool compact) const
{
    if (compact && std::fabs(v) >= 10e6 && ind.unit != Unit::BnVnd) {
        //: a large amount scaled to millions, e.g. "128,96 triệu"
        return tr("%1 million").arg(number(v / 1e6, 2));
    }
    return number(v, unitDecimals(ind.unit));
}

QString Formatter::value(const Indicator &ind, double v, bool compact) const
{
    QString n = valueOnly(ind, v, compact);
    const QString unit = unitLabel(ind.unit);
    if (unit.isEmpty())
        return n;
    if (unit == QLatin1String("%"))
        return n + unit;
    return n + QLatin1Char(' ') + unit;
}

QString Formatter::percent(double v, int decimals) const
{
    return number(v, decimals) + QLatin1Char('%');
}

QString Formatter::signedChange(double v, bool points) const
{
    const QString sign = v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("−") : QString();
    const QString n = number(std::fabs(v), 2);
    //: change in percentage points
    return points ? sign + tr("%1 pp").arg(n) : sign + n + QLatin1Char('%');
}

QString Formatter::date(const QDate &d) const
{
    return m_locale.toString(d, QStringLiteral("dd/MM/yyyy"));
}

QString Formatter::dateTime(const QDateTime &dt) const
{
    const QDateTime local = toCityTime(dt);
    return m_locale.toString(local, QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString Formatter::time(const QDateTime &dt) const
{
    return m_locale.toString(toCityTime(dt), QStringLiteral("HH:mm"));
}

QString Formatter::shortMonth(int month) const
{
    if (m_lang == QLatin1String("en"))
        return m_locale.standaloneMonthName(month, QLocale::ShortFormat);
    return QStringLiteral("T%1").arg(month);
}

QString Formatter::periodLabel(const QString &periodKey) const
{
    const auto p = Period::fromKey(periodKey);
    if (!p)
        return periodKey;
    const QDate d = p->firstDay();
    switch (p->frequency()) {
    case Frequency::Realtime:
        return dateTime(p->start());
    case Frequency::Daily:
        return date(d);
    case Frequency::Weekly:
        return tr("week of %1").arg(date(d));
    case Frequency::Monthly:
        // "Tháng 4/2026" (glossary) in Vietnamese; "April 2026" in English
        return m_lang == QLatin1String("en") ? m_locale.toString(d, QStringLiteral("MMMM yyyy"))
                                             : tr("Month %1/%2").arg(d.month()).arg(d.year());
    case Frequency::Quarterly: {
        static const char *const roman[] = {"I", "II", "III", "IV"};
        return tr("Quarter %1/%2").arg(QLatin1String(roman[(d.month() - 1) / 3])).arg(d.year());
    }
    case Frequency::Yearly:
        return tr("Year %1").arg(d.year());
    }
    return periodKey;
}

QString Formatter::ruleText(const Rule &rule, const Indicator &ind) const
{
    auto name = [&](const QString &ref) -> QString {
        if (ref == QLatin1String("value"))
            return tr("value");
        if (ref == QLatin1String("plan"))
            return tr("plan");
        if (ref == QLatin1String("pct_of_plan"))
            return tr("% of plan");
        if (ref == QLatin1String("chg_prev"))
            return tr("change vs previous period");
        if (ref == QLatin1String("chg_prev_pct"))
            return tr("% change vs previous period");
        if (ref == QLatin1String("chg_yoy_pct"))
            return tr("% change vs same period last year");
        if (ref == QLatin1String("city_avg"))
            return tr("city average");
        if (ref.startsWith(QLatin1String("alarm_level_")))
            return tr("alarm level %1").arg(ref.mid(12));
        if (ref.startsWith(QLatin1String("bf_")))
            return tr("Beaufort force %1").arg(ref.mid(3));
        if (ref == QLatin1String("band_lo") || ref == QLatin1String("band_hi")) {
            const QString bound = ref == QLatin1String("band_lo")
                                      ? tr("lower bound of the target band")
                                      : tr("upper bound of the target band");
            return ind.parameters.contains(ref)
                       ? QStringLiteral("%1 (%2)").arg(bound, number(ind.parameters.value(ref), 2))
                       : bound;
        }
        return ref; // another indicator, by its code
    };
    QStringList alternatives;
    for (const auto &conj : rule.disjuncts()) {
        QStringList clauses;
        for (const RuleClause &c : conj) {
            QString rhs;
            if (c.rhs.ref.isEmpty()) {
                rhs = number(c.rhs.offset, 2);
            } else {
                rhs = name(c.rhs.ref);
                if (c.rhs.factor != 1.0)
                    rhs = QStringLiteral("%1 × %2").arg(number(c.rhs.factor, 2), rhs);
                if (c.rhs.offset > 0)
                    rhs += QStringLiteral(" + ") + number(c.rhs.offset, 2);
                else if (c.rhs.offset < 0)
                    rhs += QStringLiteral(" − ") + number(-c.rhs.offset, 2);
            }
            clauses << QStringLiteral("%1 %2 %3").arg(name(c.metric), opSymbol(c.op), rhs);
        }
        alternatives << clauses.join(tr(" and "));
    }
    return alternatives.join(tr(" or "));
}

QString Formatter::noFigureText(const Indicator &ind, bool notAtPlace) const
{
    if (notAtPlace)
        return tr("Not reported for this place");
    if (ind.frequency == Frequency::Realtime)
        return tr("No reading kept for this day");
    return statusText(Status::NoData);
}

QString Formatter::statusText(Status s) const
{
    switch (s) {
    case Status::NoData:
        return tr("No data");
    case Status::Ok:
        return tr("On track");
    case Status::Warn:
        return tr("Warning");
    case Status::Critical:
        return tr("Critical");
    case Status::NoPlan:
        return tr("No plan");
    case Status::Info:
        return tr("For information");
    case Status::Stale:
        return tr("Stale");
    case Status::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString Formatter::statusWord(Status s, StatusKind kind) const
{
    if (kind == StatusKind::Informational && s == Status::Info)
        return {};
    if (kind == StatusKind::Sensor) {
        switch (s) {
        case Status::Ok:
            return tr("Normal");
        case Status::Critical:
            return tr("Danger");
        default:
            break;
        }
    }
    if (s == Status::NoPlan
        && (kind == StatusKind::Change || kind == StatusKind::ReduceVsSamePeriod
            || kind == StatusKind::Sensor))
        return tr("No comparison");
    return statusText(s);
}

QString Formatter::staleText(qint64 ageSeconds) const
{
    if (ageSeconds >= 2 * 86400)
        return tr("Stale, %n day(s)", nullptr, int(ageSeconds / 86400));
    if (ageSeconds >= 3600)
        return tr("Stale, %n hour(s)", nullptr, int(ageSeconds / 3600));
    return tr("Stale, %n minute(s)", nullptr, int(std::max<qint64>(1, ageSeconds / 60)));
}

QString Formatter::ageText(qint64 ageSeconds) const
{
    if (ageSeconds < 5)
        return tr("just now");
    if (ageSeconds < 120)
        return tr("%n second(s) ago", nullptr, int(ageSeconds));
    if (ageSeconds < 2 * 3600)
        return tr("%n minute(s) ago", nullptr, int(ageSeconds / 60));
    if (ageSeconds < 2 * 86400)
        return tr("%n hour(s) ago", nullptr, int(ageSeconds / 3600));
    return tr("%n day(s) ago", nullptr, int(ageSeconds / 86400));
}

QString Formatter::frequencyText(Frequency f) const
{
    switch (f) {
    case Frequency::Realtime:
        return tr("real-time");
    case Frequency::Daily:
        return tr("daily");
    case Frequency::Weekly:
        return tr("weekly");
    case Frequency::Monthly:
        return tr("monthly");
    case Frequency::Quarterly:
        return tr("quarterly");
    case Frequency::Yearly:
        return tr("yearly");
    }
    return {};
}

QString plainNumber(const std::optional<double> &v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return {};
    const double f = std::pow(10.0, decimals);
    double r = std::round(*v * f) / f;
    if (r == 0)
        r = 0; // no "-0"
    QString s = QString::number(r, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString foldText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = u'd';
        if (c.isSpace() || c == u'_') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c.toLower();
    }
    return out;
}

} // namespace ioc
