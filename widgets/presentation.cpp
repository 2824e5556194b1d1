#include "presentation.h"

#include "look.h"
#include "periodbar.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLayout>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ioc {

PresentationView::PresentationView(const QVector<ScreenDefinition> &screens,
                                   const EntityRegistry &entities, const MapGeometry *geometry,
                                   const QString &mapProblem, QWidget *parent)
    : QWidget(parent)
    , m_screens(screens)
    , m_entities(entities)
    , m_geometry(geometry)
    , m_mapProblem(mapProblem)
{
    // the language follows the console's; the wall keeps its own theme (dark by default)
    Look::follow(this,
                 [this](const Formatter &fmt, const Theme &) { setLook(fmt, m_theme, m_demo); });
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PresentationView::next);
}

void PresentationView::setLook(const Formatter &fmt, const Theme &theme, bool demo)
{
    m_fmt = fmt;
    m_theme = theme;
    m_demo = demo;
    m_frames.clear();
    const QHash<QString, ScreenData> data = m_data;
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        setData(it.key(), it.value());
    update();
}

void PresentationView::setSource(const QString &source)
{
    m_source = source;
    update();
}

void PresentationView::setPlaylist(const QStringList &codes)
{
    QVector<PlaylistItem> items;
    for (const QString &code : codes)
        items << PlaylistItem{code, code, {}};
    setPlaylist(items);
}

void PresentationView::setPlaylist(const QVector<PlaylistItem> &items)
{
    m_items.clear();
    m_stopItem.clear();
    m_stops.clear();
    m_frames.clear();
    for (const PlaylistItem &item : items) {
        const ScreenDefinition *def = definition(item.screen);
        const bool repeat
            = std::any_of(m_items.cbegin(), m_items.cend(),
                          [&item](const PlaylistItem &i) { return i.key == item.key; });
        if (!def || repeat)
            continue;
        const QVector<WallStop> stops = WallFrame::stops(*def);
        m_stops += stops;
        m_stopItem.insert(m_stopItem.size(), stops.size(), int(m_items.size()));
        m_items << item;
    }
    for (const PlaylistItem &item : std::as_const(m_items)) {
        if (!m_data.contains(item.key))
            emit dataWanted(item.key);
    }
    go(0);
}

QStringList PresentationView::playlist() const
{
    QStringList keys;
    for (const PlaylistItem &item : m_items)
        keys << item.key;
    return keys;
}

QString PresentationView::keyOf(int index) const
{
    const int item = m_stopItem.value(index, -1);
    return item < 0 ? QString() : m_items.at(item).key;
}

bool PresentationView::isReady(const QString &key) const
{
    for (int i = 0; i < m_stops.size(); ++i) {
        if (keyOf(i) == key)
            return m_frames.contains(i);
    }
    return false;
}

void PresentationView::setInterval(int seconds)
{
    m_interval = std::max(0, seconds);
    restartTimer();
}

const ScreenDefinition *PresentationView::definition(const QString &code) const
{
    for (const ScreenDefinition &d : m_screens) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

void PresentationView::setData(const ScreenData &data)
{
    setData(data.screen, data);
}

void PresentationView::setData(const QString &key, const ScreenData &data)
{
    if (!playlist().contains(key))
        return;
    m_data.insert(key, data);
    const int next = m_stops.isEmpty() ? 0 : (m_index + 1) % int(m_stops.size());
    for (int i = 0; i < m_stops.size(); ++i) {
        if (keyOf(i) != key)
            continue;
        m_frames.remove(i);
        // the frame on show, or the one after it: painted now; the others when their turn nears
        if (i == m_index || i == next)
            ensureFrame(i);
    }
    if (key == currentKey())
        update();
}

void PresentationView::ensureFrame(int index)
{
    const QRect frame = frameRect();
    if (index < 0 || index >= m_stops.size() || m_frames.contains(index) || frame.isEmpty()
        || !m_data.contains(keyOf(index)))
        return;
    m_frames.insert(index, renderFrame(index, size(), devicePixelRatioF()));
}

QImage PresentationView::renderFrame(int index, const QSize &size, qreal dpr,
                                     QVector<WallText> *texts) const
{
    const WallStop stop = m_stops.value(index);
    const ScreenDefinition *def = definition(stop.screen);
    const auto data = m_data.constFind(keyOf(index));
    const QSize frame(size.width(),
                      size.height() - std::max(28, WallFrame::unit(size.height()) * 2));
    if (!def || data == m_data.cend() || frame.isEmpty())
        return {};
    QImage image((QSizeF(frame) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    WallFrame wall(m_entities, m_geometry, m_fmt, m_theme, m_demo);
    wall.setMapProblem(m_mapProblem);
    wall.paint(painter, QRect(QPoint(), frame), size.height(), *def, stop, *data, texts);
    painter.end();
    return image;
}

int PresentationView::footerHeight() const
{
    // one line of the wall's smallest text, with room around it
    return std::max(28, WallFrame::unit(height()) * 2);
}

QRect PresentationView::frameRect() const
{
    return QRect(0, 0, width(), std::max(0, height() - footerHeight()));
}

QString PresentationView::footerText() const
{
    const QString code = currentScreen();
    if (code.isEmpty())
        return {};
    QStringList parts;
    const WallStop &stop = m_stops.at(m_index);
    // the frame's header carries the screen's title: the footer keeps its room for the source,
    // which says whether the figures are official
    parts << code
                 + (stop.parts > 1 ? QStringLiteral(" (%1/%2)").arg(stop.part).arg(stop.parts)
                                   : QString());
    const int item = m_stopItem.value(m_index);
    parts << tr("Screen %1/%2").arg(item + 1).arg(m_items.size());
    // a saved view: its name, and its period (it may not be the window's)
    const auto data = m_data.constFind(keyOf(m_index));
    if (!m_items.at(item).view.isEmpty()) {
        const QString period
            = data == m_data.cend() ? QString() : PeriodBar::label(data->selection, m_fmt);
        parts << (period.isEmpty() ? tr("View: %1").arg(m_items.at(item).view)
                                   : tr("View: %1 (%2)").arg(m_items.at(item).view, period));
    }
    if (data != m_data.cend()) {
        QDateTime newest;
        for (const Figure &f : data->figures) {
            if (f.value && f.asOf.isValid() && (!newest.isValid() || f.asOf > newest))
                newest = f.asOf;
        }
        if (newest.isValid())
            parts << tr("Figures as of %1").arg(m_fmt.date(toCityTime(newest).date()));
    }
    if (!m_source.isEmpty())
        parts << m_source;
    return parts.join(QStringLiteral("  ·  "));
}

void PresentationView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect frame = frameRect();
    const QColor black(0, 0, 0);
    if (m_blank) {
        p.fillRect(rect(), black);
        return;
    }
    const QImage image = m_frames.value(m_index);
    if (!image.isNull()) {
        p.drawImage(frame.topLeft(), image);
    } else {
        p.fillRect(frame, m_theme.window);
        p.setPen(m_theme.muted);
        p.setFont(uiFont(textSize::figure));
        p.drawText(frame, Qt::AlignCenter,
                   m_items.isEmpty() ? tr("The playlist is empty.")
                                     : tr("Loading %1…").arg(currentScreen()));
    }
    // the footer: discreet, one line
    const QRect footer(0, frame.bottom() + 1, width(), height() - frame.height());
    p.fillRect(footer, m_theme.window);
    p.setPen(m_theme.border);
    p.drawLine(footer.topLeft(), footer.topRight());
    QFont f = uiFont(textSize::control);
    f.setPixelSize(std::max(12, WallFrame::unit(height())));
    p.setFont(f);
    p.setPen(m_theme.muted);
    const QRect text = footer.adjusted(footer.height() / 2, 0, -footer.height() / 2, 0);
    p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(footerText(), Qt::ElideRight, text.width()));
    // a new critical alert: a banner across the top until the presenter moves on
    if (!m_alert.isEmpty()) {
        QFont bf = uiFont(textSize::title, QFont::Bold);
        bf.setPixelSize(std::max(18, height() / 28));
        p.setFont(bf);
        const int h = QFontMetrics(bf).height() * 2;
        const QRect banner(0, 0, width(), h);
        p.fillRect(banner, m_theme.critical);
        p.setPen(m_theme.onFill);
        p.drawText(banner.adjusted(h / 2, 0, -h / 2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(bf).elidedText(tr("⚠ %1 (rotation paused)").arg(m_alert),
                                               Qt::ElideRight, banner.width() - h));
    }
}

void PresentationView::go(int index)
{
    if (m_stops.isEmpty()) {
        m_index = 0;
        update();
        return;
    }
    const int n = int(m_stops.size());
    m_index = (index % n + n) % n;
    ensureFrame(m_index);
    update();
    emit switched(m_index);
    restartTimer();
    // the next frame, rendered while this one is on show
    QTimer::singleShot(0, this, &PresentationView::prepareNext);
}

void PresentationView::prepareNext()
{
    if (m_stops.size() >= 2)
        ensureFrame((m_index + 1) % int(m_stops.size()));
}

void PresentationView::restartTimer()
{
    m_timer.stop();
    if (m_interval > 0 && !m_paused && !m_blank && m_stops.size() > 1)
        m_timer.start(m_interval * 1000);
}

void PresentationView::resume()
{
    // the presenter moving on ends a blank and an alert's pause
    m_alert.clear();
    m_paused = false;
    m_blank = false;
}

void PresentationView::next()
{
    resume();
    go(m_index + 1);
}

void PresentationView::previous()
{
    resume();
    go(m_index - 1);
}

void PresentationView::first()
{
    resume();
    go(0);
}

void PresentationView::toggleBlank()
{
    m_blank = !m_blank;
    restartTimer();
    update();
}

void PresentationView::showAlert(const QString &text)
{
    m_alert = text;
    m_paused = true;
    m_blank = false; // an alert is never hidden behind a blank screen
    restartTimer();
    update();
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what most remote clickers send for "blank"
        toggleBlank();
        break;
    case Qt::Key_Escape:
        emit leaveRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationView::mousePressEvent(QMouseEvent *event)
{
    // a click advances, as on a slide show; the right button goes back
    if (event->button() == Qt::RightButton)
        previous();
    else
        next();
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_frames.clear();
    go(m_index);
}

} // namespace ioc
