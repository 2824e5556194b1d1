#include "figures.h"
#include "period.h"

#include <QTest>

using namespace ioc;

class tst_Period : public QObject
{
    Q_OBJECT
private slots:
    void keys_data();
    void keys();
    void invalidKeys_data();
    void invalidKeys();
    void navigation();
    void realtimeIsCityTime();
    void overlaps();
    void asPeopleWriteIt_data();
    void asPeopleWriteIt();
    void anyPeriodUpToTheLatestDay();
    void onlyAPacksPeriods();
};

void tst_Period::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("day") << "2026-04-20" << int(Frequency::Daily) << QDate(2026, 4, 20)
                         << QDate(2026, 4, 20);
    QTest::newRow("month") << "2026-04" << int(Frequency::Monthly) << QDate(2026, 4, 1)
                           << QDate(2026, 4, 30);
    QTest::newRow("february leap")
        << "2024-02" << int(Frequency::Monthly) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("quarter") << "2026-Q2" << int(Frequency::Quarterly) << QDate(2026, 4, 1)
                             << QDate(2026, 6, 30);
    QTest::newRow("year") << "2025" << int(Frequency::Yearly) << QDate(2025, 1, 1)
                          << QDate(2025, 12, 31);
    QTest::newRow("iso week") << "2026-W16" << int(Frequency::Weekly) << QDate(2026, 4, 13)
                              << QDate(2026, 4, 19);
    QTest::newRow("week 1 starts in december")
        << "2026-W01" << int(Frequency::Weekly) << QDate(2025, 12, 29) << QDate(2026, 1, 4);
    QTest::newRow("realtime") << "2026-04-20T10:30" << int(Frequency::Realtime)
                              << QDate(2026, 4, 20) << QDate(2026, 4, 20);
}

void tst_Period::keys()
{
    QFETCH(QString, key);
    QFETCH(int, frequency);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto p = Period::fromKey(key);
    QVERIFY(p.has_value());
    QCOMPARE(int(p->frequency()), frequency);
    QCOMPARE(p->firstDay(), first);
    QCOMPARE(p->lastDay(), last);
    QCOMPARE(p->key(), key);
}

void tst_Period::invalidKeys_data()
{
    QTest::addColumn<QString>("key");
    for (const char *k : {"", "2026-13", "2026-02-30", "2026-Q5", "2026-W54", "26-04",
                          "2026-04-20T10:35", "2026-04-20T24:00", "2026/04", "abcd"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void tst_Period::invalidKeys()
{
    QFETCH(QString, key);
    QVERIFY(!Period::fromKey(key).has_value());
}

void tst_Period::navigation()
{
    QCOMPARE(Period::fromKey("2026-01")->previous().key(), QStringLiteral("2025-12"));
    QCOMPARE(Period::fromKey("2026-Q1")->previous().key(), QStringLiteral("2025-Q4"));
    QCOMPARE(Period::fromKey("2026-03-01")->previous().key(), QStringLiteral("2026-02-28"));
    QCOMPARE(Period::fromKey("2026-04-20T00:00")->previous().key(),
             QStringLiteral("2026-04-19T23:50"));
    QCOMPARE(Period::fromKey("2026-04-20T23:50")->next().key(), QStringLiteral("2026-04-21T00:00"));
    QCOMPARE(Period::fromKey("2026-04")->sameLastYear().key(), QStringLiteral("2025-04"));
    QCOMPARE(Period::fromKey("2024-02-29")->sameLastYear().key(), QStringLiteral("2023-02-28"));
    QVERIFY(*Period::fromKey("2026-03") < *Period::fromKey("2026-04"));
    QCOMPARE(Period::fromKey("2026-04")->end(), cityDateTime(QDate(2026, 5, 1), QTime(0, 0)));
}

void tst_Period::realtimeIsCityTime()
{
    // 03:25 UTC is 10:25 in Hải Phòng, floored to the 10-minute step
    const QDateTime utc(QDate(2026, 4, 20), QTime(3, 25), QTimeZone::utc());
    QCOMPARE(Period::realtime(utc).key(), QStringLiteral("2026-04-20T10:20"));
    // 18:00 UTC is already the next day in the city
    const QDateTime late(QDate(2026, 4, 20), QTime(18, 0), QTimeZone::utc());
    QCOMPARE(Period::containing(Frequency::Daily, late).key(), QStringLiteral("2026-04-21"));
}

void tst_Period::overlaps()
{
    const Period q2 = *Period::fromKey("2026-Q2");
    QVERIFY(q2.overlaps(QDate(2026, 4, 1), QDate(2026, 4, 30)));
    QVERIFY(!q2.overlaps(QDate(2026, 7, 1), QDate(2026, 7, 31)));
    QVERIFY(Period::fromKey("2026-04-20")->overlaps(QDate(2026, 4, 1), QDate(2026, 4, 30)));
}

void tst_Period::asPeopleWriteIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QString>("key"); // empty: none
    const int monthly = int(Frequency::Monthly);
    QTest::newRow("key") << "2026-04" << monthly << "2026-04";
    QTest::newRow("Tháng") << "Tháng 4/2026" << monthly << "2026-04";
    QTest::newRow("no diacritics") << "thang 04-2026" << monthly << "2026-04";
    QTest::newRow("T") << "T4/2026" << monthly << "2026-04";
    QTest::newRow("month 13") << "Tháng 13/2026" << monthly << "";
    QTest::newRow("Quý roman") << "Quý II/2026" << int(Frequency::Quarterly) << "2026-Q2";
    QTest::newRow("Q") << "Q3 2026" << int(Frequency::Quarterly) << "2026-Q3";
    QTest::newRow("Năm") << "Năm 2025" << int(Frequency::Yearly) << "2025";
    QTest::newRow("Tuần") << "Tuần 16/2026" << int(Frequency::Weekly) << "2026-W16";
    QTest::newRow("week 54") << "week 54/2026" << int(Frequency::Weekly) << "";
    QTest::newRow("day in a month") << "20/04/2026" << monthly << "2026-04";
    QTest::newRow("day itself") << "20/04/2026" << int(Frequency::Daily) << "2026-04-20";
    QTest::newRow("30 February") << "30/02/2026" << monthly << "";
    QTest::newRow("words") << "last month" << monthly << "";
}

void tst_Period::asPeopleWriteIt()
{
    QFETCH(QString, text);
    QFETCH(int, frequency);
    QFETCH(QString, key);
    const auto period = Period::fromText(text, Frequency(frequency));
    QCOMPARE(period ? period->key() : QString(), key);
}

void tst_Period::anyPeriodUpToTheLatestDay()
{
    using Mode = Selection::Mode;
    const PeriodRange range{QDate(2026, 4, 20), {}};
    const Selection april{Mode::Month, QDate(2026, 4, 20)};
    // a later day is held at the latest one; an earlier one is taken as it is
    QCOMPARE(*range.choose({Mode::Quarter, QDate(2026, 6, 30)}, april),
             (Selection{Mode::Quarter, QDate(2026, 4, 20)}));
    QCOMPARE(*range.choose({Mode::Month, QDate(2025, 12, 31)}, april),
             (Selection{Mode::Month, QDate(2025, 12, 31)}));
    // back to the whole previous month; never on past the latest day
    QCOMPARE(*range.step(april, -1), (Selection{Mode::Month, QDate(2026, 3, 31)}));
    QVERIFY(!range.step(april, +1));
    QCOMPARE(*range.step({Mode::Month, QDate(2026, 3, 20)}, +1), april);
}

void tst_Period::onlyAPacksPeriods()
{
    using Mode = Selection::Mode;
    const Selection march{Mode::Month, QDate(2026, 3, 31)};
    const Selection april{Mode::Month, QDate(2026, 4, 20)};
    const Selection q1{Mode::Quarter, QDate(2026, 3, 31)};
    const PeriodRange pack{QDate(2026, 4, 20), {march, april, q1}};
    QCOMPARE(*pack.choose(march, april), march);
    // a month the pack lacks: the nearest month it holds
    QCOMPARE(*pack.choose({Mode::Month, QDate(2026, 2, 28)}, april), march);
    // the nearest is what is shown already, or the pack holds none of that kind: nothing
    QVERIFY(!pack.choose({Mode::Month, QDate(2026, 5, 31)}, april));
    QVERIFY(!pack.choose({Mode::YearToDate, QDate(2026, 4, 20)}, april));
    // steps go through the pack's periods of the same kind only
    QCOMPARE(*pack.step(april, -1), march);
    QVERIFY(!pack.step(march, -1));
    QVERIFY(!pack.step(q1, +1));
}

QTEST_GUILESS_MAIN(tst_Period)
#include "tst_period.moc"
