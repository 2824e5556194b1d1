#pragma once

#include "period.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ioc {

// One value of one indicator for one entity and one period, with where it came from.
struct Observation
{
    QString indicator;
    QString entity;
    QString period; // Period::key()
    int revision = 1;
    double value = 0;
    std::optional<double> plan; // the plan for the period (to date, for a cumulative row)
    // the plan for the whole year the period belongs to ("Kế hoạch năm"), where the report
    // gives it: what a cumulative figure is to reach by December
    std::optional<double> annualPlan;
    QString sourceKind;   // demo, api, import, ...
    QString sourceRef;    // endpoint or file name
    QString sourceDetail; // sheet and cell for imported values
    QDateTime fetchedAt;

    // The data's own date: the end of its period, or when it was fetched if that is earlier
    // (a monthly estimate published on the 20th is "as of" the 20th).
    QDateTime asOf() const
    {
        const auto p = Period::fromKey(period);
        if (!p)
            return fetchedAt;
        const QDateTime end = p->end().addSecs(-1);
        return fetchedAt.isValid() && fetchedAt < end ? fetchedAt : end;
    }
};

} // namespace ioc
