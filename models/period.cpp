#include "period.h"

#include "format.h"

#include <QRegularExpression>

namespace ioc {

namespace {
constexpr int kRealtimeStepMinutes = 10;
}

std::optional<Frequency> frequencyFromKey(const QString &key)
{
    if (key == QLatin1String("realtime"))
        return Frequency::Realtime;
    if (key == QLatin1String("daily"))
        return Frequency::Daily;
    if (key == QLatin1String("weekly"))
        return Frequency::Weekly;
    if (key == QLatin1String("monthly"))
        return Frequency::Monthly;
    if (key == QLatin1String("quarterly"))
        return Frequency::Quarterly;
    if (key == QLatin1String("yearly"))
        return Frequency::Yearly;
    return std::nullopt;
}

QString frequencyKey(Frequency f)
{
    switch (f) {
    case Frequency::Realtime:
        return QStringLiteral("realtime");
    case Frequency::Daily:
        return QStringLiteral("daily");
    case Frequency::Weekly:
        return QStringLiteral("weekly");
    case Frequency::Monthly:
        return QStringLiteral("monthly");
    case Frequency::Quarterly:
        return QStringLiteral("quarterly");
    case Frequency::Yearly:
        return QStringLiteral("yearly");
    }
    return {};
}

qint64 nominalSeconds(Frequency f)
{
    constexpr qint64 day = 86400;
    switch (f) {
    case Frequency::Realtime:
        return kRealtimeStepMinutes * 60;
    case Frequency::Daily:
        return day;
    case Frequency::Weekly:
        return 7 * day;
    case Frequency::Monthly:
        return 31 * day;
    case Frequency::Quarterly:
        return 92 * day;
    case Frequency::Yearly:
        return 366 * day;
    }
    return day;
}

QDateTime cityDateTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, kCityUtcOffsetSeconds);
}

QDateTime toCityTime(const QDateTime &dt)
{
    return dt.toOffsetFromUtc(kCityUtcOffsetSeconds);
}

Period Period::realtime(const QDateTime &instant)
{
    const QDateTime local = toCityTime(instant);
    const int minute = local.time().hour() * 60 + local.time().minute();
    return Period(Frequency::Realtime, local.date(), minute - minute % kRealtimeStepMinutes);
}

Period Period::week(const QDate &anyDay)
{
    return Period(Frequency::Weekly, anyDay.addDays(1 - anyDay.dayOfWeek()));
}

Period Period::containing(Frequency f, const QDateTime &instant)
{
    const QDate d = toCityTime(instant).date();
    switch (f) {
    case Frequency::Realtime:
        return realtime(instant);
    case Frequency::Daily:
        return day(d);
    case Frequency::Weekly:
        return week(d);
    case Frequency::Monthly:
        return month(d.year(), d.month());
    case Frequency::Quarterly:
        return quarter(d.year(), (d.month() + 2) / 3);
    case Frequency::Yearly:
        return year(d.year());
    }
    return {};
}

std::optional<Period> Period::fromText(const QString &text, Frequency frequency)
{
    const QString t = text.simplified();
    if (auto key = fromKey(t))
        return key;
    const QString folded = foldText(t);
    static const QRegularExpression month(
        QStringLiteral("^(?:thang |month |t)?(\\d{1,2})[/-](\\d{4})$"));
    static const QRegularExpression quarter(
        QStringLiteral("^(?:quy |quarter |q)([1-4]|i|ii|iii|iv)[/ -](\\d{4})$"));
    static const QRegularExpression year(QStringLiteral("^(?:nam |year )?(\\d{4})$"));
    static const QRegularExpression day(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression week(
        QStringLiteral("^(?:tuan |week |w)(\\d{1,2})[/ -](\\d{4})$"));
    QRegularExpressionMatch m;
    if ((m = day.match(folded)).hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return containing(frequency, cityDateTime(d, QTime(12, 0)));
    } else if ((m = month.match(folded)).hasMatch()) {
        const int mo = m.captured(1).toInt();
        if (mo >= 1 && mo <= 12)
            return Period::month(m.captured(2).toInt(), mo);
    } else if ((m = quarter.match(folded)).hasMatch()) {
        static const QString roman[] = {QStringLiteral("I"), QStringLiteral("II"),
                                        QStringLiteral("III"), QStringLiteral("IV")};
        const QString q = m.captured(1).toUpper();
        int n = q.toInt();
        for (int i = 0; i < 4 && !n; ++i)
            n = q == roman[i] ? i + 1 : 0;
        return Period::quarter(m.captured(2).toInt(), n);
    } else if ((m = year.match(folded)).hasMatch()) {
        return Period::year(m.captured(1).toInt());
    } else if ((m = week.match(folded)).hasMatch()) {
        const int w = m.captured(1).toInt();
        const QDate jan4(m.captured(2).toInt(), 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (w - 1));
        if (w >= 1 && w <= 53 && monday.weekNumber() == w)
            return Period::week(monday);
    }
    return std::nullopt;
}

std::optional<Period> Period::fromKey(const QString &key)
{
    // Parsed by hand, not by a regular expression: every row of a sync and of the cache passes
    // through here. Keys: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-Www, YYYY-Qn.
    const qsizetype len = key.size();
    const QChar *k = key.constData();
    auto digits = [&](qsizetype pos, int n, int *out) {
        if (pos + n > len)
            return false;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const char16_t c = k[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0;
    if (!digits(0, 4, &y) || y < 1900 || y > 2999)
        return std::nullopt;
    if (len == 4)
        return year(y);
    if (len < 7 || k[4] != u'-')
        return std::nullopt;
    if (k[5] == u'W') {
        int w = 0;
        if (len != 8 || !digits(6, 2, &w))
            return std::nullopt;
        // ISO week 1 contains 4 January.
        const QDate jan4(y, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (w - 1));
        int isoYear = 0;
        if (w < 1 || monday.weekNumber(&isoYear) != w || isoYear != y)
            return std::nullopt;
        return Period(Frequency::Weekly, monday);
    }
    if (k[5] == u'Q') {
        const char16_t q = k[6].unicode();
        if (len != 7 || q < u'1' || q > u'4')
            return std::nullopt;
        return quarter(y, q - u'0');
    }
    int mo = 0;
    if (!digits(5, 2, &mo) || mo < 1 || mo > 12)
        return std::nullopt;
    if (len == 7)
        return month(y, mo);
    int dd = 0;
    if (len < 10 || k[7] != u'-' || !digits(8, 2, &dd))
        return std::nullopt;
    const QDate d(y, mo, dd);
    if (!d.isValid())
        return std::nullopt;
    if (len == 10)
        return day(d);
    int h = 0, mi = 0;
    if (len != 16 || k[10] != u'T' || k[13] != u':' || !digits(11, 2, &h) || !digits(14, 2, &mi))
        return std::nullopt;
    if (h > 23 || mi > 59 || mi % kRealtimeStepMinutes != 0)
        return std::nullopt;
    return Period(Frequency::Realtime, d, h * 60 + mi);
}

QString Period::key() const
{
    switch (m_frequency) {
    case Frequency::Realtime:
        return m_start.toString(Qt::ISODate)
               + QStringLiteral("T%1:%2")
                     .arg(m_minute / 60, 2, 10, QLatin1Char('0'))
                     .arg(m_minute % 60, 2, 10, QLatin1Char('0'));
    case Frequency::Daily:
        return m_start.toString(Qt::ISODate);
    case Frequency::Weekly: {
        int isoYear = 0;
        const int w = m_start.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(w, 2, 10, QLatin1Char('0'));
    }
    case Frequency::Monthly:
        return QStringLiteral("%1-%2")
            .arg(m_start.year())
            .arg(m_start.month(), 2, 10, QLatin1Char('0'));
    case Frequency::Quarterly:
        return QStringLiteral("%1-Q%2").arg(m_start.year()).arg((m_start.month() + 2) / 3);
    case Frequency::Yearly:
        return QString::number(m_start.year());
    }
    return {};
}

QDate Period::lastDay() const
{
    switch (m_frequency) {
    case Frequency::Realtime:
    case Frequency::Daily:
        return m_start;
    case Frequency::Weekly:
        return m_start.addDays(6);
    case Frequency::Monthly:
        return m_start.addMonths(1).addDays(-1);
    case Frequency::Quarterly:
        return m_start.addMonths(3).addDays(-1);
    case Frequency::Yearly:
        return m_start.addYears(1).addDays(-1);
    }
    return m_start;
}

QDateTime Period::start() const
{
    return cityDateTime(m_start, QTime(m_minute / 60, m_minute % 60));
}

QDateTime Period::end() const
{
    if (m_frequency == Frequency::Realtime)
        return start().addSecs(kRealtimeStepMinutes * 60);
    return cityDateTime(lastDay().addDays(1), QTime(0, 0));
}

Period Period::next() const
{
    if (m_frequency == Frequency::Realtime)
        return realtime(start().addSecs(kRealtimeStepMinutes * 60));
    return Period(m_frequency, lastDay().addDays(1));
}

Period Period::previous() const
{
    switch (m_frequency) {
    case Frequency::Realtime:
        return realtime(start().addSecs(-kRealtimeStepMinutes * 60));
    case Frequency::Daily:
        return day(m_start.addDays(-1));
    case Frequency::Weekly:
        return Period(m_frequency, m_start.addDays(-7));
    case Frequency::Monthly:
        return Period(m_frequency, m_start.addMonths(-1));
    case Frequency::Quarterly:
        return Period(m_frequency, m_start.addMonths(-3));
    case Frequency::Yearly:
        return Period(m_frequency, m_start.addYears(-1));
    }
    return {};
}

Period Period::sameLastYear() const
{
    if (m_frequency == Frequency::Weekly)
        return week(m_start.addDays(-364));
    return Period(m_frequency, m_start.addYears(-1), m_minute);
}

bool Period::overlaps(const QDate &from, const QDate &to) const
{
    return m_start <= to && lastDay() >= from;
}

bool Period::operator<(const Period &o) const
{
    if (m_start != o.m_start)
        return m_start < o.m_start;
    return m_minute < o.m_minute;
}

} // namespace ioc
