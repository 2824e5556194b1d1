#include "communetablemodel.h"

#include <limits>

namespace ioc {

CommuneTableModel::CommuneTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommuneTableModel::setCommune(const CommuneData &data, const Formatter &formatter)
{
    beginResetModel();
    m_data = data;
    m_formatter = formatter;
    endResetModel();
}

int CommuneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int CommuneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommuneTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommuneData::Row &row = m_data.rows.at(index.row());
    const Figure &f = row.figure;
    const Indicator &ind = *f.indicator;
    switch (role) {
    case StatusRole:
        return int(f.status.effective());
    case IndicatorCodeRole:
        return ind.code;
    case TrendRole: {
        QVariantList points;
        for (const TrendPoint &t : row.trend)
            points << (t.actual ? QVariant(*t.actual) : QVariant());
        return points;
    }
    case Qt::TextAlignmentRole: {
        const bool numeric = index.column() == Value || index.column() == Rank;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    }
    case SortRole:
        switch (index.column()) {
        case Code:
            return ind.code;
        case Name:
            return ind.name(m_formatter.lang());
        case Value:
            return f.value ? *f.value : std::numeric_limits<double>::lowest();
        case Comparison:
            return f.pctOfPlan() ? *f.pctOfPlan() : std::numeric_limits<double>::lowest();
        case StatusColumn:
            return int(f.status.effective());
        case Rank:
            return row.rank > 0 ? row.rank : std::numeric_limits<int>::max();
        case AsOf:
            return f.asOf;
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Code:
            return ind.code;
        case Name:
            return ind.name(m_formatter.lang());
        case Value:
            return f.value ? m_formatter.value(ind, *f.value) : QString();
        case Comparison:
            return m_formatter.comparisonText(f);
        case StatusColumn:
            return m_formatter.statusText(f.status);
        case Rank:
            return row.rank > 0 ? tr("%1 of %2")
                                      .arg(m_formatter.number(row.rank, 0),
                                           m_formatter.number(row.ranked, 0))
                                : QString();
        case Trend:
            return role == Qt::ToolTipRole ? tr("The last 12 months") : QVariant();
        case AsOf:
            return f.asOf.isValid() ? m_formatter.date(toCityTime(f.asOf).date()) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CommuneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Indicator");
    case Value:
        return tr("Value");
    case Comparison:
        return tr("Comparison");
    case StatusColumn:
        return tr("Status");
    case Rank:
        return tr("Rank");
    case Trend:
        return tr("12 months");
    case AsOf:
        return tr("As of");
    default:
        return {};
    }
}

} // namespace ioc
