#include "stationpanel.h"

#include "statusbadge.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ioc {

StationPanel::StationPanel(const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
{
    setAutoFillBackground(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void StationPanel::setSelected(const QString &entity)
{
    if (entity == m_selected)
        return;
    m_selected = entity;
    if (m_current < 0 || m_current >= m_rows.size()
        || m_rows.at(m_current).figure.entity != entity) {
        m_current = -1;
        for (int i = 0; i < m_rows.size() && !entity.isEmpty(); ++i) {
            if (!m_rows.at(i).header && m_rows.at(i).figure.entity == entity) {
                m_current = i;
                break;
            }
        }
    }
    update();
}

int StationPanel::topOf(const QString &entity) const
{
    for (int i = 0; i < m_rows.size() && !entity.isEmpty(); ++i) {
        if (!m_rows.at(i).header && m_rows.at(i).figure.entity == entity)
            return rowTop(i);
    }
    return -1;
}

void StationPanel::setStations(const QVector<QVector<Figure>> &groups, const Formatter &fmt,
                               const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    m_rows.clear();
    m_current = -1;
    for (QVector<Figure> group : groups) {
        if (group.isEmpty())
            continue;
        m_rows << Row{true, group.first()};
        sortWorstFirst(&group);
        for (const Figure &f : std::as_const(group)) {
            if (m_current < 0 && !m_selected.isEmpty() && f.entity == m_selected)
                m_current = int(m_rows.size());
            m_rows << Row{false, f};
        }
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.surface);
    setPalette(pal);
    setMinimumHeight(rowTop(int(m_rows.size())) + 4);
    updateGeometry();
    update();
}

int StationPanel::stationCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.header; }));
}

QSize StationPanel::sizeHint() const
{
    return QSize(640, rowTop(int(m_rows.size())) + 4);
}

int StationPanel::rowTop(int i) const
{
    int y = 2;
    for (int k = 0; k < i && k < m_rows.size(); ++k)
        y += m_rows.at(k).header ? kHeaderHeight : kRowHeight;
    return y;
}

int StationPanel::rowAt(int y) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const int top = rowTop(i);
        if (y >= top && y < top + (m_rows.at(i).header ? kHeaderHeight : kRowHeight))
            return i;
    }
    return -1;
}

void StationPanel::mouseReleaseEvent(QMouseEvent *event)
{
    const int i = rowAt(event->pos().y());
    if (event->button() == Qt::LeftButton) {
        const bool station = i >= 0 && !m_rows.at(i).header;
        m_current = station ? i : -1;
        emit entitySelected(station ? m_rows.at(i).figure.entity : QString());
    }
    QWidget::mouseReleaseEvent(event);
}

void StationPanel::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = rowAt(event->pos().y());
    if (event->button() == Qt::LeftButton && i >= 0)
        emit indicatorActivated(m_rows.at(i).figure.indicator->code);
    else
        QWidget::mouseDoubleClickEvent(event);
}

void StationPanel::keyPressEvent(QKeyEvent *event)
{
    const int step = event->key() == Qt::Key_Down ? 1 : event->key() == Qt::Key_Up ? -1 : 0;
    if (step != 0) {
        int i = m_current;
        do
            i += step;
        while (i >= 0 && i < m_rows.size() && m_rows.at(i).header);
        if (i >= 0 && i < m_rows.size()) {
            m_current = i;
            emit entitySelected(m_rows.at(i).figure.entity);
        }
        event->accept();
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
               && m_current >= 0) {
        emit indicatorActivated(m_rows.at(m_current).figure.indicator->code);
        event->accept();
    } else {
        QWidget::keyPressEvent(event);
    }
}

bool StationPanel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = rowAt(help->pos().y());
        if (i >= 0 && !m_rows.at(i).header) {
            const Figure &f = m_rows.at(i).figure;
            const Entity *e = m_entities.find(f.entity);
            QToolTip::showText(help->globalPos() + QPoint(14, 14),
                               m_fmt.figureTip(f, e ? e->name(m_fmt.lang()) : f.entity), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void StationPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_rows.isEmpty()) {
        p.setFont(uiFont(textSize::control));
        p.setPen(m_theme.muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No station readings for this period"));
        return;
    }
    const QFont headerFont = uiFont(textSize::control, QFont::DemiBold);
    const QFont nameFont = uiFont(textSize::body);
    const QFont valueFont = uiFont(textSize::body, QFont::Bold);
    const QFont smallFont = uiFont(textSize::small);
    const QFontMetrics nameMetrics(nameFont), smallMetrics(smallFont);
    const int nameWidth = std::min(220, width() / 4);
    const int valueWidth = 110;
    // the status words whole ("Bình thường", "Nguy hiểm"): the gauge gives way first
    int widestWord = 0;
    for (const Row &row : m_rows) {
        if (!row.header)
            widestWord = std::max(
                widestWord, nameMetrics.horizontalAdvance(m_fmt.statusText(row.figure.status)));
    }
    const int statusWidth = std::min(std::max(widestWord + 28, 90), width() / 4);
    // a narrow panel keeps the gauge and gives the reading's time of day only
    const bool narrow = width() < 640;
    const int timeWidth = smallMetrics.horizontalAdvance(
                              narrow ? QStringLiteral("00:00") : QStringLiteral("00:00 00/00/0000"))
                          + 8;
    const int gaugeLeft = nameWidth + 12;
    const int gaugeRight = width() - valueWidth - statusWidth - timeWidth - 16;
    if (hasFocus()) {
        p.setPen(QPen(m_theme.accent, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }

    const bool picking = topOf(m_selected) >= 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const Figure &f = row.figure;
        const int top = rowTop(i);
        const bool picked = !row.header && picking && f.entity == m_selected;
        p.setOpacity(!picking || row.header || picked ? 1.0 : 0.35);
        if (picked) { // a band behind the picked-out station
            QColor band = m_theme.accent;
            band.setAlpha(40);
            p.fillRect(QRect(0, top, width(), kRowHeight), band);
        }
        if (row.header) {
            QString title = f.indicator->name(m_fmt.lang());
            const QString unit = m_fmt.unitLabel(f.indicator->unit);
            if (!unit.isEmpty())
                title += QStringLiteral(" (%1)").arg(unit);
            p.setFont(headerFont);
            p.setPen(m_theme.text);
            p.drawText(QRect(4, top, width() - 8, kHeaderHeight), Qt::AlignBottom | Qt::AlignLeft,
                       QFontMetrics(headerFont).elidedText(title, Qt::ElideRight, width() - 8));
            continue;
        }
        const Entity *e = m_entities.find(f.entity);
        p.setFont(nameFont);
        p.setPen(m_theme.text);
        p.drawText(QRect(12, top, nameWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   nameMetrics.elidedText(e ? e->name(m_fmt.lang()) : f.entity, Qt::ElideRight,
                                          nameWidth - 8));
        const Status s = f.status.effective();
        if (gaugeRight - gaugeLeft > 60) {
            // the gauge: 0 (or the lowest reading) to beyond the highest alarm level
            const double v = f.value.value_or(0.0);
            const double top3 = std::max(
                {v, f.warnLevel.value_or(0.0) * 1.5, f.criticalLevel.value_or(0.0) * 1.25, 1e-9});
            const double lo = std::min(0.0, v);
            auto xOf = [&](double x) {
                return gaugeLeft + (x - lo) / (top3 - lo) * (gaugeRight - gaugeLeft);
            };
            const QRectF track(gaugeLeft, top + 8, gaugeRight - gaugeLeft, kRowHeight - 16);
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.border);
            p.drawRoundedRect(track, 3, 3);
            if (f.value) {
                const QColor c = s == Status::Ok || s == Status::Warn || s == Status::Critical
                                     ? m_theme.status(s)
                                     : m_theme.accent;
                p.setBrush(c);
                p.drawRoundedRect(QRectF(track.left(), track.top(),
                                         std::max(2.0, xOf(v) - track.left()), track.height()),
                                  3, 3);
            }
            // alarm levels: a thin tick at warn, a thick one at critical (not colour alone)
            for (const auto &[level, width] :
                 {std::pair{f.warnLevel, 2}, std::pair{f.criticalLevel, 4}}) {
                if (!level)
                    continue;
                const double x = xOf(*level);
                p.setPen(QPen(m_theme.text, width));
                p.drawLine(QPointF(x, top + 3), QPointF(x, top + kRowHeight - 3));
            }
        }
        int x = std::max(gaugeLeft, gaugeRight) + 8;
        p.setFont(valueFont);
        p.setPen(m_theme.text);
        p.drawText(QRect(x, top, valueWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   f.value ? m_fmt.value(*f.indicator, *f.value) : tr("No data"));
        x += valueWidth;
        paintStatusIcon(&p, QRectF(x, top + (kRowHeight - 14) / 2.0, 14, 14), s, m_theme);
        p.setFont(nameFont);
        const QString word = m_fmt.statusText(f.status);
        p.drawText(QRect(x + 20, top, statusWidth - 24, kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   nameMetrics.elidedText(word, Qt::ElideRight, statusWidth - 24));
        x += statusWidth;
        p.setFont(smallFont);
        p.setPen(m_theme.muted);
        if (f.asOf.isValid())
            p.drawText(QRect(x, top, timeWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       narrow ? m_fmt.time(f.asOf) : m_fmt.dateTime(f.asOf));
    }
}

} // namespace ioc
