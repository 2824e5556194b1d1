#include "breakdownbars.h"

#include "statusbadge.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ioc {

BreakdownBars::BreakdownBars(const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
{
    setAutoFillBackground(true);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void BreakdownBars::setSelected(const QString &entity)
{
    if (entity == m_selected)
        return;
    m_selected = entity;
    update();
}

int BreakdownBars::rowOf(const QString &entity) const
{
    if (entity.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entity == entity)
            return i;
    }
    return -1;
}

QString BreakdownBars::entityAt(const QPoint &pos) const
{
    const int row = (pos.y() - 4) / kRowHeight;
    if (pos.y() < 4 || row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).entity;
}

void BreakdownBars::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit entitySelected(entityAt(event->pos())); // below the bars: none
    QWidget::mouseReleaseEvent(event);
}

void BreakdownBars::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString entity = entityAt(event->pos());
    if (event->button() == Qt::LeftButton && !entity.isEmpty())
        emit entityActivated(entity);
    else
        QWidget::mouseDoubleClickEvent(event);
}

void BreakdownBars::keyPressEvent(QKeyEvent *event)
{
    const int row = rowOf(m_selected);
    const int last = int(m_rows.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Down:
        if (last >= 0)
            emit entitySelected(m_rows.at(std::min(row + 1, last)).entity);
        break;
    case Qt::Key_Up:
        if (last >= 0)
            emit entitySelected(m_rows.at(std::max(row - 1, 0)).entity);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row < 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        emit entityActivated(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool BreakdownBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString entity = entityAt(help->pos());
        for (const Figure &f : std::as_const(m_rows)) {
            if (f.entity != entity || !f.value)
                continue;
            const Entity *e = m_entities.find(f.entity);
            // beside the bar, not over it
            QToolTip::showText(help->globalPos() + QPoint(14, 14),
                               m_fmt.figureTip(f, e ? e->name(m_fmt.lang()) : f.entity), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void BreakdownBars::setFigures(const QVector<Figure> &figures, const Formatter &fmt,
                               const Theme &theme)
{
    m_rows.clear();
    for (const Figure &f : figures) {
        if (f.value)
            m_rows << f;
    }
    if (m_worstFirst) {
        sortWorstFirst(&m_rows);
    } else {
        // longest bar first: the ranking a leader reads top-down
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Figure &a, const Figure &b) { return *a.value > *b.value; });
    }
    if (m_limit > 0 && m_rows.size() > m_limit)
        m_rows.resize(m_limit);
    m_fmt = fmt;
    m_theme = theme;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.surface);
    setPalette(pal);
    setMinimumHeight(int(m_rows.size()) * kRowHeight + 8);
    updateGeometry();
    update();
}

QStringList BreakdownBars::order() const
{
    QStringList out;
    for (const Figure &f : m_rows)
        out << f.entity;
    return out;
}

QSize BreakdownBars::sizeHint() const
{
    return QSize(640, int(m_rows.size()) * kRowHeight + 8);
}

void BreakdownBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_rows.isEmpty())
        return;
    double hi = 0, lo = 0;
    for (const Figure &f : std::as_const(m_rows)) {
        hi = std::max({hi, *f.value, f.plan.value_or(0.0)});
        lo = std::min({lo, *f.value});
    }
    const QFont nameFont = uiFont(textSize::body);
    const QFont valueFont = uiFont(textSize::body, QFont::DemiBold);
    const QFontMetrics nameMetrics(nameFont), valueMetrics(valueFont);
    const int nameWidth = std::min(260, width() / 3);
    int valueWidth = 0;
    for (const Figure &f : std::as_const(m_rows))
        valueWidth = std::max(
            valueWidth, valueMetrics.horizontalAdvance(m_fmt.value(*f.indicator, *f.value, true)));
    const int iconSize = 14;
    const int barLeft = nameWidth + 12;
    const int barRight = width() - valueWidth - iconSize - 24;
    if (barRight <= barLeft)
        return;
    const double span = hi - lo > 0 ? hi - lo : 1.0;
    auto xOf = [&](double v) {
        return barLeft + (v - lo) / span * (barRight - barLeft);
    };
    const double zero = xOf(0);
    const int picked = rowOf(m_selected);
    if (picked >= 0) { // a band behind the picked-out row
        QColor band = m_theme.accent;
        band.setAlpha(40);
        p.fillRect(QRect(0, rowTop(picked), width(), kRowHeight), band);
    }
    if (hasFocus()) {
        QPen focus(m_theme.accent, 1, Qt::DotLine);
        p.setPen(focus);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Figure &f = m_rows.at(i);
        const int top = rowTop(i);
        const Entity *e = m_entities.find(f.entity);
        p.setOpacity(picked < 0 || picked == i ? 1.0 : 0.35);
        p.setFont(nameFont);
        p.setPen(m_theme.text);
        p.drawText(QRect(4, top, nameWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   nameMetrics.elidedText(e ? e->name(m_fmt.lang()) : f.entity, Qt::ElideRight,
                                          nameWidth));
        const Status s = f.status.effective();
        const QColor colour = s == Status::Ok || s == Status::Warn || s == Status::Critical
                                  ? m_theme.status(s)
                                  : m_theme.accent;
        const double x = xOf(*f.value);
        const QRectF bar(std::min(zero, x), top + 5, std::max(1.0, std::fabs(x - zero)),
                         kRowHeight - 10);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(bar, 2, 2);
        if (f.plan) {
            // the plan: a tick across the bar's band
            const double px = xOf(*f.plan);
            p.setPen(QPen(m_theme.text, 2));
            p.drawLine(QPointF(px, top + 2), QPointF(px, top + kRowHeight - 2));
        }
        const int valueLeft = barRight + 8;
        paintStatusIcon(&p,
                        QRectF(valueLeft, top + (kRowHeight - iconSize) / 2.0, iconSize, iconSize),
                        s, m_theme);
        p.setFont(valueFont);
        p.setPen(m_theme.text);
        p.drawText(QRect(valueLeft + iconSize + 6, top, valueWidth + 4, kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, m_fmt.value(*f.indicator, *f.value, true));
    }
}

} // namespace ioc
