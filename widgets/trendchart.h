#pragma once

#include "figures.h"
#include "forecast.h"
#include "format.h"
#include "theme.h"

#include <QChartView>
#include <QHash>

class QAbstractAxis;
class QChart;
class QValueAxis;

namespace ioc {

// Month-by-month actual against plan for one indicator (Qt Charts, no animation); a year-to-date
// total as this year against last year by month.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setTrend(const Indicator &ind, const QString &entityName, const QVector<TrendPoint> &trend,
                  const Formatter &fmt, const Theme &theme);
    int actualPointCount() const { return m_actualPoints; }
    // a year-to-date total is drawn as this year against last year, January to December
    bool isYearOnYear() const { return m_yearOnYear; }
    // off: always the plain timeline (a detail's full history)
    void setYearOnYearAllowed(bool allowed) { m_yearOnYearAllowed = allowed; }
    // What hovering the point of a series nearest to x says (the indicator, the period, the
    // value with its unit, the plan and how far it is reached, the day the data runs to); the
    // series by its name, as the legend shows it. Empty when there is no such point.
    QString pointToolTip(const QString &seriesName, qreal x) const;
    // A year-to-date indicator's projection to the year end (drawn dashed from the latest whole
    // month to December, its range shaded), or why there is none.
    const YearEndProjection &projection() const { return m_projection; }

signals:
    // a point was clicked: open the indicator's detail
    void activated(const QString &indicatorCode);

private:
    void dress(const Indicator &ind, const QString &entityName, const Formatter &fmt,
               const Theme &theme);
    static QAbstractAxis *timeAxis(bool yearOnYear, bool daily, const QVector<TrendPoint> &trend,
                                   const Formatter &fmt, const Theme &theme);
    static QValueAxis *valueAxis(double lo, double hi, const Theme &theme);
    // the projection's line and range, at the x of each month; widens lo and hi to them
    void addProjection(const Indicator &ind, const Formatter &fmt, const Theme &theme, double *lo,
                       double *hi);
    qreal xOf(const QDate &asOf) const; // a month's x: its number, or its middle in time

    struct Tip
    {
        qreal x;
        QString text;
    };
    void showPointTip(const QString &seriesName, const QPointF &point, bool entered);

    QChart *m_chart;
    QString m_code;
    QHash<QString, QVector<Tip>> m_tips; // by series name, in x order
    int m_actualPoints = 0;
    bool m_yearOnYear = false;
    bool m_yearOnYearAllowed = true;
    YearEndProjection m_projection;
};

} // namespace ioc
