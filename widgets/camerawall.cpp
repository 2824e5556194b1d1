#include "camerawall.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace ioc {

namespace cameratiles {

namespace {

constexpr int kMaxColumns = 6; // a row of six along a wide panel

int columnsFor(int count, qreal width, qreal minWidth, qreal gap)
{
    const int fit = int(std::floor((width + gap) / (minWidth + gap)));
    return std::clamp(std::min(fit, count), 1, kMaxColumns);
}

qreal captionHeight(qreal textPx)
{
    return textPx * 3.3;
}

QFont font(qreal px, bool bold)
{
    QFont f = uiFont(textSize::body, bold ? QFont::DemiBold : QFont::Normal);
    f.setPixelSize(std::max(6, int(std::round(px))));
    return f;
}

} // namespace

QVector<QRectF> layout(int count, const QRectF &area, qreal minWidth, qreal gap, qreal textPx)
{
    QVector<QRectF> out;
    if (count <= 0)
        return out;
    const int cols = columnsFor(count, area.width(), minWidth, gap);
    const qreal w = (area.width() - gap * (cols - 1)) / cols;
    const qreal h = w * 9 / 16 + captionHeight(textPx);
    for (int i = 0; i < count; ++i) {
        const int row = i / cols;
        out << QRectF(area.left() + (i % cols) * (w + gap), area.top() + row * (h + gap), w, h);
    }
    return out;
}

qreal heightFor(int count, qreal width, qreal minWidth, qreal gap, qreal textPx)
{
    if (count <= 0)
        return 0;
    const int cols = columnsFor(count, width, minWidth, gap);
    const int rows = (count + cols - 1) / cols;
    const qreal w = (width - gap * (cols - 1)) / cols;
    return rows * (w * 9 / 16 + captionHeight(textPx)) + (rows - 1) * gap;
}

QString caption(const Camera &camera, const CameraFrame *frame, const Formatter &fmt,
                const QDateTime &now)
{
    QStringList parts;
    if (camera.congestion)
        parts << CameraWall::tr("congestion %1 min").arg(fmt.number(*camera.congestion, 0));
    const QDateTime at = frame ? frame->at : camera.lastFrameAt;
    if (!at.isValid())
        parts << CameraWall::tr("no picture yet");
    else if (camera.state(now) == Camera::State::Online)
        parts << CameraWall::tr("picture %1").arg(fmt.ageText(std::max<qint64>(0, at.secsTo(now))));
    else if (at.secsTo(now) < 3600) // short: the age is what counts
        parts << CameraWall::tr("last picture %1").arg(fmt.ageText(at.secsTo(now)));
    else
        parts << CameraWall::tr("last picture at %1 (%2)")
                     .arg(fmt.time(at), fmt.ageText(std::max<qint64>(0, at.secsTo(now))));
    return parts.join(QStringLiteral(" · "));
}

void paint(QPainter &p, const QRectF &tile, const Camera &camera, const CameraFrame *frame,
           const Formatter &fmt, const Theme &theme, const QDateTime &now, qreal textPx,
           bool selected)
{
    p.save();
    const QRectF picture(tile.left(), tile.top(), tile.width(), tile.width() * 9 / 16);
    p.fillRect(picture, QColor(0x1c, 0x1f, 0x24));
    const Camera::State state = camera.state(now);
    if (frame && !frame->image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSizeF size = QSizeF(frame->image.size()).scaled(picture.size(), Qt::KeepAspectRatio);
        const QRectF target(picture.center().x() - size.width() / 2,
                            picture.center().y() - size.height() / 2, size.width(), size.height());
        p.drawImage(target, frame->image);
        if (state == Camera::State::Offline)
            p.fillRect(picture, QColor(0, 0, 0, 110)); // the last picture, dimmed
    } else {
        p.setFont(font(textPx, false));
        p.setPen(QColor(0xc8, 0xcc, 0xd2));
        p.drawText(picture, Qt::AlignCenter | Qt::TextWordWrap,
                   CameraWall::tr("No picture from this camera yet"));
    }
    // the state, where it cannot be missed: a band over the picture unless it is live
    const QColor stateColour = state == Camera::State::Online  ? theme.ok
                               : state == Camera::State::Stale ? theme.warn
                                                               : theme.critical;
    const QString word = Camera::stateWord(state).toUpper();
    p.setFont(font(textPx * 0.95, true));
    const QFontMetricsF m(p.font());
    if (state == Camera::State::Online) {
        const QRectF badge(picture.left() + textPx * 0.5, picture.bottom() - textPx * 2.1,
                           m.horizontalAdvance(word) + textPx * 2.0, textPx * 1.6);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 160));
        p.drawRoundedRect(badge, 3, 3);
        p.setBrush(stateColour);
        p.drawEllipse(QPointF(badge.left() + textPx * 0.7, badge.center().y()), textPx * 0.32,
                      textPx * 0.32);
        p.setPen(Qt::white);
        p.drawText(badge.adjusted(textPx * 1.3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, word);
    } else {
        const QRectF band(picture.left(), picture.center().y() - textPx * 1.1, picture.width(),
                          textPx * 2.2);
        p.fillRect(band, stateColour);
        p.setPen(theme.onFill);
        p.drawText(band, Qt::AlignCenter, word);
    }
    // the caption: the junction, then the congestion and the picture's age
    const QRectF text(tile.left() + textPx * 0.3, picture.bottom() + textPx * 0.35,
                      tile.width() - textPx * 0.6, tile.bottom() - picture.bottom());
    p.setPen(theme.text);
    p.setFont(font(textPx, true));
    const QFontMetricsF bold(p.font());
    p.drawText(QRectF(text.left(), text.top(), text.width(), textPx * 1.45),
               Qt::AlignLeft | Qt::AlignVCenter,
               bold.elidedText(camera.junction(fmt.lang()), Qt::ElideRight, text.width()));
    p.setFont(font(textPx * 0.92, false));
    p.setPen(state == Camera::State::Online ? theme.muted : stateColour.darker(110));
    const QFontMetricsF normal(p.font());
    p.drawText(QRectF(text.left(), text.top() + textPx * 1.5, text.width(), textPx * 1.4),
               Qt::AlignLeft | Qt::AlignVCenter,
               normal.elidedText(caption(camera, frame, fmt, now), Qt::ElideRight, text.width()));
    if (selected) {
        p.setPen(QPen(theme.accent, std::max(2.0, textPx * 0.18)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(tile.adjusted(1, 1, -1, -1));
    }
    p.restore();
}

} // namespace cameratiles

CameraWall::CameraWall(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraWall"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(&m_tick, &QTimer::timeout, this, [this] { update(); });
}

qreal CameraWall::textPx() const
{
    return QFontInfo(uiFont(textSize::body)).pixelSize();
}

void CameraWall::setBoard(const CameraBoard &board, const Formatter &fmt, const Theme &theme)
{
    m_board = board;
    m_fmt = fmt;
    m_theme = theme;
    updateGeometry();
    update();
    updateShown();
}

void CameraWall::applyFrames(const QVector<CameraFrame> &frames)
{
    bool changed = false;
    for (const CameraFrame &f : frames) {
        if (m_board.find(f.camera))
            changed |= m_board.apply(f);
    }
    if (changed)
        update();
}

void CameraWall::applyList(const QVector<Camera> &list)
{
    const bool sameCameras
        = list.size() == m_board.cameras.size()
          && std::equal(list.cbegin(), list.cend(), m_board.cameras.cbegin(),
                        [](const Camera &a, const Camera &b) { return a.id == b.id; });
    m_board.apply(list);
    if (!sameCameras)
        updateGeometry();
    update();
    updateShown();
}

void CameraWall::setFrozenNow(const QDateTime &at)
{
    m_frozen = at;
    if (at.isValid())
        m_tick.stop();
    else if (isVisible())
        m_tick.start(1000);
    update();
}

QDateTime CameraWall::now() const
{
    return m_frozen.isValid() ? m_frozen : QDateTime::currentDateTime();
}

void CameraWall::setSelected(const QString &id)
{
    m_selected = id;
    update();
}

QVector<QRectF> CameraWall::tiles() const
{
    return cameratiles::layout(int(m_board.cameras.size()), QRectF(rect()), m_minTile,
                               textPx() * 0.9, textPx());
}

int CameraWall::heightForWidth(int width) const
{
    const int count = int(m_board.cameras.size());
    if (count == 0)
        return int(textPx() * 4);
    return int(
        std::ceil(cameratiles::heightFor(count, width, m_minTile, textPx() * 0.9, textPx())));
}

QSize CameraWall::sizeHint() const
{
    return {3 * m_minTile, heightForWidth(3 * m_minTile)};
}

void CameraWall::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_board.cameras.isEmpty()) {
        p.setPen(m_theme.muted);
        p.setFont(uiFont(textSize::body));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_board.error.isEmpty()
                       ? tr("No traffic cameras yet: their list comes from the data server.")
                       : tr("The cameras could not be read from the cache: %1").arg(m_board.error));
        return;
    }
    const QVector<QRectF> rects = tiles();
    const QDateTime at = now();
    for (int i = 0; i < rects.size(); ++i) {
        const Camera &c = m_board.cameras.at(i);
        const auto frame = m_board.frames.constFind(c.id);
        cameratiles::paint(p, rects.at(i), c,
                           frame == m_board.frames.cend() ? nullptr : &frame.value(), m_fmt,
                           m_theme, at, textPx(), c.id == m_selected);
        if (hasFocus() && c.id == m_selected) {
            p.setPen(QPen(m_theme.text, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rects.at(i).adjusted(3, 3, -3, -3));
        }
    }
    updateShown();
}

int CameraWall::tileAt(const QPoint &pos) const
{
    const QVector<QRectF> rects = tiles();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).contains(pos))
            return i;
    }
    return -1;
}

void CameraWall::mouseReleaseEvent(QMouseEvent *event)
{
    const int i = tileAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || i < 0)
        return;
    m_selected = m_board.cameras.at(i).id;
    update();
    emit cameraActivated(m_selected);
}

void CameraWall::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_board.cameras.size());
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    int i = -1;
    for (int k = 0; k < count; ++k) {
        if (m_board.cameras.at(k).id == m_selected)
            i = k;
    }
    const QVector<QRectF> rects = tiles();
    const int cols
        = rects.size() > 1 && rects.at(1).top() == rects.at(0).top()
              ? int(std::count_if(rects.cbegin(), rects.cend(),
                                  [&](const QRectF &r) { return r.top() == rects.at(0).top(); }))
              : 1;
    switch (event->key()) {
    case Qt::Key_Right:
        i = std::min(count - 1, i + 1);
        break;
    case Qt::Key_Left:
        i = std::max(0, i - 1);
        break;
    case Qt::Key_Down:
        i = std::min(count - 1, i < 0 ? 0 : i + cols);
        break;
    case Qt::Key_Up:
        i = std::max(0, i - cols);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (i >= 0)
            emit cameraActivated(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_selected = m_board.cameras.at(std::max(0, i)).id;
    update();
}

void CameraWall::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_frozen.isValid())
        m_tick.start(1000);
    updateShown();
}

void CameraWall::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
    updateShown();
}

void CameraWall::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateShown();
}

void CameraWall::updateShown()
{
    QStringList shown;
    if (isVisible()) {
        const QRect visible = visibleRegion().boundingRect();
        const QVector<QRectF> rects = tiles();
        for (int i = 0; i < rects.size(); ++i) {
            if (visible.intersects(rects.at(i).toAlignedRect()))
                shown << m_board.cameras.at(i).id;
        }
    }
    if (shown == m_shown)
        return;
    m_shown = shown;
    emit shownChanged(shown);
}

bool CameraWall::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = tileAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const Camera &c = m_board.cameras.at(i);
        const auto frame = m_board.frames.constFind(c.id);
        QString tip = QStringLiteral("%1 (%2)\n%3\n%4")
                          .arg(c.junction(m_fmt.lang()), c.id, Camera::stateWord(c.state(now())),
                               cameratiles::caption(
                                   c, frame == m_board.frames.cend() ? nullptr : &frame.value(),
                                   m_fmt, now()));
        if (c.demo)
            tip += QLatin1Char('\n') + tr("Simulated picture from the demo server");
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ioc
