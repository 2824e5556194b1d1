#include "xlsxreader.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace ioc {

namespace {

constexpr zip_uint64_t kRatioFloorBytes = 1024 * 1024;

// "<!DOCTYPE" or "<!ENTITY" anywhere, in UTF-8 or UTF-16 (either byte order).
bool declaresDtd(const QByteArray &xml)
{
    for (const char *word : {"<!DOCTYPE", "<!ENTITY"}) {
        const QByteArray utf8(word);
        QByteArray le, be;
        for (const char c : utf8) {
            le += c;
            le += '\0';
            be += '\0';
            be += c;
        }
        if (xml.contains(utf8) || xml.contains(le) || xml.contains(be))
            return true;
    }
    return false;
}

const XlsxCell kEmptyCell;

// Number formats Excel builds in that show dates or times (ECMA-376 §18.8.30; 27–36 and
// 50–58 are the East Asian date formats).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
           || (id >= 50 && id <= 58);
}

// Walks the first section of a number format code, outside quoted text, escaped characters and
// [colour]/[$-locale] brackets: `live` sees each character that formats, `bracket` each
// bracket's content; the first to answer true ends the walk with true.
template <typename Live, typename Bracket>
bool scanFormatCode(const QString &code, Live live, Bracket bracket)
{
    bool inQuote = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuote = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or padding)
        } else if (c == u'[') {
            const int close = code.indexOf(u']', i);
            if (close < 0)
                return false;
            if (bracket(code.mid(i + 1, close - i - 1).toLower()))
                return true;
            i = close;
        } else if (c == u';') {
            break; // the first section decides
        } else if (live(c)) {
            return true;
        }
    }
    return false;
}

// A custom format code shows a date when it uses a day, month, year, hour or second
// placeholder, or an elapsed time ([h], [mm], [ss]).
bool isDateFormatCode(const QString &code)
{
    return scanFormatCode(
        code,
        [](QChar c) {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'm':
            case u'y':
            case u'h':
            case u's':
                return true;
            default:
                return false;
            }
        },
        [](const QString &inside) {
            return inside == QLatin1String("h") || inside == QLatin1String("hh")
                   || inside == QLatin1String("m") || inside == QLatin1String("mm")
                   || inside == QLatin1String("s") || inside == QLatin1String("ss");
        });
}

// A format code shows a percent when it has a '%' that formats (built in: 9 "0%", 10 "0.00%").
bool isPercentFormatCode(const QString &code)
{
    return scanFormatCode(
        code, [](QChar c) { return c == u'%'; }, [](const QString &) { return false; });
}

// Parses "B12" into a 1-based row and column; false when it is not a cell reference.
bool parseCellRef(QStringView ref, int *row, int *column)
{
    int i = 0, col = 0, r = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > XlsxReader::kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    for (; i < ref.size(); ++i) {
        if (!ref.at(i).isDigit())
            return false;
        r = r * 10 + ref.at(i).digitValue();
        if (r > XlsxReader::kMaxRows)
            return false;
    }
    *row = r;
    *column = col;
    return r >= 1;
}

// Joins a relationship target to the folder of the part that refers to it.
QString resolvePart(const QString &fromFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = fromFolder.isEmpty() ? QStringList() : fromFolder.split(u'/');
    for (const QString &p : target.split(u'/')) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String(".") && !p.isEmpty())
            parts << p;
    }
    return parts.join(u'/');
}

QString folderOf(const QString &part)
{
    const int slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// One part of the zip, inflated as it is read (a sheet's XML is never held whole): inflated
// bytes are counted against the limit whatever the zip declared, the length must match the
// declared one, and a DTD or entity declaration ends the reading (a DTD is how an XML file reads
// other files or grows a billion laughs). problem() says why reading stopped early.
class PartDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(ioc::XlsxReader)
public:
    PartDevice(zip_file_t *file, const QString &part, zip_uint64_t size)
        : m_file(file)
        , m_part(part)
        , m_size(size)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~PartDevice() override { zip_fclose(m_file); }
    PartDevice(const PartDevice &) = delete;
    PartDevice &operator=(const PartDevice &) = delete;

    bool isSequential() const override { return true; }
    const QString &problem() const { return m_problem; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_problem.isEmpty())
            return -1;
        if (maxSize <= 0)
            return 0;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0)
            return fail(tr("the part '%1' is damaged (%2)")
                            .arg(m_part, QString::fromUtf8(zip_file_strerror(m_file))));
        m_read += zip_uint64_t(n);
        if (m_read > zip_uint64_t(XlsxReader::kMaxPartBytes))
            return fail(tr("the part '%1' is too large (more than %2 MB uncompressed)")
                            .arg(m_part)
                            .arg(XlsxReader::kMaxPartBytes / (1024 * 1024)));
        if (n == 0 && m_read != m_size)
            return fail(tr("the part '%1' is damaged (its length does not match)").arg(m_part));
        // the end of the last read and this one: a declaration split between them is found too
        QByteArray seen = m_tail;
        seen.append(data, qsizetype(n));
        if (declaresDtd(seen))
            return fail(tr("the part '%1' holds a DTD or entity declaration, which is not allowed")
                            .arg(m_part));
        m_tail = seen.right(kTailBytes);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    static constexpr qsizetype kTailBytes = 2 * 9; // "<!DOCTYPE" in UTF-16
    qint64 fail(const QString &problem)
    {
        m_problem = problem;
        setErrorString(problem);
        return -1;
    }

    zip_file_t *m_file;
    QString m_part;
    zip_uint64_t m_size;
    zip_uint64_t m_read = 0;
    QByteArray m_tail;
    QString m_problem;
};

// The zip container, through libzip. (QuaZip would do too, but it exports its own copy of
// minizip's symbols, which collide with the system minizip that libxlsxwriter uses for export.)
class Package
{
    Q_DECLARE_TR_FUNCTIONS(ioc::XlsxReader)
public:
    explicit Package(const QByteArray &data)
        : m_data(data)
    {}
    ~Package()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool open(QString *error)
    {
        if (m_data.isEmpty()) {
            *error = tr("the file is empty");
            return false;
        }
        zip_error_t ze;
        zip_error_init(&ze);
        zip_source_t *source
            = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &ze);
        if (source)
            m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
        if (!m_zip) {
            if (source)
                zip_source_free(source);
            zip_error_fini(&ze);
            *error = tr("the file is not an .xlsx workbook: it is not a zip archive, or the "
                        "archive is damaged");
            return false;
        }
        zip_error_fini(&ze);
        const zip_int64_t n = zip_get_num_entries(m_zip, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(i), 0));
            m_names.insert(name.toLower(), zip_uint64_t(i));
        }
        return true;
    }

    bool has(const QString &part) const { return m_names.contains(part.toLower()); }

    // The part as a device that inflates it as it is read, after refusing a part whose declared
    // size or ratio is too large; null and why when it cannot be read.
    std::unique_ptr<PartDevice> openPart(const QString &part, QString *error)
    {
        const auto it = m_names.constFind(part.toLower());
        if (it == m_names.constEnd()) {
            *error = tr("the workbook has no part '%1'").arg(part);
            return nullptr;
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, *it, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            *error = tr("the part '%1' cannot be opened: the archive is damaged").arg(part);
            return nullptr;
        }
        if (st.size > zip_uint64_t(XlsxReader::kMaxPartBytes)) {
            *error = tr("the part '%1' is too large (%2 MB uncompressed; at most %3 MB)")
                         .arg(part)
                         .arg(st.size / (1024 * 1024))
                         .arg(XlsxReader::kMaxPartBytes / (1024 * 1024));
            return nullptr;
        }
        // a zip bomb is refused by what it declares, before a byte is inflated; small parts are
        // cheap whatever their ratio (an XML of repeated empty cells compresses very well)
        if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > kRatioFloorBytes
            && st.size / std::max<zip_uint64_t>(st.comp_size, 1)
                   > zip_uint64_t(XlsxReader::kMaxRatio)) {
            *error = tr("the part '%1' would inflate %2 times (%3 MB from %4 KB; at most %5 to 1): "
                        "not a spreadsheet")
                         .arg(part)
                         .arg(st.size / std::max<zip_uint64_t>(st.comp_size, 1))
                         .arg(st.size / (1024 * 1024))
                         .arg(st.comp_size / 1024)
                         .arg(XlsxReader::kMaxRatio);
            return nullptr;
        }
        zip_file_t *file = zip_fopen_index(m_zip, *it, 0);
        if (!file) {
            *error = tr("the part '%1' cannot be opened: the archive is damaged").arg(part);
            return nullptr;
        }
        return std::make_unique<PartDevice>(file, part, st.size);
    }

    // The part's bytes, whole (the small parts: workbook, relationships, strings, styles).
    bool read(const QString &part, QByteArray *out, QString *error)
    {
        const auto device = openPart(part, error);
        if (!device)
            return false;
        *out = device->readAll();
        if (!device->problem().isEmpty()) {
            *error = device->problem();
            return false;
        }
        return true;
    }

private:
    QByteArray m_data;
    zip_t *m_zip = nullptr;
    QHash<QString, zip_uint64_t> m_names; // lower-case name -> index
};

QString xmlProblem(const QString &part, const QXmlStreamReader &xml)
{
    return XlsxReader::tr("the part '%1' is not well-formed XML (line %2: %3)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

// Relationship id -> target part, from a .rels part.
bool readRelationships(Package &pkg, const QString &relsPart, const QString &baseFolder,
                       QHash<QString, QString> *targets, QHash<QString, QString> *byType,
                       QString *error)
{
    QByteArray data;
    if (!pkg.read(relsPart, &data, error))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            const QString target
                = resolvePart(baseFolder, a.value(QLatin1String("Target")).toString());
            targets->insert(a.value(QLatin1String("Id")).toString(), target);
            if (byType) {
                const QString type = a.value(QLatin1String("Type")).toString();
                byType->insert(type.mid(type.lastIndexOf(u'/') + 1), target);
            }
        }
    }
    if (xml.hasError()) {
        *error = xmlProblem(relsPart, xml);
        return false;
    }
    return true;
}

// Reads the text of the current element, skipping phonetic runs (<rPh>).
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool inPhonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true;
            else if (xml.name() == QLatin1String("t") && !inPhonetic) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth; // readElementText consumed the end of <t>
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = false;
            break;
        default:
            break;
        }
    }
    return text;
}

bool readSharedStrings(Package &pkg, const QString &part, QVector<QString> *strings, QString *error)
{
    QByteArray data;
    if (!pkg.read(part, &data, error))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings->append(readStringItem(xml));
    }
    if (xml.hasError()) {
        *error = xmlProblem(part, xml);
        return false;
    }
    return true;
}

// For each cell style index (cellXfs), whether it shows a date, and whether a percent.
bool readDateStyles(Package &pkg, const QString &part, QVector<bool> *isDateStyle,
                    QVector<bool> *isPercentStyle, QString *error)
{
    QByteArray data;
    if (!pkg.read(part, &data, error))
        return false;
    QXmlStreamReader xml(data);
    QHash<int, bool> customIsDate;
    QHash<int, bool> customIsPercent;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("numFmt")) {
                const auto a = xml.attributes();
                customIsDate.insert(
                    a.value(QLatin1String("numFmtId")).toInt(),
                    isDateFormatCode(a.value(QLatin1String("formatCode")).toString()));
                customIsPercent.insert(
                    a.value(QLatin1String("numFmtId")).toInt(),
                    isPercentFormatCode(a.value(QLatin1String("formatCode")).toString()));
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (name == QLatin1String("xf") && inCellXfs) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                isDateStyle->append(customIsDate.contains(id) ? customIsDate.value(id)
                                                              : isBuiltInDateFormat(id));
                isPercentStyle->append(customIsPercent.contains(id) ? customIsPercent.value(id)
                                                                    : (id == 9 || id == 10));
            }
        } else if (token == QXmlStreamReader::EndElement
                   && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        *error = xmlProblem(part, xml);
        return false;
    }
    return true;
}

// What a <c> element holds, before it is understood.
struct RawCell
{
    QString type;  // t: s, inlineStr, str, b, e, d, n or none
    int style = 0; // s: into cellXfs
    QString value; // <v>
    bool hasValue = false;
    QString inlineText; // <is>
    bool hasInline = false;
    bool hasFormula = false;
};

// The contents of the <c> element the reader is on, up to its end.
RawCell readRawCell(QXmlStreamReader &xml)
{
    RawCell raw;
    const auto a = xml.attributes();
    raw.type = a.value(QLatin1String("t")).toString();
    raw.style = a.value(QLatin1String("s")).toInt();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("v")) {
            raw.value = xml.readElementText();
            raw.hasValue = true;
        } else if (xml.name() == QLatin1String("is")) {
            raw.inlineText = readStringItem(xml);
            raw.hasInline = true;
        } else {
            raw.hasFormula |= xml.name() == QLatin1String("f");
            xml.skipCurrentElement(); // <f> and extensions
        }
    }
    return raw;
}

// What a sheet's cells are read with: the shared strings and which styles are dates and
// percentages. date1904: the workbook counts days from 1 Jan 1904; dates are kept on the 1900
// system.
struct CellBook
{
    const QVector<QString> &shared;
    const QVector<bool> &dateStyles;
    const QVector<bool> &percentStyles;
    bool date1904 = false;
};

// A number cell (no type, or "n"), or false when its value is not a number.
bool numberCell(const RawCell &raw, const CellBook &book, XlsxCell *cell)
{
    bool ok = false;
    cell->number = raw.value.toDouble(&ok);
    if (!ok || !std::isfinite(cell->number))
        return false;
    cell->type = XlsxCell::Type::Number;
    const auto styled = [&raw](const QVector<bool> &styles) {
        return raw.style >= 0 && raw.style < styles.size() && styles.at(raw.style);
    };
    cell->isDate = styled(book.dateStyles);
    cell->isPercent = styled(book.percentStyles);
    if (cell->isDate && book.date1904)
        cell->number += 1462;
    return true;
}

// The cell a <c> element stands for; an empty string, or why its value cannot be read (the
// caller says where).
QString understand(const RawCell &raw, const CellBook &book, XlsxCell *cell)
{
    const QString &type = raw.type;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = raw.value.toInt(&ok);
        if (!ok || index < 0 || index >= book.shared.size())
            return XlsxReader::tr("shared string %1 does not exist").arg(raw.value);
        cell->type = XlsxCell::Type::Text;
        cell->text = book.shared.at(index);
    } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
        cell->type = XlsxCell::Type::Text;
        cell->text = type == QLatin1String("str") ? raw.value : raw.inlineText;
    } else if (type == QLatin1String("b")) {
        cell->type = XlsxCell::Type::Boolean;
        cell->number = raw.value.trimmed() == QLatin1String("1") ? 1 : 0;
    } else if (type == QLatin1String("e")) {
        cell->type = XlsxCell::Type::Error;
        cell->text = raw.value;
    } else if (type == QLatin1String("d")) {
        // ISO 8601 date cell: keep it as a serial like every other date.
        const QDateTime dt = QDateTime::fromString(raw.value, Qt::ISODate);
        if (!dt.isValid())
            return XlsxReader::tr("'%1' is not a date").arg(raw.value);
        const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0), dt.timeSpec());
        cell->type = XlsxCell::Type::Number;
        cell->number = epoch.msecsTo(dt) / 86400000.0;
        cell->isDate = true;
    } else if (raw.hasValue) {
        if (!numberCell(raw, book, cell))
            return XlsxReader::tr("'%1' is not a number").arg(raw.value);
    } else if (raw.hasInline) {
        cell->type = XlsxCell::Type::Text;
        cell->text = raw.inlineText;
    } else if (raw.hasFormula) {
        // a formula whose result was never stored (written by a program that does not
        // calculate): nothing to read, but not nothing either
        cell->uncachedFormula = true;
    }
    return {};
}

// The row being read, handed to the sink whole when the next one begins. A cell of an earlier
// row than the one being built cannot be placed any more: the file is refused (Excel writes
// cells in order; a cell repeated in the same place replaces the earlier one).
class RowBuilder
{
public:
    explicit RowBuilder(XlsxRowSink &sink)
        : m_sink(sink)
    {}

    bool put(int row, int column, const XlsxCell &cell)
    {
        if (row < m_row.number)
            return false;
        if (row > m_row.number) {
            flush();
            m_row.number = row;
        }
        auto &cells = m_row.cells;
        if (cells.isEmpty() || cells.last().first < column) {
            cells.append(qMakePair(column, cell));
            return true;
        }
        auto c = std::lower_bound(cells.begin(), cells.end(), column,
                                  [](const QPair<int, XlsxCell> &x, int n) { return x.first < n; });
        if (c->first == column)
            c->second = cell;
        else
            cells.insert(c, qMakePair(column, cell));
        return true;
    }
    int current() const { return m_row.number; }
    void flush()
    {
        if (!m_row.cells.isEmpty())
            m_sink.row(m_row);
        m_row.cells.clear(); // keeps its capacity for the next row
    }

private:
    XlsxRowSink &m_sink;
    XlsxSheet::Row m_row;
};

bool readSheet(Package &pkg, const QString &part, const CellBook &book, const QString &sheetName,
               XlsxRowSink &sink, QString *error)
{
    const auto device = pkg.openPart(part, error);
    if (!device)
        return false;
    RowBuilder built(sink);
    QXmlStreamReader xml(device.get());
    int row = 0;
    int column = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            bool ok = false;
            const int n = r.isEmpty() ? row + 1 : r.toInt(&ok);
            if ((!r.isEmpty() && !ok) || n < 1 || n > XlsxReader::kMaxRows || n <= row) {
                *error = XlsxReader::tr("sheet '%1': row number '%2' is not valid")
                             .arg(sheetName, r.toString());
                return false;
            }
            row = n;
            column = 0;
            continue;
        }
        if (name != QLatin1String("c"))
            continue;
        const auto ref = xml.attributes().value(QLatin1String("r"));
        int cellRow = row, cellColumn = column + 1;
        if (!ref.isEmpty() && !parseCellRef(ref, &cellRow, &cellColumn)) {
            *error = XlsxReader::tr("sheet '%1': '%2' is not a cell reference")
                         .arg(sheetName, ref.toString());
            return false;
        }
        if (row == 0)
            row = cellRow; // a cell outside any <row>: tolerate, use its own reference
        column = cellColumn;
        XlsxCell cell;
        if (const QString problem = understand(readRawCell(xml), book, &cell); !problem.isEmpty()) {
            *error = XlsxReader::tr("sheet '%1', cell %2: %3")
                         .arg(sheetName, XlsxReader::cellName(cellRow, cellColumn), problem);
            return false;
        }
        if ((cell.type != XlsxCell::Type::Empty || cell.uncachedFormula)
            && !built.put(cellRow, cellColumn, cell)) {
            *error = XlsxReader::tr("sheet '%1': cell %2 comes after row %3 (the cells are out "
                                    "of order)")
                         .arg(sheetName, XlsxReader::cellName(cellRow, cellColumn))
                         .arg(built.current());
            return false;
        }
    }
    if (!device->problem().isEmpty()) { // the part, not its XML
        *error = device->problem();
        return false;
    }
    if (xml.hasError()) {
        *error = xmlProblem(part, xml);
        return false;
    }
    built.flush();
    return true;
}

bool readPackage(const QByteArray &bytes, XlsxRowSink &sink, QString *error)
{
    Package pkg(bytes);
    if (!pkg.open(error))
        return false;
    // The workbook part, from the package relationships (xl/workbook.xml by convention).
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (pkg.has(QStringLiteral("_rels/.rels"))) {
        QHash<QString, QString> ids, byType;
        if (!readRelationships(pkg, QStringLiteral("_rels/.rels"), {}, &ids, &byType, error))
            return false;
        if (byType.contains(QStringLiteral("officeDocument")))
            workbookPart = byType.value(QStringLiteral("officeDocument"));
    }
    if (!pkg.has(workbookPart)) {
        *error
            = XlsxReader::tr("the file is a zip archive but not an .xlsx workbook (it has no %1)")
                  .arg(workbookPart);
        return false;
    }
    const QString folder = folderOf(workbookPart);
    const QString relsPart
        = (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/")
          + workbookPart.mid(workbookPart.lastIndexOf(u'/') + 1) + QStringLiteral(".rels");
    QHash<QString, QString> targets, byType;
    if (!readRelationships(pkg, relsPart, folder, &targets, &byType, error))
        return false;

    QVector<QString> shared;
    if (byType.contains(QStringLiteral("sharedStrings"))
        && !readSharedStrings(pkg, byType.value(QStringLiteral("sharedStrings")), &shared, error))
        return false;
    QVector<bool> dateStyles;
    QVector<bool> percentStyles;
    if (byType.contains(QStringLiteral("styles"))
        && !readDateStyles(pkg, byType.value(QStringLiteral("styles")), &dateStyles, &percentStyles,
                           error))
        return false;

    QByteArray data;
    if (!pkg.read(workbookPart, &data, error))
        return false;
    QVector<QPair<QString, QString>> sheetParts; // name, part
    QStringList hidden;
    bool date1904 = false;
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto v = a.value(QLatin1String("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                if (a.value(QLatin1String("state")) == QLatin1String("hidden")
                    || a.value(QLatin1String("state")) == QLatin1String("veryHidden")) {
                    hidden << a.value(QLatin1String("name")).toString();
                }
                QString id;
                for (const auto &attr : a) {
                    if (attr.name() == QLatin1String("id")) // r:id in the relationships namespace
                        id = attr.value().toString();
                }
                const QString part = targets.value(id);
                if (part.isEmpty()) {
                    *error = XlsxReader::tr("sheet '%1' has no part in the workbook")
                                 .arg(a.value(QLatin1String("name")));
                    return false;
                }
                sheetParts << qMakePair(a.value(QLatin1String("name")).toString(), part);
            }
        }
        if (xml.hasError()) {
            *error = xmlProblem(workbookPart, xml);
            return false;
        }
    }
    for (const auto &[name, part] : sheetParts) {
        const bool isHidden = hidden.contains(name);
        if (!isHidden && !pkg.has(part)) {
            *error = XlsxReader::tr("sheet '%1' is missing from the file (%2)").arg(name, part);
            return false;
        }
        sink.beginSheet(name, isHidden);
        if (!isHidden // reported, never read
            && !readSheet(pkg, part, {shared, dateStyles, percentStyles, date1904}, name, sink,
                          error))
            return false;
        sink.endSheet();
    }
    return true;
}

// Every sheet whole, for a caller that wants them so.
class SheetCollector : public XlsxRowSink
{
public:
    void beginSheet(const QString &name, bool hidden) override
    {
        XlsxSheet sheet;
        sheet.name = name;
        sheet.hidden = hidden;
        sheets << sheet;
    }
    void row(const XlsxSheet::Row &row) override { sheets.last().rows << row; }
    void endSheet() override {}

    QVector<XlsxSheet> sheets;
};

} // namespace

QDateTime XlsxCell::dateTime() const
{
    if (type != Type::Number)
        return {};
    // Serial days from 30 Dec 1899, which absorbs Excel's 29 Feb 1900 for every date from March
    // 1900 on. Times are kept to the second; a fraction that rounds to midnight rolls over.
    const qint64 seconds = qRound64(number * 86400.0);
    const QDate day
        = QDate(1899, 12, 30).addDays(seconds / 86400 - (seconds < 0 && seconds % 86400 ? 1 : 0));
    const int inDay = int(((seconds % 86400) + 86400) % 86400);
    return QDateTime(day, QTime(0, 0).addSecs(inDay), Qt::UTC);
}

static const XlsxSheet::Row *findRow(const QVector<XlsxSheet::Row> &rows, int row)
{
    const auto r = std::lower_bound(rows.begin(), rows.end(), row,
                                    [](const XlsxSheet::Row &x, int n) { return x.number < n; });
    return r != rows.end() && r->number == row ? &*r : nullptr;
}

int XlsxSheet::columnCount(int row) const
{
    const Row *r = findRow(rows, row);
    return r && !r->cells.isEmpty() ? r->cells.last().first : 0;
}

const XlsxCell &XlsxSheet::cell(int row, int column) const
{
    const Row *r = findRow(rows, row);
    if (!r)
        return kEmptyCell;
    const auto c
        = std::lower_bound(r->cells.begin(), r->cells.end(), column,
                           [](const QPair<int, XlsxCell> &x, int n) { return x.first < n; });
    return c != r->cells.end() && c->first == column ? c->second : kEmptyCell;
}

std::optional<QVector<XlsxSheet>> XlsxReader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    return read(file.readAll(), error);
}

std::optional<QVector<XlsxSheet>> XlsxReader::read(const QByteArray &data, QString *error)
{
    SheetCollector collected;
    if (!readPackage(data, collected, error))
        return std::nullopt;
    return std::move(collected.sheets);
}

bool XlsxReader::read(const QByteArray &data, XlsxRowSink &sink, QString *error)
{
    return readPackage(data, sink, error);
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString XlsxReader::cellName(int row, int column)
{
    return columnName(column) + QString::number(row);
}

} // namespace ioc
