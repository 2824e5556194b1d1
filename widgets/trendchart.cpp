#include "trendchart.h"

#include "period.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace ioc {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

void TrendChart::setTrend(const Indicator &ind, const QString &entityName,
                          const QVector<TrendPoint> &trend, const Formatter &fmt,
                          const Theme &theme)
{
    // a fresh chart each time: axes removed from a QChart in Qt 6.4 could stay painted
    QChart *old = m_chart;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    setChart(m_chart);
    delete old;

    // A year-to-date total climbs from January and drops back each new year: as a 24-month
    // line it is a sawtooth. It reads as this year against last year, month by month.
    const bool daily = ind.frequency == Frequency::Realtime;
    const bool yearOnYear = m_yearOnYearAllowed && ind.aggregation == Aggregation::YearToDate
                            && !daily && !trend.isEmpty();
    const int year = trend.isEmpty() ? 0 : trend.last().asOf.year();
    m_yearOnYear = yearOnYear;

    auto *actual = new QLineSeries;
    actual->setName(yearOnYear ? tr("Year %1").arg(year) : tr("Actual"));
    auto *lastYear = new QLineSeries;
    lastYear->setName(tr("Year %1").arg(year - 1));
    auto *plan = new QLineSeries;
    plan->setName(yearOnYear ? tr("Plan %1").arg(year) : tr("Plan"));
    double lo = 0, hi = 0;
    bool any = false;
    m_actualPoints = 0;
    m_tips.clear();
    const auto tip = [&](const TrendPoint &t, const QLineSeries *series, double value) {
        const QString period
            = daily ? fmt.date(t.asOf)
                    : fmt.periodLabel(Period::month(t.asOf.year(), t.asOf.month()).key());
        QStringList lines{
            ind.name(fmt.lang()),
            QStringLiteral("%1 — %2: %3").arg(period, series->name(), fmt.value(ind, value))};
        if (series == actual && t.plan && *t.plan != 0)
            lines << tr("%1 of the plan (%2)")
                         .arg(fmt.percent(100.0 * value / *t.plan), fmt.value(ind, *t.plan));
        lines << tr("Data as of %1").arg(fmt.date(t.asOf));
        return lines.join(QLatin1Char('\n'));
    };
    for (const TrendPoint &t : trend) {
        QLineSeries *target = actual;
        if (yearOnYear) {
            if (t.asOf.year() < year - 1)
                continue;
            target = t.asOf.year() == year ? actual : lastYear;
        }
        const qreal x = daily ? QDateTime(t.asOf, QTime(12, 0)).toMSecsSinceEpoch() : xOf(t.asOf);
        const bool planShown = !yearOnYear || t.asOf.year() == year;
        for (const auto &[series, value] :
             {std::pair{target, t.actual}, std::pair{plan, planShown ? t.plan : std::nullopt}}) {
            if (!value)
                continue;
            series->append(x, *value);
            m_tips[series->name()] << Tip{x, tip(t, series, *value)};
            lo = any ? std::min(lo, *value) : *value;
            hi = any ? std::max(hi, *value) : *value;
            any = true;
        }
        if (t.actual && target == actual)
            ++m_actualPoints;
    }
    actual->setPen(QPen(theme.accent, 3));
    actual->setPointsVisible(true);
    actual->setMarkerSize(6);
    QPen planPen(theme.plan, 2, Qt::DashLine);
    plan->setPen(planPen);
    m_chart->addSeries(actual);
    if (yearOnYear && lastYear->count() > 0) {
        // last year thinner, dotted and muted: told apart by more than colour
        lastYear->setPen(QPen(theme.muted, 2, Qt::DotLine));
        lastYear->setPointsVisible(true);
        lastYear->setMarkerSize(4);
        m_chart->addSeries(lastYear);
    } else {
        delete lastYear;
    }
    if (plan->count() > 0)
        m_chart->addSeries(plan);
    else
        delete plan;
    m_projection = daily ? YearEndProjection() : YearEndProjection::make(ind, trend);
    if (m_projection.ok() && any)
        addProjection(ind, fmt, theme, &lo, &hi);

    dress(ind, entityName, fmt, theme);
    QAbstractAxis *xAxis = timeAxis(yearOnYear, daily, trend, fmt, theme);
    if (auto *time = qobject_cast<QDateTimeAxis *>(xAxis); time && m_projection.ok())
        time->setMax(QDateTime(QDate(m_projection.year, 12, 31), QTime(23, 59)));
    QValueAxis *y = valueAxis(lo, hi, theme);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_code = ind.code;
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(y);
        if (auto *line = qobject_cast<QXYSeries *>(s)) {
            connect(line, &QXYSeries::clicked, this, [this] { emit activated(m_code); });
            connect(line, &QXYSeries::hovered, this,
                    [this, name = line->name()](const QPointF &point, bool entered) {
                        showPointTip(name, point, entered);
                    });
        }
    }
}

QString TrendChart::pointToolTip(const QString &seriesName, qreal x) const
{
    const QVector<Tip> tips = m_tips.value(seriesName);
    const Tip *nearest = nullptr;
    for (const Tip &t : tips) {
        if (!nearest || std::abs(t.x - x) < std::abs(nearest->x - x))
            nearest = &t;
    }
    return nearest ? nearest->text : QString();
}

void TrendChart::showPointTip(const QString &seriesName, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    // at once, and beside the point rather than over it
    const QPoint at = mapFromScene(m_chart->mapToPosition(point));
    QToolTip::showText(mapToGlobal(at + QPoint(14, 14)), pointToolTip(seriesName, point.x()), this);
}

qreal TrendChart::xOf(const QDate &asOf) const
{
    if (m_yearOnYear)
        return asOf.month();
    return qreal(QDateTime(QDate(asOf.year(), asOf.month(), 15), QTime(12, 0)).toMSecsSinceEpoch());
}

void TrendChart::addProjection(const Indicator &ind, const Formatter &fmt, const Theme &theme,
                               double *lo, double *hi)
{
    auto *line = new QLineSeries;
    line->setName(tr("Projection"));
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    const QString method = m_projection.methodText(fmt);
    const QString againstPlan = m_projection.planText(ind, fmt); // empty without an annual plan
    for (const YearEndProjection::Step &s : std::as_const(m_projection.path)) {
        const qreal x = xOf(s.asOf);
        line->append(x, s.value);
        upper->append(x, s.high);
        lower->append(x, s.low);
        *lo = std::min(*lo, s.low);
        *hi = std::max(*hi, s.high);
        const QString month = fmt.periodLabel(Period::month(s.asOf.year(), s.asOf.month()).key());
        QString text
            = s.asOf.month() == m_projection.month
                  ? tr("%1: %2, the latest whole month").arg(month, fmt.value(ind, s.value))
                  : tr("%1, projected: %2 (range %3–%4)")
                        .arg(month, fmt.value(ind, s.value), fmt.valueOnly(ind, s.low),
                             fmt.value(ind, s.high));
        if (s.asOf.month() == 12 && !againstPlan.isEmpty())
            text += QStringLiteral(" · ") + againstPlan;
        m_tips[line->name()] << Tip{x, QStringList{ind.name(fmt.lang()), text, method}.join('\n')};
    }
    auto *band = new QAreaSeries(upper, lower);
    upper->setParent(band);
    lower->setParent(band);
    band->setName(tr("Projection range"));
    // a colour of its own (the composition's third), dashed: not read as a reported figure
    const QColor colour = theme.part(2);
    QColor fill = colour;
    fill.setAlpha(50);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    m_chart->addSeries(band);
    line->setPen(QPen(colour, 2.5, Qt::DashLine));
    line->setPointsVisible(true);
    line->setMarkerSize(5);
    m_chart->addSeries(line);

    // the year's plan where the reports carry it: one mark at December, in the plan's colour,
    // a square (not the round points of the figures), for the projection to be read against
    if (againstPlan.isEmpty())
        return;
    auto *annual = new QScatterSeries;
    annual->setName(tr("Annual plan"));
    annual->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    annual->setMarkerSize(11);
    annual->setColor(theme.plan);
    annual->setBorderColor(theme.plan);
    const qreal x = xOf(QDate(m_projection.year, 12, 31));
    const double planValue = *m_projection.annualPlan;
    annual->append(x, planValue);
    *lo = std::min(*lo, planValue);
    *hi = std::max(*hi, planValue);
    m_tips[annual->name()] << Tip{
        x,
        QStringList{ind.name(fmt.lang()),
                    tr("Annual plan %1: %2").arg(m_projection.year).arg(fmt.value(ind, planValue)),
                    m_projection.text(ind, fmt)}
            .join('\n')};
    m_chart->addSeries(annual);
}

// The chart's title (the indicator, the place, the unit), legend and background.
void TrendChart::dress(const Indicator &ind, const QString &entityName, const Formatter &fmt,
                       const Theme &theme)
{
    m_chart->setLocale(fmt.locale());
    m_chart->setLocalizeNumbers(true);
    m_chart->setBackgroundBrush(theme.surface);
    m_chart->setBackgroundRoundness(8);
    m_chart->setPlotAreaBackgroundVisible(false);
    QString title = ind.name(fmt.lang());
    if (!entityName.isEmpty())
        title += QStringLiteral(" — ") + entityName;
    const QString unit = fmt.unitLabel(ind.unit);
    if (!unit.isEmpty())
        title += QStringLiteral(" (%1)").arg(unit);
    m_chart->setTitle(title);
    m_chart->setTitleFont(uiFont(textSize::heading, QFont::DemiBold));
    m_chart->setTitleBrush(theme.text);
    m_chart->legend()->setFont(uiFont(textSize::body));
    m_chart->legend()->setLabelColor(theme.text);
}

// Months of this year (year on year), days (a real-time series) or months along the bottom.
QAbstractAxis *TrendChart::timeAxis(bool yearOnYear, bool daily, const QVector<TrendPoint> &trend,
                                    const Formatter &fmt, const Theme &theme)
{
    QAbstractAxis *xAxis = nullptr;
    if (yearOnYear) {
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int m = 1; m <= 12; ++m)
            x->append(fmt.shortMonth(m), m);
        x->setRange(0.6, 12.4);
        xAxis = x;
    } else {
        auto *x = new QDateTimeAxis;
        x->setFormat(daily ? QStringLiteral("dd/MM") : QStringLiteral("MM/yyyy"));
        x->setTickCount(7);
        xAxis = x;
        if (!trend.isEmpty() && daily) {
            x->setRange(QDateTime(trend.first().asOf, QTime(0, 0)),
                        QDateTime(trend.last().asOf, QTime(23, 59)));
        } else if (!trend.isEmpty()) {
            const QDate first = trend.first().asOf;
            const QDate last = trend.last().asOf;
            x->setRange(
                QDateTime(QDate(first.year(), first.month(), 1), QTime(0, 0)),
                QDateTime(QDate(last.year(), last.month(), last.daysInMonth()), QTime(0, 0)));
        }
    }
    xAxis->setLabelsFont(uiFont(textSize::small));
    xAxis->setLabelsColor(theme.muted);
    xAxis->setGridLineColor(theme.border);
    return xAxis;
}

// The values with a little room above and below, from zero when none is negative.
QValueAxis *TrendChart::valueAxis(double lo, double hi, const Theme &theme)
{
    auto *y = new QValueAxis;
    const double span = hi - lo;
    const double pad = span > 0 ? span * 0.08 : std::max(1.0, std::fabs(hi) * 0.1);
    y->setRange(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
    y->applyNiceNumbers();
    const int decimals = y->max() - y->min() < 10 ? 1 : 0;
    y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    y->setLabelsFont(uiFont(textSize::small));
    y->setLabelsColor(theme.muted);
    y->setGridLineColor(theme.border);
    return y;
}

} // namespace ioc
