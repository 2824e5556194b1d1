#include "compositionbar.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace ioc {

namespace {
constexpr int kBarHeight = 40;
constexpr int kLegendRow = 26;
constexpr int kMargin = 8;
} // namespace

CompositionBar::CompositionBar(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setCursor(Qt::PointingHandCursor);
}

void CompositionBar::setComposition(const Figure &whole, const QVector<Figure> &parts,
                                    const QString &restLabel, const Formatter &fmt,
                                    const Theme &theme)
{
    m_whole = whole;
    m_fmt = fmt;
    m_theme = theme;
    m_segments.clear();
    m_problem.clear();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.surface);
    setPalette(pal);

    double sum = 0;
    bool complete = whole.value.has_value() && *whole.value > 0;
    for (const Figure &p : parts) {
        complete = complete && p.value.has_value() && *p.value >= 0;
        if (p.value)
            sum += *p.value;
    }
    if (!complete) {
        m_problem = tr("No data for this period");
    } else if (sum > *whole.value * (1 + 1e-9)) {
        m_problem
            = tr("The parts (%1) add up to more than the whole (%2): check the figures.")
                  .arg(fmt.value(*whole.indicator, sum), fmt.value(*whole.indicator, *whole.value));
    } else {
        for (const Figure &p : parts)
            m_segments << Segment{p.indicator->name(fmt.lang()), p.indicator->code, *p.value,
                                  *p.value / *whole.value};
        const double rest = *whole.value - sum;
        m_segments << Segment{restLabel, QString(), rest, rest / *whole.value};
    }
    setMinimumHeight(kMargin * 3 + kBarHeight
                     + int(std::max<qsizetype>(1, m_segments.size())) * kLegendRow);
    updateGeometry();
    update();
}

QRectF CompositionBar::barRect() const
{
    return QRectF(kMargin, kMargin, width() - 2 * kMargin, kBarHeight);
}

QRect CompositionBar::legendRow(int i) const
{
    return QRect(kMargin, 2 * kMargin + kBarHeight + i * kLegendRow, width() - 2 * kMargin,
                 kLegendRow);
}

int CompositionBar::segmentAt(const QPoint &pos) const
{
    const QRectF bar = barRect();
    double x = bar.left();
    for (int i = 0; i < m_segments.size(); ++i) {
        const double w = m_segments.at(i).share * bar.width();
        if (bar.contains(pos) && pos.x() >= x && pos.x() < x + w)
            return i;
        if (legendRow(i).contains(pos))
            return i;
        x += w;
    }
    return -1;
}

void CompositionBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int i = segmentAt(event->pos());
        // the rest has no indicator of its own: it opens the whole
        if (i >= 0)
            emit indicatorActivated(m_segments.at(i).indicator.isEmpty()
                                        ? m_whole.indicator->code
                                        : m_segments.at(i).indicator);
    }
    QWidget::mouseReleaseEvent(event);
}

void CompositionBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_problem.isEmpty()) {
        p.setFont(uiFont(textSize::control));
        p.setPen(m_segments.isEmpty() && m_whole.value ? m_theme.critical : m_theme.muted);
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignCenter | Qt::TextWordWrap, m_problem);
        return;
    }
    const QRectF bar = barRect();
    auto brushOf = [&](int i, const QColor &c) {
        const bool rest = i == m_segments.size() - 1;
        return rest ? QBrush(m_theme.border, Qt::Dense5Pattern) : QBrush(c, Theme::partPattern(i));
    };
    double x = bar.left();
    const QFont shareFont = uiFont(textSize::body, QFont::Bold);
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments.at(i);
        const QRectF r(x, bar.top(), s.share * bar.width(), bar.height());
        const QColor c = m_theme.part(i);
        // a light wash under a hatched part keeps its extent visible
        p.fillRect(r, i == m_segments.size() - 1 ? m_theme.surface
                                                 : QColor(c.red(), c.green(), c.blue(), 60));
        p.fillRect(r, brushOf(i, c));
        p.setPen(QPen(m_theme.surface, 2));
        p.drawLine(r.topRight(), r.bottomRight());
        x += r.width();
    }
    p.setPen(QPen(m_theme.border, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);

    const QFont nameFont = uiFont(textSize::body);
    const QFont valueFont = uiFont(textSize::body, QFont::DemiBold);
    const QFontMetrics nameMetrics(nameFont);
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments.at(i);
        const QRect row = legendRow(i);
        const QRect swatch(row.left(), row.center().y() - 7, 22, 14);
        const QColor c = m_theme.part(i);
        p.fillRect(swatch, i == m_segments.size() - 1 ? m_theme.surface
                                                      : QColor(c.red(), c.green(), c.blue(), 60));
        p.fillRect(swatch, brushOf(i, c));
        p.setPen(m_theme.border);
        p.drawRect(swatch);
        const QString share = m_fmt.percent(100.0 * s.share);
        const QString value = m_fmt.value(*m_whole.indicator, s.value, true);
        p.setFont(shareFont);
        const int shareWidth
            = QFontMetrics(shareFont).horizontalAdvance(QStringLiteral("100,0%")) + 8;
        const int valueWidth = QFontMetrics(valueFont).horizontalAdvance(value) + 12;
        const QRect nameRect(swatch.right() + 8, row.top(),
                             row.width() - 30 - shareWidth - valueWidth, row.height());
        p.setFont(nameFont);
        p.setPen(m_theme.text);
        p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                   nameMetrics.elidedText(s.label, Qt::ElideRight, nameRect.width()));
        p.setFont(valueFont);
        p.drawText(QRect(nameRect.right(), row.top(), valueWidth, row.height()),
                   Qt::AlignVCenter | Qt::AlignRight, value);
        p.setFont(shareFont);
        p.drawText(QRect(row.right() - shareWidth, row.top(), shareWidth, row.height()),
                   Qt::AlignVCenter | Qt::AlignRight, share);
    }
}

} // namespace ioc
