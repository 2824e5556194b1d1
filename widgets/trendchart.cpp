#include "trendchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace ioc {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent), m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

void TrendChart::setTrend(const Indicator &ind, const QString &entityName,
                          const QVector<TrendPoint> &trend, const Formatter &fmt, const Theme &theme)
{
    // a fresh chart each time: axes removed from a QChart in Qt 6.4 could stay painted
    QChart *old = m_chart;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    setChart(m_chart);
    delete old;

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    auto *plan = new QLineSeries;
    plan->setName(tr("Plan"));
    double lo = 0, hi = 0;
    bool any = false;
    m_actualPoints = 0;
    const bool daily = ind.frequency == Frequency::Realtime;
    for (const TrendPoint &t : trend) {
        const QDate at = daily ? t.asOf : QDate(t.asOf.year(), t.asOf.month(), 15);
        const qreal x = QDateTime(at, QTime(12, 0)).toMSecsSinceEpoch();
        for (const auto &[series, value] : {std::pair{actual, t.actual}, std::pair{plan, t.plan}}) {
            if (!value)
                continue;
            series->append(x, *value);
            lo = any ? std::min(lo, *value) : *value;
            hi = any ? std::max(hi, *value) : *value;
            any = true;
        }
        if (t.actual)
            ++m_actualPoints;
    }
    actual->setPen(QPen(theme.accent, 3));
    actual->setPointsVisible(true);
    actual->setMarkerSize(6);
    QPen planPen(theme.plan, 2, Qt::DashLine);
    plan->setPen(planPen);
    m_chart->addSeries(actual);
    if (plan->count() > 0)
        m_chart->addSeries(plan);
    else
        delete plan;

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
    m_chart->setTitleFont(uiFont(12, QFont::DemiBold));
    m_chart->setTitleBrush(theme.text);
    m_chart->legend()->setFont(uiFont(10));
    m_chart->legend()->setLabelColor(theme.text);

    auto *x = new QDateTimeAxis;
    x->setFormat(daily ? QStringLiteral("dd/MM") : QStringLiteral("MM/yyyy"));
    x->setTickCount(7);
    x->setLabelsFont(uiFont(9));
    x->setLabelsColor(theme.muted);
    x->setGridLineColor(theme.border);
    auto *y = new QValueAxis;
    const double span = hi - lo;
    const double pad = span > 0 ? span * 0.08 : std::max(1.0, std::fabs(hi) * 0.1);
    y->setRange(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
    y->applyNiceNumbers();
    const int decimals = y->max() - y->min() < 10 ? 1 : 0;
    y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    y->setLabelsFont(uiFont(9));
    y->setLabelsColor(theme.muted);
    y->setGridLineColor(theme.border);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!trend.isEmpty() && daily) {
        x->setRange(QDateTime(trend.first().asOf, QTime(0, 0)), QDateTime(trend.last().asOf, QTime(23, 59)));
    } else if (!trend.isEmpty()) {
        const QDate first = trend.first().asOf;
        const QDate last = trend.last().asOf;
        x->setRange(QDateTime(QDate(first.year(), first.month(), 1), QTime(0, 0)),
                    QDateTime(QDate(last.year(), last.month(), last.daysInMonth()), QTime(0, 0)));
    }
}

} // namespace ioc
