#pragma once

// Report files for the import tests, written by another tool than the reader under test:
// libxlsxwriter (Debian's libxlsxwriter-dev) for real workbooks, libzip for hand-made parts.

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

#include <xlsxwriter.h>
#include <zip.h>

#include <variant>

namespace fixture {

struct Formula
{
    QString text;
    double cached;
};
struct Rich
{
    QStringList runs;
};
using Cell = std::variant<std::monostate, QString, double, QDate, bool, Formula, Rich>;
using Row = QVector<Cell>;
struct Sheet
{
    QString name;
    QVector<Row> rows;
};

// constantMemory makes libxlsxwriter write inline strings instead of the shared string table.
inline bool writeXlsx(const QString &path, const QVector<Sheet> &sheets,
                      bool constantMemory = false)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    if (!wb)
        return false;
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (const Sheet &s : sheets) {
        const QByteArray name = s.name.toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        for (int r = 0; r < s.rows.size(); ++r) {
            for (int c = 0; c < s.rows.at(r).size(); ++c) {
                const Cell &cell = s.rows.at(r).at(c);
                const auto row = lxw_row_t(r);
                const auto col = lxw_col_t(c);
                if (const auto *text = std::get_if<QString>(&cell)) {
                    worksheet_write_string(ws, row, col, text->toUtf8().constData(), nullptr);
                } else if (const auto *number = std::get_if<double>(&cell)) {
                    worksheet_write_number(ws, row, col, *number, nullptr);
                } else if (const auto *date = std::get_if<QDate>(&cell)) {
                    lxw_datetime dt = {date->year(), date->month(), date->day(), 0, 0, 0};
                    worksheet_write_datetime(ws, row, col, &dt, dateFormat);
                } else if (const auto *flag = std::get_if<bool>(&cell)) {
                    worksheet_write_boolean(ws, row, col, *flag ? 1 : 0, nullptr);
                } else if (const auto *formula = std::get_if<Formula>(&cell)) {
                    worksheet_write_formula_num(ws, row, col, formula->text.toUtf8().constData(),
                                                nullptr, formula->cached);
                } else if (const auto *rich = std::get_if<Rich>(&cell)) {
                    QVector<QByteArray> texts;
                    for (const QString &run : rich->runs)
                        texts << run.toUtf8();
                    QVector<lxw_rich_string_tuple> tuples(texts.size());
                    QVector<lxw_rich_string_tuple *> pointers;
                    for (int i = 0; i < texts.size(); ++i) {
                        tuples[i].format = i % 2 ? bold : nullptr;
                        tuples[i].string = const_cast<char *>(texts.at(i).constData());
                        pointers << &tuples[i];
                    }
                    pointers << nullptr;
                    worksheet_write_rich_string(ws, row, col, pointers.data(), nullptr);
                }
            }
        }
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

// A zip with exactly these parts (for hand-made workbooks and broken ones).
inline bool writeZip(const QString &path, const QMap<QString, QByteArray> &parts)
{
    int error = 0;
    zip_t *zip = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // libzip reads the buffer at zip_close: it must stay alive until then (parts does).
        zip_source_t *source
            = zip_source_buffer(zip, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (!source
            || zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

// The smallest workbook a hand can write: one sheet whose XML is given.
inline QMap<QString, QByteArray> minimalWorkbook(const QByteArray &sheetXml,
                                                 const QByteArray &sharedStrings = {},
                                                 const QByteArray &workbookPr = {},
                                                 const QByteArray &styles = {})
{
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"),
                 "<?xml version=\"1.0\"?><Types "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\"?><Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "officeDocument\" Target=\"xl/workbook.xml\"/>"
                 "</Relationships>");
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                      "worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rId2\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.insert(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rId3\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "styles\" Target=\"styles.xml\"/>";
        parts.insert(QStringLiteral("xl/styles.xml"), styles);
    }
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    parts.insert(
        QStringLiteral("xl/workbook.xml"),
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + workbookPr
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"),
                 "<?xml version=\"1.0\"?><worksheet "
                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                     + sheetXml + "</sheetData></worksheet>");
    return parts;
}

} // namespace fixture
