#include "catalog.h"
#include "csv.h"
#include "entity.h"
#include "screens.h"

#include <QFile>
#include <QTest>

using namespace ioc;

class tst_Catalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInHas86();
    void matchesTheSpecification();
    void typedFields();
    void badInput_data();
    void badInput();
    void badInputLeavesCatalogUntouched();
    void areas();
    void screensCoverEveryIndicator();

private:
    static QString builtInCsv();
    static QByteArray builtInMeta();
};

QString tst_Catalog::builtInCsv()
{
    QFile f(QStringLiteral(":/catalog/indicators.csv"));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

QByteArray tst_Catalog::builtInMeta()
{
    QFile f(QStringLiteral(":/catalog/catalog.json"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void tst_Catalog::builtInHas86()
{
    QVector<CatalogError> errors;
    const Catalog c = Catalog::builtIn(&errors);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    QCOMPARE(c.indicators().size(), 86);
    QHash<QChar, int> groups;
    QSet<QString> subgroupsA;
    for (const Indicator &i : c.indicators()) {
        ++groups[i.group];
        if (i.group == QLatin1Char('A'))
            subgroupsA.insert(i.subgroupCode);
    }
    QCOMPARE(groups.value('A'), 47);
    QCOMPARE(groups.value('B'), 16);
    QCOMPARE(groups.value('C'), 10);
    QCOMPARE(groups.value('D'), 13);
    QCOMPARE(subgroupsA.size(), 13);
    QVERIFY(!c.revision().isEmpty());
    QCOMPARE(*c.reference(QStringLiteral("bf_8")), 17.2);
}

// The catalog resource is the specification's table plus five columns of ours.
void tst_Catalog::matchesTheSpecification()
{
    QFile spec(QStringLiteral(IOC_SPEC_DIR "/indicators.csv"));
    QVERIFY2(spec.open(QIODevice::ReadOnly),
             "../shared/spec/indicators.csv must be beside the checkout");
    const CsvResult specRows = Csv::parse(QString::fromUtf8(spec.readAll()));
    const CsvResult ours = Csv::parse(builtInCsv());
    QCOMPARE(ours.rows.size(), specRows.rows.size());
    const int specColumns = int(specRows.rows.first().fields.size());
    for (int r = 0; r < ours.rows.size(); ++r)
        QCOMPARE(ours.rows.at(r).fields.mid(0, specColumns), specRows.rows.at(r).fields);
}

void tst_Catalog::typedFields()
{
    QVector<CatalogError> errors;
    const Catalog c = Catalog::builtIn(&errors);
    const Indicator *grdp = c.find(QStringLiteral("A01.01"));
    QVERIFY(grdp);
    QCOMPARE(grdp->group, QLatin1Char('A'));
    QCOMPARE(grdp->subgroupCode, QStringLiteral("A01"));
    QCOMPARE(grdp->unit, Unit::Percent);
    QCOMPARE(grdp->frequency, Frequency::Monthly);
    QCOMPARE(grdp->sourceKind, SourceKind::Excel);
    QCOMPARE(grdp->geoLevel, GeoLevel::City);
    QCOMPARE(grdp->direction, Direction::Up);
    QVERIFY(grdp->hasPlan);
    QCOMPARE(grdp->warnRule.text(), QStringLiteral("value<plan"));
    QCOMPARE(grdp->criticalRule.text(), QStringLiteral("value<plan-1"));
    QCOMPARE(grdp->nameEn, QStringLiteral("GRDP growth rate year-on-year"));

    const Indicator *cpi = c.find(QStringLiteral("A05.01"));
    QCOMPARE(cpi->parameters.value(QStringLiteral("band_lo")), 99.5);
    QCOMPARE(cpi->parameters.value(QStringLiteral("band_hi")), 100.5);
    QCOMPARE(cpi->unit, Unit::IndexPct);
    QCOMPARE(cpi->direction, Direction::Target);

    const Indicator *river = c.find(QStringLiteral("D01.03"));
    QCOMPARE(river->frequency, Frequency::Realtime);
    QCOMPARE(river->sourceKind, SourceKind::Sensor);
    QCOMPARE(river->geoLevel, GeoLevel::Station);
    QCOMPARE(river->entitySet, QStringLiteral("river_station"));

    const Indicator *vessels = c.find(QStringLiteral("D01.06"));
    QCOMPARE(vessels->warnRule.referencedIndicators(), QStringList{QStringLiteral("D01.05")});
    QVERIFY(c.find(QStringLiteral("C02.01"))->isInformational());
    QCOMPARE(c.find(QStringLiteral("B02.01"))->aggregation, Aggregation::Sum);
    QVERIFY(!c.find(QStringLiteral("Z99.99")));
}

// Each kind of bad input names the line, the indicator, the column and (for rules) the position.
void tst_Catalog::badInput_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown unit")
        << ",percent,monthly,Monthly Excel report – City Statistics Office (GRDP estimate)"
        << ",percentage,monthly,Monthly Excel report – City Statistics Office (GRDP estimate)"
        << "line 2, A01.01, unit: unknown unit 'percentage'";
    QTest::newRow("malformed warn rule")
        << ",yes,value<plan,value<plan-1,PUBLISHED 20/04/2026: 10.87%"
        << ",yes,value<<plan,value<plan-1,PUBLISHED 20/04/2026: 10.87%"
        << "line 2, A01.01, warn_rule, position 7:";
    QTest::newRow("malformed critical rule")
        << ",yes,value<plan,value<plan-1,PUBLISHED 20/04/2026: 10.87%"
        << ",yes,value<plan,value<plan - ,PUBLISHED 20/04/2026: 10.87%"
        << "line 2, A01.01, critical_rule, position 13: expected a number after '-'";
    QTest::newRow("rule names unknown indicator")
        << "value>0 and D01.05<=500,value>0 and D01.05<=300"
        << "value>0 and D09.05<=500,value>0 and D01.05<=300"
        << "D01.06, warn_rule, position 13: the rule refers to unknown indicator D09.05";
    QTest::newRow("short row") << "A02.01,A,A02,Công nghiệp,Industry,"
                               << "A02.01,A,A02,"
                               << "line 4, A02.01: expected 22 fields";
    // a kind of status that cannot be told from the row is reported, not guessed
    QTest::newRow("plan row on a constant, direction down")
        << "excel,city,down,yes,value>=2.5,value>=3"
        << "excel,city,down,yes,value<2.5,value<2"
        << "A10.03, warn_rule: the kind of status is ambiguous: direction 'down' but the rule "
           "'value<2.5' warns";
    QTest::newRow("rule on plan without a plan")
        << "api,commune,up,yes,value<98,value<95"
        << "api,commune,up,no,value<plan,value<95"
        << "A13.01, warn_rule: the kind of status is ambiguous: the rules compare with the plan "
           "but has_plan is 'no'";
    QTest::newRow("plan row judging a change")
        << "api,commune,down,yes,chg_yoy_pct>0,chg_yoy_pct>=10"
        << "api,commune,up,yes,chg_yoy_pct>0,chg_yoy_pct>=10"
        << "B02.01, warn_rule: the kind of status is ambiguous: has_plan is 'yes' but the rules "
           "judge a change";
    QTest::newRow("not applicable in one language")
        << "không có lệnh sơ tán,no evacuation order in force"
        << "không có lệnh sơ tán,"
        << "D03.02, not_applicable_vi: the reason a rule does not apply needs both languages";
    QTest::newRow("duplicate code") << "A02.02,A,A02"
                                    << "A02.01,A,A02"
                                    << "A02.01, code: the code appears twice";
    QTest::newRow("bad has_plan")
        << ",excel,city,up,yes,value<plan,value<plan-3,\"PUBLISHED 20/04/2026: +15%"
        << ",excel,city,up,maybe,value<plan,value<plan-3,\"PUBLISHED 20/04/2026: +15%"
        << "A02.01, has_plan: has_plan must be 'yes' or 'no', not 'maybe'";
    QTest::newRow("bad frequency")
        << "percent,monthly,Monthly Excel report – City Statistics "
           "Office,excel,city,up,yes,value<plan,value<plan-3,\"PUBLISHED 20/04/2026: +15%"
        << "percent,fortnightly,Monthly Excel report – City Statistics "
           "Office,excel,city,up,yes,value<plan,value<plan-3,\"PUBLISHED 20/04/2026: +15%"
        << "A02.01, frequency: unknown frequency 'fortnightly'";
    QTest::newRow("unclosed quote") << "\"Denominator for structure shares"
                                    << "\"Denominator for structure shares\n"
                                    << "";
    QTest::newRow("header") << "code,group,"
                            << "kode,group,"
                            << "line 1: the header must be";
}

void tst_Catalog::badInput()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QString csv = builtInCsv();
    const int at = int(csv.indexOf(from));
    QVERIFY2(at >= 0, qPrintable(from));
    csv.replace(at, from.size(), to);
    if (QByteArray(QTest::currentDataTag()) == "unclosed quote")
        csv = csv.left(csv.indexOf(QLatin1String("A01.02,")))
              + QStringLiteral("A01.02,A,\"never closed\n");
    QVector<CatalogError> errors;
    const Catalog c = Catalog::load(csv, builtInMeta(), &errors);
    QVERIFY(!c.isValid());
    QVERIFY(!errors.isEmpty());
    QStringList messages;
    for (const CatalogError &e : errors)
        messages << e.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void tst_Catalog::badInputLeavesCatalogUntouched()
{
    QVector<CatalogError> errors;
    Catalog current = Catalog::builtIn(&errors);
    QVERIFY(current.isValid());
    QString broken = builtInCsv();
    broken.replace(QStringLiteral(",bn_vnd,daily,"), QStringLiteral(",bn_vnđ,daily,"));
    const Catalog candidate = Catalog::load(broken, builtInMeta(), &errors);
    QVERIFY(!candidate.isValid());
    QVERIFY(errors.size() >= 5); // every A09 daily row is named, not just the first
    if (candidate.isValid())
        current = candidate; // what a caller does; it must not happen here
    QCOMPARE(current.indicators().size(), 86);
    QCOMPARE(current.find(QStringLiteral("A09.01"))->unit, Unit::BnVnd);

    // bad metadata
    const Catalog noJson = Catalog::load(builtInCsv(), QByteArrayLiteral("{not json"), &errors);
    QVERIFY(!noJson.isValid());
    QVERIFY(errors.first().toString().contains(QStringLiteral("not valid JSON")));
}

void tst_Catalog::areas()
{
    QString error;
    const EntityRegistry reg = EntityRegistry::builtIn(&error);
    QVERIFY2(reg.isValid(), qPrintable(error));
    const auto communes = reg.communes();
    QCOMPARE(communes.size(), 114);
    int wards = 0, rural = 0, zones = 0;
    for (const Entity *e : communes) {
        wards += e->kind == EntityKind::Ward;
        rural += e->kind == EntityKind::Commune;
        zones += e->kind == EntityKind::SpecialZone;
    }
    QCOMPARE(wards, 45);
    QCOMPARE(rural, 67);
    QCOMPARE(zones, 2);
    QCOMPARE(reg.city().code, QStringLiteral("31"));
    const Entity *thanhDong = reg.find(QStringLiteral("10507"));
    QVERIFY(thanhDong);
    QCOMPARE(thanhDong->nameVi, QStringLiteral("Phường Thành Đông"));
    QCOMPARE(thanhDong->kind, EntityKind::Ward);
    QCOMPARE(reg.find(QStringLiteral("11948"))->kind, EntityKind::SpecialZone); // Bạch Long Vĩ
    // Cẩm Giang and Cẩm Giàng share an ASCII name: the code is the key
    QVERIFY(reg.find(QStringLiteral("10888"))->nameVi != reg.find(QStringLiteral("10903"))->nameVi);
    QCOMPARE(reg.inSet(QStringLiteral("river_station")).size(), 6);
    QCOMPARE(reg.find(QStringLiteral("RS04"))->alarmLevels, (QVector<double>{4.0, 5.0, 6.0}));

    const EntityRegistry bad = EntityRegistry::load("code,name\n1,x\n", "{}", &error);
    QVERIFY(!bad.isValid());
    QVERIFY(error.contains(QStringLiteral("header")));
}

void tst_Catalog::screensCoverEveryIndicator()
{
    QString error;
    const auto screens = ScreenCatalog::builtIn(&error);
    QCOMPARE(screens.size(), 17);
    QVector<CatalogError> errors;
    const Catalog c = Catalog::builtIn(&errors);
    QSet<QString> shown;
    for (const ScreenDefinition &s : screens) {
        for (const QString &code : s.indicators) {
            QVERIFY2(c.find(code), qPrintable(code));
            shown.insert(code);
        }
        QVERIFY(s.indicators.contains(s.trendIndicator));
    }
    QCOMPARE(shown.size(), 86);
    QCOMPARE(screens.first().titleVi, QStringLiteral("Tổng quan điều hành"));
    QCOMPARE(screens.first().indicators.size(), 16);
}

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
