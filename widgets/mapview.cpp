#include "mapview.h"

#include "statusbadge.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

// wards dotted, communes solid, special zones in long dashes; emphasis 1 hovered, 2 chosen.
// Unemphasised outlines stay at most 1 px wide: the raster engine draws those directly, while a
// wider dashed pen is cut into a polygon per dash (Cát Hải's coast alone cost 11 ms a repaint).
QPen unitOutline(EntityKind kind, const QColor &colour, int emphasis)
{
    QPen pen(colour);
    pen.setCosmetic(true);
    switch (kind) {
    case EntityKind::Ward:
        pen.setWidthF(0.8);
        pen.setStyle(Qt::DotLine);
        break;
    case EntityKind::SpecialZone:
        pen.setWidthF(1);
        pen.setDashPattern({6, 3});
        break;
    default:
        pen.setWidthF(0.8);
        break;
    }
    if (emphasis > 0) {
        pen.setWidthF(emphasis == 2 ? 3.2 : 2.2);
        pen.setStyle(Qt::SolidLine);
    }
    return pen;
}

} // namespace

// One unit: its fill (a class colour, or hatched for no data) and an outline whose style
// tells wards, communes and special zones apart.
class MapUnitItem : public QGraphicsPathItem
{
public:
    MapUnitItem(const MapGeometry::Unit &unit)
        : QGraphicsPathItem(unit.path)
        , m_kind(unit.kind)
        , m_bounds(unit.path.boundingRect())
    {
        setZValue(zFor(false));
        // rasterised once per look and zoom: hover, tooltips and expose repaint from the cache
        setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    }

    void setLook(const QColor &fill, bool hatched, const Theme &theme)
    {
        m_fill = fill;
        m_hatched = hatched;
        m_hatch = theme.muted;
        m_line = theme.mapBoundary;
        update();
    }
    void setEmphasis(int level) // 0 none, 1 hovered, 2 highlighted
    {
        if (m_emphasis == level)
            return;
        m_emphasis = level;
        setZValue(zFor(level > 0));
        update();
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        // The fill aliased, then its edge smoothed by a 1 px antialiased line in the fill's own
        // colour, then the outline: the look of an antialiased fill at two thirds of the cost.
        p->setRenderHint(QPainter::Antialiasing, false);
        p->fillPath(path(), m_fill);
        if (m_hatched)
            p->fillPath(
                path(),
                QBrush(m_hatch, Qt::BDiagPattern)); // in device space: stays fine when zoomed
        p->setRenderHint(QPainter::Antialiasing, true);
        QPen edge(m_fill, 1);
        edge.setCosmetic(true);
        p->strokePath(path(), edge);
        p->strokePath(path(), unitOutline(m_kind, m_line, m_emphasis));
    }
    // the path's box and room for the widest outline, which is cosmetic: so many km as 2 px at
    // the view's scale (a fixed margin in km made every cached bitmap far larger than its unit)
    QRectF boundingRect() const override { return m_bounds.adjusted(-m_pad, -m_pad, m_pad, m_pad); }
    void setPad(double km)
    {
        if (km == m_pad)
            return;
        prepareGeometryChange();
        m_pad = km;
    }

private:
    double zFor(bool emphasised) const
    {
        const double base = m_kind == EntityKind::Commune ? 1 : m_kind == EntityKind::Ward ? 2 : 3;
        return emphasised ? base + 10 : base;
    }
    EntityKind m_kind;
    QRectF m_bounds;
    double m_pad = 0.5;
    QColor m_fill;
    QColor m_hatch;
    QColor m_line;
    bool m_hatched = true;
    int m_emphasis = 0;
};

// A station (triangle) or a project (square), the same size at every zoom.
class MapPointItem : public QGraphicsItem
{
public:
    MapPointItem(const MapPoint &point)
        : m_point(point)
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(50);
    }
    const MapPoint &point() const { return m_point; }
    void setLook(const Theme &theme)
    {
        m_theme = theme;
        update();
    }
    void setEmphasis(bool on)
    {
        if (m_emphasis == on)
            return;
        m_emphasis = on;
        setZValue(on ? 60 : 50);
        update();
    }
    QRectF boundingRect() const override { return QRectF(-12, -12, 24, 24); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const bool judged = m_point.figure.indicator && m_point.figure.value;
        const Status s = m_point.figure.status.effective();
        const QColor fill = judged ? m_theme.status(s) : m_theme.accent;
        p->setRenderHint(QPainter::Antialiasing);
        if (m_emphasis) { // a ring in the text colour around the picked-out symbol
            p->setPen(QPen(m_theme.text, 2.5));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QPointF(0, 0), 10.5, 10.5);
        }
        p->setPen(QPen(m_theme.surface, 1.5));
        p->setBrush(fill);
        if (m_point.kind == EntityKind::Station) {
            const QPointF tri[3] = {{0, -7}, {6.5, 5}, {-6.5, 5}};
            p->drawPolygon(tri, 3);
        } else {
            p->drawRect(QRectF(-5, -5, 10, 10));
        }
    }

private:
    MapPoint m_point;
    Theme m_theme = Theme::light();
    bool m_emphasis = false;
};

MapView::MapView(const MapGeometry &geometry, const EntityRegistry &entities, QWidget *parent)
    : QGraphicsView(parent)
    , m_geometry(geometry)
    , m_entities(entities)
{
    auto *scene = new QGraphicsScene(this);
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter); // keys zoom about the middle
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 150);
    for (const MapGeometry::Unit &u : geometry.units()) {
        auto *item = new MapUnitItem(u);
        scene->addItem(item);
        m_items.insert(u.code, item);
    }
    if (geometry.insetRect().isValid()) {
        m_insetFrame = scene->addRect(geometry.insetRect());
        m_insetFrame->setZValue(0.5);
    }
    // room to pan beyond the city when zoomed in, and for the legend's room beside or above it
    // when fitted (a view cannot centre on a rect that reaches past its scene)
    const QRectF city = geometry.cityRect();
    scene->setSceneRect(
        city.adjusted(-2 * city.width(), -2 * city.height(), 2 * city.width(), 2 * city.height()));
    setLook(m_fmt, m_theme);
}

MapView::~MapView() = default;

void MapView::setLook(const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    setBackgroundBrush(theme.mapSea);
    if (m_insetFrame) {
        QPen pen(theme.muted, 1, Qt::DashLine);
        pen.setCosmetic(true);
        m_insetFrame->setPen(pen);
        m_insetFrame->setBrush(Qt::NoBrush);
    }
    for (MapPointItem *p : std::as_const(m_points))
        p->setLook(theme);
    recolor();
    layoutLabels();
}

void MapView::setFigures(const Indicator *indicator, const QVector<Figure> &figures)
{
    m_indicator = indicator;
    m_figures.clear();
    for (const Figure &f : figures) {
        if (m_items.contains(f.entity))
            m_figures.insert(f.entity, f);
    }
    if (m_shading == Shading::VsPlan && (!indicator || !indicator->hasPlan))
        m_shading = Shading::Value;
    recolor();
}

void MapView::setClassification(ClassBreaks::Method method, int classes)
{
    m_method = method;
    m_classes = std::clamp(classes, 5, 7);
    recolor();
}

void MapView::setShading(Shading shading)
{
    m_shading = shading;
    recolor();
}

double MapView::shadedValue(const Figure &f) const
{
    if (!f.value)
        return std::nan("");
    if (m_shading == Shading::VsPlan) {
        const auto pct = f.pctOfPlan();
        return pct ? *pct - 100 : std::nan("");
    }
    return *f.value;
}

QColor MapView::noDataFill() const
{
    return m_theme.mapNoData;
}

void MapView::recolor()
{
    QVector<double> values;
    values.reserve(m_figures.size());
    for (const Figure &f : std::as_const(m_figures))
        values << shadedValue(f);
    m_integral = m_shading == Shading::Value && !values.isEmpty()
                 && std::all_of(values.cbegin(), values.cend(),
                                [](double v) { return !std::isfinite(v) || v == std::floor(v); });
    if (m_shading == Shading::VsPlan) {
        const int odd = m_classes % 2 ? m_classes : m_classes - 1; // the plan in the middle class
        m_breaks = ClassBreaks::diverging(values, 0, odd);
        m_colours = Theme::diverging(m_breaks.count());
        // below plan is bad for an indicator that should rise, good for one that should fall
        if (m_indicator && m_indicator->direction == Direction::Down)
            std::reverse(m_colours.begin(), m_colours.end());
    } else {
        m_breaks = ClassBreaks::make(m_method, values, m_classes);
        // counts with many equal values (most communes 0 or 1) leave quantiles with too few
        // classes to tell anything apart: equal intervals then
        if (m_method == ClassBreaks::Method::Quantile && m_breaks.count() < 3) {
            const ClassBreaks equal = ClassBreaks::equalInterval(values, m_classes);
            if (equal.count() > m_breaks.count())
                m_breaks = equal;
        }
        m_colours = m_theme.mapClasses(m_breaks.count());
    }
    const QColor none = noDataFill();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto f = m_figures.constFind(it.key());
        const int c = f == m_figures.cend() ? -1 : m_breaks.classOf(shadedValue(*f));
        if (c < 0 || c >= m_colours.size())
            it.value()->setLook(none, true, m_theme);
        else
            it.value()->setLook(m_colours.at(c), false, m_theme);
    }
    // fitted again only if the legend grew over the city: switching indicators keeps the map still
    if (layoutLegend() && !m_userZoomed
        && QRectF(mapFromScene(m_geometry.cityRect()).boundingRect()).intersects(m_legendRect))
        fitCity();
    viewport()->update();
}

void MapView::setPoints(const QVector<MapPoint> &points)
{
    qDeleteAll(m_points);
    m_points.clear();
    for (const MapPoint &p : points) {
        if (!p.coordinate.isValid())
            continue;
        auto *item = new MapPointItem(p);
        item->setPos(m_geometry.toScene(p.coordinate));
        item->setLook(m_theme);
        scene()->addItem(item);
        m_points << item;
    }
    setHighlighted(m_highlighted);
}

void MapView::setItemCaching(bool on)
{
    for (MapUnitItem *item : std::as_const(m_items))
        item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void MapView::setHighlighted(const QString &code)
{
    if (MapUnitItem *old = m_items.value(m_highlighted))
        old->setEmphasis(m_highlighted == m_hovered ? 1 : 0);
    m_highlighted = code;
    MapUnitItem *unit = m_items.value(code);
    if (unit)
        unit->setEmphasis(2);
    bool drawn = unit != nullptr;
    for (MapPointItem *p : std::as_const(m_points)) {
        const bool picked = !code.isEmpty() && p->point().code == code;
        p->setEmphasis(picked);
        drawn = drawn || picked;
    }
    // The rest faded, the picked one at full strength. Opacity is applied when an item's
    // cached bitmap is drawn: no unit is rasterised again.
    const qreal faded = drawn ? 0.35 : 1.0;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setOpacity(it.value() == unit ? 1.0 : faded);
    for (MapPointItem *p : std::as_const(m_points))
        p->setOpacity(p->point().code == code ? 1.0 : faded);
}

bool MapView::isDimmed(const QString &code) const
{
    if (const MapUnitItem *item = m_items.value(code))
        return item->opacity() < 1.0;
    for (const MapPointItem *p : m_points) {
        if (p->point().code == code)
            return p->opacity() < 1.0;
    }
    return false;
}

void MapView::setHovered(const QString &code)
{
    if (code == m_hovered)
        return;
    if (MapUnitItem *old = m_items.value(m_hovered))
        old->setEmphasis(m_hovered == m_highlighted ? 2 : 0);
    m_hovered = code;
    if (MapUnitItem *item = m_items.value(code); item && code != m_highlighted)
        item->setEmphasis(1);
    setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

QString MapView::unitAt(const QPoint &viewportPos) const
{
    return m_geometry.unitAt(mapToScene(viewportPos));
}

QString MapView::pointAt(const QPoint &viewportPos) const
{
    for (const MapPointItem *p : m_points) {
        if (QLineF(mapFromScene(p->pos()), viewportPos).length() <= 8)
            return p->point().code;
    }
    return {};
}

QColor MapView::fillOf(const QString &code) const
{
    const auto f = m_figures.constFind(code);
    const int c = f == m_figures.cend() ? -1 : m_breaks.classOf(shadedValue(*f));
    return c >= 0 && c < m_colours.size() ? m_colours.at(c) : QColor();
}

bool MapView::hasData(const QString &code) const
{
    return fillOf(code).isValid();
}

QStringList MapView::visibleLabels() const
{
    QStringList out;
    for (const Label &l : m_labels)
        out << l.text;
    return out;
}

QPoint MapView::viewportPosOf(const QString &code) const
{
    const MapGeometry::Unit *u = m_geometry.find(code);
    return u ? mapFromScene(u->labelPoint) : QPoint();
}

QString MapView::kindText(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Ward:
        return tr("ward");
    case EntityKind::Commune:
        return tr("commune");
    case EntityKind::SpecialZone:
        return tr("special zone");
    case EntityKind::Station:
        return tr("station");
    case EntityKind::Project:
        return tr("project");
    default:
        return {};
    }
}

QString MapView::toolTipFor(const QString &code) const
{
    const Entity *e = m_entities.find(code);
    if (!e)
        return {};
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)")
                 .arg(e->name(m_fmt.lang()).toHtmlEscaped(), kindText(e->kind));
    const Figure *f = nullptr;
    const auto it = m_figures.constFind(code);
    if (it != m_figures.cend())
        f = &*it;
    for (const MapPointItem *p : m_points) {
        if (p->point().code == code && p->point().figure.indicator)
            f = &p->point().figure;
    }
    if (f && f->indicator) {
        lines << f->indicator->name(m_fmt.lang()).toHtmlEscaped();
        if (f->value) {
            lines << m_fmt.value(*f->indicator, *f->value).toHtmlEscaped();
            const QString verdict = m_fmt.verdictText(*f);
            if (!verdict.isEmpty())
                lines << verdict.toHtmlEscaped();
        } else {
            lines << m_fmt.statusText(Status::NoData).toHtmlEscaped();
        }
        if (f->asOf.isValid())
            lines << tr("As of %1").arg(m_fmt.dateTime(f->asOf));
    } else if (m_indicator && e->isCommuneLevel()) {
        lines << m_indicator->name(m_fmt.lang()).toHtmlEscaped()
              << m_fmt.statusText(Status::NoData);
    }
    if (!e->isCommuneLevel())
        lines << tr("Position approximate");
    return lines.join(QStringLiteral("<br>"));
}

void MapView::fitCity()
{
    m_userZoomed = false;
    const QRectF city = m_geometry.cityRect();
    if (city.isValid()) {
        // The city beside the legend or below it, never under it: room on the right as wide as
        // the legend, or above as tall as it, whichever leaves the city larger (a tall panel
        // has room above, a wide one beside).
        const QSizeF view(std::max(1, viewport()->width()), std::max(1, viewport()->height()));
        const QSizeF legend = m_legendRect.size(); // laid out since construction (layoutLegend)
        const QRectF city2 = city.adjusted(-city.width() * 0.02, -city.height() * 0.02,
                                           city.width() * 0.02, city.height() * 0.02);
        // a side on which the legend would take more than 60 % of the view is no choice
        const double shareW = (legend.width() + 16) / view.width(),
                     shareH = (legend.height() + 16) / view.height();
        QRectF beside = city2;
        beside.setWidth(city2.width() / (1 - std::min(shareW, 0.6)));
        QRectF below = city2;
        below.setTop(city2.bottom() - city2.height() / (1 - std::min(shareH, 0.6)));
        const auto scaleOf = [&](const QRectF &r) {
            return std::min(view.width() / r.width(), view.height() / r.height());
        };
        const bool useBelow = shareH <= 0.6 && (shareW > 0.6 || scaleOf(below) > scaleOf(beside));
        fitInView(useBelow ? below : beside, Qt::KeepAspectRatio);
    }
    scaleChanged();
}

void MapView::zoomBy(double factor)
{
    // no further out than the whole city, no further in than a few hundred metres a screen
    const double current = transform().m11();
    const QRectF city = m_geometry.cityRect();
    const double fit = city.isValid() ? std::min(viewport()->width() / city.width(),
                                                 viewport()->height() / city.height())
                                      : 1;
    const double target = std::clamp(current * factor, fit * 0.8, fit * 40);
    if (target <= fit * 0.8 + 1e-9 && factor < 1) {
        fitCity();
        return;
    }
    scale(target / current, target / current);
    m_userZoomed = true;
    scaleChanged();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    layoutLegend();
    if (!m_userZoomed)
        fitCity();
    else
        layoutLabels();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        // the wheel zooms about the point under the pointer
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        zoomBy(std::pow(1.25, steps));
        setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    }
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const int pan = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitCity();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_items.contains(m_highlighted))
            emit unitActivated(m_highlighted);
        else if (!m_highlighted.isEmpty())
            emit pointActivated(m_highlighted);
        else {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        break;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - pan);
        break;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + pan);
        break;
    case Qt::Key_Up:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - pan);
        break;
    case Qt::Key_Down:
        verticalScrollBar()->setValue(verticalScrollBar()->value() + pan);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastDragPos = event->position().toPoint();
        m_dragging = false;
    }
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            const QPoint d = pos - m_lastDragPos;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
            m_lastDragPos = pos;
            m_userZoomed = true;
            setCursor(Qt::ClosedHandCursor);
        }
    } else {
        setHovered(pointAt(pos).isEmpty() ? unitAt(pos) : QString());
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_dragging) {
        const QPoint pos = event->position().toPoint();
        const QString point = pointAt(pos);
        emit unitSelected(point.isEmpty() ? unitAt(pos) : point);
    }
    if (m_dragging)
        setCursor(Qt::ArrowCursor);
    m_dragging = false;
    event->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        if (const QString point = pointAt(pos); !point.isEmpty())
            emit pointActivated(point);
        else if (const QString unit = unitAt(pos); !unit.isEmpty())
            emit unitActivated(unit);
    }
    event->accept();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    QString code = pointAt(event->pos());
    if (code.isEmpty())
        code = unitAt(event->pos());
    const Entity *e = m_entities.find(code);
    QMenu menu(this);
    if (e)
        menu.addAction(tr("Show every screen for %1").arg(e->name(m_fmt.lang())), this,
                       [this, code] { emit placeWanted(code); });
    menu.addAction(tr("Show every screen for the whole city"), this,
                   [this] { emit placeWanted(QString()); });
    menu.exec(event->globalPos());
}

void MapView::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QGraphicsView::leaveEvent(event);
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString code = pointAt(help->pos());
        if (code.isEmpty())
            code = unitAt(help->pos());
        if (code.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipFor(code), viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    layoutLabels();
}

void MapView::scaleChanged()
{
    const double pad = 2.0 / std::max(1e-9, transform().m11());
    for (MapUnitItem *item : std::as_const(m_items))
        item->setPad(pad);
    layoutLabels();
}

void MapView::layoutLabels()
{
    // Largest units first; a label shows when its unit's largest polygon has room for it on
    // screen and it overlaps no label already placed.
    m_labels.clear();
    const QFontMetricsF fm(uiFont(textSize::caption));
    QVector<const MapGeometry::Unit *> order;
    for (const MapGeometry::Unit &u : m_geometry.units())
        order << &u;
    std::sort(order.begin(), order.end(),
              [](const MapGeometry::Unit *a, const MapGeometry::Unit *b) {
                  return a->labelBounds.width() * a->labelBounds.height()
                         > b->labelBounds.width() * b->labelBounds.height();
              });
    const QRectF view = viewport()->rect();
    for (const MapGeometry::Unit *u : std::as_const(order)) {
        const QRectF room = mapFromScene(u->labelBounds).boundingRect();
        const QSizeF text(fm.horizontalAdvance(u->name) + 4, fm.height());
        if (room.width() < text.width() || room.height() < text.height() * 1.4)
            continue;
        const QPointF at = mapFromScene(u->labelPoint);
        const QRectF box(at.x() - text.width() / 2, at.y() - text.height() / 2, text.width(),
                         text.height());
        if (!view.contains(box) || m_legendRect.intersects(box))
            continue;
        const bool overlaps = std::any_of(m_labels.cbegin(), m_labels.cend(), [&](const Label &l) {
            return l.box.adjusted(-2, -1, 2, 1).intersects(box);
        });
        if (!overlaps)
            m_labels << Label{u->name, at, box};
    }
    // the labels with a halo that reads over any fill, drawn once here rather than at each paint
    const qreal dpr = viewport()->devicePixelRatioF();
    m_labelLayer = QImage(viewport()->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_labelLayer.setDevicePixelRatio(dpr);
    m_labelLayer.fill(Qt::transparent);
    QPainter p(&m_labelLayer);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(uiFont(textSize::caption));
    const QColor halo = m_theme.mapLabelHalo;
    for (const Label &l : std::as_const(m_labels)) {
        p.setPen(halo);
        for (const QPointF &d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
            p.drawText(l.box.translated(d), Qt::AlignCenter, l.text);
        p.setPen(m_theme.mapLabel);
        p.drawText(l.box, Qt::AlignCenter, l.text);
    }
    p.end();
    viewport()->update();
}

QStringList MapView::legendClasses() const
{
    QStringList out;
    for (int i = 0; i < m_breaks.count(); ++i)
        out << classLabel(i);
    return out;
}

QString MapView::classLabel(int i) const
{
    if (i < 0 || i >= m_breaks.count())
        return {};
    const double lo = m_breaks.bounds.value(i);
    const double hi = m_breaks.bounds.value(i + 1, lo);
    if (m_shading == Shading::VsPlan)
        return tr("%1 to %2 vs plan")
            .arg(m_fmt.signedChange(lo, true), m_fmt.signedChange(hi, true));
    if (!m_indicator)
        return {};
    if (m_breaks.bounds.size() == 1)
        return m_fmt.value(*m_indicator, lo, true);
    // whole counts: a class holds lo up to the next bound less one ("0", "1", "3 – 4")
    const bool last = i == m_breaks.count() - 1;
    const double top = m_integral && !last ? hi - 1 : hi;
    if (m_integral && top <= lo)
        return m_fmt.value(*m_indicator, lo, true);
    return QStringLiteral("%1 – %2").arg(m_fmt.valueOnly(*m_indicator, lo, true),
                                         m_fmt.value(*m_indicator, top, true));
}

bool MapView::layoutLegend()
{
    // Laid out with the classes rather than at paint time, so that the city can be fitted
    // beside or below the legend's real size before the first paint.
    const QSizeF before = m_legendRect.size();
    const QFontMetricsF tfm(uiFont(textSize::small, QFont::DemiBold)),
        sfm(uiFont(textSize::caption));
    m_legend.rows = legendClasses();
    m_legend.rows << m_fmt.statusText(Status::NoData);
    QString title = m_indicator ? m_indicator->name(m_fmt.lang()) : QString();
    if (m_shading == Shading::VsPlan)
        title = tr("%1: % of plan").arg(title);
    const double swatch = 14;
    m_legend.rowH = std::max(sfm.height(), swatch) + 3;
    double textW = 0;
    for (const QString &r : std::as_const(m_legend.rows))
        textW = std::max(textW, sfm.horizontalAdvance(r));
    double kindsW = 0;
    for (const QString &k : {tr("ward"), tr("commune"), tr("special zone")})
        kindsW += 26 + sfm.horizontalAdvance(k) + 8;
    const double width = std::min<double>(viewport()->width() * 0.45,
                                          std::max({textW + swatch + 24, kindsW + 12, 180.0}));
    m_legend.title = tfm.elidedText(title, Qt::ElideRight, width - 16);
    // the outline styles only where they fit whole (a small map panel leaves them out)
    m_legend.showKinds = kindsW + 12 <= width;
    const double height = 8 + tfm.height() + 4 + m_legend.rowH * m_legend.rows.size()
                          + (m_legend.showKinds ? 4 + m_legend.rowH : 0) + 6;
    m_legendRect = QRectF(viewport()->width() - width - 8, 8, width, height);
    return m_legendRect.size() != before;
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // labels (drawn once per layout, with their halo, into a layer)
    if (!m_labelLayer.isNull())
        painter->drawImage(QPointF(0, 0), m_labelLayer);

    // the inset's caption, above its box
    if (m_insetFrame) {
        const QRectF inset = mapFromScene(m_geometry.insetRect()).boundingRect();
        painter->setFont(uiFont(textSize::micro));
        painter->setPen(m_theme.muted);
        // right-aligned over the box; where the whole caption would run off the view, the short one
        const QString scale = m_fmt.number(std::round(m_geometry.insetScale()), 0);
        QString caption = tr("Bạch Long Vĩ, ×%1 (117 km offshore)").arg(scale);
        const QFontMetricsF fm(painter->font());
        if (fm.horizontalAdvance(caption) > inset.right() - 4)
            caption = tr("Bạch Long Vĩ ×%1").arg(scale);
        const double w = fm.horizontalAdvance(caption) + 2;
        painter->drawText(QRectF(inset.right() - w, inset.top() - 18, w, 16),
                          Qt::AlignRight | Qt::AlignBottom, caption);
    }

    // the legend (laid out by layoutLegend): the indicator, its classes, no data, the outline
    // styles
    const QFont titleFont = uiFont(textSize::small, QFont::DemiBold);
    const QFont small = uiFont(textSize::caption);
    const QFontMetricsF tfm(titleFont), sfm(small);
    const QStringList &rows = m_legend.rows;
    const double swatch = 14, rowH = m_legend.rowH, width = m_legendRect.width();
    QColor panel = m_theme.surface;
    panel.setAlpha(235);
    painter->setPen(QPen(m_theme.border, 1));
    painter->setBrush(panel);
    painter->drawRoundedRect(m_legendRect, 6, 6);
    double y = m_legendRect.top() + 8;
    const double x = m_legendRect.left() + 8;
    painter->setFont(titleFont);
    painter->setPen(m_theme.text);
    painter->drawText(QRectF(x, y, width - 16, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      m_legend.title);
    y += tfm.height() + 4;
    painter->setFont(small);
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF sw(x, y + (rowH - swatch) / 2, swatch, swatch);
        const bool noData = i == rows.size() - 1;
        painter->setPen(QPen(m_theme.muted, 0.8));
        painter->setBrush(noData ? noDataFill() : m_colours.value(i));
        painter->drawRect(sw);
        if (noData) {
            painter->setBrush(QBrush(m_theme.muted, Qt::BDiagPattern));
            painter->drawRect(sw);
        }
        painter->setPen(m_theme.text);
        painter->drawText(QRectF(sw.right() + 6, y, width - swatch - 22, rowH),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(rows.at(i), Qt::ElideRight, width - swatch - 22));
        y += rowH;
    }
    // outline styles
    if (!m_legend.showKinds) {
        painter->restore();
        return;
    }
    y += 4;
    double kx = x;
    const EntityKind kindOrder[] = {EntityKind::Ward, EntityKind::Commune, EntityKind::SpecialZone};
    const QStringList kinds{tr("ward"), tr("commune"), tr("special zone")};
    for (int i = 0; i < 3; ++i) {
        painter->setPen(unitOutline(kindOrder[i], m_theme.text, 0));
        painter->drawLine(QPointF(kx, y + rowH / 2), QPointF(kx + 20, y + rowH / 2));
        painter->setPen(m_theme.text);
        const double w = sfm.horizontalAdvance(kinds.at(i));
        painter->drawText(QRectF(kx + 24, y, w + 2, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                          kinds.at(i));
        kx += 26 + w + 8;
    }
    painter->restore();
}

} // namespace ioc
