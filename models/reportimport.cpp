#include "reportimport.h"

#include "cache.h"
#include "catalog.h"
#include "csv.h"
#include "entity.h"
#include "format.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>
#include <functional>
#include <memory>

namespace ioc {

namespace {

enum Column { ColIndicator, ColEntity, ColPeriod, ColValue, ColPlan, ColAnnualPlan, ColumnCount };

const char *const kColumnKeys[ColumnCount]
    = {"indicator", "entity", "period", "value", "plan", "annual_plan"};

int columnFor(const QString &header)
{
    const QString folded = foldText(header);
    for (int c = 0; c < ColumnCount; ++c) {
        for (const QString &alias : ReportImporter::headerAliases(QLatin1String(kColumnKeys[c])))
            if (foldText(alias) == folded)
                return c;
    }
    return -1;
}

bool isInstructionSheet(const QString &name)
{
    const QString folded = foldText(name);
    return folded == QLatin1String("huong dan") || folded == QLatin1String("instructions")
           || folded == QLatin1String("readme") || name.startsWith(u'_');
}

// A cell as the importer sees it, whatever the file format.
struct Cell
{
    enum class Type { Empty, Number, Text, Other };
    Type type = Type::Empty;
    double number = 0;
    bool isDate = false;
    bool isPercent = false;       // shown as a percent: 0.0123 reads "1,23%"
    bool uncachedFormula = false; // a formula with no stored result
    QString text;                 // the text, or how a non-text cell reads (for messages)
    QDateTime date;
};

Cell fromXlsx(const XlsxCell &x)
{
    Cell c;
    switch (x.type) {
    case XlsxCell::Type::Empty:
        if (x.uncachedFormula) {
            c.type = Cell::Type::Other;
            c.uncachedFormula = true;
        }
        break;
    case XlsxCell::Type::Number:
        c.type = Cell::Type::Number;
        c.number = x.number;
        c.isDate = x.isDate;
        c.isPercent = x.isPercent;
        if (x.isDate)
            c.date = x.dateTime();
        c.text = QString::number(x.number, 'g', 15);
        break;
    case XlsxCell::Type::Text:
        c.type = x.text.trimmed().isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        c.text = x.text.trimmed();
        break;
    case XlsxCell::Type::Boolean:
        c.type = Cell::Type::Other;
        c.text = x.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        break;
    case XlsxCell::Type::Error:
        c.type = Cell::Type::Other;
        c.text = x.text;
        break;
    }
    return c;
}

Cell fromText(const QString &text)
{
    Cell c;
    c.text = text.trimmed();
    c.type = c.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
    return c;
}

// One row of a sheet as the importer sees it: its number and the cells that hold something, in
// column order. Sheets are read one row at a time: never a whole sheet in memory.
struct SheetRow
{
    int number = 0;                  // 1-based: a row of the sheet, or a line of a CSV file
    QVector<QPair<int, Cell>> cells; // (column, cell), 1-based columns

    Cell at(int column) const
    {
        const auto c
            = std::lower_bound(cells.begin(), cells.end(), column,
                               [](const QPair<int, Cell> &x, int n) { return x.first < n; });
        return c != cells.end() && c->first == column ? c->second : Cell();
    }
    bool blank() const
    {
        return std::all_of(cells.begin(), cells.end(), [](const QPair<int, Cell> &c) {
            return c.second.type == Cell::Type::Empty;
        });
    }
};

QString frequencyWord(Frequency f)
{
    switch (f) {
    case Frequency::Realtime:
        return ReportImporter::tr("real-time");
    case Frequency::Daily:
        return ReportImporter::tr("daily");
    case Frequency::Weekly:
        return ReportImporter::tr("weekly");
    case Frequency::Monthly:
        return ReportImporter::tr("monthly");
    case Frequency::Quarterly:
        return ReportImporter::tr("quarterly");
    case Frequency::Yearly:
        return ReportImporter::tr("yearly");
    }
    return {};
}

} // namespace

QString ImportProblem::cell() const
{
    if (row <= 0)
        return {};
    if (column <= 0)
        return ReportImporter::tr("row %1").arg(row);
    return XlsxReader::cellName(row, column);
}

QString ImportProblem::toString() const
{
    QString where = file;
    if (!sheet.isEmpty())
        where += ReportImporter::tr(", sheet '%1'").arg(sheet);
    if (row > 0)
        where += column > 0 ? ReportImporter::tr(", cell %1").arg(cell())
                            : ReportImporter::tr(", row %1").arg(row);
    return where + QStringLiteral(": ") + message;
}

QStringList ReportImporter::headerAliases(const QString &column)
{
    if (column == QLatin1String("indicator"))
        return {QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Chỉ tiêu"),
                QStringLiteral("Indicator code"), QStringLiteral("Indicator")};
    if (column == QLatin1String("entity"))
        return {QStringLiteral("Mã đối tượng"), QStringLiteral("Mã đơn vị"),
                QStringLiteral("Mã địa bàn"),   QStringLiteral("Entity code"),
                QStringLiteral("Entity"),       QStringLiteral("Unit code")};
    if (column == QLatin1String("period"))
        return {QStringLiteral("Kỳ báo cáo"), QStringLiteral("Kỳ"), QStringLiteral("Period"),
                QStringLiteral("Reporting period")};
    if (column == QLatin1String("value"))
        return {QStringLiteral("Thực hiện"), QStringLiteral("Giá trị"), QStringLiteral("Value"),
                QStringLiteral("Actual")};
    if (column == QLatin1String("plan"))
        return {QStringLiteral("Kế hoạch"), QStringLiteral("Plan"), QStringLiteral("Target")};
    if (column == QLatin1String("annual_plan"))
        return {QStringLiteral("Kế hoạch năm"), QStringLiteral("KH năm"),
                QStringLiteral("Annual plan"), QStringLiteral("Annual target")};
    return {};
}

ReportImporter::ReportImporter(const Catalog &catalog, const EntityRegistry &entities)
    : m_catalog(catalog)
    , m_entities(entities)
{}

ImportResult ReportImporter::readFile(const QString &path, const QDateTime &importedAt) const
{
    const QFileInfo info(path);
    QFile file(path);
    ImportResult failed;
    failed.file = info.fileName();
    auto fileProblem = [&](const QString &message) {
        failed.problems << ImportProblem{failed.file, {}, 0, 0, message};
        return failed;
    };
    if (!info.exists())
        return fileProblem(tr("the file does not exist"));
    if (info.size() > kMaxFileBytes)
        return fileProblem(tr("the file is too large (%1 MB; at most %2 MB)")
                               .arg(info.size() / (1024 * 1024))
                               .arg(kMaxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(tr("cannot open the file: %1").arg(file.errorString()));
    return read(file.readAll(), info.fileName(), importedAt);
}

namespace {

// Where the problems of a file go: at most kMaxProblems, then the list says it was cut short.
struct Problems
{
    ImportResult &result;

    void add(const QString &sheet, int row, int column, const QString &message) const
    {
        if (result.problems.size() >= ReportImporter::kMaxProblems) {
            result.truncated = true;
            return;
        }
        result.problems << ImportProblem{result.file, sheet, row, column, message};
    }
    int count() const { return int(result.problems.size()); }
};

// ---- stage 1: the header row ----

struct Header
{
    int row = 0;
    int columns[ColumnCount] = {}; // 1-based; 0: not there
};

bool namesIndicatorColumn(const SheetRow &row)
{
    return std::any_of(row.cells.begin(), row.cells.end(), [](const QPair<int, Cell> &c) {
        return c.second.type == Cell::Type::Text && columnFor(c.second.text) == ColIndicator;
    });
}

void reportNoHeader(const QString &sheet, const Problems &problems)
{
    problems.add(
        sheet, 0, 0,
        ReportImporter::tr("no header row found: one of the first %1 rows must name "
                           "the columns \"Mã chỉ tiêu\", \"Mã đối tượng\", \"Kỳ báo "
                           "cáo\", \"Thực hiện\" (and optionally \"Kế hoạch\" and \"Kế hoạch "
                           "năm\")")
            .arg(ReportImporter::kHeaderSearchRows));
}

// The columns a header row (one naming the indicator column) names; none when it lacks a
// column or names one twice.
std::optional<Header> readHeader(const SheetRow &row, const QString &sheet,
                                 const Problems &problems)
{
    Header h;
    h.row = row.number;
    bool ok = true;
    for (const auto &[c, cell] : row.cells) {
        const int col = cell.type == Cell::Type::Text ? columnFor(cell.text) : -1;
        if (col < 0)
            continue; // names, units, notes: for people, not read
        if (h.columns[col]) {
            problems.add(sheet, h.row, c,
                         ReportImporter::tr("the column \"%1\" appears twice (also in column %2)")
                             .arg(cell.text, XlsxReader::columnName(h.columns[col])));
            ok = false;
        }
        h.columns[col] = c;
    }
    const QString required[] = {QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Mã đối tượng"),
                                QStringLiteral("Kỳ báo cáo"), QStringLiteral("Thực hiện")};
    for (int col = ColIndicator; col <= ColValue; ++col) {
        if (!h.columns[col]) {
            problems.add(sheet, h.row, 0,
                         ReportImporter::tr("the column \"%1\" is missing").arg(required[col]));
            ok = false;
        }
    }
    return ok ? std::optional<Header>(h) : std::nullopt;
}

// ---- stage 3: each row under the header ----

// The cells of one row in the columns that are read, and where its problems go.
struct Row
{
    const QString &sheet;
    const Header &header;
    int r;
    const Problems &problems;
    Cell cells[ColumnCount];

    Row(const QString &sheetName, const Header &h, const SheetRow &row, const Problems &p)
        : sheet(sheetName)
        , header(h)
        , r(row.number)
        , problems(p)
    {
        for (int c = 0; c < ColumnCount; ++c)
            cells[c] = h.columns[c] ? row.at(h.columns[c]) : Cell();
    }
    const Cell &operator[](Column c) const { return cells[c]; }
    bool blank() const
    {
        return std::all_of(std::begin(cells), std::end(cells),
                           [](const Cell &c) { return c.type == Cell::Type::Empty; });
    }
    void bad(Column column, const QString &message) const
    {
        problems.add(sheet, r, column == ColumnCount ? 0 : header.columns[column], message);
    }
};

// Checks one row against the catalog and the entities into an observation.
class RowValidator
{
public:
    RowValidator(const Catalog &catalog, const EntityRegistry &entities, const QDate &today)
        : m_catalog(catalog)
        , m_entities(entities)
        , m_today(today)
    {}

    // a formula never calculated in a column that is read: its value is not in the file (one in
    // a column the importer does not read is none of its business)
    static bool uncalculated(const Row &row)
    {
        bool any = false;
        for (int col = 0; col < ColumnCount; ++col) {
            if (!row.cells[col].uncachedFormula)
                continue;
            row.bad(Column(col), ReportImporter::tr("cell %1 is a formula with no stored value; "
                                                    "open the file in Excel and save it again")
                                     .arg(XlsxReader::cellName(row.r, row.header.columns[col])));
            any = true;
        }
        return any;
    }

    const Indicator *indicator(const Row &row) const
    {
        const Cell &cell = row[ColIndicator];
        if (cell.type == Cell::Type::Empty) {
            row.bad(ColIndicator, ReportImporter::tr("the indicator code is empty"));
            return nullptr;
        }
        const Indicator *ind = m_catalog.find(cell.text.toUpper());
        if (!ind) {
            row.bad(
                ColIndicator,
                ReportImporter::tr("'%1' is not an indicator code of the catalog").arg(cell.text));
            return nullptr;
        }
        if (ind->frequency == Frequency::Realtime) {
            row.bad(ColIndicator, ReportImporter::tr("%1 is measured by sensors in real time and "
                                                     "cannot be imported from a report")
                                      .arg(ind->code));
            return nullptr;
        }
        return ind;
    }

    // the entity's code (empty when the cell holds none), checked to report the indicator
    QString entity(const Row &row, const Indicator *ind) const
    {
        const Cell &cell = row[ColEntity];
        QString code;
        if (cell.type == Cell::Type::Number && cell.number == std::floor(cell.number)
            && !cell.isDate)
            code = QString::number(qint64(cell.number));
        else if (cell.type == Cell::Type::Text)
            code = cell.text.toUpper();
        if (cell.type == Cell::Type::Empty) {
            row.bad(ColEntity, ReportImporter::tr("the entity code is empty (the city is %1)")
                                   .arg(EntityRegistry::cityCode()));
        } else if (code.isEmpty()) {
            row.bad(ColEntity, ReportImporter::tr("'%1' is not an entity code").arg(cell.text));
        } else if (const Entity *e = m_entities.find(code); !e) {
            row.bad(ColEntity, ReportImporter::tr("'%1' is not a known entity code").arg(code));
        } else if (ind && e->kind != EntityKind::City) {
            const bool fits = ind->geoLevel == GeoLevel::Commune ? e->isCommuneLevel()
                              : ind->geoLevel == GeoLevel::City  ? false
                                                                 : e->set == ind->entitySet;
            if (!fits)
                row.bad(ColEntity, ReportImporter::tr("%1 (%2) does not report %3")
                                       .arg(code, e->nameVi, ind->code));
        }
        return code;
    }

    // the period of the indicator's frequency, begun by today
    std::optional<Period> period(const Row &row, const Indicator *ind) const
    {
        const Cell &cell = row[ColPeriod];
        if (cell.type == Cell::Type::Empty) {
            row.bad(ColPeriod, ReportImporter::tr("the period is empty"));
            return std::nullopt;
        }
        if (!ind)
            return std::nullopt;
        std::optional<Period> period;
        if (cell.type == Cell::Type::Number && cell.isDate)
            period
                = Period::containing(ind->frequency, cityDateTime(cell.date.date(), QTime(12, 0)));
        else if (cell.type == Cell::Type::Number && ind->frequency == Frequency::Yearly
                 && cell.number == std::floor(cell.number) && cell.number >= 1900
                 && cell.number <= 9999)
            period = Period::year(int(cell.number));
        else if (!(period = Period::fromText(cell.text, ind->frequency))) {
            row.bad(ColPeriod, ReportImporter::tr("'%1' is not a period (write e.g. 2026-04, Tháng "
                                                  "4/2026, Quý II/2026, 2026 or 20/04/2026)")
                                   .arg(cell.text));
            return std::nullopt;
        }
        if (period->frequency() != ind->frequency) {
            row.bad(ColPeriod, ReportImporter::tr("'%1' is not a %2 period, and %3 is reported %2")
                                   .arg(cell.text, frequencyWord(ind->frequency), ind->code));
            return std::nullopt;
        }
        if (period->firstDay() > m_today) {
            row.bad(ColPeriod,
                    ReportImporter::tr("the period %1 has not begun yet").arg(period->key()));
            return std::nullopt;
        }
        return period;
    }

    // the plan or the annual plan, where given: none for an indicator the catalog gives no plan
    static std::optional<double> plan(const Row &row, Column column, const Indicator *ind)
    {
        if (row[column].type == Cell::Type::Empty)
            return std::nullopt;
        const std::optional<double> plan = number(row, column, ind);
        if (plan && ind && !ind->hasPlan) {
            row.bad(column, column == ColAnnualPlan
                                ? ReportImporter::tr("%1 has no plan in the catalog; leave the "
                                                     "annual plan empty")
                                      .arg(ind->code)
                                : ReportImporter::tr("%1 has no plan in the catalog; leave the "
                                                     "plan empty")
                                      .arg(ind->code));
            return std::nullopt;
        }
        return plan;
    }

    // the value or a plan, a number as the clerk typed and sees it
    static std::optional<double> number(const Row &row, Column column, const Indicator *ind)
    {
        const Cell &c = row[column];
        const QString what = column == ColPlan         ? ReportImporter::tr("plan")
                             : column == ColAnnualPlan ? ReportImporter::tr("annual plan")
                                                       : ReportImporter::tr("value");
        const bool percentUnit = ind && (ind->unit == Unit::Percent || ind->unit == Unit::IndexPct);
        if (c.type == Cell::Type::Number) {
            if (c.isDate) {
                row.bad(column, ReportImporter::tr("the %1 is formatted as a date; format the "
                                                   "cell as a number")
                                    .arg(what));
                return std::nullopt;
            }
            if (c.isPercent && percentUnit)                    // 1,23% is stored as 0.0123
                return std::round(c.number * 100 * 1e9) / 1e9; // 10.87, not 10.870000000000001
            if (c.isPercent && ind) {
                row.bad(column,
                        ReportImporter::tr("the %1 is formatted as a percent (%2%), but %3 "
                                           "is not measured in percent; format the cell "
                                           "as a number")
                            .arg(what, QString::number(c.number * 100, 'g', 12), ind->code));
                return std::nullopt;
            }
            return c.number;
        }
        if (c.type == Cell::Type::Other) {
            row.bad(column, ReportImporter::tr("the %1 is %2, not a number").arg(what, c.text));
            return std::nullopt;
        }
        return numberText(row, column, what, percentUnit);
    }

private:
    static std::optional<double> numberText(const Row &row, Column column, const QString &what,
                                            bool percentUnit)
    {
        const Cell &c = row[column];
        QString t = c.text;
        t.remove(QChar(0x00A0));
        t = t.trimmed();
        if (t.endsWith(u'%') && percentUnit)
            t = t.chopped(1).trimmed();
        static const QRegularExpression plain(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
        static const QRegularExpression ambiguous(QStringLiteral("^[-+]?\\d{1,3}[.,]\\d{3}$"));
        static const QRegularExpression grouped(
            QStringLiteral("^[-+]?\\d{1,3}([. ,]\\d{3})+([.,]\\d+)?$"));
        if (ambiguous.match(t).hasMatch()) {
            row.bad(column, ReportImporter::tr("'%1' is ambiguous (a thousands separator or a "
                                               "decimal one?): enter the %2 as a number cell, or "
                                               "without thousands separators")
                                .arg(c.text, what));
            return std::nullopt;
        }
        if (!plain.match(t).hasMatch()) {
            row.bad(column,
                    grouped.match(t).hasMatch()
                        ? ReportImporter::tr("the %1 '%2' has thousands separators: enter "
                                             "it as a number cell, or without them")
                              .arg(what, c.text)
                        : ReportImporter::tr("the %1 '%2' is not a number").arg(what, c.text));
            return std::nullopt;
        }
        t.replace(u',', u'.');
        return t.toDouble();
    }

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QDate m_today;
};

// Reads a report's sheets row by row: finds each sheet's header, checks every row under it and
// keeps the figures, compactly, while the file has no problem.
class ReportReader : public XlsxRowSink
{
public:
    ReportReader(const RowValidator &validate, ImportResult &result)
        : m_validate(validate)
        , m_result(result)
        , m_problems{result}
    {}

    void beginSheet(const QString &name, bool hidden) override
    {
        m_sheet = name;
        m_sheetId = m_result.rows.intern(name);
        m_sawContent = false;
        m_state = State::Searching;
        if (hidden) { // what the clerk cannot see is not imported
            m_result.hiddenSheets << name;
            m_state = State::Skip;
        } else if (isInstructionSheet(name)) {
            m_result.skippedSheets << name;
            m_state = State::Skip;
        }
    }
    void row(const XlsxSheet::Row &row) override
    {
        if (m_state == State::Skip)
            return;
        m_row.number = row.number;
        m_row.cells.clear();
        for (const auto &[column, cell] : row.cells)
            m_row.cells.append(qMakePair(column, fromXlsx(cell)));
        take(m_row);
    }
    void endSheet() override
    {
        if (m_state == State::Searching) {
            if (m_sawContent)
                reportNoHeader(m_sheet, m_problems);
            else
                m_result.skippedSheets << m_sheet; // nothing in it
        }
        m_state = State::Skip;
    }

    void take(const SheetRow &row)
    {
        if (m_state == State::Searching)
            lookForHeader(row);
        else if (m_state == State::Rows && !row.blank())
            check(row);
    }

private:
    enum class State { Skip, Searching, Rows };

    void lookForHeader(const SheetRow &row)
    {
        if (row.blank())
            return;
        if (row.number > ReportImporter::kHeaderSearchRows) { // figures, but no header above
            reportNoHeader(m_sheet, m_problems);
            m_state = State::Skip;
            return;
        }
        m_sawContent = true;
        if (!namesIndicatorColumn(row))
            return; // a title, a note above the table
        const auto header = readHeader(row, m_sheet, m_problems);
        m_state = header ? State::Rows : State::Skip;
        if (!header)
            return;
        m_header = *header;
        if (!m_sheet.isEmpty())
            m_result.sheets << m_sheet;
    }

    void check(const SheetRow &sheetRow)
    {
        const Row row(m_sheet, m_header, sheetRow, m_problems);
        if (RowValidator::uncalculated(row))
            return; // a formula never calculated
        const int before = m_problems.count();
        const Indicator *ind = m_validate.indicator(row);
        const QString entityCode = m_validate.entity(row, ind);
        const std::optional<Period> period = m_validate.period(row, ind);
        std::optional<double> value;
        if (row[ColValue].type == Cell::Type::Empty)
            row.bad(ColValue, ReportImporter::tr("the value is empty"));
        else
            value = RowValidator::number(row, ColValue, ind);
        const std::optional<double> plan = RowValidator::plan(row, ColPlan, ind);
        const std::optional<double> annualPlan = RowValidator::plan(row, ColAnnualPlan, ind);
        if (m_problems.count() != before || m_result.truncated || !ind || !period || !value)
            return;

        ImportedRows &rows = m_result.rows;
        const Key key{rows.intern(ind->code), rows.intern(entityCode), rows.intern(period->key())};
        if (const auto it = m_seen.constFind(key); it != m_seen.constEnd()) {
            const QString &sheet = it->sheet;
            row.bad(ColumnCount,
                    sheet.isEmpty()
                        ? ReportImporter::tr("%1 for %2 in %3 is already given in row %4")
                              .arg(ind->code, entityCode, period->key())
                              .arg(it->row)
                        : ReportImporter::tr("%1 for %2 in %3 is already given in sheet '%4', "
                                             "row %5")
                              .arg(ind->code, entityCode, period->key(), sheet)
                              .arg(it->row));
            return;
        }
        m_seen.insert(key, Seen{m_sheet, row.r});
        if (m_problems.count() == 0) // all or nothing: the figures of a bad file are not kept
            rows.add(key.indicator, key.entity, key.period, *value, plan, annualPlan, m_sheetId,
                     row.r, m_header.columns[ColValue]);
    }

    // an indicator, entity and period by their numbers in the rows' strings
    struct Key
    {
        qint32 indicator, entity, period;
        bool operator==(const Key &o) const
        {
            return indicator == o.indicator && entity == o.entity && period == o.period;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.indicator, k.entity, k.period);
        }
    };
    struct Seen // where a key was first given
    {
        QString sheet; // shared with the sheet's name: one string per sheet
        int row;
    };

    const RowValidator &m_validate;
    ImportResult &m_result;
    const Problems m_problems;
    QHash<Key, Seen> m_seen;
    QString m_sheet;
    qint32 m_sheetId = 0;
    State m_state = State::Skip;
    bool m_sawContent = false;
    Header m_header;
    SheetRow m_row; // reused: its cells keep their capacity
};

// A CSV file is one sheet without a name, its rows numbered by the line a text editor shows.
void readCsv(const QByteArray &data, ReportReader &reader, const Problems &problems)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        problems.add({}, 0, 0,
                     ReportImporter::tr("the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
        return;
    }
    // Vietnamese Excel writes semicolon-separated CSV; take what the header line uses.
    const QString firstLine = text.left(text.indexOf(u'\n'));
    const QChar delimiter = firstLine.count(u';') > firstLine.count(u',')    ? u';'
                            : firstLine.count(u'\t') > firstLine.count(u',') ? u'\t'
                                                                             : u',';
    const CsvResult parsed = Csv::parse(text, delimiter);
    if (!parsed.error.isEmpty()) {
        problems.add({}, parsed.errorLine, 0,
                     ReportImporter::tr("the CSV text is malformed: %1").arg(parsed.error));
        return;
    }
    reader.beginSheet({}, false);
    SheetRow row;
    for (const CsvRow &line : parsed.rows) {
        row.number = line.line;
        row.cells.clear();
        for (int c = 0; c < line.fields.size(); ++c) {
            if (!line.fields.at(c).trimmed().isEmpty())
                row.cells.append(qMakePair(c + 1, fromText(line.fields.at(c))));
        }
        reader.take(row);
    }
    reader.endSheet();
}

} // namespace

ImportResult ReportImporter::read(const QByteArray &data, const QString &fileName,
                                  const QDateTime &importedAt) const
{
    ImportResult result;
    result.file = fileName;
    result.rows = ImportedRows(fileName, importedAt);
    const Problems problems{result};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (data.size() > kMaxFileBytes) {
        problems.add({}, 0, 0,
                     tr("the file is too large (%1 MB; at most %2 MB)")
                         .arg(data.size() / (1024 * 1024))
                         .arg(kMaxFileBytes / (1024 * 1024)));
        return result;
    }
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        problems.add({}, 0, 0, tr("only .xlsx and .csv report files can be imported"));
        return result;
    }
    const RowValidator validate(m_catalog, m_entities, toCityTime(importedAt).date());
    ReportReader reader(validate, result);
    if (suffix == QLatin1String("csv")) {
        readCsv(data, reader, problems);
    } else if (QString error; !XlsxReader::read(data, reader, &error)) {
        // a workbook that cannot be read is that one problem, whatever its first sheets held
        result = ImportResult();
        result.file = fileName;
        problems.add({}, 0, 0, error);
        return result;
    }
    if (result.problems.isEmpty() && result.rows.isEmpty())
        problems.add({}, 0, 0,
                     tr("the file holds no figures: no sheet has rows under the template's "
                        "header"));
    if (!result.problems.isEmpty())
        result.rows.clear(); // all or nothing
    return result;
}

ImportOutcome ReportImporter::importInto(Cache &cache, const QString &path,
                                         const QDateTime &importedAt) const
{
    ImportOutcome o;
    o.result = readFile(path, importedAt);
    if (o.result.ok())
        store(cache, o.result.rows, &o.stats, &o.storeError);
    return o;
}

bool ReportImporter::store(Cache &cache, const ImportedRows &rows, ImportStats *stats,
                           QString *error)
{
    int added = 0, changed = 0, unchanged = 0;
    int next = 0;
    const auto batch = [&rows, &next] {
        const int from = next;
        next = std::min(rows.size(), next + kStoreBatch);
        return rows.mid(from, next - from);
    };
    if (!cache.appendRevisions(batch, &added, &changed, &unchanged, error))
        return false;
    if (stats)
        *stats = ImportStats{added, changed, unchanged};
    return true;
}

} // namespace ioc

namespace ioc {

ImportRecord ImportOutcome::record(const QDateTime &at) const
{
    ImportRecord r;
    r.at = at;
    r.file = result.file;
    r.sheets = result.sheets;
    for (const ImportProblem &p : result.problems) {
        if (!p.sheet.isEmpty() && !r.sheets.contains(p.sheet))
            r.sheets << p.sheet; // a sheet refused as a whole is named by its problem
    }
    r.imported = imported();
    r.rows = stats.added + stats.changed + stats.unchanged;
    for (const ImportProblem &p : result.problems)
        r.problems << p.toString();
    if (!storeError.isEmpty())
        r.problems << storeError;
    return r;
}

} // namespace ioc
