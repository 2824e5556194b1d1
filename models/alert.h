#pragma once

#include "status.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace ioc {

// One figure's status as a screen showed it: what the alert journal compares with the last one
// seen of the same (indicator, entity).
struct StatusSeen
{
    QString indicator;
    QString entity;
    QString period;
    Status status = Status::NoData; // the rules' verdict (staleness aside)
    double value = 0;
};

// A turn of an (indicator, entity) to warn or critical, and its acknowledgement.
struct Alert
{
    qint64 id = 0;
    QDateTime raisedAt;
    QString indicator;
    QString entity;
    QString period;
    Status status = Status::Warn; // Warn or Critical
    Status previous = Status::Ok; // what it was before
    double value = 0;
    QDateTime acknowledgedAt; // invalid: not acknowledged yet
    QString acknowledgedBy;
    QString note;

    bool acknowledged() const { return acknowledgedAt.isValid(); }
};

// The alert level of a status: 0 for anything that is not a warning, 1 warn, 2 critical.
inline int alertLevel(Status s)
{
    return s == Status::Critical ? 2 : s == Status::Warn ? 1 : 0;
}

} // namespace ioc

Q_DECLARE_METATYPE(ioc::Alert)
Q_DECLARE_METATYPE(QVector<ioc::Alert>)
Q_DECLARE_METATYPE(QVector<ioc::StatusSeen>)
