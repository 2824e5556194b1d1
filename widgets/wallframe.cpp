#include "wallframe.h"

#include "camerawall.h"

#include "staticmap.h"

#include "briefingpack.h"
#include "classbreaks.h"
#include "printchart.h"

#include <QPainter>

#include <cmath>

namespace ioc {

namespace {

// Text sizes, in text units (1/50 of the frame's height)
constexpr qreal kTitle = 2.0;    // the screen's title
constexpr qreal kHeading = 1.3;  // a tile's or a panel's name
constexpr qreal kBody = 1.15;    // list rows, status words
constexpr qreal kSmall = 1.0;    // comparisons, "as of", the legend: the smallest text
constexpr qreal kUnitText = 1.4; // the unit beside a big figure
constexpr int kMapClasses = 5;

QFont pixelFont(int pixels, bool bold)
{
    QFont f = uiFont(textSize::body, bold ? QFont::Bold : QFont::Normal);
    f.setPixelSize(pixels);
    return f;
}

} // namespace

struct WallFrame::Canvas
{
    QPainter &p;
    qreal u;
    QVector<WallText> *texts;
};

QVector<WallStop> WallFrame::stops(const ScreenDefinition &def)
{
    QVector<WallStop> out;
    for (int i = 0; i < def.indicators.size(); i += kMaxTiles) {
        WallStop s;
        s.screen = def.code;
        for (int t = i; t < std::min<int>(i + kMaxTiles, int(def.indicators.size())); ++t)
            s.tiles << t;
        out << s;
    }
    WallStop pair;
    auto flush = [&] {
        if (!pair.panels.isEmpty())
            out << pair;
        pair = WallStop{def.code, WallStop::Kind::Panels, 1, 1, {}, {}};
    };
    flush();
    for (int i = 0; i < def.panels.size(); ++i) {
        const ScreenPanel &p = def.panels.at(i);
        if (p.kind == ScreenPanel::Kind::Tiles)
            continue;
        if (p.kind == ScreenPanel::Kind::Map) {
            out << WallStop{def.code, WallStop::Kind::Map, 1, 1, {}, {i}};
            continue;
        }
        if (p.span > 1)
            flush();
        pair.panels << i;
        if (pair.panels.size() == 2 || p.span > 1)
            flush();
    }
    flush();
    for (int i = 0; i < out.size(); ++i) {
        out[i].part = i + 1;
        out[i].parts = int(out.size());
    }
    return out;
}

WallFrame::WallFrame(const EntityRegistry &entities, const MapGeometry *geometry,
                     const Formatter &fmt, const Theme &theme, bool demo)
    : m_entities(entities)
    , m_geometry(geometry)
    , m_fmt(fmt)
    , m_theme(theme)
    , m_demo(demo)
{}

QColor WallFrame::statusColour(const Figure &f) const
{
    return m_theme.status(f.value ? f.status.effective() : Status::NoData);
}

// Draws a text in a box at `size` text units (never less than one): wrapped when the flags say
// so, and when it would not fit, shortened at a word with "…" rather than cut by the box.
QRectF WallFrame::text(Canvas &c, const QRectF &box, const QString &text, qreal size, int flags,
                       const QColor &colour, bool bold, bool figure) const
{
    if (text.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return {box.topLeft(), QSizeF(0, 0)};
    int pixels = int(std::ceil(std::max<qreal>(size, 1.0) * c.u));
    // a big figure gives up size (never under three text units) before a digit
    const int least = figure ? int(std::ceil(3.0 * c.u)) : pixels;
    QString shown = text;
    QRectF need;
    for (;; --pixels) {
        need = QFontMetricsF(pixelFont(pixels, bold), c.p.device()).boundingRect(box, flags, shown);
        if (pixels <= least
            || (need.height() <= box.height() + 0.5 && need.width() <= box.width() + 0.5))
            break;
    }
    const QFont font = pixelFont(pixels, bold);
    const QFontMetricsF fm(font, c.p.device());
    while ((need.height() > box.height() + 0.5 || need.width() > box.width() + 0.5)
           && shown.size() > 1) {
        const qsizetype cut = shown.lastIndexOf(QLatin1Char(' '), shown.size() - 3);
        shown = (cut > 0 ? shown.left(cut) : shown.left(shown.size() - 2)) + QStringLiteral("…");
        need = fm.boundingRect(box, flags, shown);
    }
    c.p.setFont(font);
    c.p.setPen(colour);
    c.p.drawText(box, flags, shown);
    if (c.texts)
        *c.texts << WallText{need, pixels, shown, figure};
    return need;
}

void WallFrame::header(Canvas &c, const QRectF &area, const ScreenDefinition &def,
                       const WallStop &stop, const ScreenData &data) const
{
    QString title = def.code + QStringLiteral("  ") + def.title(m_fmt.lang());
    if (stop.parts > 1)
        title += QStringLiteral("  (%1/%2)").arg(stop.part).arg(stop.parts);
    const QString asOf = tr("Figures as of %1").arg(m_fmt.date(data.selection.asOf));
    const qreal asOfWidth = area.width() * 0.3;
    text(c, QRectF(area.left(), area.top(), area.width() - asOfWidth - c.u, area.height()), title,
         kTitle, Qt::AlignLeft | Qt::AlignVCenter, m_theme.text, true);
    QRectF right(area.right() - asOfWidth, area.top(), asOfWidth, area.height());
    if (m_demo) {
        const QRectF badge(right.left(), right.top(), right.width(), area.height() / 2);
        text(c, badge, tr("DEMO DATA"), kSmall, Qt::AlignRight | Qt::AlignVCenter,
             m_theme.demoBadge, true);
        right.setTop(badge.bottom());
    }
    // a place filter's view names its place there, in the text colour (the footer gives the
    // date the figures run to)
    if (const Entity *place = m_entities.find(data.place))
        text(c, right, place->name(m_fmt.lang()), kSmall + 0.2, Qt::AlignRight | Qt::AlignVCenter,
             m_theme.text, true);
    else
        text(c, right, asOf, kSmall + 0.2, Qt::AlignRight | Qt::AlignVCenter, m_theme.muted);
}

void WallFrame::tile(Canvas &c, const QRectF &area, const Figure &f, bool notAtPlace) const
{
    QPainter &p = c.p;
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.surface);
    p.drawRoundedRect(area, c.u * 0.4, c.u * 0.4);
    p.setBrush(statusColour(f));
    p.drawRect(QRectF(area.left(), area.top(), c.u * 0.35, area.height()));
    const QRectF in = area.adjusted(c.u * 1.1, c.u * 0.8, -c.u * 0.9, -c.u * 0.7);
    qreal y = in.top();
    const QRectF name = text(c, QRectF(in.left(), y, in.width(), c.u * kHeading * 3.6),
                             f.indicator->name(m_fmt.lang()), kHeading,
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.text, true);
    y = name.bottom() + c.u * 0.6;
    if (!f.value) {
        // why there is none, on two lines rather than cut: read whole at the back of the room
        const QRectF none
            = text(c, QRectF(in.left(), y, in.width(), c.u * kHeading * 2.6),
                   m_fmt.noFigureText(*f.indicator, notAtPlace), kHeading,
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.muted, true);
        if (f.latestValue)
            text(c, QRectF(in.left(), none.bottom() + c.u * 0.4, in.width(), c.u * 2.6),
                 tr("Latest: %1 (%2)")
                     .arg(m_fmt.value(*f.indicator, *f.latestValue),
                          m_fmt.periodLabel(f.latestPeriod)),
                 kSmall, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.muted);
        return;
    }
    // the big figure, its unit beside it when there is room, under it when there is not
    // a very large amount in millions, the scale said with the unit: "128,96" "triệu m²"
    const bool millions = std::fabs(*f.value) >= 10e6 && f.indicator->unit != Unit::BnVnd;
    const QString number
        = millions ? m_fmt.number(*f.value / 1e6, 2) : m_fmt.valueOnly(*f.indicator, *f.value);
    const QString unit = millions
                             ? tr("million %1").arg(m_fmt.unitLabel(f.indicator->unit)).trimmed()
                             : m_fmt.unitLabel(f.indicator->unit);
    const qreal figureHeight = c.u * kFigureScale * 1.25;
    const QRectF big = text(c, QRectF(in.left(), y, in.width(), figureHeight), number, kFigureScale,
                            Qt::AlignLeft | Qt::AlignBottom, m_theme.text, true, true);
    const QRectF besideUnit(big.right() + c.u * 0.4, y, in.right() - big.right() - c.u * 0.4,
                            figureHeight - c.u * 0.35);
    const QFontMetricsF unitMetrics(pixelFont(int(std::ceil(kUnitText * c.u)), false));
    if (!unit.isEmpty() && unitMetrics.horizontalAdvance(unit) <= besideUnit.width()) {
        text(c, besideUnit, unit, kUnitText, Qt::AlignLeft | Qt::AlignBottom, m_theme.muted);
        y += figureHeight;
    } else {
        y += figureHeight;
        if (!unit.isEmpty())
            y = text(c, QRectF(in.left(), y, in.width(), c.u * 2), unit, kUnitText,
                     Qt::AlignLeft | Qt::AlignTop, m_theme.muted)
                    .bottom();
    }
    y += c.u * 0.5;
    // the status as a dot and its word, then what it judged
    const qreal dot = c.u * 0.9;
    p.setBrush(statusColour(f));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(in.left(), y + (c.u * kBody * 1.2 - dot) / 2, dot, dot));
    const QRectF word
        = text(c, QRectF(in.left() + dot * 1.6, y, in.width() - dot * 1.6, c.u * 2),
               m_fmt.statusText(f.status), kBody, Qt::AlignLeft | Qt::AlignTop,
               statusColour(f).lighter(m_theme.name == QLatin1String("dark") ? 115 : 80), true);
    y = word.bottom() + c.u * 0.3;
    const QRectF asOfBox(in.left(), in.bottom() - c.u * 1.4, in.width(), c.u * 1.4);
    text(c, QRectF(in.left(), y, in.width(), asOfBox.top() - y), m_fmt.comparisonText(f), kSmall,
         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.text);
    text(c, asOfBox, tr("As of %1").arg(m_fmt.date(toCityTime(f.asOf).date())), kSmall,
         Qt::AlignLeft | Qt::AlignBottom, m_theme.muted);
}

void WallFrame::topList(Canvas &c, const QRectF &area, QVector<Figure> rows, Order order) const
{
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Figure &f) { return !f.value; }),
               rows.end());
    if (rows.isEmpty()) {
        text(c, area, tr("No figures by unit yet."), kBody, Qt::AlignLeft | Qt::AlignTop,
             m_theme.muted);
        return;
    }
    // worst first while any is in warning or worse; otherwise the best first or as given
    const bool alarm = std::any_of(rows.cbegin(), rows.cend(), [](const Figure &f) {
        return f.status.evaluated == Status::Warn || f.status.evaluated == Status::Critical;
    });
    const bool low = !rows.isEmpty() && rows.first().indicator->direction == Direction::Down;
    if (alarm)
        sortWorstFirst(&rows);
    else if (order == Order::WorstFirst)
        std::stable_sort(rows.begin(), rows.end(), [low](const Figure &a, const Figure &b) {
            return low ? *a.value < *b.value : *a.value > *b.value;
        });
    const qreal rowHeight = c.u * kBody * 1.75;
    const int fit = std::max(1, int((area.height() - rowHeight) / rowHeight));
    const int shown = std::min({int(rows.size()), kTopN, fit});
    const qreal valueWidth = area.width() * 0.3;
    const qreal dot = c.u * 0.8;
    for (int i = 0; i < shown; ++i) {
        const Figure &f = rows.at(i);
        const QRectF row(area.left(), area.top() + i * rowHeight, area.width(), rowHeight);
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(statusColour(f));
        c.p.drawEllipse(QRectF(row.left(), row.center().y() - dot / 2, dot, dot));
        text(c,
             QRectF(row.left() + dot * 1.7, row.top(), row.width() - valueWidth - dot * 2.2,
                    rowHeight),
             m_entities.nameOf(f.entity, m_fmt.lang()), kBody, Qt::AlignLeft | Qt::AlignVCenter,
             m_theme.text);
        text(c, QRectF(row.right() - valueWidth, row.top(), valueWidth, rowHeight),
             m_fmt.value(*f.indicator, *f.value), kBody, Qt::AlignRight | Qt::AlignVCenter,
             m_theme.text, true);
    }
    if (rows.size() > shown)
        text(c, QRectF(area.left(), area.top() + shown * rowHeight, area.width(), rowHeight),
             tr("+ %1 other units").arg(m_fmt.number(double(rows.size() - shown), 0)), kSmall,
             Qt::AlignLeft | Qt::AlignVCenter, m_theme.muted);
}

void WallFrame::composition(Canvas &c, const QRectF &area, const ScreenPanel &panel,
                            const ScreenData &data) const
{
    QVector<Figure> parts;
    const Figure *whole = nullptr;
    for (const Figure &f : data.figures) {
        if (f.indicator && f.indicator->code == panel.indicators.value(0))
            whole = &f;
        else if (f.indicator && panel.indicators.contains(f.indicator->code))
            parts << f;
    }
    if (!whole || !whole->value) {
        text(c, area, m_fmt.statusText(Status::NoData), kBody, Qt::AlignLeft | Qt::AlignTop,
             m_theme.muted);
        return;
    }
    const qreal rowHeight = c.u * kBody * 1.9;
    qreal y = area.top();
    double rest = *whole->value;
    auto row = [&](const QString &name, double value, const QColor &colour) {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(colour);
        c.p.drawRect(QRectF(area.left(), y + rowHeight * 0.25, c.u, rowHeight * 0.5));
        text(c, QRectF(area.left() + c.u * 1.6, y, area.width() * 0.55, rowHeight), name, kBody,
             Qt::AlignLeft | Qt::AlignVCenter, m_theme.text);
        text(c, QRectF(area.left() + area.width() * 0.55, y, area.width() * 0.45, rowHeight),
             m_fmt.value(*whole->indicator, value) + QStringLiteral("  ")
                 + m_fmt.percent(100.0 * value / *whole->value, 1),
             kBody, Qt::AlignRight | Qt::AlignVCenter, m_theme.text, true);
        y += rowHeight;
    };
    for (int i = 0; i < parts.size(); ++i) {
        if (!parts.at(i).value)
            continue;
        row(parts.at(i).indicator->name(m_fmt.lang()), *parts.at(i).value, m_theme.part(i));
        rest -= *parts.at(i).value;
    }
    row(panel.rest(m_fmt.lang()), rest, m_theme.part(int(parts.size())));
    text(c, QRectF(area.left(), y + c.u * 0.5, area.width(), rowHeight),
         tr("Total: %1").arg(m_fmt.value(*whole->indicator, *whole->value)), kBody,
         Qt::AlignLeft | Qt::AlignVCenter, m_theme.text, true);
}

void WallFrame::panel(Canvas &c, const QRectF &area, const ScreenPanel &panel,
                      const ScreenData &data) const
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(m_theme.surface);
    c.p.drawRoundedRect(area, c.u * 0.4, c.u * 0.4);
    const QRectF in = area.adjusted(c.u, c.u * 0.8, -c.u, -c.u * 0.8);
    // a place's view charts what the place has (ScreenData::charted)
    const QString code = panel.kind == ScreenPanel::Kind::Trend
                             ? data.charted(panel.indicators.value(0))
                             : panel.indicators.value(0);
    const Indicator *ind = nullptr;
    for (const Figure &f : data.figures) {
        if (f.indicator && f.indicator->code == code)
            ind = f.indicator;
    }
    QString title = !panel.title(m_fmt.lang()).isEmpty() ? panel.title(m_fmt.lang())
                    : ind                                ? ind->name(m_fmt.lang())
                                                         : code;
    if (panel.kind == ScreenPanel::Kind::Stations && panel.indicators.size() > 1)
        title = tr("Latest readings at the stations");
    const QRectF head
        = text(c, QRectF(in.left(), in.top(), in.width(), c.u * kHeading * 2.6), title, kHeading,
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.text, true);
    const QRectF body(in.left(), head.bottom() + c.u * 0.8, in.width(),
                      in.bottom() - head.bottom() - c.u * 0.8);
    switch (panel.kind) {
    case ScreenPanel::Kind::Trend: {
        if (!ind)
            break;
        const QFont labels = pixelFont(int(std::ceil(kSmall * c.u)), false);
        c.p.save();
        PrintChart::trend(c.p, body, *ind, data.trends.value(code), m_fmt, m_theme, c.u / 9,
                          labels);
        c.p.restore();
        if (c.texts) // the chart's labels, all in one font
            *c.texts << WallText{body, labels.pixelSize(), ind->code, false};
        break;
    }
    case ScreenPanel::Kind::Composition:
        composition(c, body, panel, data);
        break;
    case ScreenPanel::Kind::Cameras:
        cameras(c, body, data.cameras);
        break;
    case ScreenPanel::Kind::Stations: {
        QVector<Figure> readings;
        for (const QString &s : panel.indicators)
            readings += data.breakdowns.value(s);
        topList(c, body, readings, Order::AsGiven); // each station as listed, alarms first
        break;
    }
    default:
        topList(c, body, data.breakdowns.value(code), Order::WorstFirst);
        break;
    }
}

void WallFrame::cameras(Canvas &c, const QRectF &area, const CameraBoard &board) const
{
    if (board.cameras.isEmpty()) {
        text(c, area, tr("No traffic cameras yet: their list comes from the data server."), kBody,
             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.muted);
        return;
    }
    // three to a row, each as large as the rows let it be, the rows centred
    const int n = int(board.cameras.size());
    const int cols = std::min(3, n);
    const int rows = (n + cols - 1) / cols;
    const qreal gap = c.u * 1.2;
    const qreal textPx = c.u * kBody;
    const qreal caption = textPx * 3.3;
    const qreal h = (area.height() - gap * (rows - 1)) / rows;
    const qreal w = std::min((area.width() - gap * (cols - 1)) / cols, (h - caption) * 16 / 9);
    const qreal left = area.left() + (area.width() - (w * cols + gap * (cols - 1))) / 2;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < n; ++i) {
        const Camera &cam = board.cameras.at(i);
        const auto frame = board.frames.constFind(cam.id);
        const int row = i / cols;
        const QRectF tile(left + (i % cols) * (w + gap), area.top() + row * (h + gap), w,
                          w * 9 / 16 + caption);
        cameratiles::paint(c.p, tile, cam, frame == board.frames.cend() ? nullptr : &frame.value(),
                           m_fmt, m_theme, now, textPx);
        if (c.texts) // the captions, for the wall's legibility check
            *c.texts << WallText{tile.adjusted(0, w * 9 / 16, 0, 0), int(textPx * 0.92), cam.id,
                                 false};
    }
}

void WallFrame::map(Canvas &c, const QRectF &area, const ScreenPanel &panel,
                    const ScreenData &data) const
{
    const QString code = panel.indicators.value(0);
    QHash<QString, double> values;
    const Indicator *ind = nullptr;
    for (const Figure &f : data.breakdowns.value(code)) {
        ind = f.indicator;
        if (f.value)
            values.insert(f.entity, *f.value);
    }
    const QRectF mapArea(area.left(), area.top(), area.width() * 0.62, area.height());
    const QRectF side(mapArea.right() + c.u * 1.5, area.top(),
                      area.right() - mapArea.right() - c.u * 1.5, area.height());
    if (!m_geometry) {
        text(c, area, tr("The map cannot be drawn: %1").arg(m_mapProblem), kBody,
             Qt::TextWordWrap | Qt::AlignCenter, m_theme.muted);
        return;
    }
    if (!ind || values.isEmpty()) {
        text(c, area, tr("No figures by commune yet."), kBody, Qt::AlignCenter, m_theme.muted);
        return;
    }
    const ClassBreaks breaks = ClassBreaks::quantile(values.values(), kMapClasses);
    const QVector<QColor> colours = m_theme.mapClasses(std::max(1, breaks.count()));
    c.p.fillRect(mapArea, m_theme.mapSea);
    // every unit, Bạch Long Vĩ in its inset; a place's view outlines its place
    StaticMap map{*m_geometry,
                  {},
                  m_theme.mapNoData,
                  m_theme.mapBoundary,
                  c.u * 0.08,
                  m_theme.muted,
                  pixelFont(int(std::ceil(kSmall * c.u)), false),
                  data.place,
                  m_theme.text};
    for (auto v = values.cbegin(); v != values.cend(); ++v)
        map.fills.insert(v.key(), colours.at(breaks.classOf(v.value())));
    QString caption;
    const QRectF captionAt = map.paint(
        c.p, mapArea.adjusted(c.u * 0.5, c.u * 0.5, -c.u * 0.5, -c.u * 0.5), m_fmt, &caption);
    if (c.texts && !caption.isEmpty())
        *c.texts << WallText{captionAt, int(std::ceil(kSmall * c.u)), caption, false};
    // beside the map: what it shows, its classes, the units that matter most
    qreal y = text(c, QRectF(side.left(), side.top(), side.width(), c.u * kHeading * 3.8),
                   ind->name(m_fmt.lang()), kHeading,
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_theme.text, true)
                  .bottom()
              + c.u;
    const int decimals = unitDecimals(ind->unit);
    const QString unit = m_fmt.unitLabel(ind->unit);
    for (int k = 0; k <= breaks.count(); ++k) {
        const bool none = k == breaks.count();
        c.p.setPen(QPen(m_theme.border, c.u * 0.06));
        c.p.setBrush(none ? m_theme.mapNoData : colours.at(k));
        c.p.drawRect(QRectF(side.left(), y + c.u * 0.2, c.u * 1.6, c.u * 1.2));
        const QString range = none ? tr("No figure")
                                   : QStringLiteral("%1 – %2%3")
                                         .arg(m_fmt.number(breaks.bounds.at(k), decimals),
                                              m_fmt.number(breaks.bounds.at(k + 1), decimals),
                                              unit.isEmpty() || unit == QLatin1String("%")
                                                  ? unit
                                                  : QLatin1Char(' ') + unit);
        text(c, QRectF(side.left() + c.u * 2.3, y, side.width() - c.u * 2.3, c.u * 1.6), range,
             kSmall, Qt::AlignLeft | Qt::AlignVCenter, m_theme.text);
        y += c.u * 1.8;
    }
    y += c.u;
    topList(c, QRectF(side.left(), y, side.width(), side.bottom() - y), data.breakdowns.value(code),
            Order::WorstFirst);
}

void WallFrame::paint(QPainter &p, const QRect &frame, int frameHeight, const ScreenDefinition &def,
                      const WallStop &stop, const ScreenData &data, QVector<WallText> *texts) const
{
    Canvas c{p, qreal(unit(frameHeight)), texts};
    p.fillRect(frame, m_theme.window);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF in = QRectF(frame).adjusted(c.u * 1.2, c.u * 0.8, -c.u * 1.2, -c.u * 0.8);
    const QRectF head(in.left(), in.top(), in.width(), c.u * 3.2);
    header(c, head, def, stop, data);
    const QRectF body(in.left(), head.bottom() + c.u * 0.8, in.width(),
                      in.bottom() - head.bottom() - c.u * 0.8);
    if (data.valueCount() == 0) {
        text(c, body, tr("No figures for this screen yet."), kTitle, Qt::AlignCenter,
             m_theme.muted);
        return;
    }
    const qreal gap = c.u;
    switch (stop.kind) {
    case WallStop::Kind::Tiles: {
        const int n = int(stop.tiles.size());
        const int cols = n <= 4 ? std::max(1, n) : (n + 1) / 2;
        const int rows = n <= 4 ? 1 : 2;
        const qreal w = (body.width() - gap * (cols - 1)) / cols;
        const qreal h
            = rows == 1 ? std::min(body.height(), body.height() * 0.62) : (body.height() - gap) / 2;
        for (int i = 0; i < n; ++i) {
            const int at = stop.tiles.at(i);
            if (at >= data.figures.size() || !data.figures.at(at).indicator)
                continue;
            tile(c,
                 QRectF(body.left() + (i % cols) * (w + gap),
                        body.top() + (h + gap) * std::floor(qreal(i) / cols), w, h),
                 data.figures.at(at),
                 data.notAtPlace.contains(data.figures.at(at).indicator->code));
        }
        break;
    }
    case WallStop::Kind::Panels: {
        const int n = int(stop.panels.size());
        const qreal w = (body.width() - gap * (n - 1)) / std::max(1, n);
        for (int i = 0; i < n; ++i)
            panel(c, QRectF(body.left() + i * (w + gap), body.top(), w, body.height()),
                  def.panels.at(stop.panels.at(i)), data);
        break;
    }
    case WallStop::Kind::Map:
        map(c, body, def.panels.at(stop.panels.first()), data);
        break;
    }
}

} // namespace ioc
