#include "printchart.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ioc {

namespace {

// Round steps (1, 2, 2.5, 5 × 10^n) for about `count` intervals between lo and hi.
double niceStep(double lo, double hi, int count)
{
    const double raw = std::max((hi - lo) / count, 1e-9);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * mag >= raw)
            return m * mag;
    }
    return 10 * mag;
}

QString monthLabel(const QDate &d, const Formatter &fmt)
{
    return fmt.shortMonth(d.month()) + QLatin1Char('/') + QString::number(d.year() % 100);
}

} // namespace

void PrintChart::trend(QPainter &p, const QRectF &area, const Indicator &ind,
                       const QVector<TrendPoint> &all, const Formatter &fmt, const Theme &theme,
                       qreal pt, const QFont &text)
{
    QVector<TrendPoint> points = all.mid(std::max<qsizetype>(0, all.size() - kMonths));
    // a year-to-date total starts again each January: this year's months only
    if (ind.isYearToDate() && !points.isEmpty()) {
        const int year = points.last().asOf.year();
        points.erase(points.begin(),
                     std::find_if(points.begin(), points.end(),
                                  [year](const TrendPoint &t) { return t.asOf.year() == year; }));
    }
    double lo = 0;
    double hi = 0;
    bool any = false;
    bool plan = false;
    for (const TrendPoint &t : points) {
        for (const std::optional<double> &v : {t.actual, t.plan}) {
            if (!v)
                continue;
            lo = any ? std::min(lo, *v) : *v;
            hi = any ? std::max(hi, *v) : *v;
            any = true;
        }
        plan = plan || t.plan.has_value();
    }
    p.setFont(text);
    const QFontMetricsF fm(text, p.device());
    if (!any || points.isEmpty()) {
        p.setPen(theme.muted);
        p.drawText(area, Qt::AlignCenter, tr("No monthly figures to draw yet."));
        return;
    }
    if (lo > 0 && (hi - lo) < hi * 0.5)
        lo -= (hi - lo) * 0.2; // a band, not a line squeezed against the top
    else
        lo = std::min(lo, 0.0);
    const double step = niceStep(lo, hi, 4);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step + (hi == lo ? step : 0);
    const int decimals = step < 1 ? (step < 0.1 ? 2 : 1) : 0;
    // the unit above the value axis, the legend under the time axis
    const QString unit = fmt.unitLabel(ind.unit);
    const qreal line = fm.height();
    qreal gutter = 0;
    for (double v = lo; v <= hi + step / 2; v += step)
        gutter = std::max(gutter, fm.horizontalAdvance(fmt.number(v, decimals)));
    const QRectF plot(area.left() + gutter + pt * 4, area.top() + line * 1.4,
                      area.width() - gutter - pt * 8, area.height() - line * 4.8);
    p.setPen(theme.muted);
    if (!unit.isEmpty())
        p.drawText(QPointF(area.left(), area.top() + fm.ascent()), tr("Unit: %1").arg(unit));
    auto yOf = [&](double v) {
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
    };
    auto xOf = [&](int i) {
        return points.size() == 1 ? plot.center().x()
                                  : plot.left() + plot.width() * i / (points.size() - 1);
    };
    for (double v = lo; v <= hi + step / 2; v += step) {
        p.setPen(QPen(theme.border, pt * 0.4));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(theme.muted);
        p.drawText(QRectF(area.left(), yOf(v) - line / 2, gutter, line),
                   Qt::AlignRight | Qt::AlignVCenter, fmt.number(v, decimals));
    }
    // month labels whole: as many as fit side by side
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("T12/26")) + pt * 6;
    const int every = std::max<int>(
        1, int(std::ceil(labelWidth * points.size() / std::max(plot.width(), 1.0))));
    for (int i = 0; i < points.size(); ++i) {
        if ((points.size() - 1 - i) % every != 0)
            continue;
        p.drawText(QRectF(xOf(i) - labelWidth / 2, plot.bottom() + line * 0.6, labelWidth, line),
                   Qt::AlignHCenter | Qt::AlignTop, monthLabel(points.at(i).asOf, fmt));
    }
    auto series = [&](bool ofPlan) {
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < points.size(); ++i) {
            const std::optional<double> v = ofPlan ? points.at(i).plan : points.at(i).actual;
            if (!v) {
                open = false;
                continue;
            }
            const QPointF at(xOf(i), yOf(*v));
            if (open)
                path.lineTo(at);
            else
                path.moveTo(at);
            open = true;
        }
        return path;
    };
    p.setBrush(Qt::NoBrush);
    const QPen planPen(theme.plan, pt * 1.2, Qt::DashLine);
    const QPen actualPen(theme.accent, pt * 1.8);
    if (plan) {
        p.setPen(planPen);
        p.drawPath(series(true));
    }
    p.setPen(actualPen);
    p.drawPath(series(false));
    p.setBrush(theme.accent);
    for (int i = 0; i < points.size(); ++i) {
        if (points.at(i).actual)
            p.drawEllipse(QPointF(xOf(i), yOf(*points.at(i).actual)), pt * 1.6, pt * 1.6);
    }
    // the legend: every series drawn
    qreal x = plot.left();
    const qreal y = area.bottom() - line * 0.8;
    auto entry = [&](const QPen &pen, const QString &name) {
        p.setPen(pen);
        p.drawLine(QPointF(x, y), QPointF(x + pt * 18, y));
        p.setPen(theme.text);
        p.drawText(QPointF(x + pt * 22, y + fm.ascent() / 2 - pt), name);
        x += pt * 30 + fm.horizontalAdvance(name);
    };
    entry(actualPen, tr("Actual"));
    if (plan)
        entry(planPen, tr("Plan"));
}

} // namespace ioc
