#include "pdfexport.h"

#include "mapview.h"
#include "screenpage.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollBar>

namespace ioc {

namespace {

constexpr int kResolution = 300; // dots per inch of the page's coordinates (the output is vectors)

// Type painted by the exporter itself, without shaping: the text layer then holds what was
// written, "ff" in a hash and "fi" in "figures", not DejaVu's ligatures (the Vietnamese of the
// console is precomposed and needs none).
QFont printFont(int pointSize, QFont::Weight weight = QFont::Normal)
{
    QFont f = uiFont(pointSize, weight);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

PdfExporter::PdfExporter(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                         const MapGeometry *geometry, const Formatter &fmt)
    : m_screens(screens)
    , m_entities(entities)
    , m_geometry(geometry)
    , m_fmt(fmt)
    , m_stage(new QWidget)
{
    // pages are laid out on a stage that is never on screen
    m_stage->setAttribute(Qt::WA_DontShowOnScreen);
    m_stage->setPalette(m_theme.palette());
    m_stage->show();
}

PdfExporter::~PdfExporter()
{
    delete m_stage;
}

ScreenPage *PdfExporter::stagePage(const ScreenData &data)
{
    for (const ScreenDefinition &def : std::as_const(m_screens)) {
        if (def.code != data.screen)
            continue;
        auto *page = new ScreenPage(def, m_entities, m_geometry,
                                    m_geometry ? QString() : tr("no boundaries"), m_stage);
        page->setPalette(m_theme.palette());
        page->setPresentation(true);
        page->setData(data, m_fmt, m_theme, m_demo);
        page->show();
        return page;
    }
    return nullptr;
}

void PdfExporter::paintScreen(QPainter &painter, const QRectF &area, ScreenPage *page)
{
    // the narrowest layout at the page's proportions that shows the dashboard whole; a screen
    // that fits none is laid out at the widest, as tall as it needs, and shrunk onto the page
    QSize logical = page->layOutToFit(area.size());
    // and taller while anything would be cut at its foot: the scroll area's content, or a
    // panel's child squeezed below its own minimum (a map's view)
    auto cut = [page] {
        int bottom = 0;
        for (const QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisibleTo(page) && !qobject_cast<const QScrollBar *>(w))
                bottom = std::max(bottom, w->mapTo(page, QPoint(0, w->height())).y());
        }
        return std::max(page->overflow(), bottom - page->height());
    };
    for (int i = 0; i < 6 && cut() > 0; ++i) {
        logical.rheight() += cut();
        page->layOutNow(logical);
    }
    page->scrollToTop();
    if (QWidget *focus = page->focusWidget())
        focus->clearFocus(); // no focus frame on paper
    if (MapView *map = page->map())
        map->setItemCaching(false);
    const qreal scale = std::min(area.width() / logical.width(), area.height() / logical.height());
    painter.save();
    painter.setClipRect(area); // nothing of the page over its footer
    painter.translate(area.topLeft());
    painter.scale(scale, scale);
    page->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

void PdfExporter::paintFooter(QPainter &painter, const QRectF &area, const ScreenData &data,
                              int page, int pages)
{
    painter.save();
    painter.setPen(QPen(m_theme.border, 2));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setFont(printFont(8));
    painter.setPen(m_theme.muted);
    const QString left = tr("Figures as of %1").arg(m_fmt.date(data.selection.asOf))
                         + (m_source.isEmpty() ? QString() : QStringLiteral(" · ") + m_source);
    const QString right = tr("Page %1/%2").arg(page).arg(pages) + QStringLiteral(" · ")
                          + (m_packHash.isEmpty() ? tr("not from a briefing pack")
                                                  : tr("pack SHA-256 %1").arg(m_packHash));
    const QRectF text = area.adjusted(0, area.height() * 0.2, 0, 0);
    const qreal rightWidth = painter.fontMetrics().horizontalAdvance(right) + 40;
    painter.drawText(
        text.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(left, Qt::ElideRight, int(text.width() - rightWidth)));
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

QVector<QStringList> PdfExporter::appendixRows(const ScreenData &data) const
{
    QVector<QStringList> rows;
    for (const Figure &f : data.figures) {
        if (!f.indicator)
            continue;
        rows << QStringList{f.indicator->code,
                            f.indicator->name(m_fmt.lang()),
                            f.value ? m_fmt.value(*f.indicator, *f.value) : tr("no data"),
                            m_fmt.statusText(f.status),
                            m_fmt.comparisonText(f),
                            f.value ? m_fmt.dateTime(f.asOf) : QString(),
                            m_fmt.sourceText(f)};
    }
    return rows;
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

QVector<QVector<PdfExporter::AppendixLine>>
PdfExporter::appendixPages(const QVector<ScreenData> &data, int perPage) const
{
    QVector<AppendixLine> lines;
    for (int i = 0; i < data.size(); ++i) {
        lines << AppendixLine{i, {}};
        for (const QStringList &row : appendixRows(data.at(i)))
            lines << AppendixLine{i, row};
    }
    // a heading takes two rows (its title and the column names), and never ends a page
    QVector<QVector<AppendixLine>> pages;
    int used = perPage;
    for (const AppendixLine &line : std::as_const(lines)) {
        const int cost = line.cells.isEmpty() ? 3 : 1;
        if (used + cost > perPage) {
            pages.append(QVector<AppendixLine>());
            used = 0;
        }
        pages.last() << line;
        used += line.cells.isEmpty() ? 2 : 1;
    }
    return pages;
}

void PdfExporter::paintAppendixPage(QPainter &painter, const QRectF &body, qreal rowHeight,
                                    const QVector<ScreenData> &data,
                                    const QVector<AppendixLine> &lines) const
{
    const QStringList headers{tr("Code"),       tr("Indicator"), tr("Value"), tr("Status"),
                              tr("Comparison"), tr("As of"),     tr("Source")};
    // the comparison whole beside its status word: it is what the status judged
    const qreal widths[] = {0.05, 0.30, 0.11, 0.09, 0.23, 0.10, 0.12};
    painter.save();
    painter.setFont(printFont(12, QFont::DemiBold));
    painter.setPen(m_theme.text);
    painter.drawText(QRectF(body.left(), body.top(), body.width(), rowHeight * 1.5),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Appendix: the figures of each screen"));
    qreal y = body.top() + rowHeight * 2;
    for (const AppendixLine &line : lines) {
        const ScreenData &d = data.at(line.screen);
        qreal x = body.left();
        if (line.cells.isEmpty()) {
            QString title = d.screen;
            for (const ScreenDefinition &def : std::as_const(m_screens)) {
                if (def.code == d.screen)
                    title = QStringLiteral("%1  %2").arg(def.code, def.title(m_fmt.lang()));
            }
            painter.setFont(printFont(10, QFont::DemiBold));
            painter.setPen(m_theme.text);
            painter.drawText(QRectF(x, y, body.width(), rowHeight), Qt::AlignLeft | Qt::AlignBottom,
                             title);
            y += rowHeight;
            painter.setFont(printFont(8, QFont::DemiBold));
            painter.setPen(m_theme.muted);
            for (int c = 0; c < headers.size(); ++c) {
                painter.drawText(QRectF(x, y, body.width() * widths[c] - 20, rowHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, headers.at(c));
                x += body.width() * widths[c];
            }
            y += rowHeight;
            painter.setPen(QPen(m_theme.border, 2));
            painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
            continue;
        }
        painter.setFont(printFont(8));
        painter.setPen(m_theme.text);
        for (int c = 0; c < line.cells.size(); ++c) {
            const QRectF cell(x, y, body.width() * widths[c] - 20, rowHeight);
            painter.drawText(cell,
                             (c == 2 || c == 3 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(line.cells.at(c), Qt::ElideRight,
                                                              int(cell.width())));
            x += body.width() * widths[c];
        }
        y += rowHeight;
    }
    painter.restore();
}

bool PdfExporter::render(QIODevice *out, const QVector<ScreenData> &data, QString *error,
                         int *pages)
{
    if (data.isEmpty()) {
        *error = tr("no screen to export");
        return false;
    }
    QPdfWriter pdf(out);
    pdf.setResolution(kResolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(10, 10, 10, 8), QPageLayout::Millimeter));
    pdf.setTitle(tr("Hải Phòng IOC briefing, figures as of %1")
                     .arg(m_fmt.date(data.first().selection.asOf)));
    pdf.setCreator(
        QStringLiteral("Hải Phòng IOC Console %1").arg(QCoreApplication::applicationVersion()));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("cannot paint the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF paper = QRectF(pdf.pageLayout().paintRectPixels(kResolution))
                             .translated(-pdf.pageLayout().paintRectPixels(kResolution).topLeft());
    const qreal footerHeight = kResolution * 0.28; // 7 mm
    const QRectF body = paper.adjusted(0, 0, 0, -footerHeight);
    const QRectF footer(body.bottomLeft(), paper.bottomRight());
    // the appendix's pages are counted first, so that every footer can say n/N
    const qreal rowHeight = kResolution * 0.2;
    const auto appendix = m_appendix
                              ? appendixPages(data, std::max(5, int(body.height() / rowHeight) - 3))
                              : QVector<QVector<AppendixLine>>();
    const int total = int(data.size() + appendix.size());
    int n = 0;
    for (const ScreenData &d : data) {
        if (n > 0)
            pdf.newPage();
        ++n;
        ScreenPage *page = stagePage(d);
        if (!page) {
            painter.end();
            *error = tr("there is no screen %1").arg(d.screen);
            return false;
        }
        paintScreen(painter, body, page);
        delete page;
        paintFooter(painter, footer, d, n, total);
    }
    for (const QVector<AppendixLine> &lines : appendix) {
        pdf.newPage();
        ++n;
        paintAppendixPage(painter, body, rowHeight, data, lines);
        paintFooter(painter, footer, data.at(lines.first().screen), n, total);
    }
    painter.end();
    if (pages)
        *pages = total;
    return true;
}
} // namespace ioc
