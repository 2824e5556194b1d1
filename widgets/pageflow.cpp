#include "pageflow.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

namespace ioc {

namespace {

constexpr qreal kCellPadding = 2.5; // points around a table cell's text
constexpr qreal kLight = 6;         // the traffic light's diameter, points
constexpr qreal kTableText = 8.5;   // table text, points (nothing on paper is under 8)

} // namespace

PageFlow::PageFlow(QPagedPaintDevice *device, QPainter *painter, const QRectF &body,
                   const QRectF &footer, const Theme &theme, int pages, Footer footerPainter)
    : m_device(device)
    , m_painter(painter)
    , m_body(body)
    , m_footer(footer)
    , m_theme(theme)
    , m_pages(pages)
    , m_footerPainter(std::move(footerPainter))
    , m_y(body.top())
{}

QFont PageFlow::font(qreal pointSize, QFont::Weight weight)
{
    // whole device pixels at the page's resolution, rounded up: 8 pt is 34 dots at 300 dpi
    // (8.16 pt), never 33 (7.92 pt)
    const qreal dots = std::ceil(pointSize * kResolution / 72.0 - 1e-9);
    // no shaping: the text layer holds what was written ("ff" in a hash, not a ligature)
    QFont f = uiFont(dots * 72.0 / kResolution, weight);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

qreal PageFlow::pt(qreal points) const
{
    return points * m_device->logicalDpiY() / 72.0;
}

qreal PageFlow::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF fm(font, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void PageFlow::newPage()
{
    if (m_painter) {
        m_footerPainter(*m_painter, m_footer, m_page, m_pages);
        m_device->newPage();
    }
    ++m_page;
    m_y = m_body.top();
}

void PageFlow::ensure(qreal height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
}

void PageFlow::keep(qreal points)
{
    ensure(pt(points));
}

void PageFlow::pageBreak()
{
    if (m_y > m_body.top())
        newPage();
}

void PageFlow::finish()
{
    if (m_painter)
        m_footerPainter(*m_painter, m_footer, m_page, m_pages);
}

void PageFlow::space(qreal points)
{
    m_y = std::min(m_y + pt(points), m_body.bottom());
}

void PageFlow::heading(const QString &text, int level)
{
    static const qreal sizes[] = {20, 15, 11.5};
    const QFont f = font(sizes[std::clamp(level, 0, 2)], QFont::Bold);
    const qreal h = textHeight(text, f, m_body.width());
    // a heading never ends a page: keep room for a few lines after it
    ensure(h + pt(60));
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(m_theme.text);
        m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::TextWordWrap, text);
    }
    m_y += h + pt(level == 0 ? 10 : 5);
}

void PageFlow::paragraph(const QString &text, qreal pointSize, const QColor &colour, bool bullet)
{
    const QFont f = font(pointSize);
    const qreal indent = bullet ? pt(12) : 0;
    const qreal width = m_body.width() - indent;
    const qreal h = textHeight(text, f, width);
    ensure(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(colour);
        if (bullet)
            m_painter->drawText(
                QPointF(m_body.left() + pt(3), m_y + QFontMetricsF(f, m_device).ascent()),
                QStringLiteral("•"));
        m_painter->drawText(QRectF(m_body.left() + indent, m_y, width, h), Qt::TextWordWrap, text);
    }
    m_y += h + pt(3);
}

void PageFlow::drawing(qreal height, const Drawing &draw)
{
    ensure(height);
    if (m_painter) {
        m_painter->save();
        draw(*m_painter, QRectF(m_body.left(), m_y, m_body.width(), height));
        m_painter->restore();
    }
    m_y += height + pt(6);
}

qreal PageFlow::rowHeight(const PrintTable &table, const QVector<PrintCell> &row, bool group) const
{
    qreal h = 0;
    for (qsizetype c = 0; c < row.size() && c < table.widths.size(); ++c) {
        const PrintCell &cell = row.at(c);
        const qreal width = (group ? m_body.width() : m_body.width() * table.widths.at(c))
                            - 2 * pt(kCellPadding) - (cell.light ? pt(kLight + 3) : 0);
        h = std::max(
            h, textHeight(cell.text,
                          font(kTableText, cell.strong || group ? QFont::Bold : QFont::Normal),
                          std::max(width, pt(10))));
        if (group)
            break;
    }
    return h + 2 * pt(kCellPadding);
}

void PageFlow::paintRow(const PrintTable &table, const QVector<PrintCell> &row, qreal height,
                        bool group, bool header)
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    if (group || header)
        p.fillRect(QRectF(m_body.left(), m_y, m_body.width(), height),
                   header ? m_theme.window : m_theme.surface.darker(104));
    qreal x = m_body.left();
    for (qsizetype c = 0; c < row.size() && c < table.widths.size(); ++c) {
        const PrintCell &cell = row.at(c);
        const qreal width = group ? m_body.width() : m_body.width() * table.widths.at(c);
        QRectF box(x + pt(kCellPadding), m_y + pt(kCellPadding), width - 2 * pt(kCellPadding),
                   height - 2 * pt(kCellPadding));
        p.setFont(font(kTableText, cell.strong || group || header ? QFont::Bold : QFont::Normal));
        p.setPen(header ? m_theme.muted : m_theme.text);
        if (cell.light) {
            const QColor c = m_theme.status(*cell.light);
            p.setBrush(c);
            p.setPen(Qt::NoPen);
            const qreal d = pt(kLight);
            p.drawEllipse(QRectF(box.left(), box.top() + pt(1.5), d, d));
            box.setLeft(box.left() + d + pt(3));
            p.setPen(c.darker(m_theme.statusTextDarker));
        }
        p.drawText(box, Qt::TextWordWrap | (cell.right ? Qt::AlignRight : Qt::AlignLeft),
                   cell.text);
        x += width;
        if (group)
            break;
    }
    p.setPen(QPen(m_theme.border, pt(0.5)));
    p.drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
}

// The column names, each aligned as its column's figures are.
QVector<PrintCell> PageFlow::headerRow(const PrintTable &table)
{
    int first = 0; // the first row of figures (not a group's heading)
    while (first < table.rows.size() && table.groupRows.contains(first))
        ++first;
    QVector<PrintCell> header;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const bool right = first < table.rows.size() && c < table.rows.at(first).size()
                           && table.rows.at(first).at(c).right;
        header << PrintCell{table.headers.at(c), std::nullopt, true, right};
    }
    return header;
}

void PageFlow::tableHeader(const PrintTable &table, bool continued)
{
    if (!table.title.isEmpty()) {
        const QString title = continued ? tr("%1 (continued)").arg(table.title) : table.title;
        const QFont f = font(10, QFont::Bold);
        const qreal h = textHeight(title, f, m_body.width());
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(m_theme.text);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::TextWordWrap,
                                title);
        }
        m_y += h + pt(2);
    }
    const qreal h = rowHeight(table, headerRow(table), false);
    paintRow(table, headerRow(table), h, false, true);
    m_y += h;
}

void PageFlow::table(const PrintTable &table)
{
    const QVector<PrintCell> header = headerRow(table);
    const qreal titleHeight = table.title.isEmpty()
                                  ? 0
                                  : textHeight(table.title, font(10, QFont::Bold), m_body.width());
    const qreal first = table.rows.isEmpty()
                            ? 0
                            : rowHeight(table, table.rows.first(), table.groupRows.contains(0));
    // the title, the header and the first row stay together
    ensure(titleHeight + rowHeight(table, header, false) + first + pt(4));
    tableHeader(table, false);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVector<PrintCell> &row = table.rows.at(r);
        const bool group = table.groupRows.contains(int(r));
        const qreal h = rowHeight(table, row, group);
        // a group's heading row never ends a page
        const qreal need = group && r + 1 < table.rows.size()
                               ? h + rowHeight(table, table.rows.at(r + 1), false)
                               : h;
        if (m_y + need > m_body.bottom()) {
            newPage();
            tableHeader(table, true);
        }
        paintRow(table, row, h, group, false);
        m_y += h;
    }
    m_y += pt(8);
}

} // namespace ioc
