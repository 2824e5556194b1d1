#include "figureexport.h"

#include "csv.h"
#include "tempfiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace ioc {

FigureExport::FigureExport(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                           const Formatter &fmt)
    : m_screens(screens)
    , m_entities(entities)
    , m_fmt(fmt)
{}

QStringList FigureExport::header() const
{
    return {tr("Screen"),
            tr("Indicator code"),
            tr("Indicator"),
            tr("Entity code"),
            tr("Entity"),
            tr("Period"),
            tr("Value"),
            tr("Unit"),
            tr("Plan"),
            tr("% of plan"),
            tr("Change vs previous period"),
            tr("Change vs same period last year"),
            tr("Status"),
            tr("Comparison"),
            tr("As of"),
            tr("Source"),
            tr("Source detail"),
            tr("Revision")};
}

QVector<FigureExport::Row> FigureExport::collect(const QVector<ScreenData> &data) const
{
    QVector<Row> out;
    for (const ScreenData &d : data) {
        const ScreenDefinition *def = nullptr;
        for (const ScreenDefinition &s : m_screens) {
            if (s.code == d.screen)
                def = &s;
        }
        if (!def)
            continue;
        for (const Figure &f : d.figures) {
            if (!f.indicator)
                continue;
            out << Row{def, &f};
            const auto byUnit
                = d.breakdowns.constFind(f.indicator->code); // pointers into `data` itself
            if (byUnit == d.breakdowns.cend())
                continue;
            for (const Figure &b : *byUnit) {
                if (b.indicator && b.entity != f.entity)
                    out << Row{def, &b};
            }
        }
    }
    return out;
}

QVector<QStringList> FigureExport::rows(const QVector<ScreenData> &data) const
{
    QVector<QStringList> out;
    for (const Row &r : collect(data)) {
        const Figure &f = *r.figure;
        const Entity *e = m_entities.find(f.entity);
        const int decimals = unitDecimals(f.indicator->unit);
        out << QStringList{r.screen->code,
                           f.indicator->code,
                           f.indicator->name(m_fmt.lang()),
                           f.entity,
                           e ? e->name(m_fmt.lang()) : f.entity,
                           f.period.isEmpty() ? QString() : m_fmt.periodLabel(f.period),
                           plainNumber(f.value, decimals),
                           m_fmt.unitLabel(f.indicator->unit),
                           plainNumber(f.plan, decimals),
                           plainNumber(f.pctOfPlan(), 1),
                           plainNumber(f.changeVsPrevious(), 2),
                           plainNumber(f.changeVsLastYear(), 2),
                           m_fmt.statusText(f.status),
                           m_fmt.comparisonText(f),
                           f.value ? m_fmt.dateTime(f.asOf) : QString(),
                           m_fmt.sourceText(f),
                           f.sourceDetail,
                           f.value ? QString::number(f.revision) : QString()};
    }
    return out;
}

bool FigureExport::writeCsv(const QString &file, const QVector<ScreenData> &data,
                            QString *error) const
{
    QList<QStringList> lines{header()};
    for (const QStringList &r : rows(data))
        lines << r;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Csv::document(lines)) < 0 || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool FigureExport::writeXlsx(const QString &file, const QVector<ScreenData> &data,
                             QString *error) const
{
    // libxlsxwriter writes a path of its own: into a temporary file, then moved in whole
    QTemporaryDir work(tempfiles::workFolderPattern());
    const QByteArray temp = QFile::encodeName(work.filePath(QStringLiteral("figures.xlsx")));
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *wb = workbook_new_opt(temp.constData(), &options);
    if (!wb) {
        *error = tr("cannot write %1").arg(file);
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE5E7EB);
    format_set_text_wrap(bold);
    lxw_format *num = workbook_add_format(wb);
    format_set_num_format(num, "#,##0.##");

    const QByteArray sheetName = tr("Figures").toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());
    const QStringList head = header();
    for (int c = 0; c < head.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), head.at(c).toUtf8().constData(), bold);
    const QVector<int> numeric{6, 8, 9, 10, 11, 17};
    const int asOfColumn = 14;
    const int periodColumn = 5;
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *dateTime = workbook_add_format(wb);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");
    // a real date in city time, which Excel sorts and filters as a date
    auto writeDate = [&](int r, int c, const QDateTime &when, lxw_format *format) {
        const QDateTime local = toCityTime(when);
        lxw_datetime dt{local.date().year(), local.date().month(),  local.date().day(),
                        local.time().hour(), local.time().minute(), 0};
        worksheet_write_datetime(ws, lxw_row_t(r + 1), lxw_col_t(c), &dt, format);
    };
    const QVector<Row> sourceRows = collect(data);
    const QVector<QStringList> body = rows(data);
    for (int r = 0; r < body.size(); ++r) {
        const Figure &f = *sourceRows.at(r).figure;
        // a day or a moment is a date in Excel; a month, quarter or year stays its label
        const auto period = Period::fromKey(f.period);
        const bool dayPeriod = period
                               && (period->frequency() == Frequency::Daily
                                   || period->frequency() == Frequency::Realtime);
        for (int c = 0; c < body.at(r).size(); ++c) {
            const QString &cell = body.at(r).at(c);
            if (cell.isEmpty())
                continue;
            if (numeric.contains(c)) {
                worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c), cell.toDouble(), num);
            } else if (c == periodColumn && dayPeriod) {
                writeDate(r, c, period->start(),
                          period->frequency() == Frequency::Daily ? date : dateTime);
            } else if (c == asOfColumn) {
                writeDate(r, c, f.asOf, dateTime);
            } else
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c),
                                       cell.toUtf8().constData(), nullptr);
        }
    }
    const double widths[] = {8, 10, 48, 10, 28, 16, 14, 10, 14, 10, 12, 12, 16, 36, 18, 40, 14, 8};
    for (int c = 0; c < head.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(ws, 1, 3);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max<qsizetype>(1, body.size())),
                         lxw_col_t(head.size() - 1));

    const QByteArray aboutName = tr("About").toUtf8();
    lxw_worksheet *about = workbook_add_worksheet(wb, aboutName.constData());
    QVector<QPair<QString, QString>> facts{
        {tr("Figures as of"), data.isEmpty() ? QString() : m_fmt.date(data.first().selection.asOf)},
        {tr("Source"), m_source},
        {tr("Briefing pack SHA-256"),
         m_packHash.isEmpty() ? tr("not from a briefing pack") : m_packHash},
        {tr("Exported"), m_fmt.dateTime(QDateTime::currentDateTime())}};
    for (int r = 0; r < facts.size(); ++r) {
        worksheet_write_string(about, lxw_row_t(r), 0, facts.at(r).first.toUtf8().constData(),
                               bold);
        worksheet_write_string(about, lxw_row_t(r), 1, facts.at(r).second.toUtf8().constData(),
                               nullptr);
    }
    worksheet_set_column(about, 0, 0, 28, nullptr);
    worksheet_set_column(about, 1, 1, 90, nullptr);
    if (const lxw_error rc = workbook_close(wb); rc != LXW_NO_ERROR) {
        *error = tr("cannot write %1: %2").arg(file, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    QFile in(QString::fromLocal8Bit(temp));
    QSaveFile out(file);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || out.write(in.readAll()) < 0 || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace ioc
