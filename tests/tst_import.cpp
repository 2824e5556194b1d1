#include "support/fixture.h"
#include "cache.h"
#include "catalog.h"
#include "entity.h"
#include "reportimport.h"
#include "xlsxreader.h"

#include "support/xlsxfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using fixture::Cell;
using fixture::Row;
using fixture::Sheet;

namespace {

const QString S = QString(); // an empty cell, for readability in rows
QString t(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Row header()
{
    return {t("Mã chỉ tiêu"), t("Tên chỉ tiêu"), t("Mã đối tượng"), t("Kỳ báo cáo"),
            t("Thực hiện"),   t("Kế hoạch"),     t("Ghi chú"),      t("Kế hoạch năm")};
}

// 25 April 2026, 09:00 in Hải Phòng: May 2026 has not begun.
QDateTime importTime()
{
    return cityDateTime(QDate(2026, 4, 25), QTime(9, 0));
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

Q_DECLARE_METATYPE(fixture::Row)
Q_DECLARE_METATYPE(QVector<fixture::Sheet>)

class tst_Import : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsLibxlsxwriterWorkbooks_data();
    void readsLibxlsxwriterWorkbooks();
    void readsHandMadeParts();
    void refusesBrokenWorkbooks_data();
    void refusesBrokenWorkbooks();
    void importsGoodWorkbook();
    void readsWhatTheClerkTyped();
    void importsCsv_data();
    void importsCsv();
    void readsTheAnnualPlan();
    void reportsEveryCellProblem_data();
    void reportsEveryCellProblem();
    void reportsSheetProblems_data();
    void reportsSheetProblems();
    void reportsFileProblems_data();
    void reportsFileProblems();
    void badFileLeavesCacheIdentical();
    void sparseSheetsCostTheirCells();
    void hiddenSheetsAreNotImported();

private:
    QString write(const QString &name, const QVector<Sheet> &sheets, bool constantMemory = false)
    {
        const QString path = m_dir.filePath(name);
        if (!fixture::writeXlsx(path, sheets, constantMemory))
            qFatal("libxlsxwriter could not write %s", qPrintable(path));
        return path;
    }
    QString writeText(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QVector<Sheet> goodWorkbook() const
    {
        return {
            {t("Hướng dẫn"), {{t("Điền mỗi chỉ tiêu một dòng; xem docs/import-template.md")}}},
            {t("Cục Thống kê"),
             {{t("BÁO CÁO THÁNG 4/2026")},
              {},
              header(),
              {t("A01.01"), t("Tốc độ tăng GRDP"), t("31"), t("2026-04"), 10.87, 11.5},
              {t("A01.02"), S, 31.0, t("Quý I/2026"), 182351.4, 180000.0, t("ước tính")},
              {},
              {t("a02.01"), S, t("31"), QDate(2026, 4, 1), t("15,2%"), 14.0},
              {t("B04.02"), S, t("31"), 2025.0, 96.1, 95.0}}},
            {t("Sở Y tế"),
             {header(),
              {t("B03.01"), S, t("HOS01"), t("Tháng 3/2026"), 87.5},
              {t("B03.02"), S, 10507.0, t("3/2026"), fixture::Formula{t("=97+1"), 98.0}, 99.0},
              {t("D02.01"), S, t("10507"), t("20/04/2026"), 3.0}}},
        };
    }
    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
};

void tst_Import::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_catalog.find(QStringLiteral("A01.01")));
}

void tst_Import::readsLibxlsxwriterWorkbooks_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings (constant memory)") << true;
}

void tst_Import::readsLibxlsxwriterWorkbooks()
{
    QFETCH(bool, constantMemory);
    const QString path
        = write(QStringLiteral("cells.xlsx"),
                {{t("Sở Tài chính"),
                  {{t("Giải ngân vốn đầu tư công"), 56363.0, -4.7, QDate(2026, 4, 20)},
                   {true, fixture::Formula{t("=B1*2"), 112726.0}, S, t("  ")},
                   {},
                   {S, S, fixture::Rich{{t("Quý "), t("II"), t("/2026")}}}}},
                 {t("Sheet 2"), {{1e-9, t("x")}}}},
                constantMemory);
    QString error;
    const auto sheets = XlsxReader::read(path, &error);
    QVERIFY2(sheets, qPrintable(error));
    QCOMPARE(sheets->size(), 2);
    const XlsxSheet &s = sheets->at(0);
    QCOMPARE(s.name, t("Sở Tài chính"));
    QCOMPARE(s.cell(1, 1).type, XlsxCell::Type::Text);
    QCOMPARE(s.cell(1, 1).text, t("Giải ngân vốn đầu tư công"));
    QCOMPARE(s.cell(1, 2).type, XlsxCell::Type::Number);
    QCOMPARE(s.cell(1, 2).number, 56363.0);
    QVERIFY(!s.cell(1, 2).isDate);
    QCOMPARE(s.cell(1, 3).number, -4.7);
    QVERIFY(s.cell(1, 4).isDate);
    QCOMPARE(s.cell(1, 4).dateTime().date(), QDate(2026, 4, 20));
    QCOMPARE(s.cell(2, 1).type, XlsxCell::Type::Boolean);
    QCOMPARE(s.cell(2, 1).number, 1.0);
    QCOMPARE(s.cell(2, 2).number, 112726.0); // a formula's cached result
    QVERIFY(s.cell(2, 3).isEmpty());
    QVERIFY(s.cell(2, 4).isEmpty()); // blanks only
    QVERIFY(s.cell(3, 1).isEmpty());
    QCOMPARE(s.cell(4, 3).text, t("Quý II/2026")); // rich text runs joined
    QVERIFY(s.cell(99, 99).isEmpty());
    QCOMPARE(sheets->at(1).cell(1, 1).number, 1e-9);
}

void tst_Import::readsHandMadeParts()
{
    // Inline strings, a phonetic run (not part of the text), ISO date cells, cells without a
    // reference, the 1904 date system and a custom date format.
    const QByteArray shared
        = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<si><t>Hải Phòng</t></si>"
          "<si><r><t>Quý </t></r><r><t>II</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
          "</sst>";
    const QByteArray styles
        = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-42A]dd/mm/yyyy\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00&quot; đ&quot;\"/></numFmts>"
          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
          "<xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    const QByteArray sheet
        = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
          "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">  ok </t></is></c></row>"
          "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>0</v></c><c r=\"C3\" s=\"2\"><v>1234.5</v></c>"
          "<c r=\"D3\" t=\"d\"><v>2026-04-20T00:00:00</v></c><c r=\"E3\" "
          "s=\"3\"><v>46132</v></c></row>";
    const QString path = m_dir.filePath(QStringLiteral("handmade.xlsx"));
    QVERIFY(fixture::writeZip(
        path, fixture::minimalWorkbook(sheet, shared, "<workbookPr date1904=\"1\"/>", styles)));
    QString error;
    const auto sheets = XlsxReader::read(path, &error);
    QVERIFY2(sheets, qPrintable(error));
    const XlsxSheet &s = sheets->first();
    QCOMPARE(s.name, t("Sheet1"));
    QVERIFY(s.cell(1, 1).isEmpty());
    QCOMPARE(s.cell(2, 1).text, t("Hải Phòng"));
    QCOMPARE(s.cell(2, 2).text, t("Quý II"));
    QCOMPARE(s.cell(2, 3).text, t("  ok "));
    QVERIFY(s.cell(3, 1).isDate); // custom format with a locale prefix
    QCOMPARE(s.cell(3, 1).dateTime().date(), QDate(1904, 1, 1)); // serial 0 in the 1904 system
    QVERIFY(!s.cell(3, 3).isDate);                               // a quoted "đ" is not a day
    QCOMPARE(s.cell(3, 3).number, 1234.5);
    QVERIFY(s.cell(3, 4).isDate);
    QCOMPARE(s.cell(3, 4).dateTime().date(), QDate(2026, 4, 20));
    // 46132 in the 1904 system is 20 April 2030 (1462 days after the 1900 reading).
    QCOMPARE(s.cell(3, 5).dateTime().date(), QDate(2030, 4, 21));
    QCOMPARE(XlsxReader::cellName(12, 28), t("AB12"));
}

void tst_Import::refusesBrokenWorkbooks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.xlsx"));
    fixture::writeXlsx(good, goodWorkbook());
    QFile f(good);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();

    QTest::newRow("text, not a zip")
        << QByteArray("Mã chỉ tiêu,Kỳ\nA01.01,2026-04\n") << t("not a zip archive");
    QTest::newRow("empty file") << QByteArray() << t("the file is empty");
    QTest::newRow("cut in half") << bytes.left(bytes.size() / 2) << t("not a zip archive");
    // Damage the compressed data of a part the reader needs (the shared strings).
    QByteArray flipped = bytes;
    const int header = int(bytes.indexOf("xl/sharedStrings.xml")) - 30; // its local file header
    QVERIFY(header >= 0 && bytes.mid(header, 4) == QByteArray("PK\x03\x04"));
    auto le16 = [&](int at) {
        return int(quint8(bytes.at(at)) | quint8(bytes.at(at + 1)) << 8);
    };
    const int dataStart = header + 30 + le16(header + 26) + le16(header + 28);
    const int compressed = le16(header + 18);
    QVERIFY(compressed > 8);
    for (int i = dataStart + compressed / 3; i < dataStart + compressed / 3 + 4; ++i)
        flipped[i] = char(flipped.at(i) ^ 0x5a);
    QTest::newRow("damaged bytes") << flipped << t("damaged");

    auto zipOf = [&](const QMap<QString, QByteArray> &parts) {
        const QString path = dir.filePath(QStringLiteral("part.zip"));
        QFile::remove(path);
        fixture::writeZip(path, parts);
        QFile z(path);
        z.open(QIODevice::ReadOnly);
        return z.readAll();
    };
    QTest::newRow("a zip of something else")
        << zipOf({{QStringLiteral("notes.txt"), "hello"}}) << t("not an .xlsx workbook");
    auto parts = fixture::minimalWorkbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c>");
    QTest::newRow("malformed sheet XML") << zipOf(parts) << t("not well-formed XML");
    parts = fixture::minimalWorkbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>",
                                     "<sst "
                                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                                     "main\"><si><t>a</t></si></sst>");
    QTest::newRow("shared string out of range")
        << zipOf(parts) << t("shared string 7 does not exist");
    parts = fixture::minimalWorkbook("<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>");
    QTest::newRow("number cell with text") << zipOf(parts) << t("'abc' is not a number");
    parts = fixture::minimalWorkbook("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>");
    QTest::newRow("bad cell reference") << zipOf(parts) << t("'1A' is not a cell reference");
    parts = fixture::minimalWorkbook("");
    parts.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
    QTest::newRow("sheet part missing") << zipOf(parts) << t("is missing from the file");

    // hostile files: refused by name, before they cost anything
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    parts = fixture::minimalWorkbook(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
    parts[sheet].replace("<?xml version=\"1.0\"?>",
                         "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "
                         "\"file:///etc/passwd\">]>");
    QTest::newRow("external entity (XXE)")
        << zipOf(parts)
        << t("the part 'xl/worksheets/sheet1.xml' holds a DTD or entity declaration");
    parts = fixture::minimalWorkbook("");
    parts[sheet] = QStringLiteral("<!DOCTYPE w [<!ENTITY a \"aaaa\">]><w>&a;</w>").toUtf8();
    parts[sheet]
        = QByteArray("\xff\xfe", 2)
          + QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(parts[sheet]).utf16()),
                       parts[sheet].size() * 2);
    QTest::newRow("entity in UTF-16") << zipOf(parts) << t("holds a DTD or entity declaration");
    // a sheet is inflated and read 16 KB at a time: a declaration split between two reads is
    // still found
    for (const int at : {16384 - 4, 2 * 16384 - 5}) {
        parts = fixture::minimalWorkbook("");
        QByteArray &xml = parts[sheet];
        const QByteArray prolog = "<?xml version=\"1.0\"?><!--";
        xml = prolog + QByteArray(at - prolog.size() - 3, ' ') + "-->"
              + "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">"
              + xml.mid(xml.indexOf("<worksheet"));
        QTest::addRow("DTD across a read, at %d", at)
            << zipOf(parts) << t("holds a DTD or entity declaration");
    }
    parts = fixture::minimalWorkbook("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B1\"><v>2</v></c>"
                                     "</row>");
    QTest::newRow("cell of an earlier row")
        << zipOf(parts) << t("cell B1 comes after row 2 (the cells are out of order)");
    parts = fixture::minimalWorkbook("");
    parts[sheet] += QByteArray(5 * 1024 * 1024, ' ');
    QTest::newRow("zip bomb by ratio") << zipOf(parts) << t("would inflate");
    parts = fixture::minimalWorkbook("");
    parts[sheet] += QByteArray(65 * 1024 * 1024, ' ');
    QTest::newRow("zip bomb by size")
        << zipOf(parts) << t("is too large (65 MB uncompressed; at most 64 MB)");
}

void tst_Import::sparseSheetsCostTheirCells()
{
    // one cell at the last row and column Excel has, on twenty sheets: twenty cells
    QByteArray sheets, rels;
    QMap<QString, QByteArray> parts
        = fixture::minimalWorkbook("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>");
    const QByteArray sheetXml = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    for (int i = 2; i <= 20; ++i) {
        parts.insert(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i), sheetXml);
        sheets
            += QStringLiteral("<sheet name=\"S%1\" sheetId=\"%1\" r:id=\"rS%1\"/>").arg(i).toUtf8();
        rels += QStringLiteral("<Relationship Id=\"rS%1\" Type=\"http://schemas.openxmlformats.org/"
                               "officeDocument/2006/relationships/worksheet\" "
                               "Target=\"/xl/worksheets/sheet%1.xml\"/>")
                    .arg(i)
                    .toUtf8();
    }
    parts[QStringLiteral("xl/workbook.xml")].replace("</sheets>", sheets + "</sheets>");
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")].replace("</Relationships>",
                                                                rels + "</Relationships>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sparse.xlsx"));
    QVERIFY(fixture::writeZip(path, parts));
    QVERIFY(QFileInfo(path).size() < 64 * 1024);
    QString error;
    const auto read = XlsxReader::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 20);
    for (const XlsxSheet &s : *read) {
        QCOMPARE(s.rows.size(), 1);
        QCOMPARE(s.rows.first().cells.size(), 1);
        QCOMPARE(s.rowCount(), XlsxReader::kMaxRows);
        QCOMPARE(s.columnCount(XlsxReader::kMaxRows), XlsxReader::kMaxColumns);
        QCOMPARE(s.cell(XlsxReader::kMaxRows, XlsxReader::kMaxColumns).number, 1.0);
        QVERIFY(s.cell(XlsxReader::kMaxRows, XlsxReader::kMaxColumns - 1).isEmpty());
        QVERIFY(s.cell(1, 1).isEmpty());
    }
    // through the importer: said, not a crash (no header on any sheet)
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ImportResult r = ReportImporter(m_catalog, m_entities)
                               .read(f.readAll(), QStringLiteral("sparse.xlsx"), importTime());
    QVERIFY(!r.ok());
    QVERIFY(r.rows.isEmpty());
}

void tst_Import::hiddenSheetsAreNotImported()
{
    QMap<QString, QByteArray> parts = fixture::minimalWorkbook(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã chỉ tiêu</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>Mã đối tượng</t></is></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><t>Kỳ báo cáo</t></is></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><t>Thực hiện</t></is></c>"
        "<c r=\"E1\" t=\"inlineStr\"><is><t>Kế hoạch</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A01.01</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><t>31</t></is></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><t>2026-03</t></is></c>"
        "<c r=\"D2\"><v>9.9</v></c><c r=\"E2\"><v>11.5</v></c></row>");
    // the same rows again on a sheet the clerk cannot see
    parts[QStringLiteral("xl/workbook.xml")].replace(
        "</sheets>", "<sheet name=\"Ẩn\" sheetId=\"2\" state=\"hidden\" r:id=\"rId1\"/>"
                     "<sheet name=\"Rất ẩn\" sheetId=\"3\" state=\"veryHidden\" r:id=\"rId1\"/>"
                     "</sheets>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hidden.xlsx"));
    QVERIFY(fixture::writeZip(path, parts));
    QString error;
    const auto read = XlsxReader::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 3);
    QVERIFY(!read->at(0).hidden && read->at(1).hidden && read->at(2).hidden);
    QVERIFY(read->at(1).rows.isEmpty()); // never read
    const ImportResult r = ReportImporter(m_catalog, m_entities).readFile(path, importTime());
    QVERIFY2(r.ok(), r.problems.isEmpty() ? "" : qPrintable(r.problems.first().toString()));
    QCOMPARE(r.rows.size(), 1); // once, from the sheet one can see
    QCOMPARE(r.sheets, QStringList{t("Sheet1")});
    QCOMPARE(r.hiddenSheets, (QStringList{t("Ẩn"), t("Rất ẩn")}));
}

void tst_Import::refusesBrokenWorkbooks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!XlsxReader::read(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // Through the importer: one file-level problem, no rows.
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.read(bytes, QStringLiteral("broken.xlsx"), importTime());
    QVERIFY(!r.ok());
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().file, t("broken.xlsx"));
    QVERIFY2(r.problems.first().toString().startsWith(t("broken.xlsx: ")),
             qPrintable(r.problems.first().toString()));
}

// A cell means what the clerk typed and sees: "1,23%" typed in Excel or Calc is stored as 0.0123
// with a percent format; a formula never calculated has no value to read.
void tst_Import::readsWhatTheClerkTyped()
{
    const QByteArray styles
        = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0&quot; "
          "%&quot;;[Red]-0.0%\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"165\"/>"
          "<xf numFmtId=\"164\"/></cellXfs></styleSheet>";
    auto text = [](const char *ref, const char *value) {
        return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    };
    const QByteArray sheet
        = "<row r=\"1\">" + text("A1", "Mã chỉ tiêu") + text("B1", "Mã đối tượng")
          + text("C1", "Kỳ báo cáo") + text("D1", "Thực hiện") + text("E1", "Kế hoạch")
          + text("F1", "Ghi chú")
          + "</row>"
            // 10,87% and 11,5% typed as percents; an uncalculated formula in a column not read
            "<row r=\"2\">"
          + text("A2", "A01.01") + text("B2", "31") + text("C2", "2026-04")
          + "<c r=\"D2\" s=\"1\"><v>0.1087</v></c><c r=\"E2\" s=\"2\"><v>0.115</v></c>"
            "<c r=\"F2\"><f>CONCATENATE(A2,B2)</f></c></row>"
            // a percent typed for an amount in billions of đồng
            "<row r=\"3\">"
          + text("A3", "A09.01") + text("B3", "31") + text("C3", "2026-04-20")
          + "<c r=\"D3\" s=\"1\"><v>0.0123</v></c></row>"
            // the value is a formula nobody calculated
            "<row r=\"4\">"
          + text("A4", "A02.01") + text("B4", "31") + text("C4", "2026-04")
          + "<c r=\"D4\"><f>SUM(G1:G9)</f></c></row>"
            // a quoted "%" in a format is text, not a percent: 3.5 stays 3.5
            "<row r=\"5\">"
          + text("A5", "A02.02") + text("B5", "31") + text("C5", "2026-Q1")
          + "<c r=\"D5\" s=\"3\"><v>45.2</v></c></row>";
    const QString path = m_dir.filePath(QStringLiteral("phan-tram.xlsx"));
    QVERIFY(fixture::writeZip(path, fixture::minimalWorkbook(sheet, {}, {}, styles)));
    QString error;
    const auto sheets = XlsxReader::read(path, &error);
    QVERIFY2(sheets, qPrintable(error));
    QVERIFY(sheets->first().cell(2, 4).isPercent);
    QVERIFY(sheets->first().cell(2, 5).isPercent);
    QVERIFY(!sheets->first().cell(5, 4).isPercent);
    QVERIFY(sheets->first().cell(2, 6).uncachedFormula);
    QVERIFY(sheets->first().cell(2, 6).isEmpty());

    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    QStringList problems;
    for (const ImportProblem &p : r.problems)
        problems << p.toString();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(t("D3")) && problems.at(0).contains(t("percent"))
                 && problems.at(0).contains(t("A09.01")),
             qPrintable(problems.at(0)));
    QVERIFY2(
        problems.at(1).contains(t(
            "cell D4 is a formula with no stored value; open the file in Excel and save it again")),
        qPrintable(problems.at(1)));
    // nothing of a file with problems is imported; the good rows read right
    QVERIFY(r.rows.isEmpty());
    QString fixed = path;
    fixed.replace(QStringLiteral(".xlsx"), QStringLiteral("-2.xlsx"));
    const QByteArray good
        = sheet.left(sheet.indexOf("<row r=\"3\">")) + sheet.mid(sheet.indexOf("<row r=\"5\">"));
    QVERIFY(fixture::writeZip(fixed, fixture::minimalWorkbook(good, {}, {}, styles)));
    const ImportResult ok = importer.readFile(fixed, importTime());
    QVERIFY(ok.ok());
    QCOMPARE(ok.rows.size(), 2);
    QCOMPARE(ok.rows.at(0).value, 10.87);
    QCOMPARE(*ok.rows.at(0).plan, 11.5);
    QCOMPARE(ok.rows.at(1).value, 45.2);
}

void tst_Import::importsGoodWorkbook()
{
    const QString path = write(QStringLiteral("bao-cao-thang-4.xlsx"), goodWorkbook());
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    for (const ImportProblem &p : r.problems)
        qWarning() << p.toString();
    QVERIFY(r.ok());
    QCOMPARE(r.sheets, (QStringList{t("Cục Thống kê"), t("Sở Y tế")}));
    QCOMPARE(r.skippedSheets, QStringList{t("Hướng dẫn")});
    QCOMPARE(r.rows.size(), 7);

    auto find = [&](const char *indicator) {
        for (const Observation &o : r.rows)
            if (o.indicator == QLatin1String(indicator))
                return o;
        return Observation();
    };
    const Observation grdp = find("A01.01");
    QCOMPARE(grdp.entity, t("31"));
    QCOMPARE(grdp.period, t("2026-04"));
    QCOMPARE(grdp.value, 10.87);
    QCOMPARE(grdp.plan, std::optional<double>(11.5));
    QCOMPARE(grdp.sourceKind, t("import"));
    QCOMPARE(grdp.sourceRef, t("bao-cao-thang-4.xlsx"));
    QCOMPARE(grdp.sourceDetail, t("Cục Thống kê!E4"));
    QCOMPARE(grdp.fetchedAt, importTime());
    QCOMPARE(find("A01.02").period, t("2026-Q1"));
    QCOMPARE(find("A01.02").entity, t("31"));      // a number cell
    QCOMPARE(find("A02.01").period, t("2026-04")); // a date cell, monthly indicator
    QCOMPARE(find("A02.01").value, 15.2);          // "15,2%" as text
    QCOMPARE(find("A02.01").sourceDetail, t("Cục Thống kê!E7"));
    QCOMPARE(find("B04.02").period, t("2025"));
    QCOMPARE(find("B03.01").plan, std::nullopt);
    QCOMPARE(find("B03.02").value, 98.0); // a formula's result
    QCOMPARE(find("B03.02").entity, t("10507"));
    QCOMPARE(find("D02.01").period, t("2026-04-20"));
    QCOMPARE(find("D02.01").sourceDetail, t("Sở Y tế!E4"));

    // Stored as the next revision of each figure, all in one go.
    Cache cache;
    QString error;
    QVERIFY2(cache.open(m_dir.filePath(QStringLiteral("good.sqlite")), &error), qPrintable(error));
    Observation existing = grdp;
    existing.value = 10.5;
    existing.sourceKind = QStringLiteral("api");
    existing.sourceRef = QStringLiteral("https://ioc.example/api/v1/observations");
    existing.sourceDetail.clear();
    QVERIFY2(cache.write({existing}, Cache::OnConflict::Ignore, &error), qPrintable(error));
    ImportStats stats;
    QVERIFY2(ReportImporter::store(cache, r.rows, &stats, &error), qPrintable(error));
    QCOMPARE(stats.added, 6);
    QCOMPARE(stats.changed, 1);
    QCOMPARE(stats.unchanged, 0);
    const auto revisions = cache.revisions(t("A01.01"), t("31"), t("2026-04"));
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).value, 10.5);
    QCOMPARE(revisions.at(1).revision, 2);
    QCOMPARE(revisions.at(1).value, 10.87);
    QCOMPARE(revisions.at(1).sourceRef, t("bao-cao-thang-4.xlsx"));
    QCOMPARE(revisions.at(1).sourceDetail, t("Cục Thống kê!E4"));
    QCOMPARE(cache.series(t("A01.01"), t("31")).last().value, 10.87);

    // The same file again changes nothing.
    QVERIFY2(
        ReportImporter::store(cache, importer.readFile(path, importTime()).rows, &stats, &error),
        qPrintable(error));
    QCOMPARE(stats.added, 0);
    QCOMPARE(stats.changed, 0);
    QCOMPARE(stats.unchanged, 7);
    QCOMPARE(cache.observationCount(), 8);
}

void tst_Import::importsCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("secondCell");
    QTest::newRow("comma, UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\r\n"
                      "A01.01,31,2026-04,10.87,11.5\r\n"
                      "\r\n"
                      "A08.01,31,Tháng 3/2026,\"1520300\",\r\n")
        << t("D4");
    QTest::newRow("semicolon, decimal comma")
        << QByteArray("Indicator code;Entity code;Period;Value;Plan\n"
                      "A01.01;31;2026-04;10,87;11,5\n"
                      "A08.01;31;03/2026;1520300;\n")
        << t("D3");
}

void tst_Import::importsCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, secondCell);
    const QString path = writeText(QStringLiteral("so-du-lich.csv"), bytes);
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    for (const ImportProblem &p : r.problems)
        qWarning() << p.toString();
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).value, 10.87);
    QCOMPARE(r.rows.at(0).plan, std::optional<double>(11.5));
    QCOMPARE(r.rows.at(0).sourceDetail, t("D2"));
    QCOMPARE(r.rows.at(1).period, t("2026-03"));
    QCOMPARE(r.rows.at(1).value, 1520300.0);
    QCOMPARE(r.rows.at(1).plan, std::nullopt);
    QCOMPARE(r.rows.at(1).sourceDetail, secondCell); // the line a text editor shows
}

// "Kế hoạch năm" (or "KH năm", "Annual plan"): the year's plan beside the plan to date
void tst_Import::readsTheAnnualPlan()
{
    const QString path
        = writeText(QStringLiteral("so-tai-chinh.csv"),
                    QByteArray("Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch,KH năm\n"
                               "A12.01,31,2026-03,700,650,3500\n"
                               "A01.01,31,2026-03,10.5,11.5,\n"));
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    for (const ImportProblem &p : r.problems)
        qWarning() << p.toString();
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).plan, std::optional<double>(650.0));
    QCOMPARE(r.rows.at(0).annualPlan, std::optional<double>(3500.0));
    QCOMPARE(r.rows.at(1).annualPlan, std::nullopt);
    // a cache given the same figures with the year's plan keeps them as a new revision
    QTemporaryDir dir;
    Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
    int added = 0, changed = 0, unchanged = 0;
    QVector<Observation> rows = r.rows.toVector();
    rows[0].annualPlan.reset();
    QVERIFY2(cache.appendRevisions(rows, &added, &changed, &unchanged, &error), qPrintable(error));
    QVERIFY2(cache.appendRevisions(r.rows.toVector(), &added, &changed, &unchanged, &error),
             qPrintable(error));
    QCOMPARE(changed, 1);
    QCOMPARE(unchanged, 1);
    QCOMPARE(cache.series(QStringLiteral("A12.01"), QStringLiteral("31")).first().annualPlan,
             std::optional<double>(3500.0));
}

void tst_Import::reportsEveryCellProblem_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<int>("column"); // 0: the whole row
    QTest::addColumn<QString>("expected");

    // Columns: A indicator, B name, C entity, D period, E value, F plan, G note, H annual plan.
    QTest::newRow("empty indicator")
        << Row{S, t("x"), t("31"), t("2026-04"), 1.0} << 1 << t("indicator code is empty");
    QTest::newRow("unknown indicator") << Row{t("A99.01"), S, t("31"), t("2026-04"), 1.0} << 1
                                       << t("'A99.01' is not an indicator code");
    QTest::newRow("real-time indicator")
        << Row{t("D01.03"), S, t("RS01"), t("2026-04-20"), 1.0} << 1 << t("measured by sensors");
    QTest::newRow("empty entity") << Row{t("A01.01"), S, S, t("2026-04"), 1.0} << 3
                                  << t("entity code is empty");
    QTest::newRow("unknown entity") << Row{t("A01.01"), S, t("99999"), t("2026-04"), 1.0} << 3
                                    << t("'99999' is not a known entity code");
    QTest::newRow("entity does not report it")
        << Row{t("A01.01"), S, t("10507"), t("2026-04"), 1.0} << 3 << t("does not report A01.01");
    QTest::newRow("unit of another set")
        << Row{t("B03.01"), S, t("INV01"), t("2026-03"), 80.0} << 3 << t("does not report B03.01");
    QTest::newRow("boolean entity")
        << Row{t("A01.01"), S, true, t("2026-04"), 1.0} << 3 << t("'TRUE' is not an entity code");
    QTest::newRow("empty period") << Row{t("A01.01"), S, t("31"), S, 1.0} << 4
                                  << t("the period is empty");
    QTest::newRow("malformed period")
        << Row{t("A01.01"), S, t("31"), t("tháng tư"), 1.0} << 4 << t("'tháng tư' is not a period");
    QTest::newRow("month 13") << Row{t("A01.01"), S, t("31"), t("13/2026"), 1.0} << 4
                              << t("is not a period");
    QTest::newRow("wrong frequency")
        << Row{t("A01.01"), S, t("31"), t("Quý I/2026"), 1.0} << 4
        << t("is not a monthly period, and A01.01 is reported monthly");
    QTest::newRow("future period") << Row{t("A01.01"), S, t("31"), t("2026-05"), 1.0} << 4
                                   << t("the period 2026-05 has not begun yet");
    QTest::newRow("empty value") << Row{t("A01.01"), S, t("31"), t("2026-04"), S} << 5
                                 << t("the value is empty");
    QTest::newRow("text value") << Row{t("A01.01"), S, t("31"), t("2026-04"), t("khoảng 10")} << 5
                                << t("the value 'khoảng 10' is not a number");
    QTest::newRow("ambiguous value")
        << Row{t("A08.01"), S, t("31"), t("2026-03"), t("1.520")} << 5 << t("'1.520' is ambiguous");
    QTest::newRow("thousands separators")
        << Row{t("A08.01"), S, t("31"), t("2026-03"), t("1.520.300")} << 5
        << t("has thousands separators");
    QTest::newRow("percent sign on a count")
        << Row{t("A08.01"), S, t("31"), t("2026-03"), t("15%")} << 5 << t("is not a number");
    QTest::newRow("boolean value")
        << Row{t("A01.01"), S, t("31"), t("2026-04"), false} << 5 << t("FALSE, not a number");
    QTest::newRow("date as value") << Row{t("A01.01"), S, t("31"), t("2026-04"), QDate(2026, 4, 1)}
                                   << 5 << t("formatted as a date");
    QTest::newRow("plan not a number")
        << Row{t("A01.01"), S, t("31"), t("2026-04"), 10.87, t("cao")} << 6
        << t("the plan 'cao' is not a number");
    QTest::newRow("plan where none exists") << Row{t("A05.01"), S, t("31"), t("2026-04"), 0.3, 0.5}
                                            << 6 << t("A05.01 has no plan in the catalog");
    QTest::newRow("annual plan not a number")
        << Row{t("A12.01"), S, t("31"), t("2026-03"), 700.0, 650.0, S, t("khoảng 3.500")} << 8
        << t("the annual plan 'khoảng 3.500' is not a number");
    QTest::newRow("annual plan where none exists")
        << Row{t("A05.01"), S, t("31"), t("2026-04"), 0.3, S, S, 0.5} << 8
        << t("A05.01 has no plan in the catalog; leave the annual plan empty");
    QTest::newRow("same figure twice")
        << Row{t("A02.01"), S, t("31"), t("Tháng 4/2026"), 15.0} << 0
        << t("A02.01 for 31 in 2026-04 is already given in sheet 'Cục Thống kê', row 2");
}

void tst_Import::reportsEveryCellProblem()
{
    QFETCH(Row, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    // A good row first, the bad one in row 3: nothing at all may come out.
    const QString path
        = write(QStringLiteral("problem.xlsx"),
                {{t("Cục Thống kê"),
                  {header(), {t("A02.01"), S, t("31"), t("2026-04"), 15.0, 14.0}, row}}});
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    QVERIFY(!r.ok());
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    const ImportProblem &p = r.problems.first();
    QVERIFY2(p.message.contains(expected), qPrintable(p.message));
    QCOMPARE(p.file, t("problem.xlsx"));
    QCOMPARE(p.sheet, t("Cục Thống kê"));
    QCOMPARE(p.row, 3);
    QCOMPARE(p.column, column);
    QVERIFY2(p.toString().startsWith(t("problem.xlsx, sheet 'Cục Thống kê', ")),
             qPrintable(p.toString()));
}

void tst_Import::reportsSheetProblems_data()
{
    QTest::addColumn<QVector<Sheet>>("sheets");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no header") << QVector<Sheet>{{t("Sở Xây dựng"),
                                                  {{t("A01.01"), t("31"), t("2026-04"), 10.0}}}}
                               << 0 << 0 << t("no header row found");
    QTest::newRow("missing value column")
        << QVector<Sheet>{{t("Sở Xây dựng"),
                           {{t("Mã chỉ tiêu"), t("Mã đối tượng"), t("Kỳ báo cáo")}}}}
        << 1 << 0 << t("the column \"Thực hiện\" is missing");
    QTest::newRow("column twice") << QVector<Sheet>{{t("Sở Xây dựng"),
                                                     {{t("Mã chỉ tiêu"), t("Mã đối tượng"),
                                                       t("Kỳ báo cáo"), t("Thực hiện"),
                                                       t("Giá trị")}}}}
                                  << 1 << 5 << t("appears twice (also in column D)");
    QTest::newRow("header only") << QVector<Sheet>{{t("Sở Xây dựng"), {header()}}} << 0 << 0
                                 << t("the file holds no figures");
    QTest::newRow("only instructions")
        << QVector<Sheet>{{t("Instructions"), {{t("see the template")}}}, {t("Trống"), {}}} << 0
        << 0 << t("the file holds no figures");
}

void tst_Import::reportsSheetProblems()
{
    QFETCH(QVector<Sheet>, sheets);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("sheet.xlsx"), sheets);
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().message.contains(expected), qPrintable(r.problems.first().message));
    QCOMPARE(r.problems.first().row, row);
    QCOMPARE(r.problems.first().column, column);
}

void tst_Import::reportsFileProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unsupported format")
        << t("bao-cao.xls") << QByteArray("\xD0\xCF\x11\xE0") << t("only .xlsx and .csv");
    QTest::newRow("not UTF-8") << t("latin1.csv") << QByteArray("M\xE3 ch\xEC ti\xEAu,x\n")
                               << t("not UTF-8");
    QTest::newRow("unclosed quote")
        << t("quote.csv") << QByteArray("Mã chỉ tiêu,Thực hiện\n\"A01.01,1\n")
        << t("CSV text is malformed");
    QTest::newRow("too large") << t("huge.csv")
                               << QByteArray(ReportImporter::kMaxFileBytes + 1, 'x')
                               << t("too large");
}

void tst_Import::reportsFileProblems()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = writeText(name, bytes);
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().message.contains(expected), qPrintable(r.problems.first().message));
    QFile::remove(path);

    const ImportResult missing
        = importer.readFile(m_dir.filePath(QStringLiteral("nowhere.xlsx")), importTime());
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.first().message.contains(t("does not exist")));
}

void tst_Import::badFileLeavesCacheIdentical()
{
    // Many problems are all listed (up to the limit), and the cache is untouched.
    QVector<Row> rows{header()};
    for (int i = 0; i < 600; ++i)
        rows << Row{t("A01.01"), S, t("31"), t("2026-04"), t("n/a")};
    const QString path = write(QStringLiteral("many.xlsx"), {{t("Cục Thống kê"), rows}});
    const ReportImporter importer(m_catalog, m_entities);
    const ImportResult r = importer.readFile(path, importTime());
    QCOMPARE(r.problems.size(), ReportImporter::kMaxProblems);
    QVERIFY(r.truncated);
    QVERIFY(r.rows.isEmpty());

    // A store that fails half-way (an invalid row at the end) writes nothing.
    Cache cache;
    QString error;
    const QString cachePath = m_dir.filePath(QStringLiteral("identical.sqlite"));
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    const ImportResult good
        = importer.readFile(write(QStringLiteral("good2.xlsx"), goodWorkbook()), importTime());
    QVERIFY(good.ok());
    int added = 0, changed = 0, unchanged = 0;
    QVERIFY2(cache.appendRevisions(good.rows.mid(0, 3), &added, &changed, &unchanged, &error),
             qPrintable(error));
    cache.close();
    const QByteArray before = sha256(cachePath);
    QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
    // a large import comes in batches: the first is written inside the transaction, the
    // second fails, and the first goes with it
    QVector<QVector<Observation>> batches{good.rows.toVector(), good.rows.mid(0, 2)};
    batches.last().last().period = QStringLiteral("2026-13");
    const auto next = [&batches] {
        return batches.isEmpty() ? QVector<Observation>() : batches.takeFirst();
    };
    QVERIFY(!cache.appendRevisions(next, &added, &changed, &unchanged, &error));
    QVERIFY2(error.contains(t("2026-13")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("row %1 ").arg(good.rows.size() + 2)),
             qPrintable(error));
    QCOMPARE(added + changed + unchanged, 0);
    QCOMPARE(cache.observationCount(), 3);
    cache.close();
    QCOMPARE(sha256(cachePath), before);
}

QTEST_GUILESS_MAIN(tst_Import)
#include "tst_import.moc"
