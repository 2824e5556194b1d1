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

enum Column { ColIndicator, ColEntity, ColPeriod, ColValue, ColPlan, ColumnCount };

const char *const kColumnKeys[ColumnCount] = {"indicator", "entity", "period", "value", "plan"};

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

// One sheet as a grid of cells, 1-based.
struct Grid
{
    QString name;
    int rowCount = 0;
    std::function<Cell(int, int)> cell;
    std::function<int(int)> columnCount;
    std::function<QString(int, int)> cellName;
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

const QString kRoman[]
    = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};

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

// NOLINTNEXTLINE(readability-function-size): over 120 lines; to be split (issue 16)
ImportResult ReportImporter::read(const QByteArray &data, const QString &fileName,
                                  const QDateTime &importedAt) const
{
    ImportResult result;
    result.file = fileName;
    auto problem = [&](const QString &sheet, int row, int column, const QString &message) {
        if (result.problems.size() >= kMaxProblems) {
            result.truncated = true;
            return;
        }
        result.problems << ImportProblem{fileName, sheet, row, column, message};
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (data.size() > kMaxFileBytes) {
        problem({}, 0, 0,
                tr("the file is too large (%1 MB; at most %2 MB)")
                    .arg(data.size() / (1024 * 1024))
                    .arg(kMaxFileBytes / (1024 * 1024)));
        return result;
    }

    // ---- the file's sheets as grids ----
    QVector<XlsxSheet> xlsxSheets;
    QVector<CsvRow> csvRows;
    QVector<Grid> grids;
    if (suffix == QLatin1String("xlsx")) {
        QString error;
        auto sheets = XlsxReader::read(data, &error);
        if (!sheets) {
            problem({}, 0, 0, error);
            return result;
        }
        xlsxSheets = std::move(*sheets);
        for (const XlsxSheet &s : std::as_const(xlsxSheets)) {
            const XlsxSheet *sp = &s;
            Grid g;
            g.name = s.name;
            g.rowCount = int(s.rows.size());
            g.cell = [sp](int r, int c) {
                return fromXlsx(sp->cell(r, c));
            };
            g.columnCount = [sp](int r) {
                return r >= 1 && r <= sp->rows.size() ? int(sp->rows.at(r - 1).size()) : 0;
            };
            g.cellName = [](int r, int c) {
                return XlsxReader::cellName(r, c);
            };
            grids << g;
        }
    } else if (suffix == QLatin1String("csv")) {
        auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(data);
        if (decoder.hasError()) {
            problem({}, 0, 0, tr("the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
            return result;
        }
        // Vietnamese Excel writes semicolon-separated CSV; take what the header line uses.
        const QString firstLine = text.left(text.indexOf(u'\n'));
        const QChar delimiter = firstLine.count(u';') > firstLine.count(u',')    ? u';'
                                : firstLine.count(u'\t') > firstLine.count(u',') ? u'\t'
                                                                                 : u',';
        const CsvResult parsed = Csv::parse(text, delimiter);
        if (!parsed.error.isEmpty()) {
            problem({}, parsed.errorLine, 0, tr("the CSV text is malformed: %1").arg(parsed.error));
            return result;
        }
        csvRows = parsed.rows;
        // Rows by line number, so problems name the line a text editor shows.
        auto byLine = std::make_shared<QHash<int, int>>();
        int lastLine = 0;
        for (int i = 0; i < csvRows.size(); ++i) {
            byLine->insert(csvRows.at(i).line, i);
            lastLine = csvRows.at(i).line;
        }
        const QVector<CsvRow> *rows = &csvRows;
        Grid g; // a CSV file is one sheet without a name

        g.rowCount = lastLine;
        g.cell = [rows, byLine](int r, int c) {
            const int i = byLine->value(r, -1);
            if (i < 0 || c < 1 || c > rows->at(i).fields.size())
                return Cell();
            return fromText(rows->at(i).fields.at(c - 1));
        };
        g.columnCount = [rows, byLine](int r) {
            const int i = byLine->value(r, -1);
            return i < 0 ? 0 : int(rows->at(i).fields.size());
        };
        g.cellName = [](int r, int c) {
            return XlsxReader::cellName(r, c);
        };
        grids << g;
    } else {
        problem({}, 0, 0, tr("only .xlsx and .csv report files can be imported"));
        return result;
    }

    // ---- every sheet, every cell ----
    struct Seen
    {
        QString sheet;
        int row;
    };
    QHash<QString, Seen> seen; // indicator\nentity\nperiod -> first place
    const QDateTime &now = importedAt;
    const QDate today = toCityTime(now).date();
    for (const Grid &g : std::as_const(grids)) {
        if (isInstructionSheet(g.name)) {
            result.skippedSheets << g.name;
            continue;
        }
        bool empty = true;
        for (int r = 1; r <= g.rowCount && empty; ++r)
            for (int c = 1; c <= g.columnCount(r) && empty; ++c)
                empty = g.cell(r, c).type == Cell::Type::Empty;
        if (empty) {
            result.skippedSheets << g.name;
            continue;
        }
        // The header row: the first of the top rows that names the indicator column.
        int headerRow = 0;
        int columns[ColumnCount];
        std::fill(std::begin(columns), std::end(columns), 0);
        for (int r = 1; r <= std::min(g.rowCount, kHeaderSearchRows) && !headerRow; ++r) {
            for (int c = 1; c <= g.columnCount(r); ++c) {
                const Cell cell = g.cell(r, c);
                if (cell.type == Cell::Type::Text && columnFor(cell.text) == ColIndicator)
                    headerRow = r;
            }
        }
        if (!headerRow) {
            problem(g.name, 0, 0,
                    tr("no header row found: one of the first %1 rows must name the columns "
                       "\"Mã chỉ tiêu\", \"Mã đối tượng\", \"Kỳ báo cáo\", \"Thực hiện\" "
                       "(and optionally \"Kế hoạch\")")
                        .arg(kHeaderSearchRows));
            continue;
        }
        bool headerOk = true;
        for (int c = 1; c <= g.columnCount(headerRow); ++c) {
            const Cell cell = g.cell(headerRow, c);
            if (cell.type != Cell::Type::Text)
                continue;
            const int col = columnFor(cell.text);
            if (col < 0)
                continue; // names, units, notes: for people, not read
            if (columns[col]) {
                problem(g.name, headerRow, c,
                        tr("the column \"%1\" appears twice (also in column %2)")
                            .arg(cell.text, XlsxReader::columnName(columns[col])));
                headerOk = false;
            }
            columns[col] = c;
        }
        const QString required[] = {QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Mã đối tượng"),
                                    QStringLiteral("Kỳ báo cáo"), QStringLiteral("Thực hiện")};
        for (int col = ColIndicator; col <= ColValue; ++col) {
            if (!columns[col]) {
                problem(g.name, headerRow, 0,
                        tr("the column \"%1\" is missing").arg(required[col]));
                headerOk = false;
            }
        }
        if (!headerOk)
            continue;
        if (!g.name.isEmpty())
            result.sheets << g.name;

        for (int r = headerRow + 1; r <= g.rowCount; ++r) {
            const Cell indicatorCell = g.cell(r, columns[ColIndicator]);
            const Cell entityCell = g.cell(r, columns[ColEntity]);
            const Cell periodCell = g.cell(r, columns[ColPeriod]);
            const Cell valueCell = g.cell(r, columns[ColValue]);
            const Cell planCell = columns[ColPlan] ? g.cell(r, columns[ColPlan]) : Cell();
            if (indicatorCell.type == Cell::Type::Empty && entityCell.type == Cell::Type::Empty
                && periodCell.type == Cell::Type::Empty && valueCell.type == Cell::Type::Empty
                && planCell.type == Cell::Type::Empty)
                continue; // a blank line between blocks
            const int before = int(result.problems.size());
            auto bad = [&](int column, const QString &message) {
                problem(g.name, r, column, message);
            };
            // a formula never calculated in a column that is read: its value is not in the file
            // (one in a column the importer does not read is none of its business)
            bool uncalculated = false;
            for (const auto &[c, col] :
                 {std::pair{&indicatorCell, ColIndicator}, std::pair{&entityCell, ColEntity},
                  std::pair{&periodCell, ColPeriod}, std::pair{&valueCell, ColValue},
                  std::pair{&planCell, ColPlan}}) {
                if (c->uncachedFormula) {
                    bad(columns[col], tr("cell %1 is a formula with no stored value; open the file "
                                         "in Excel and save it again")
                                          .arg(g.cellName(r, columns[col])));
                    uncalculated = true;
                }
            }
            if (uncalculated)
                continue;

            // Indicator
            const Indicator *ind = nullptr;
            if (indicatorCell.type == Cell::Type::Empty) {
                bad(columns[ColIndicator], tr("the indicator code is empty"));
            } else {
                ind = m_catalog.find(indicatorCell.text.toUpper());
                if (!ind)
                    bad(columns[ColIndicator],
                        tr("'%1' is not an indicator code of the catalog").arg(indicatorCell.text));
                else if (ind->frequency == Frequency::Realtime) {
                    bad(columns[ColIndicator], tr("%1 is measured by sensors in real time and "
                                                  "cannot be imported from a report")
                                                   .arg(ind->code));
                    ind = nullptr;
                }
            }

            // Entity
            QString entityCode;
            if (entityCell.type == Cell::Type::Number
                && entityCell.number == std::floor(entityCell.number) && !entityCell.isDate)
                entityCode = QString::number(qint64(entityCell.number));
            else if (entityCell.type == Cell::Type::Text)
                entityCode = entityCell.text.toUpper();
            if (entityCell.type == Cell::Type::Empty) {
                bad(columns[ColEntity], tr("the entity code is empty (the city is %1)")
                                            .arg(EntityRegistry::cityCode()));
            } else if (entityCode.isEmpty()) {
                bad(columns[ColEntity], tr("'%1' is not an entity code").arg(entityCell.text));
            } else if (const Entity *e = m_entities.find(entityCode); !e) {
                bad(columns[ColEntity], tr("'%1' is not a known entity code").arg(entityCode));
            } else if (ind && e->kind != EntityKind::City) {
                const bool fits = ind->geoLevel == GeoLevel::Commune ? e->isCommuneLevel()
                                  : ind->geoLevel == GeoLevel::City  ? false
                                                                     : e->set == ind->entitySet;
                if (!fits)
                    bad(columns[ColEntity],
                        tr("%1 (%2) does not report %3").arg(entityCode, e->nameVi, ind->code));
            }

            // Period
            std::optional<Period> period;
            if (periodCell.type == Cell::Type::Empty) {
                bad(columns[ColPeriod], tr("the period is empty"));
            } else if (ind) {
                if (periodCell.type == Cell::Type::Number && periodCell.isDate) {
                    period = Period::containing(ind->frequency,
                                                cityDateTime(periodCell.date.date(), QTime(12, 0)));
                } else if (periodCell.type == Cell::Type::Number
                           && ind->frequency == Frequency::Yearly
                           && periodCell.number == std::floor(periodCell.number)
                           && periodCell.number >= 1900 && periodCell.number <= 9999) {
                    period = Period::year(int(periodCell.number));
                } else {
                    const QString t = periodCell.text.simplified();
                    const QString folded = foldText(t);
                    static const QRegularExpression month(
                        QStringLiteral("^(?:thang |month |t)?(\\d{1,2})[/-](\\d{4})$"));
                    static const QRegularExpression quarter(
                        QStringLiteral("^(?:quy |quarter |q)([1-4]|i|ii|iii|iv)[/ -](\\d{4})$"));
                    static const QRegularExpression year(
                        QStringLiteral("^(?:nam |year )?(\\d{4})$"));
                    static const QRegularExpression day(
                        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
                    static const QRegularExpression week(
                        QStringLiteral("^(?:tuan |week |w)(\\d{1,2})[/ -](\\d{4})$"));
                    QRegularExpressionMatch m;
                    if ((period = Period::fromKey(t))) {
                    } else if ((m = day.match(folded)).hasMatch()) {
                        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(),
                                      m.captured(1).toInt());
                        if (d.isValid())
                            period
                                = Period::containing(ind->frequency, cityDateTime(d, QTime(12, 0)));
                    } else if ((m = month.match(folded)).hasMatch()) {
                        const int mo = m.captured(1).toInt();
                        if (mo >= 1 && mo <= 12)
                            period = Period::month(m.captured(2).toInt(), mo);
                    } else if ((m = quarter.match(folded)).hasMatch()) {
                        const QString q = m.captured(1).toUpper();
                        int n = q.toInt();
                        for (int i = 0; i < 4 && !n; ++i)
                            n = q == kRoman[i] ? i + 1 : 0;
                        period = Period::quarter(m.captured(2).toInt(), n);
                    } else if ((m = year.match(folded)).hasMatch()) {
                        period = Period::year(m.captured(1).toInt());
                    } else if ((m = week.match(folded)).hasMatch()) {
                        const int w = m.captured(1).toInt();
                        const QDate jan4(m.captured(2).toInt(), 1, 4);
                        const QDate monday
                            = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (w - 1));
                        if (w >= 1 && w <= 53 && monday.weekNumber() == w)
                            period = Period::week(monday);
                    }
                    if (!period)
                        bad(columns[ColPeriod],
                            tr("'%1' is not a period (write e.g. 2026-04, Tháng 4/2026, "
                               "Quý II/2026, 2026 or 20/04/2026)")
                                .arg(periodCell.text));
                }
                if (period && period->frequency() != ind->frequency) {
                    bad(columns[ColPeriod],
                        tr("'%1' is not a %2 period, and %3 is reported %2")
                            .arg(periodCell.text, frequencyWord(ind->frequency), ind->code));
                    period.reset();
                } else if (period && period->firstDay() > today) {
                    bad(columns[ColPeriod],
                        tr("the period %1 has not begun yet").arg(period->key()));
                    period.reset();
                }
            }

            // Value and plan
            auto readNumber
                = [&](const Cell &c, int column, const QString &what) -> std::optional<double> {
                if (c.type == Cell::Type::Number) {
                    if (c.isDate) {
                        bad(column, tr("the %1 is formatted as a date; format the cell as a number")
                                        .arg(what));
                        return std::nullopt;
                    }
                    if (c.isPercent) {
                        // what the clerk typed and sees: 1,23% is stored as 0.0123
                        if (ind && (ind->unit == Unit::Percent || ind->unit == Unit::IndexPct))
                            return std::round(c.number * 100 * 1e9)
                                   / 1e9; // 10.87, not 10.870000000000001
                        if (ind) {
                            bad(column, tr("the %1 is formatted as a percent (%2%), but %3 is not "
                                           "measured in percent; "
                                           "format the cell as a number")
                                            .arg(what, QString::number(c.number * 100, 'g', 12),
                                                 ind->code));
                            return std::nullopt;
                        }
                    }
                    return c.number;
                }
                if (c.type == Cell::Type::Other) {
                    bad(column, tr("the %1 is %2, not a number").arg(what, c.text));
                    return std::nullopt;
                }
                QString t = c.text;
                t.remove(QChar(0x00A0));
                t = t.trimmed();
                if (t.endsWith(u'%') && ind
                    && (ind->unit == Unit::Percent || ind->unit == Unit::IndexPct))
                    t = t.chopped(1).trimmed();
                static const QRegularExpression plain(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
                static const QRegularExpression ambiguous(
                    QStringLiteral("^[-+]?\\d{1,3}[.,]\\d{3}$"));
                static const QRegularExpression grouped(
                    QStringLiteral("^[-+]?\\d{1,3}([. ,]\\d{3})+([.,]\\d+)?$"));
                if (ambiguous.match(t).hasMatch()) {
                    bad(column, tr("'%1' is ambiguous (a thousands separator or a decimal one?): "
                                   "enter the %2 "
                                   "as a number cell, or without thousands separators")
                                    .arg(c.text, what));
                    return std::nullopt;
                }
                if (!plain.match(t).hasMatch()) {
                    bad(column,
                        grouped.match(t).hasMatch()
                            ? tr("the %1 '%2' has thousands separators: enter it as a number cell, "
                                 "or without them")
                                  .arg(what, c.text)
                            : tr("the %1 '%2' is not a number").arg(what, c.text));
                    return std::nullopt;
                }
                t.replace(u',', u'.');
                return t.toDouble();
            };
            std::optional<double> value;
            if (valueCell.type == Cell::Type::Empty)
                bad(columns[ColValue], tr("the value is empty"));
            else
                value = readNumber(valueCell, columns[ColValue], tr("value"));
            std::optional<double> plan;
            if (planCell.type != Cell::Type::Empty) {
                plan = readNumber(planCell, columns[ColPlan], tr("plan"));
                if (plan && ind && !ind->hasPlan) {
                    bad(columns[ColPlan],
                        tr("%1 has no plan in the catalog; leave the plan empty").arg(ind->code));
                    plan.reset();
                }
            }
            if (int(result.problems.size()) != before || result.truncated || !ind || !period
                || !value)
                continue;

            const QString key = ind->code + u'\n' + entityCode + u'\n' + period->key();
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                bad(0, it->sheet.isEmpty()
                           ? tr("%1 for %2 in %3 is already given in row %4")
                                 .arg(ind->code, entityCode, period->key())
                                 .arg(it->row)
                           : tr("%1 for %2 in %3 is already given in sheet '%4', row %5")
                                 .arg(ind->code, entityCode, period->key(), it->sheet)
                                 .arg(it->row));
                continue;
            }
            seen.insert(key, Seen{g.name, r});
            Observation o;
            o.indicator = ind->code;
            o.entity = entityCode;
            o.period = period->key();
            o.value = *value;
            o.plan = plan;
            o.sourceKind = QStringLiteral("import");
            o.sourceRef = fileName;
            o.sourceDetail = g.name.isEmpty() ? g.cellName(r, columns[ColValue])
                                              : g.name + u'!' + g.cellName(r, columns[ColValue]);
            o.fetchedAt = importedAt;
            result.rows << o;
        }
    }
    if (result.problems.isEmpty() && result.rows.isEmpty())
        problem({}, 0, 0,
                tr("the file holds no figures: no sheet has rows under the template's header"));
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

bool ReportImporter::store(Cache &cache, const QVector<Observation> &rows, ImportStats *stats,
                           QString *error)
{
    int added = 0, changed = 0, unchanged = 0;
    if (!cache.appendRevisions(rows, &added, &changed, &unchanged, error))
        return false;
    if (stats)
        *stats = ImportStats{added, changed, unchanged};
    return true;
}

} // namespace ioc
