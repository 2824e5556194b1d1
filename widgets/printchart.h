#pragma once

#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QCoreApplication>

class QPainter;

namespace ioc {

// Charts drawn for paper, in vectors: every series named in a legend, every axis label whole.
class PrintChart
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PrintChart)
public:
    // Month by month, the actual against the plan, over the last kMonths months of trend.
    // pt: device units per point (line widths); text: the font of every label.
    static void trend(QPainter &p, const QRectF &area, const Indicator &ind,
                      const QVector<TrendPoint> &all, const Formatter &fmt, const Theme &theme,
                      qreal pt, const QFont &text);
    static constexpr int kMonths = 13; // this month and the same month last year
};

} // namespace ioc
