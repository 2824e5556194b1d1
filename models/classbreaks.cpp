#include "classbreaks.h"

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

ClassBreaks fromBounds(QVector<double> bounds)
{
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    return ClassBreaks{bounds};
}

QVector<double> finite(const QVector<double> &values)
{
    QVector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            out << v;
    }
    return out;
}

} // namespace

int ClassBreaks::classOf(double value) const
{
    if (bounds.isEmpty() || !std::isfinite(value))
        return -1;
    if (bounds.size() == 1)
        return 0;
    // the first bound above the value, less one; the top bound belongs to the last class
    const auto above = std::upper_bound(bounds.cbegin() + 1, bounds.cend() - 1, value);
    return int(above - bounds.cbegin()) - 1;
}

ClassBreaks ClassBreaks::quantile(QVector<double> values, int classes)
{
    values = finite(values);
    if (values.isEmpty() || classes < 1)
        return {};
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    QVector<double> bounds{values.first()};
    for (int i = 1; i < classes; ++i)
        bounds << values.at(std::clamp(int(std::lround(double(i) * n / classes)), 0, n - 1));
    bounds << values.last();
    return fromBounds(bounds);
}

ClassBreaks ClassBreaks::equalInterval(const QVector<double> &input, int classes)
{
    const QVector<double> values = finite(input);
    if (values.isEmpty() || classes < 1)
        return {};
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    // whole numbers (counts) get whole-number bounds: no class of counts between 1.6 and 2.4
    const bool whole
        = std::all_of(values.cbegin(), values.cend(), [](double v) { return v == std::floor(v); });
    QVector<double> bounds{*lo};
    for (int i = 1; i < classes; ++i) {
        const double b = *lo + (*hi - *lo) * i / classes;
        bounds << (whole ? std::ceil(b) : b);
    }
    bounds << *hi;
    return fromBounds(bounds);
}

ClassBreaks ClassBreaks::make(Method method, const QVector<double> &values, int classes)
{
    return method == Method::Quantile ? quantile(values, classes) : equalInterval(values, classes);
}

ClassBreaks ClassBreaks::diverging(const QVector<double> &input, double centre, int classes)
{
    const QVector<double> values = finite(input);
    if (values.isEmpty() || classes < 1)
        return {};
    double reach = 0;
    for (double v : values)
        reach = std::max(reach, std::abs(v - centre));
    if (reach == 0)
        return ClassBreaks{{centre}};
    QVector<double> bounds;
    for (int i = 0; i <= classes; ++i)
        bounds << centre - reach + 2 * reach * i / classes;
    return fromBounds(bounds);
}

} // namespace ioc
