#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace ioc {

// How often an indicator is reported; also the kind of its periods.
enum class Frequency { Realtime, Daily, Weekly, Monthly, Quarterly, Yearly };

std::optional<Frequency> frequencyFromKey(const QString &key);
QString frequencyKey(Frequency f);
// Nominal length in seconds, used by the freshness rule (stale after twice this).
qint64 nominalSeconds(Frequency f);

// The city's own time: every period key and "as of" is in Vietnam time (UTC+7, no DST),
// whatever the machine's zone is. A fixed offset, not a QTimeZone: in Qt 6.4 converting a
// zone-based QDateTime costs microseconds, which adds up over millions of rows.
constexpr int kCityUtcOffsetSeconds = 7 * 3600;
QDateTime cityDateTime(const QDate &date, const QTime &time);
// The end of a day in city time (midnight starting the next): what a view of that day knows.
inline QDateTime cityDayEnd(const QDate &date)
{
    return cityDateTime(date.addDays(1), QTime(0, 0));
}
QDateTime toCityTime(const QDateTime &dt);

// One period of one frequency. Keys sort chronologically within a frequency:
// "2026-04-20T10:30", "2026-04-20", "2026-W16", "2026-04", "2026-Q2", "2026".
class Period
{
public:
    Period() = default;
    static Period realtime(const QDateTime &instant); // floored to 10 minutes
    static Period day(const QDate &d) { return Period(Frequency::Daily, d); }
    static Period week(const QDate &anyDay);
    static Period month(int year, int month)
    {
        return Period(Frequency::Monthly, QDate(year, month, 1));
    }
    static Period quarter(int year, int q)
    {
        return Period(Frequency::Quarterly, QDate(year, 3 * q - 2, 1));
    }
    static Period year(int y) { return Period(Frequency::Yearly, QDate(y, 1, 1)); }
    static Period containing(Frequency f, const QDateTime &instant);
    static std::optional<Period> fromKey(const QString &key);
    // A period as people write it in a report: a key ("2026-04"), "Tháng 4/2026", "T4/2026",
    // "Quý II/2026", "Q2 2026", "Năm 2026", "Tuần 16/2026", or a day "20/04/2026" (the period of
    // `frequency` that contains it); with or without diacritics, in English too. Nothing when
    // it reads as none.
    static std::optional<Period> fromText(const QString &text, Frequency frequency);

    bool isValid() const { return m_start.isValid(); }
    Frequency frequency() const { return m_frequency; }
    QString key() const;
    QDate firstDay() const { return m_start; }
    QDate lastDay() const;
    QDateTime start() const;
    QDateTime end() const; // exclusive
    Period next() const;
    Period previous() const;
    Period sameLastYear() const;
    bool overlaps(const QDate &from, const QDate &to) const;

    bool operator==(const Period &o) const
    {
        return m_frequency == o.m_frequency && m_start == o.m_start && m_minute == o.m_minute;
    }
    bool operator<(const Period &o) const;

private:
    Period(Frequency f, const QDate &start, int minute = 0)
        : m_frequency(f)
        , m_start(start)
        , m_minute(minute)
    {}
    Frequency m_frequency = Frequency::Daily;
    QDate m_start;
    int m_minute = 0; // minute of day, realtime only
};

} // namespace ioc
