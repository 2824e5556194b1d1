#include "support/fixture.h"
#include "format.h"

#include <QTest>

using namespace ioc;

class tst_Format : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_translation.install(QStringLiteral("en"))); }
    void values_data();
    void values();
    void datesAndPeriods();
    void changesAndStatus();
    void vietnameseWords();

private:
    test::Translation m_translation;
};

namespace {
Indicator withUnit(Unit u)
{
    Indicator i;
    i.unit = u;
    return i;
}
} // namespace

// The formats of glossary.md: "56.363 tỷ đồng", "24.553,3 tỷ đồng", "10,87%", never 1e+08.
void tst_Format::values_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vi bn") << "vi" << int(Unit::BnVnd) << 56363.0 << false
                           << QStringLiteral("56.363 tỷ đồng");
    QTest::newRow("vi bn decimal")
        << "vi" << int(Unit::BnVnd) << 24553.3 << false << QStringLiteral("24.553,3 tỷ đồng");
    QTest::newRow("vi percent") << "vi" << int(Unit::Percent) << 10.87 << false
                                << QStringLiteral("10,87%");
    QTest::newRow("vi percent whole")
        << "vi" << int(Unit::Percent) << 45.0 << false << QStringLiteral("45%");
    QTest::newRow("vi percent one decimal")
        << "vi" << int(Unit::Percent) << 42.9 << false << QStringLiteral("42,9%");
    QTest::newRow("vi negative") << "vi" << int(Unit::Percent) << -6.25 << false
                                 << QStringLiteral("-6,25%");
    QTest::newRow("vi count") << "vi" << int(Unit::Count) << 52920.0 << false
                              << QStringLiteral("52.920");
    QTest::newRow("vi usd") << "vi" << int(Unit::MillionUsd) << 965.0 << false
                            << QStringLiteral("965 triệu USD");
    QTest::newRow("vi m2 full") << "vi" << int(Unit::SquareMetre) << 128960000.0 << false
                                << QStringLiteral("128.960.000 m²");
    QTest::newRow("vi m2 compact") << "vi" << int(Unit::SquareMetre) << 128960000.0 << true
                                   << QStringLiteral("128,96 triệu m²");
    QTest::newRow("vi thousand tonnes") << "vi" << int(Unit::ThousandTonnes) << 214609.1 << false
                                        << QStringLiteral("214.609,1 nghìn tấn");
    QTest::newRow("vi price") << "vi" << int(Unit::VndPerLitre) << 21850.0 << false
                              << QStringLiteral("21.850 đồng/lít");
    QTest::newRow("vi huge never scientific")
        << "vi" << int(Unit::BnVnd) << 734420.0 << true << QStringLiteral("734.420 tỷ đồng");
    QTest::newRow("en bn") << "en" << int(Unit::BnVnd) << 24553.3 << false
                           << QStringLiteral("24,553.3 bn VND");
    QTest::newRow("en percent") << "en" << int(Unit::Percent) << 10.87 << false
                                << QStringLiteral("10.87%");
    QTest::newRow("en people") << "en" << int(Unit::People) << 4662000.0 << false
                               << QStringLiteral("4,662,000 people");
}

void tst_Format::values()
{
    QFETCH(QString, lang);
    QFETCH(int, unit);
    QFETCH(double, value);
    QFETCH(bool, compact);
    QFETCH(QString, expected);
    QVERIFY(m_translation.install(lang));
    const Formatter fmt(lang);
    const QString got = fmt.value(withUnit(Unit(unit)), value, compact);
    QCOMPARE(got, expected);
}

void tst_Format::datesAndPeriods()
{
    const Formatter vi(QStringLiteral("vi"));
    QCOMPARE(vi.date(QDate(2026, 4, 20)), QStringLiteral("20/04/2026"));
    QCOMPARE(vi.number(1250.0, 0), QStringLiteral("1.250"));
    const Formatter en(QStringLiteral("en"));
    QCOMPARE(en.date(QDate(2026, 4, 20)), QStringLiteral("20/04/2026"));
    QCOMPARE(en.periodLabel(QStringLiteral("2026-04")), QStringLiteral("April 2026"));
    QCOMPARE(en.periodLabel(QStringLiteral("2026-Q2")), QStringLiteral("Quarter II/2026"));
    QCOMPARE(en.periodLabel(QStringLiteral("2025")), QStringLiteral("Year 2025"));
    QCOMPARE(en.periodLabel(QStringLiteral("2026-04-20")), QStringLiteral("20/04/2026"));
    QCOMPARE(en.dateTime(QDateTime(QDate(2026, 4, 20), QTime(3, 30), QTimeZone::utc())),
             QStringLiteral("10:30 20/04/2026"));
}

void tst_Format::changesAndStatus()
{
    const Formatter en(QStringLiteral("en"));
    QCOMPARE(en.signedChange(8.0611, false), QStringLiteral("+8.06%"));
    QCOMPARE(en.signedChange(-0.5, true), QStringLiteral("−0.5 pp"));
    QCOMPARE(en.signedChange(0, false), QStringLiteral("0%"));
    QCOMPARE(en.statusText(Status::Warn), QStringLiteral("Warning"));
    QCOMPARE(en.staleText(3 * 86400), QStringLiteral("Stale, 3 days"));
    QCOMPARE(en.staleText(90 * 60), QStringLiteral("Stale, 1 hour"));
}

void tst_Format::vietnameseWords()
{
    QVERIFY(m_translation.install(QStringLiteral("vi")));
    const Formatter vi(QStringLiteral("vi"));
    QCOMPARE(vi.periodLabel(QStringLiteral("2026-04")), QStringLiteral("Tháng 4/2026"));
    QCOMPARE(vi.periodLabel(QStringLiteral("2026-Q2")), QStringLiteral("Quý II/2026"));
    QCOMPARE(vi.statusText(Status::Ok), QStringLiteral("Đạt"));
    QCOMPARE(vi.statusText(Status::Warn), QStringLiteral("Cảnh báo"));
    QCOMPARE(vi.statusText(Status::Critical), QStringLiteral("Nghiêm trọng"));
    QCOMPARE(vi.statusText(Status::NoPlan), QStringLiteral("Chưa có kế hoạch"));
    QCOMPARE(vi.staleText(3 * 86400), QStringLiteral("Chưa cập nhật 3 ngày"));
    QCOMPARE(vi.signedChange(8.0611, false), QStringLiteral("+8,06%"));
    QCOMPARE(vi.signedChange(0.58, true), QStringLiteral("+0,58 điểm %"));
}

QTEST_GUILESS_MAIN(tst_Format)
#include "tst_format.moc"
