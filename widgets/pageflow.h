#pragma once

#include "status.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace ioc {

// One cell of a printed table: its text (wrapped, never cut), optionally a status shown as a
// traffic light (a filled disc in the status colour) before the word.
struct PrintCell
{
    PrintCell(QString text = {}, std::optional<Status> light = std::nullopt, bool strong = false,
              bool right = false)
        : text(std::move(text))
        , light(light)
        , strong(strong)
        , right(right)
    {}
    QString text;
    std::optional<Status> light;
    bool strong;
    bool right; // figures align right
};

// A table laid out for the page: every row printed, the header repeated on each page it
// continues onto, its title marked "(tiếp theo)" there.
struct PrintTable
{
    QString title;
    QStringList headers;
    QVector<qreal> widths; // fractions of the body's width, one per column
    QVector<QVector<PrintCell>> rows;
    QVector<int> groupRows; // rows that head a group (a screen's name): bold, shaded, spanning
};

// Lays blocks out top to bottom on pages of a paged device and paints them: headings,
// paragraphs, tables that break across pages, and drawings of a fixed height. Run twice: first
// measuring (no painter) to count the pages, then painting, so that every footer can say "n/N".
class PageFlow
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PageFlow)
public:
    using Footer = std::function<void(QPainter &, const QRectF &, int page, int pages)>;
    using Drawing = std::function<void(QPainter &, const QRectF &)>;

    // painter null: measure only. pages: the total from the measuring run (0 while measuring).
    PageFlow(QPagedPaintDevice *device, QPainter *painter, const QRectF &body, const QRectF &footer,
             const Theme &theme, int pages, Footer footerPainter);

    void heading(const QString &text, int level); // 0 title, 1 section, 2 part
    void paragraph(const QString &text, qreal pointSize, const QColor &colour, bool bullet = false);
    void table(const PrintTable &table);
    void drawing(qreal height, const Drawing &draw);
    void space(qreal points);
    void pageBreak();
    // what follows takes this much (a heading and its drawing): on a new page unless it fits
    void keep(qreal points);
    void finish(); // the last page's footer
    int page() const { return m_page; }
    qreal pt(qreal points) const; // points in device units

    // The print font at a size in points, never smaller once drawn at kResolution.
    static QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal);
    static constexpr int kResolution = 300; // dots per inch of the pages (vectors)

private:
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    void ensure(qreal height);
    void newPage();
    void tableHeader(const PrintTable &table, bool continued);
    static QVector<PrintCell> headerRow(const PrintTable &table);
    qreal rowHeight(const PrintTable &table, const QVector<PrintCell> &row, bool group) const;
    void paintRow(const PrintTable &table, const QVector<PrintCell> &row, qreal height, bool group,
                  bool header);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QRectF m_body;
    QRectF m_footer;
    const Theme &m_theme;
    int m_pages;
    Footer m_footerPainter;
    qreal m_y;
    int m_page = 1;
};

} // namespace ioc
