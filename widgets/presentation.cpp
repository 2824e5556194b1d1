#include "presentation.h"

#include "look.h"
#include "screenpage.h"

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
    , m_stage(new QWidget)
{
    Look::follow(this,
                 [this](const Formatter &fmt, const Theme &theme) { setLook(fmt, theme, m_demo); });
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    // laid out and rendered, never shown (but "visible", so that its layouts run as on screen)
    m_stage->setAttribute(Qt::WA_DontShowOnScreen);
    m_stage->show();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PresentationView::next);
}

PresentationView::~PresentationView()
{
    delete m_stage;
}

void PresentationView::setLook(const Formatter &fmt, const Theme &theme, bool demo)
{
    m_fmt = fmt;
    m_theme = theme;
    m_demo = demo;
    m_frames.clear();
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it)
        setData(it.value());
    update();
}

void PresentationView::setSource(const QString &source)
{
    m_source = source;
    update();
}

void PresentationView::setPlaylist(const QStringList &codes)
{
    m_playlist.clear();
    for (const QString &code : codes) {
        if (definition(code) && !m_playlist.contains(code))
            m_playlist << code;
    }
    for (const QString &code : std::as_const(m_playlist)) {
        if (!m_data.contains(code))
            emit dataWanted(code);
    }
    go(0);
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

ScreenPage *PresentationView::page(const QString &code)
{
    if (ScreenPage *p = m_pages.value(code))
        return p;
    const ScreenDefinition *def = definition(code);
    if (!def)
        return nullptr;
    auto *p = new ScreenPage(*def, m_entities, m_geometry, m_mapProblem, m_stage);
    p->setPresentation(true);
    p->show();
    m_pages.insert(code, p);
    return p;
}

void PresentationView::setData(const ScreenData &data)
{
    if (!m_playlist.contains(data.screen))
        return;
    m_data.insert(data.screen, data);
    m_frames.remove(data.screen);
    // the screen on show, or the one after it: rendered now; the others when their turn nears
    if (data.screen == currentScreen()
        || data.screen == m_playlist.value((m_index + 1) % m_playlist.size())) {
        ensureFrame(data.screen);
        if (data.screen == currentScreen())
            update();
    }
}

void PresentationView::ensureFrame(const QString &code)
{
    const QRect frame = frameRect();
    if (!m_frames.contains(code) && m_data.contains(code) && !frame.isEmpty())
        m_frames.insert(code, renderScreen(code, frame.size(), devicePixelRatioF()));
}

QImage PresentationView::renderScreen(const QString &code, const QSize &size, qreal dpr)
{
    ScreenPage *p = page(code);
    const auto data = m_data.constFind(code);
    if (!p || data == m_data.cend() || size.isEmpty())
        return {};
    p->setData(*data, m_fmt, m_theme, m_demo);
    // the narrowest logical width at which the dashboard fits whole; a screen that fits at none
    // is laid out at the widest, as tall as it needs, and shrunk to the frame
    const qreal scale = qreal(size.width()) / p->layOutToFit(QSizeF(size)).width();
    p->scrollToTop(); // a screen that fits at no width shows its top, as on the desk
    QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale * dpr);
    image.fill(m_theme.window);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    p->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
    painter.end();
    image.setDevicePixelRatio(dpr); // drawn 1:1 onto the frame
    return image;
}

int PresentationView::footerHeight() const
{
    return std::max(28, height() / 30);
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
    if (const ScreenDefinition *def = definition(code))
        parts << QStringLiteral("%1 %2").arg(code, def->title(m_fmt.lang()));
    parts << tr("Screen %1/%2").arg(m_index + 1).arg(m_playlist.size());
    const auto data = m_data.constFind(code);
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
    const QImage image = m_frames.value(currentScreen());
    if (!image.isNull()) {
        p.drawImage(frame.topLeft(), image);
    } else {
        p.fillRect(frame, m_theme.window);
        p.setPen(m_theme.muted);
        p.setFont(uiFont(textSize::figure));
        p.drawText(frame, Qt::AlignCenter,
                   m_playlist.isEmpty() ? tr("The playlist is empty.")
                                        : tr("Loading %1…").arg(currentScreen()));
    }
    // the footer: discreet, one line
    const QRect footer(0, frame.bottom() + 1, width(), height() - frame.height());
    p.fillRect(footer, m_theme.window);
    p.setPen(m_theme.border);
    p.drawLine(footer.topLeft(), footer.topRight());
    QFont f = uiFont(textSize::control);
    f.setPixelSize(std::max(12, footer.height() * 11 / 20));
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
    if (m_playlist.isEmpty()) {
        m_index = 0;
        update();
        return;
    }
    m_index = (index % m_playlist.size() + m_playlist.size()) % m_playlist.size();
    ensureFrame(currentScreen());
    update();
    emit switched(m_index);
    restartTimer();
    // the next frame, rendered while this one is on show
    QTimer::singleShot(0, this, &PresentationView::prepareNext);
}

void PresentationView::prepareNext()
{
    if (m_playlist.size() >= 2)
        ensureFrame(m_playlist.value((m_index + 1) % m_playlist.size()));
}

void PresentationView::restartTimer()
{
    m_timer.stop();
    if (m_interval > 0 && !m_paused && !m_blank && m_playlist.size() > 1)
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
