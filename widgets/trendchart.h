#pragma once

#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QChartView>

class QChart;

namespace ioc {

// Month-by-month actual against plan for one indicator (Qt Charts, no animation).
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setTrend(const Indicator &ind, const QString &entityName, const QVector<TrendPoint> &trend,
                  const Formatter &fmt, const Theme &theme);
    int actualPointCount() const { return m_actualPoints; }

private:
    QChart *m_chart;
    int m_actualPoints = 0;
};

} // namespace ioc
