#pragma once

#include "format.h"
#include "screendata.h"

#include <QAbstractTableModel>

namespace ioc {

// The indicators of one commune-level unit as a table: value, % of plan, status, its rank
// among the units and the last twelve months (TrendRole, for a sparkline).
class CommuneTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Value, Comparison, StatusColumn, Rank, Trend, AsOf, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole, IndicatorCodeRole, TrendRole };

    explicit CommuneTableModel(QObject *parent = nullptr);

    void setCommune(const CommuneData &data, const Formatter &formatter);
    const CommuneData &communeData() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CommuneData m_data;
    Formatter m_formatter;
};

} // namespace ioc
