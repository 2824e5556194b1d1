#include "alerttablemodel.h"

namespace ioc {

AlertTableModel::AlertTableModel(const Catalog &catalog, const EntityRegistry &entities,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_entities(entities)
{}

void AlertTableModel::setFormatter(const Formatter &formatter)
{
    beginResetModel();
    m_formatter = formatter;
    endResetModel();
}

void AlertTableModel::setAlerts(const QVector<Alert> &alerts)
{
    beginResetModel();
    m_all = alerts;
    std::stable_sort(m_all.begin(), m_all.end(), [](const Alert &a, const Alert &b) {
        return a.raisedAt != b.raisedAt ? a.raisedAt > b.raisedAt : a.id > b.id;
    });
    refilter();
    endResetModel();
}

void AlertTableModel::addAlerts(const QVector<Alert> &alerts)
{
    QVector<Alert> all = m_all;
    for (const Alert &a : alerts) {
        all.erase(
            std::remove_if(all.begin(), all.end(), [&](const Alert &b) { return b.id == a.id; }),
            all.end());
        all.prepend(a);
    }
    setAlerts(all);
}

void AlertTableModel::updateAlert(const Alert &alert)
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id != alert.id)
            continue;
        m_all[i] = alert;
        const int row = int(m_rows.indexOf(i));
        if (!accepts(alert) && row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.remove(row);
            endRemoveRows();
        } else if (row >= 0) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
}

void AlertTableModel::setFilter(const QString &group, Status minimum, bool unacknowledgedOnly)
{
    beginResetModel();
    m_group = group;
    m_minimum = minimum;
    m_unacknowledgedOnly = unacknowledgedOnly;
    refilter();
    endResetModel();
}

bool AlertTableModel::accepts(const Alert &a) const
{
    if (alertLevel(a.status) < alertLevel(m_minimum))
        return false;
    if (m_unacknowledgedOnly && a.acknowledged())
        return false;
    if (!m_group.isEmpty()) {
        const ioc::Indicator *ind = m_catalog.find(a.indicator);
        if (!ind || QString(ind->group) != m_group)
            return false;
    }
    return true;
}

void AlertTableModel::refilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_rows << i;
    }
}

const Alert *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_all.at(m_rows.at(row)) : nullptr;
}

int AlertTableModel::unacknowledgedCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const Alert &a) { return !a.acknowledged(); }));
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertTableModel::describe(const Alert &a, const Catalog &catalog,
                                  const EntityRegistry &entities, const Formatter &fmt)
{
    const ioc::Indicator *ind = catalog.find(a.indicator);
    const ioc::Entity *e = entities.find(a.entity);
    return tr("%1: %2, %3: %4")
        .arg(fmt.statusWord(a.status, ind), ind ? ind->name(fmt.lang()) : a.indicator,
             e ? e->name(fmt.lang()) : a.entity,
             ind ? fmt.value(*ind, a.value) : fmt.number(a.value, 2));
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_all.at(m_rows.at(index.row()));
    const ioc::Indicator *ind = m_catalog.find(a.indicator);
    const QString lang = m_formatter.lang();
    if (role == StatusRole)
        return int(a.status);
    if (role == AlertIdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (index.column() == Value ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Raised:
        return m_formatter.dateTime(a.raisedAt);
    case Severity:
        return role == Qt::ToolTipRole ? tr("%1 (was: %2)")
                                             .arg(m_formatter.statusWord(a.status, ind),
                                                  m_formatter.statusWord(a.previous, ind))
                                       : m_formatter.statusWord(a.status, ind);
    case Indicator:
        return ind ? QStringLiteral("%1 %2").arg(ind->code, ind->name(lang)) : a.indicator;
    case Entity: {
        const ioc::Entity *e = m_entities.find(a.entity);
        return e ? e->name(lang) : a.entity;
    }
    case Period:
        return m_formatter.periodLabel(a.period);
    case Value:
        return ind ? m_formatter.value(*ind, a.value) : m_formatter.number(a.value, 2);
    case Acknowledged:
        return a.acknowledged()
                   ? tr("%1, %2").arg(a.acknowledgedBy, m_formatter.dateTime(a.acknowledgedAt))
                   : tr("Not yet");
    case Note:
        return a.note;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Raised:
        return tr("Raised");
    case Severity:
        return tr("Severity");
    case Indicator:
        return tr("Indicator");
    case Entity:
        return tr("Where");
    case Period:
        return tr("Period");
    case Value:
        return tr("Value");
    case Acknowledged:
        return tr("Acknowledged");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace ioc
