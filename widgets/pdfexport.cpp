#include "pdfexport.h"

#include "camerawall.h"

#include "staticmap.h"

#include "briefingpack.h"
#include "classbreaks.h"
#include "narrative.h"
#include "pageflow.h"
#include "pdfmeta.h"
#include "printchart.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ioc {

namespace {

constexpr int kResolution = PageFlow::kResolution; // dots per inch of the pages (vectors)
constexpr qreal kBodyText = 10;                    // points
constexpr qreal kFooterText = 8;                   // points: the smallest text on paper
constexpr qreal kChartHeight = 150;                // points
constexpr qreal kMapHeight = 300;                  // points
constexpr int kMapClasses = 5;

// notAtPlace: a place's view whose level does not report the indicator (no status applies)
PrintCell statusCell(const Formatter &fmt, const Figure &f, bool notAtPlace = false)
{
    if (notAtPlace)
        return PrintCell{fmt.statusText(Status::NotApplicable), Status::NoData};
    if (!f.value)
        return PrintCell{fmt.statusText(Status::NoData), Status::NoData};
    return PrintCell{fmt.statusText(f.status), f.status.effective()};
}

QString figureText(const Formatter &fmt, const Figure &f)
{
    if (f.value)
        return fmt.value(*f.indicator, *f.value);
    if (f.latestValue)
        return PdfExporter::tr("none for the period (latest: %1, %2)")
            .arg(fmt.value(*f.indicator, *f.latestValue), fmt.periodLabel(f.latestPeriod));
    return PdfExporter::tr("no figure yet");
}

} // namespace

PdfExporter::PdfExporter(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                         const MapGeometry *geometry, const Formatter &fmt)
    : m_screens(screens)
    , m_entities(entities)
    , m_geometry(geometry)
    , m_fmt(fmt)
{}

const ScreenDefinition *PdfExporter::definition(const QString &code) const
{
    for (const ScreenDefinition &def : m_screens) {
        if (def.code == code)
            return &def;
    }
    return nullptr;
}

void PdfExporter::cover(PageFlow &flow, const QVector<ScreenData> &data) const
{
    flow.space(80);
    flow.heading(tr("Hải Phòng IOC briefing"), 0);
    QStringList periods;
    for (const ScreenData &d : data) {
        const QString label = selectionLabel(d.selection, m_fmt);
        if (!periods.contains(label))
            periods << label;
    }
    flow.paragraph(tr("Reporting period: %1").arg(periods.join(QStringLiteral("; "))), 13,
                   m_theme.text);
    if (m_issued.isValid())
        flow.paragraph(tr("Meeting date: %1").arg(m_fmt.date(m_issued.date())), 13, m_theme.text);
    flow.space(12);
    if (m_demo)
        flow.paragraph(tr("DEMO DATA — not official figures"), 13,
                       m_theme.status(Status::Critical));
    flow.paragraph(m_source, kBodyText + 1, m_theme.text);
    flow.paragraph(m_packHash.isEmpty() ? tr(
                       "Not from a briefing pack: the figures of the data folder when exported")
                                        : tr("Briefing pack SHA-256: %1").arg(m_packHash),
                   kBodyText + 1, m_theme.text);
    if (!m_packHash.isEmpty())
        flow.paragraph(m_packSeal.text(), kBodyText + 1,
                       m_packSeal.trusted() ? m_theme.text : m_theme.status(Status::Critical));
    if (!m_preparedBy.isEmpty())
        flow.paragraph(tr("Prepared by: %1").arg(m_preparedBy), kBodyText + 1, m_theme.text);
    Readiness readiness;
    for (const ScreenData &d : data) {
        if (const ScreenDefinition *def = definition(d.screen))
            readiness.add(*def, d);
    }
    flow.space(12);
    flow.paragraph(tr("Readiness: %1").arg(readiness.verdict()), 13,
                   readiness.ready() ? m_theme.status(Status::Ok).darker(130)
                                     : m_theme.status(Status::Critical));
    flow.space(12);
    flow.heading(tr("Screens"), 2);
    QStringList seen;
    for (const ScreenData &d : data) {
        const ScreenDefinition *def = definition(d.screen);
        if (def && !seen.contains(def->code)) {
            seen << def->code;
            flow.paragraph(def->code + QStringLiteral("  ") + def->title(m_fmt.lang()), kBodyText,
                           m_theme.text, true);
        }
    }
}

// A screen's heading row in a table of many screens: "S01  Tổng quan điều hành — Tháng 4/2026, …"
void PdfExporter::groupRow(PrintTable *table, const ScreenData &d) const
{
    const ScreenDefinition *def = definition(d.screen);
    table->groupRows << int(table->rows.size());
    table->rows << QVector<PrintCell>{
        {(def ? def->code + QStringLiteral("  ") + def->title(m_fmt.lang()) : d.screen)
         + QStringLiteral(" — ") + selectionLabel(d.selection, m_fmt)}};
}

void PdfExporter::summary(PageFlow &flow, const QVector<ScreenData> &data) const
{
    flow.heading(tr("Summary of the indicators"), 1);
    PrintTable table;
    table.headers = {tr("Code"), tr("Indicator"), tr("Figure"), tr("Comparison"), tr("Status")};
    table.widths = {0.08, 0.36, 0.17, 0.23, 0.16};
    for (const ScreenData &d : data) {
        groupRow(&table, d);
        for (const Figure &f : d.figures) {
            if (!f.indicator)
                continue;
            // a place's view: what its level does not report says so where the comparison
            // would be, with no figure and no status
            const bool notHere = d.notAtPlace.contains(f.indicator->code);
            table.rows << QVector<PrintCell>{
                {f.indicator->code},
                {f.indicator->name(m_fmt.lang())},
                {notHere ? QStringLiteral("—") : figureText(m_fmt, f), std::nullopt, true, true},
                {notHere   ? m_fmt.noFigureText(*f.indicator, true)
                 : f.value ? m_fmt.comparisonText(f)
                           : QString()},
                statusCell(m_fmt, f, notHere)};
        }
    }
    flow.table(table);
}

void PdfExporter::narrative(PageFlow &flow, const QVector<ScreenData> &data) const
{
    const NarrativeWriter writer(m_entities, m_fmt);
    QVector<Narrative> screens;
    for (const ScreenData &d : data) {
        if (const ScreenDefinition *def = definition(d.screen))
            screens << writer.screen(*def, d);
    }
    flow.heading(tr("The briefing in words"), 1);
    QVector<Narrative> all{writer.briefing(screens)};
    all += screens;
    for (const Narrative &n : std::as_const(all)) {
        flow.heading((n.screen.isEmpty() ? n.title : n.screen + QStringLiteral("  ") + n.title)
                         + QStringLiteral(" — ") + n.period,
                     2);
        for (const NarrativeSentence &s : n.sentences) {
            const QColor colour = s.weight == NarrativeSentence::Weight::Critical
                                      ? m_theme.status(Status::Critical)
                                  : s.weight == NarrativeSentence::Weight::Warning
                                      ? m_theme.status(Status::Warn).darker(135)
                                      : m_theme.text;
            flow.paragraph(s.text, kBodyText, colour, true);
        }
        flow.space(4);
    }
}

void PdfExporter::breakdownTable(PageFlow &flow, const QString &title,
                                 const QVector<Figure> &figures) const
{
    if (figures.isEmpty()) {
        flow.heading(title, 2);
        flow.paragraph(tr("No figures by unit yet."), kBodyText, m_theme.muted);
        return;
    }
    QVector<Figure> sorted = figures;
    // worst first; each unit numbered by its rank by value (1 the best), as the tiles say it
    const QHash<QString, int> ranks = sorted.first().indicator
                                          ? ScreenLoader::ranks(*sorted.first().indicator, sorted)
                                          : QHash<QString, int>();
    sortWorstFirst(&sorted);
    PrintTable table;
    table.title = title;
    table.headers = {tr("Rank"), tr("Unit"), tr("Figure"), tr("Comparison"), tr("Status")};
    table.widths = {0.06, 0.34, 0.17, 0.27, 0.16};
    for (const Figure &f : std::as_const(sorted)) {
        const int rank = ranks.value(f.entity);
        table.rows << QVector<PrintCell>{
            {rank > 0 ? m_fmt.number(rank, 0) : QStringLiteral("–"), std::nullopt, false, true},
            {m_entities.nameOf(f.entity, m_fmt.lang())},
            {figureText(m_fmt, f), std::nullopt, true, true},
            {f.value ? m_fmt.comparisonText(f) : QString()},
            statusCell(m_fmt, f)};
    }
    flow.table(table);
}

void PdfExporter::cameras(PageFlow &flow, const QString &title, const CameraBoard &board) const
{
    if (board.cameras.isEmpty())
        return;
    // A4 portrait's body is about 500 pt wide: three tiles to a row
    constexpr qreal kBodyWidth = 500;
    constexpr qreal kGap = 8;
    constexpr qreal kCaption = 9; // its second line is 0.92 of it: never under 8 pt
    const qreal rowHeight = cameratiles::heightFor(3, kBodyWidth, 100, kGap, kCaption);
    const QDateTime now = m_issued.isValid() ? m_issued : QDateTime::currentDateTime();
    flow.keep(rowHeight + 60);
    flow.heading(title, 2);
    QString note = tr("Each camera's last picture as the console received it, at the time shown "
                      "under it.");
    if (std::any_of(board.cameras.cbegin(), board.cameras.cend(),
                    [](const Camera &c) { return c.demo; }))
        note
            += QLatin1Char(' ') + tr("Simulated pictures of the demo server, not camera pictures.");
    flow.paragraph(note, kFooterText, m_theme.muted);
    for (qsizetype row = 0; row < board.cameras.size(); row += 3) {
        const QVector<Camera> shown = board.cameras.mid(row, 3);
        flow.drawing(flow.pt(rowHeight), [&](QPainter &p, const QRectF &area) {
            const qreal gap = flow.pt(kGap);
            const qreal w = (area.width() - 2 * gap) / 3;
            for (int i = 0; i < shown.size(); ++i) {
                const auto frame = board.frames.constFind(shown.at(i).id);
                cameratiles::paint(
                    p, QRectF(area.left() + i * (w + gap), area.top(), w, area.height()),
                    shown.at(i), frame == board.frames.cend() ? nullptr : &frame.value(), m_fmt,
                    m_theme, now, flow.pt(kCaption));
            }
        });
        flow.space(kGap);
    }
}

void PdfExporter::compositionTable(PageFlow &flow, const ScreenPanel &panel,
                                   const ScreenData &data) const
{
    PrintTable table;
    const Figure *whole = nullptr;
    QVector<const Figure *> parts;
    for (const Figure &f : data.figures) {
        if (!f.indicator)
            continue;
        if (f.indicator->code == panel.indicators.value(0))
            whole = &f;
        else if (panel.indicators.contains(f.indicator->code))
            parts << &f;
    }
    if (!whole)
        return;
    table.title = panel.title(m_fmt.lang()).isEmpty() ? whole->indicator->name(m_fmt.lang())
                                                      : panel.title(m_fmt.lang());
    table.headers = {tr("Part"), tr("Figure"), tr("Share of the whole")};
    table.widths = {0.55, 0.25, 0.20};
    double rest = whole->value.value_or(0.0);
    auto share = [&](std::optional<double> v) {
        return v && whole->value && *whole->value != 0.0
                   ? m_fmt.percent(100.0 * *v / *whole->value, 1)
                   : QString();
    };
    for (const Figure *p : std::as_const(parts)) {
        table.rows << QVector<PrintCell>{{p->indicator->name(m_fmt.lang())},
                                         {figureText(m_fmt, *p), std::nullopt, false, true},
                                         {share(p->value), std::nullopt, false, true}};
        rest -= p->value.value_or(0.0);
    }
    if (whole->value) {
        table.rows << QVector<PrintCell>{
            {panel.rest(m_fmt.lang())},
            {m_fmt.value(*whole->indicator, rest), std::nullopt, false, true},
            {share(rest), std::nullopt, false, true}};
    }
    table.rows << QVector<PrintCell>{
        {whole->indicator->name(m_fmt.lang()), std::nullopt, true},
        {figureText(m_fmt, *whole), std::nullopt, true, true},
        {whole->value ? m_fmt.percent(100, 0) : QString(), std::nullopt, true, true}};
    flow.table(table);
}

void PdfExporter::map(PageFlow &flow, const ScreenPanel &panel, const ScreenData &data) const
{
    const QString code = panel.indicators.value(0);
    const Indicator *ind = nullptr;
    QHash<QString, double> values;
    for (const Figure &f : data.breakdowns.value(code)) {
        ind = f.indicator;
        if (f.value)
            values.insert(f.entity, *f.value);
    }
    if (!m_geometry || !ind || values.isEmpty())
        return;
    const ClassBreaks breaks = ClassBreaks::quantile(values.values(), kMapClasses);
    const QVector<QColor> colours = m_theme.mapClasses(std::max(1, breaks.count()));
    flow.keep(kMapHeight + 30);
    flow.heading(tr("Map: %1").arg(ind->name(m_fmt.lang())), 2);
    flow.drawing(flow.pt(kMapHeight), [&](QPainter &p, const QRectF &area) {
        const QRectF mapArea(area.left(), area.top(), area.width() * 0.68, area.height());
        // every unit, Bạch Long Vĩ in its inset; a place's view outlines its place
        StaticMap map{*m_geometry,
                      {},
                      m_theme.mapNoData,
                      m_theme.mapBoundary,
                      flow.pt(0.4),
                      m_theme.muted,
                      PageFlow::font(kFooterText),
                      data.place,
                      m_theme.text};
        for (auto v = values.cbegin(); v != values.cend(); ++v)
            map.fills.insert(v.key(), colours.at(breaks.classOf(v.value())));
        map.paint(p, mapArea, m_fmt);
        // the legend beside the map: each class's range, and the units without a figure
        QRectF row(mapArea.right() + flow.pt(12), area.top() + flow.pt(20), flow.pt(14),
                   flow.pt(10));
        p.setFont(PageFlow::font(kFooterText + 0.5));
        p.setPen(m_theme.text);
        p.drawText(QPointF(row.left(), area.top() + flow.pt(10)),
                   m_fmt.unitLabel(ind->unit).isEmpty()
                       ? tr("Classes")
                       : tr("Classes (%1)").arg(m_fmt.unitLabel(ind->unit)));
        const int decimals = unitDecimals(ind->unit);
        for (int c = 0; c <= breaks.count(); ++c) {
            const bool none = c == breaks.count();
            p.setBrush(none ? m_theme.mapNoData : colours.at(c));
            p.setPen(QPen(m_theme.border, flow.pt(0.4)));
            p.drawRect(row);
            p.setPen(m_theme.text);
            p.drawText(QPointF(row.right() + flow.pt(5), row.bottom() - flow.pt(1.5)),
                       none ? tr("No figure")
                            : QStringLiteral("%1 – %2").arg(
                                m_fmt.number(breaks.bounds.at(c), decimals),
                                m_fmt.number(breaks.bounds.at(c + 1), decimals)));
            row.translate(0, flow.pt(15));
        }
    });
}

void PdfExporter::screen(PageFlow &flow, const ScreenDefinition &def, const ScreenData &data) const
{
    flow.heading(def.code + QStringLiteral("  ") + def.title(m_fmt.lang()), 1);
    flow.paragraph(selectionLabel(data.selection, m_fmt), kBodyText, m_theme.muted);
    if (data.valueCount() == 0) {
        QStringList names;
        for (const Figure &f : data.figures) {
            if (f.indicator)
                names << f.indicator->code + QLatin1Char(' ') + f.indicator->name(m_fmt.lang());
        }
        flow.paragraph(tr("No figures yet: %1.").arg(names.join(QStringLiteral("; "))), kBodyText,
                       m_theme.status(Status::Critical));
        return;
    }
    QStringList tabled; // each breakdown printed once per screen
    for (const ScreenPanel &panel : def.panels) {
        const QString code = panel.kind == ScreenPanel::Kind::Trend
                                 ? data.charted(panel.indicators.value(0))
                                 : panel.indicators.value(0);
        const Indicator *ind = nullptr;
        for (const Figure &f : data.figures) {
            if (f.indicator && f.indicator->code == code)
                ind = f.indicator;
        }
        QString title = panel.title(m_fmt.lang()).isEmpty() && ind ? ind->name(m_fmt.lang())
                                                                   : panel.title(m_fmt.lang());
        const Entity *place = m_entities.find(data.place);
        if (panel.kind == ScreenPanel::Kind::Trend && place) // the place's own series
            title += QStringLiteral(" — ") + place->name(m_fmt.lang());
        switch (panel.kind) {
        case ScreenPanel::Kind::Tiles:
            break; // the summary holds them
        case ScreenPanel::Kind::Trend:
            if (!ind)
                break;
            flow.keep(kChartHeight + 30);
            flow.heading(title, 2);
            flow.drawing(flow.pt(kChartHeight), [&](QPainter &p, const QRectF &area) {
                PrintChart::trend(p, area, *ind, data.trends.value(code), m_fmt, m_theme,
                                  flow.pt(1), PageFlow::font(kFooterText));
            });
            break;
        case ScreenPanel::Kind::Composition:
            compositionTable(flow, panel, data);
            break;
        case ScreenPanel::Kind::Cameras:
            cameras(flow, tr("Traffic cameras: the last picture of each"), data.cameras);
            break;
        case ScreenPanel::Kind::Map:
            map(flow, panel, data);
            [[fallthrough]];
        case ScreenPanel::Kind::Bars:
        case ScreenPanel::Kind::Ranked:
        case ScreenPanel::Kind::Stations:
            for (const QString &c : panel.kind == ScreenPanel::Kind::Stations
                                        ? panel.indicators
                                        : panel.indicators.mid(0, 1)) {
                if (tabled.contains(c) || !data.breakdowns.contains(c))
                    continue;
                tabled << c;
                const QVector<Figure> &rows = data.breakdowns.value(c);
                const QString name = rows.isEmpty() || !rows.first().indicator
                                         ? c
                                         : rows.first().indicator->name(m_fmt.lang());
                breakdownTable(
                    flow, panel.kind == ScreenPanel::Kind::Map || c != code ? name : title, rows);
            }
            break;
        }
    }
}

void PdfExporter::appendix(PageFlow &flow, const QVector<ScreenData> &data) const
{
    flow.heading(tr("Appendix: where each figure comes from"), 1);
    PrintTable table;
    table.headers = {tr("Code"), tr("Indicator"), tr("Period"), tr("As of"), tr("Source")};
    table.widths = {0.08, 0.34, 0.13, 0.15, 0.30};
    for (const ScreenData &d : data) {
        groupRow(&table, d);
        for (const Figure &f : d.figures) {
            if (!f.indicator)
                continue;
            table.rows << QVector<PrintCell>{
                {f.indicator->code},
                {f.indicator->name(m_fmt.lang())},
                {f.period.isEmpty() ? QString() : m_fmt.periodLabel(f.period)},
                {f.value ? m_fmt.dateTime(f.asOf) : QString()},
                {m_fmt.sourceText(f)
                 + (f.sourceDetail.isEmpty() ? QString()
                                             : QStringLiteral(" (") + f.sourceDetail + ')')}};
        }
    }
    flow.table(table);
}

void PdfExporter::footer(QPainter &p, const QRectF &area, const ScreenData &data, int page,
                         int pages) const
{
    p.save();
    p.setPen(QPen(m_theme.border, kResolution / 144.0));
    p.drawLine(area.topLeft(), area.topRight());
    p.setFont(PageFlow::font(kFooterText));
    p.setPen(m_theme.muted);
    const QString pageText = tr("Page %1/%2").arg(page).arg(pages);
    const qreal pageWidth = QFontMetricsF(p.font(), p.device()).horizontalAdvance(pageText);
    QStringList left{tr("Figures as of %1").arg(m_fmt.date(data.selection.asOf))};
    if (const Entity *place = m_entities.find(data.place)) // a place filter's view
        left.prepend(tr("Place: %1").arg(place->name(m_fmt.lang())));
    if (!m_source.isEmpty())
        left << m_source;
    left << (m_packHash.isEmpty() ? tr("not from a briefing pack")
                                  : tr("pack SHA-256 %1").arg(m_packHash));
    if (!m_packHash.isEmpty())
        left << m_packSeal.text();
    const QRectF text = area.adjusted(0, kResolution / 24.0, -pageWidth - kResolution / 6.0, 0);
    // wrapped, never cut: the source line says whether the figures are official
    p.drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               left.join(QStringLiteral(" · ")));
    p.drawText(area.adjusted(0, kResolution / 24.0, 0, 0), Qt::AlignRight | Qt::AlignTop, pageText);
    p.restore();
}

void PdfExporter::layOut(PageFlow &flow, const QVector<ScreenData> &data) const
{
    cover(flow, data);
    flow.pageBreak();
    summary(flow, data);
    flow.pageBreak();
    narrative(flow, data);
    for (const ScreenData &d : data) {
        if (const ScreenDefinition *def = definition(d.screen)) {
            flow.pageBreak();
            screen(flow, *def, d);
        }
    }
    if (m_appendix) {
        flow.pageBreak();
        appendix(flow, data);
    }
    flow.finish();
}

bool PdfExporter::write(const QString &file, const QVector<ScreenData> &data, QString *error,
                        int *pages)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    if (!render(&out, data, error, pages))
        return false;
    if (!out.commit()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool PdfExporter::render(QIODevice *out, const QVector<ScreenData> &data, QString *error,
                         int *pages)
{
    for (const ScreenData &d : data) {
        if (!definition(d.screen)) {
            *error = tr("there is no screen %1").arg(d.screen);
            return false;
        }
    }
    if (data.isEmpty()) {
        *error = tr("no screen to export");
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kResolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(18, 15, 15, 10), QPageLayout::Millimeter));
    const QString title = tr("Hải Phòng IOC briefing, figures as of %1")
                              .arg(m_fmt.date(data.first().selection.asOf));
    pdf.setTitle(title);
    const QString creator
        = QStringLiteral("Hải Phòng IOC Console %1").arg(QCoreApplication::applicationVersion());
    pdf.setCreator(creator);
    const QRect paint = pdf.pageLayout().paintRectPixels(kResolution);
    const QRectF paper = QRectF(paint).translated(-paint.topLeft());
    // 15.7 mm: four lines of 8 pt and the rule (a place, the date, the source, the pack's hash
    // and seal: wrapped, never cut)
    const qreal footerHeight = kResolution * 0.62;
    const QRectF body = paper.adjusted(0, 0, 0, -footerHeight);
    const QRectF footerArea(body.left(), body.bottom() + kResolution * 0.08, body.width(),
                            footerHeight - kResolution * 0.08);
    // measured first, so that every footer can say n/N
    PageFlow measure(&pdf, nullptr, body, footerArea, m_theme, 0, {});
    layOut(measure, data);
    const int total = measure.page();
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("cannot paint the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PageFlow flow(&pdf, &painter, body, footerArea, m_theme, total,
                  [this, &data](QPainter &p, const QRectF &area, int page, int pages) {
                      footer(p, area, data.first(), page, pages);
                  });
    layOut(flow, data);
    painter.end();
    buffer.close();
    PdfInfo info;
    info.title = title;
    info.author
        = m_preparedBy.isEmpty() ? tr("Hải Phòng Intelligent Operations Center") : m_preparedBy;
    QStringList codes;
    for (const ScreenData &d : data) {
        if (!codes.contains(d.screen))
            codes << d.screen;
    }
    info.subject
        = tr("Briefing handout: %1; %2")
              .arg(codes.join(QStringLiteral(", ")), selectionLabel(data.first().selection, m_fmt));
    info.creator = creator;
    info.language
        = m_fmt.lang() == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("vi-VN");
    info.created = m_issued.isValid() ? m_issued : QDateTime::currentDateTimeUtc();
    if (!finishPdf(&bytes, info, error))
        return false;
    if (out->write(bytes) != bytes.size()) {
        *error = out->errorString();
        return false;
    }
    if (pages)
        *pages = total;
    return true;
}

} // namespace ioc
