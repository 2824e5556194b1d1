#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace ioc {

// One cell of a worksheet as the file stores it: its type decides how it may be read.
struct XlsxCell
{
    enum class Type { Empty, Number, Text, Boolean, Error };
    Type type = Type::Empty;
    double number = 0;
    QString text;           // shared, inline or formula text; the error code for Error
    bool isDate = false;    // a number whose style is a date or time format
    bool isPercent = false; // a number whose style shows it as a percent (0.0123 shown "1,23%")
    bool uncachedFormula = false; // an Empty cell holding a formula whose result was never stored

    bool isEmpty() const
    {
        return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty());
    }
    // A date cell as a date and time (serial days from the workbook's epoch).
    QDateTime dateTime() const;
};

struct XlsxSheet
{
    // A row with cells, and its cells in column order: a sparse sheet costs what its cells
    // cost, never what its last row or column number would (one cell at XFD1048576 is one cell).
    struct Row
    {
        int number = 0;                      // 1-based
        QVector<QPair<int, XlsxCell>> cells; // (column, cell), non-empty cells only
    };
    QString name;
    bool hidden = false; // hidden or "very hidden" in the workbook: reported, never imported
    QVector<Row> rows;   // in row order; a cell never comes before one of an earlier row

    int rowCount() const { return rows.isEmpty() ? 0 : rows.last().number; } // the last row
    int columnCount(int row) const;                  // the last column with a cell in that row
    const XlsxCell &cell(int row, int column) const; // 1-based; Empty outside
};

// Receives a workbook's sheets row by row as they are read, so that a large sheet never has
// to be held whole.
class XlsxRowSink
{
public:
    virtual ~XlsxRowSink() = default;
    // A sheet begins, in workbook order. A hidden one is announced, then ended, never read.
    virtual void beginSheet(const QString &name, bool hidden) = 0;
    // One row that has cells, in row order, its cells in column order.
    virtual void row(const XlsxSheet::Row &row) = 0;
    virtual void endSheet() = 0;
};

// A small, read-only .xlsx (Office Open XML spreadsheet) reader: the zip through libzip,
// the parts through QXmlStreamReader. It reads shared strings, inline strings, formula
// results (cached values), numbers, booleans, errors and dates (1900 and 1904 systems, by
// the cell's number format). Formulas are not evaluated; charts, pictures and formats other
// than dates are ignored.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(ioc::XlsxReader)
public:
    // Limits that keep a broken or hostile file from exhausting memory.
    static constexpr qint64 kMaxPartBytes = 64LL * 1024 * 1024; // one part, inflated
    static constexpr int kMaxRatio = 100;    // inflated : deflated, checked before inflating
    static constexpr int kMaxRows = 1048576; // Excel's own limit
    static constexpr int kMaxColumns = 16384;

    // Reads every worksheet, in workbook order. On failure returns nothing and says why.
    static std::optional<QVector<XlsxSheet>> read(const QString &path, QString *error);
    static std::optional<QVector<XlsxSheet>> read(const QByteArray &data, QString *error);
    // The same, row by row into a sink: only the sheet being read is inflated, and only the row
    // being read is held. On failure returns false and says why; the sink may have seen rows.
    static bool read(const QByteArray &data, XlsxRowSink &sink, QString *error);

    // "A1" style reference of a 1-based row and column ("AB12").
    static QString cellName(int row, int column);
    static QString columnName(int column);
};

} // namespace ioc
