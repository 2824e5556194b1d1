#pragma once

#include <QVector>

#include <optional>

namespace ioc {

// Class breaks for a choropleth: bounds[0] is the smallest value, bounds[count()] the largest;
// class i holds bounds[i] <= v < bounds[i + 1] (the last class includes its upper bound).
// Ties can leave fewer classes than asked for: a bound is never repeated.
struct ClassBreaks
{
    enum class Method { Quantile, EqualInterval };
    QVector<double> bounds;

    int count() const
    {
        return bounds.size() < 2 ? (bounds.isEmpty() ? 0 : 1) : int(bounds.size()) - 1;
    }
    // the class of a value, or -1 when there are no classes; values outside clamp to the ends
    int classOf(double value) const;

    // quantile: about as many values in each class; equal interval: classes of equal width
    // (whole-number bounds when every value is a whole number)
    static ClassBreaks quantile(QVector<double> values, int classes);
    static ClassBreaks equalInterval(const QVector<double> &input, int classes);
    static ClassBreaks make(Method method, const QVector<double> &values, int classes);
    // classes of equal width symmetric around a centre (an odd count keeps the centre in the
    // middle class): for a change against plan, where the sign matters
    static ClassBreaks diverging(const QVector<double> &input, double centre, int classes);
};

} // namespace ioc
