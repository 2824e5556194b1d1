// The briefing in words: the April 2026 figures the city published, stated with their
// published wording of status, in Vietnamese and English; sentences ordered by what matters,
// each citing the figures it states; gaps and stale figures said as such.
#include "support/fixture.h"
#include "forecast.h"
#include "narrative.h"
#include "screendata.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

class tst_Narrative : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void publishedFigures_data();
    void publishedFigures();
    void englishStatesTheSameFigures();
    void orderedByWhatMatters();
    void everyNumberIsCited();
    void deterministic();
    void gapsAreStated();
    void placeViewSaysWhatItsLevelLacks();
    void staleFiguresSaySo();
    void briefingStatesEachFigureOnce();
    void yearEndProjectionOfTheDemo();

private:
    QVector<Narrative> write(const QString &lang, const QString &cachePath,
                             const QDateTime &now) const;
    QString textOf(const QVector<Narrative> &n) const { return NarrativeWriter::plainText(n); }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
    test::Translation m_translation;
    QString m_cache;
    const Selection m_april{Selection::Mode::Month, QDate(2026, 4, 20)};
    const QDateTime m_now = cityDateTime(QDate(2026, 4, 20), QTime(23, 0));
    const QStringList m_codes{QStringLiteral("S01"), QStringLiteral("S08"), QStringLiteral("S09"),
                              QStringLiteral("S16")};
};

void tst_Narrative::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities, &m_screens);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(ScreenCatalog::check(m_screens, m_catalog).isEmpty());
    m_cache = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString seeded = test::seedDemoCache(m_cache, m_catalog, m_entities, m_now);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
}

QVector<Narrative> tst_Narrative::write(const QString &lang, const QString &cachePath,
                                        const QDateTime &now) const
{
    if (!const_cast<test::Translation &>(m_translation).install(lang))
        return {};
    ScreenLoader loader(m_catalog, m_entities, m_screens, cachePath);
    const Formatter fmt(lang);
    const NarrativeWriter writer(m_entities, fmt);
    QVector<Narrative> screens;
    for (const QString &code : m_codes) {
        for (const ScreenDefinition &def : m_screens) {
            if (def.code == code)
                screens << writer.screen(def, loader.compute(code, m_april, now));
        }
    }
    QVector<Narrative> all{writer.briefing(screens)};
    return all + screens;
}

void tst_Narrative::publishedFigures_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("status"); // what the sentence stating it says of its status
    // figures-2026-04.md, in the words the department writes them
    QTest::newRow("GRDP growth") << "đạt 10,87%"
                                 << "chưa đạt kế hoạch tháng";
    QTest::newRow("total revenue") << "đạt 56.363 tỷ đồng"
                                   << "vượt kế hoạch tháng";
    QTest::newRow("domestic") << "thu nội địa 29.351 tỷ đồng"
                              << "trong đó";
    QTest::newRow("import-export") << "thu từ hoạt động xuất nhập khẩu 20.852 tỷ đồng"
                                   << "trong đó";
    QTest::newRow("April period") << "đạt 24.553,3 tỷ đồng"
                                  << "tăng 8,06% so với tháng trước";
    QTest::newRow("operating businesses") << "đạt 52.920"
                                          << "";
    QTest::newRow("new businesses") << "đạt 2.147"
                                    << "vượt kế hoạch tháng";
    QTest::newRow("FDI") << "đạt 965 triệu USD"
                         << "vượt kế hoạch tháng";
    QTest::newRow("IIP") << "(IIP) so với cùng kỳ đạt 15%"
                         << "vượt kế hoạch tháng";
    QTest::newRow("land-clearance projects") << "giải phóng mặt bằng: 218"
                                             << "";
    QTest::newRow("state-funded") << "trong đó số dự án sử dụng vốn ngân sách nhà nước"
                                  << "123.";
    QTest::newRow("area") << "gần 129 triệu m²"
                          << "";
    QTest::newRow("Cát Hải") << "UBND đặc khu Cát Hải (42,9%)"
                             << "Cao nhất";
    QTest::newRow("West Hải Phòng PMU") << "Tây Hải Phòng (24,3%)"
                                        << "Cao nhất";
    QTest::newRow("units at 0%") << "ở mức 0%:"
                                 << "đơn vị có tỷ lệ giải ngân";
}

void tst_Narrative::publishedFigures()
{
    QFETCH(QString, figure);
    QFETCH(QString, status);
    const QVector<Narrative> all = write(QStringLiteral("vi"), m_cache, m_now);
    QVERIFY(!all.isEmpty());
    QStringList sentences;
    for (const Narrative &n : all) {
        for (const NarrativeSentence &s : n.sentences) {
            if (s.text.contains(figure))
                sentences << s.text;
        }
    }
    QVERIFY2(!sentences.isEmpty(),
             qPrintable(figure + QStringLiteral(" is not stated in:\n") + textOf(all)));
    for (const QString &s : std::as_const(sentences))
        QVERIFY2(s.contains(status), qPrintable(s));
}

void tst_Narrative::englishStatesTheSameFigures()
{
    const QString text = textOf(write(QStringLiteral("en"), m_cache, m_now));
    for (const char *expected :
         {"reached 10.87%, short of the month plan", "reached 56,363 bn VND, above the month plan",
          "of which domestic revenue 29,351 bn VND", "import-export revenue 20,852 bn VND",
          "reached 24,553.3 bn VND, above the month plan, up 8.06% on the previous month",
          "reached 52,920", "reached 2,147", "reached 965 million USD", "nearly 129 million m²",
          "(42.9%)", "(24.3%)"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY2(!text.contains(QStringLiteral("đạt")), qPrintable(text));
}

void tst_Narrative::orderedByWhatMatters()
{
    const QVector<Narrative> all = write(QStringLiteral("vi"), m_cache, m_now);
    QVERIFY(all.size() == 5);
    for (const Narrative &n : all) {
        QVERIFY(!n.sentences.isEmpty());
        for (qsizetype i = 1; i < n.sentences.size(); ++i)
            QVERIFY2(n.sentences.at(i - 1).weight <= n.sentences.at(i).weight,
                     qPrintable(n.sentences.at(i).text));
    }
    // the briefing opens with the units that disbursed nothing, then GRDP short of its plan
    const Narrative &briefing = all.first();
    QCOMPARE(briefing.sentences.first().weight, NarrativeSentence::Weight::Critical);
    QVERIFY(briefing.sentences.first().text.contains(QStringLiteral("0%")));
    bool grdpWarned = false;
    for (const NarrativeSentence &s : briefing.sentences)
        grdpWarned = grdpWarned
                     || (s.weight == NarrativeSentence::Weight::Warning
                         && s.cites.first().indicator->code == QLatin1String("A01.01"));
    QVERIFY(grdpWarned);
}

// Every number a sentence prints is a figure it cites (value, plan or change), never one made up.
void tst_Narrative::everyNumberIsCited()
{
    const QVector<Narrative> all = write(QStringLiteral("vi"), m_cache, m_now);
    for (const Narrative &n : all) {
        for (const NarrativeSentence &s : n.sentences) {
            QVERIFY2(!s.cites.isEmpty(), qPrintable(s.text));
            for (const Figure &f : s.cites) {
                QVERIFY(f.indicator);
                if (s.weight != NarrativeSentence::Weight::Gap)
                    QVERIFY2(f.value.has_value(), qPrintable(s.text));
            }
            QCOMPARE(s.screen.isEmpty(), false);
        }
    }
    const Formatter fmt(QStringLiteral("vi"));
    const NarrativeWriter writer(m_entities, fmt);
    const NarrativeSentence &first = all.at(1).sentences.first();
    QVERIFY(writer.citation(first.cites.first()).contains(first.cites.first().indicator->code));
}

void tst_Narrative::deterministic()
{
    const QString once = textOf(write(QStringLiteral("vi"), m_cache, m_now));
    const QString twice = textOf(write(QStringLiteral("vi"), m_cache, m_now));
    QCOMPARE(once, twice);
}

void tst_Narrative::gapsAreStated()
{
    // an empty cache: no sentence claims a figure, every screen names what it lacks
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Cache cache;
        QString error;
        QVERIFY2(cache.open(empty, &error), qPrintable(error));
    }
    const QVector<Narrative> all = write(QStringLiteral("vi"), empty, m_now);
    QCOMPARE(all.size(), 5);
    for (const Narrative &n : all.mid(1)) {
        QCOMPARE(n.sentences.size(), 1);
        QCOMPARE(n.sentences.first().weight, NarrativeSentence::Weight::Gap);
        QVERIFY(n.sentences.first().text.startsWith(QStringLiteral("Chưa có số liệu kỳ này: ")));
        QVERIFY(!n.sentences.first().text.contains(QStringLiteral(" đạt ")));
    }
    QCOMPARE(all.first().sentences.size(), 1);
    QVERIFY(all.first().sentences.first().cites.isEmpty());
}

void tst_Narrative::placeViewSaysWhatItsLevelLacks()
{
    // S09 for Phường Hồng Bàng: what wards do not report is said as such, not as a figure
    // missing for the period
    QVERIFY(m_translation.install(QStringLiteral("vi")));
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_cache);
    const ScreenData data
        = loader.compute(QStringLiteral("S09"), m_april, m_now, QStringLiteral("11311"));
    QVERIFY(!data.notAtPlace.isEmpty());
    const ScreenDefinition *def = nullptr;
    for (const ScreenDefinition &d : std::as_const(m_screens))
        def = d.code == QLatin1String("S09") ? &d : def;
    QVERIFY(def);
    const Formatter fmt(QStringLiteral("vi"));
    const Narrative n = NarrativeWriter(m_entities, fmt).screen(*def, data);
    QStringList said;
    for (const NarrativeSentence &s : n.sentences)
        said << s.text;
    const QString all = said.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Chỉ có số liệu toàn thành phố, không có cho Phường Hồng "
                                         "Bàng: ")),
             qPrintable(all));
    for (const QString &code : data.notAtPlace) {
        const Indicator *ind = m_catalog.find(code);
        QVERIFY(ind);
        const QString name = ind->name(QStringLiteral("vi"));
        QVERIFY2(!all.contains(QStringLiteral("Chưa có số liệu kỳ này: ") + name.left(1).toLower()
                               + name.mid(1)),
                 qPrintable(all));
    }
}

void tst_Narrative::staleFiguresSaySo()
{
    // the same cache read three weeks later: the daily budget figures are stale
    const QVector<Narrative> all = write(QStringLiteral("vi"), m_cache, m_now.addDays(21));
    bool said = false;
    for (const NarrativeSentence &s : all.at(1).sentences) {
        const Figure &f = s.cites.first();
        if (f.status.stale && s.weight != NarrativeSentence::Weight::Gap) {
            QVERIFY2(s.text.contains(QStringLiteral("chưa cập nhật từ")), qPrintable(s.text));
            said = true;
        }
    }
    QVERIFY(said);
}

void tst_Narrative::briefingStatesEachFigureOnce()
{
    const QVector<Narrative> all = write(QStringLiteral("vi"), m_cache, m_now);
    QStringList texts;
    for (const NarrativeSentence &s : all.first().sentences)
        texts << s.text;
    QCOMPARE(texts.removeDuplicates(), 0);
    // C03.02 is on S01 and S16: its sentence once in the summary
    int disbursement = 0;
    for (const QString &t : std::as_const(texts))
        disbursement += t.startsWith(QStringLiteral("Tỷ lệ giải ngân vốn đầu tư công theo chủ"));
    QCOMPARE(disbursement, 1);
    // short: every critical figure and warning, at most eight gains
    int gains = 0;
    for (const NarrativeSentence &s : all.first().sentences)
        gains += s.weight == NarrativeSentence::Weight::Gain;
    QVERIFY(gains > 0 && gains <= 8);
}

// The year-end projection on the demo data: in April 2026 for FDI (A12.01) in words, and the
// backtest of 2025 (each month-end's projection against the real December): every city-level
// year-to-date indicator scored at each month-end it reports from February, none refused.
void tst_Narrative::yearEndProjectionOfTheDemo()
{
    QVERIFY(m_translation.install(QStringLiteral("vi")));
    Cache cache;
    QString error;
    QVERIFY2(cache.open(m_cache, &error), qPrintable(error));
    const FigureService figures(m_catalog, m_entities, cache);
    const Indicator &fdi = *m_catalog.find(QStringLiteral("A12.01"));
    const auto trend = figures.trend(fdi, m_entities.city().code, m_april, kTrendMonths);
    const YearEndProjection p = YearEndProjection::make(fdi, trend);
    QVERIFY(p.ok());
    QCOMPARE(p.month, 4);
    QCOMPARE(p.fromValue, 965.0); // the published figure of April
    QVERIFY(p.low <= p.value && p.value <= p.high);
    const QString words = p.text(fdi, Formatter(QStringLiteral("vi")));
    QVERIFY2(words.startsWith(QStringLiteral("Dự báo cả năm: "))
                 && words.contains(QStringLiteral("khoảng "))
                 && words.contains(QStringLiteral("triệu USD")),
             qPrintable(words));
    // against the year's plan April's report carries: "(Y% kế hoạch năm)"
    QVERIFY(p.annualPlan);
    const QString share = Formatter(QStringLiteral("vi")).number(100 * p.value / *p.annualPlan, 1);
    QVERIFY2(words.contains(QStringLiteral(" (%1% kế hoạch năm), khoảng ").arg(share)),
             qPrintable(words));
    // every year-to-date figure with a plan carries one, never below what is due to date, and
    // the year it projects stays near it (the demo's plans and figures tell one story)
    for (const Indicator &ind : m_catalog.indicators()) {
        if (ind.aggregation != Aggregation::YearToDate || ind.geoLevel != GeoLevel::City
            || !ind.hasPlan)
            continue;
        const auto t = figures.trend(ind, m_entities.city().code, m_april, kTrendMonths);
        const YearEndProjection y = YearEndProjection::make(ind, t);
        QVERIFY2(y.annualPlan, qPrintable(ind.code));
        QVERIFY2(!t.last().plan || *y.annualPlan >= *t.last().plan, qPrintable(ind.code));
        if (y.ok() && ind.unit != Unit::Percent) {
            const double pct = 100 * y.value / *y.annualPlan;
            QVERIFY2(pct > 80 && pct < 125,
                     qPrintable(QStringLiteral("%1: %2").arg(
                         ind.code, y.text(ind, Formatter(QStringLiteral("en"))))));
        }
    }

    const ForecastBacktest b = ForecastBacktest::run(m_catalog, m_entities, cache, 2025);
    int cumulative = 0, quarterly = 0;
    for (const Indicator &ind : m_catalog.indicators()) {
        if (ind.aggregation == Aggregation::YearToDate && ind.geoLevel == GeoLevel::City) {
            ++cumulative;
            quarterly += ind.frequency == Frequency::Quarterly;
        }
    }
    QCOMPARE(cumulative, 19);
    // monthly ones from February to November (10 month-ends); quarterly ones report in their
    // first quarter's third month, then every month of the window after it (9)
    QCOMPARE(b.count(), (cumulative - quarterly) * 10 + quarterly * 9);
    for (const QString &refused : b.withoutProjection)
        QVERIFY2(refused.contains(QStringLiteral(" at 1/2025"))
                     || refused.contains(QStringLiteral(" at 2/2025")),
                 qPrintable(refused));
    QVERIFY2(b.mape() < 5.0, qPrintable(QString::number(b.mape())));
    QVERIFY(b.rangeCoverage() > 50.0);
}

QTEST_GUILESS_MAIN(tst_Narrative)
#include "tst_narrative.moc"
