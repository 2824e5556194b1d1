#pragma once

#include "format.h"
#include "sourcereadiness.h"

#include <QAbstractTableModel>

namespace ioc {

// The data-readiness table: one row per department and source system, as SourceReadiness
// orders them (the late and incomplete first). The state column carries a Status for the
// status delegate: critical when late, warn when incomplete or a file was refused.
class SourceReadinessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        State,
        Source,
        Indicators,
        LastReceived,
        OnTime,
        Completeness,
        Rejected,
        Trend,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit SourceReadinessModel(QObject *parent = nullptr);
    void setReadiness(const SourceReadiness &readiness, const Formatter &fmt);
    const SourceReadiness &readiness() const { return m_readiness; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "▂▄▆█▇▆▅█": the on-time share of each week as a bar
    static QString sparkline(const QVector<double> &weeks);
    QString stateText(const SourceReadiness::Row &r) const;

private:
    QString cell(const SourceReadiness::Row &r, int column) const;
    QString tip(const SourceReadiness::Row &r, int column) const;
    SourceReadiness m_readiness;
    Formatter m_fmt;
};

} // namespace ioc
