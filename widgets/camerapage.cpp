#include "camerapage.h"

#include "camerawall.h"
#include "status.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace ioc {

CameraLiveView::CameraLiveView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraLive"));
    setMinimumWidth(420);
}

void CameraLiveView::setCamera(const Camera &camera, const CameraFrame *last, const Formatter &fmt,
                               const Theme &theme)
{
    if (camera.id != m_camera.id) {
        m_history.clear();
        m_live = false;
        m_reason.clear();
    }
    m_camera = camera;
    m_frame = last ? *last : CameraFrame{};
    m_fmt = fmt;
    m_theme = theme;
    update();
}

void CameraLiveView::setHistory(const QVector<CameraBoard::Reading> &history)
{
    m_history = history;
    update();
}

void CameraLiveView::showFrame(const CameraFrame &frame)
{
    if (frame.camera != m_camera.id || (m_frame.at.isValid() && frame.at < m_frame.at))
        return;
    m_frame = frame;
    update();
}

void CameraLiveView::setLive(bool live, const QString &reason)
{
    m_live = live;
    m_reason = reason;
    update();
}

void CameraLiveView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal t = QFontInfo(uiFont(textSize::body)).pixelSize();
    if (m_camera.id.isEmpty()) {
        p.setPen(m_theme.muted);
        p.setFont(uiFont(textSize::heading));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Choose a camera to watch it live beside its junction's congestion."));
        return;
    }
    const QRectF area = QRectF(rect()).adjusted(t * 0.5, t * 0.5, -t * 0.5, -t * 0.5);
    p.setPen(m_theme.text);
    p.setFont(uiFont(textSize::heading, QFont::DemiBold));
    const QRectF title(area.left(), area.top(), area.width(), t * 2.2);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1  %2").arg(m_camera.id, m_camera.junction(m_fmt.lang())));
    const QDateTime now = m_frozen.isValid() ? m_frozen : QDateTime::currentDateTime();
    // the picture: live, or the last one kept with why it is not live
    CameraFrame *shown = m_frame.image.isNull() ? nullptr : &m_frame;
    const QRectF picture(area.left(), title.bottom() + t * 0.3, area.width(),
                         area.width() * 9 / 16);
    Camera state = m_camera;
    if (m_live && shown) // the stream's pictures are what counts while it is up
        state.lastFrameAt = std::max(state.lastFrameAt, shown->at);
    cameratiles::paint(p, QRectF(picture.topLeft(), QSizeF(picture.width(), picture.height())),
                       state, shown, m_fmt, m_theme, now, t * 1.15);
    // over the picture: live, or why not
    const QString badge = m_live ? tr("● LIVE") : tr("Not live");
    p.setFont(uiFont(textSize::body, QFont::DemiBold));
    const QFontMetricsF m(p.font());
    // below the camera's own caption band at the top of its picture
    const QRectF badgeRect(picture.right() - m.horizontalAdvance(badge) - t * 1.6,
                           picture.top() + picture.height() * 0.13,
                           m.horizontalAdvance(badge) + t * 1.1, t * 1.7);
    p.setPen(Qt::NoPen);
    p.setBrush(m_live ? QColor(0xc6, 0x28, 0x28) : QColor(0, 0, 0, 170));
    p.drawRoundedRect(badgeRect, 3, 3);
    p.setPen(Qt::white);
    p.drawText(badgeRect, Qt::AlignCenter, badge);
    qreal y = picture.bottom() + t * 3.6;
    if (!m_live && !m_reason.isEmpty()) {
        p.setFont(uiFont(textSize::body));
        p.setPen(m_theme.muted);
        const QRectF why(area.left(), y, area.width(), t * 2.8);
        p.drawText(why, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("The live picture is not coming: %1").arg(m_reason));
        y = why.bottom() + t * 0.4;
    }
    paintHistory(p, QRectF(area.left(), y, area.width(), area.bottom() - y));
}

void CameraLiveView::paintHistory(QPainter &p, const QRectF &area) const
{
    const qreal t = QFontInfo(uiFont(textSize::body)).pixelSize();
    if (area.height() < t * 6)
        return;
    p.setPen(m_theme.text);
    p.setFont(uiFont(textSize::heading, QFont::DemiBold));
    const QRectF title(area.left(), area.top(), area.width(), t * 2);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               tr("Congestion at the junction, last 24 hours (minutes)"));
    const QRectF chart(area.left() + t * 2.6, title.bottom() + t * 0.6, area.width() - t * 2.8,
                       area.bottom() - title.bottom() - t * 2.6);
    p.setFont(uiFont(textSize::small));
    if (m_history.isEmpty()) {
        p.setPen(m_theme.muted);
        p.drawText(chart, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No congestion readings of this junction in the cache for the last day."));
        return;
    }
    double top = 10;
    for (const CameraBoard::Reading &r : m_history)
        top = std::max(top, r.value);
    top = std::ceil(top / 10) * 10;
    const QDateTime end = m_history.constLast().at.addSecs(600);
    const QDateTime start = end.addDays(-1);
    const qreal span = qreal(start.secsTo(end));
    p.setPen(m_theme.border);
    for (int k = 0; k <= 2; ++k) {
        const qreal y = chart.bottom() - chart.height() * k / 2;
        p.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y));
        p.setPen(m_theme.muted);
        p.drawText(QRectF(area.left(), y - t, t * 2.3, t * 2), Qt::AlignRight | Qt::AlignVCenter,
                   m_fmt.number(top * k / 2, 0));
        p.setPen(m_theme.border);
    }
    const qreal w = std::max(1.0, chart.width() * 600 / span - 1);
    p.setPen(Qt::NoPen);
    for (const CameraBoard::Reading &r : m_history) {
        if (r.at < start)
            continue;
        const qreal x = chart.left() + chart.width() * start.secsTo(r.at) / span;
        const qreal h = chart.height() * r.value / top;
        p.setBrush(m_theme.status(static_cast<Status>(r.status)));
        p.drawRect(QRectF(x, chart.bottom() - h, w, h));
    }
    // the hours along the foot, every six
    p.setPen(m_theme.muted);
    for (QDateTime h = QDateTime(start.date(), QTime(start.time().hour(), 0), start.timeSpec());
         h <= end; h = h.addSecs(3600)) {
        if (h < start || h.toOffsetFromUtc(kCityUtcOffsetSeconds).time().hour() % 6 != 0)
            continue;
        const qreal x = chart.left() + chart.width() * start.secsTo(h) / span;
        p.drawText(QRectF(x - t * 3, chart.bottom() + t * 0.2, t * 6, t * 1.6), Qt::AlignCenter,
                   m_fmt.time(h));
    }
}

CameraPage::CameraPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_note(new QLabel)
    , m_wall(new CameraWall)
    , m_scroll(new QScrollArea)
    , m_live(new CameraLiveView)
{
    setObjectName(QStringLiteral("cameraPage"));
    m_title->setFont(uiFont(textSize::title, QFont::DemiBold));
    m_note->setWordWrap(true);
    m_note->setFont(uiFont(textSize::body));
    m_scroll->setWidget(m_wall);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_wall->setMinimumTileWidth(220);
    auto *row = new QHBoxLayout;
    row->addWidget(m_scroll, 3);
    row->addWidget(m_live, 2);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_title);
    box->addWidget(m_note);
    box->addLayout(row, 1);
    connect(m_wall, &CameraWall::cameraActivated, this, &CameraPage::open);
    connect(m_wall, &CameraWall::shownChanged, this, &CameraPage::shownChanged);
    retranslate();
}

void CameraPage::retranslate()
{
    m_title->setText(tr("Traffic cameras"));
    QString note = tr("The latest picture of each camera at the junctions monitored for "
                      "congestion (B02.04). Click a camera to watch it live.");
    if (m_demo)
        note += QLatin1Char(' ') + tr("These are simulated pictures, not camera pictures.");
    if (!m_online)
        note += QLatin1Char(' ')
                + tr("No camera server is connected: each camera shows the last picture kept, "
                     "with its time.");
    m_note->setText(note);
}

void CameraPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CameraPage::setBoard(const CameraBoard &board, const Formatter &fmt, const Theme &theme,
                          bool online)
{
    m_fmt = fmt;
    m_theme = theme;
    m_online = online;
    m_demo = std::any_of(board.cameras.cbegin(), board.cameras.cend(),
                         [](const Camera &c) { return c.demo; });
    m_wall->setBoard(board, fmt, theme);
    if (const Camera *c = board.find(m_live->camera())) {
        const auto f = board.frames.constFind(c->id);
        m_live->setCamera(*c, f == board.frames.cend() ? nullptr : &f.value(), fmt, theme);
        if (board.historyOf == c->id)
            m_live->setHistory(board.history);
    }
    retranslate();
}

void CameraPage::applyFrames(const QVector<CameraFrame> &frames)
{
    m_wall->applyFrames(frames);
    for (const CameraFrame &f : frames) {
        if (!m_live->isLive())
            m_live->showFrame(f);
    }
}

void CameraPage::applyList(const QVector<Camera> &list)
{
    m_wall->applyList(list);
    if (const Camera *c = m_wall->board().find(m_live->camera())) {
        const auto f = m_wall->board().frames.constFind(c->id);
        m_live->setCamera(*c, f == m_wall->board().frames.cend() ? nullptr : &f.value(), m_fmt,
                          m_theme);
    }
}

void CameraPage::showLive(const CameraFrame &frame)
{
    m_live->showFrame(frame);
    m_wall->applyFrames({frame});
}

void CameraPage::setLive(const QString &camera, bool live, const QString &reason)
{
    if (camera == m_live->camera())
        m_live->setLive(live, reason);
}

void CameraPage::setFrozenNow(const QDateTime &at)
{
    m_wall->setFrozenNow(at);
    m_live->setFrozenNow(at);
}

void CameraPage::open(const QString &camera)
{
    const Camera *c = m_wall->board().find(camera);
    if (!c)
        return;
    m_wall->setSelected(camera);
    const auto f = m_wall->board().frames.constFind(camera);
    m_live->setCamera(*c, f == m_wall->board().frames.cend() ? nullptr : &f.value(), m_fmt,
                      m_theme);
    if (!m_online)
        m_live->setLive(false, tr("no camera server is connected"));
    emit historyWanted(camera);
    if (isVisible() && m_online)
        emit liveWanted(camera);
}

QString CameraPage::opened() const
{
    return m_live->camera();
}

void CameraPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_live->camera().isEmpty() && m_online)
        emit liveWanted(m_live->camera());
}

void CameraPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    emit liveWanted(QString()); // nobody watches: the stream closes
}

} // namespace ioc
