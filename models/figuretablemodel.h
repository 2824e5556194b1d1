#pragma once

#include "entity.h"
#include "format.h"
#include "screendata.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ioc {

// The figures of one screen as a table: sortable (SortRole holds the raw value) and copyable.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Value,
        Comparison,
        VsPrevious,
        VsLastYear,
        StatusColumn,
        AsOf,
        Source,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole, IndicatorCodeRole };

    explicit FigureTableModel(const EntityRegistry &entities, QObject *parent = nullptr);

    void setFigures(const ScreenData &data, const Formatter &formatter);
    // One indicator's figures by commune, unit, project or station: the first two columns
    // name the entity instead of the indicator.
    // ranks: each unit's rank by value among all units (ScreenLoader::ranks, 1 the best), the
    // row's number in the vertical header; a unit without one shows none
    void setBreakdown(const QVector<Figure> &figures, const Formatter &formatter,
                      const QHash<QString, int> &ranks = {});
    const Figure *figureAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Tab-separated text of the given rows (all columns), for the clipboard.
    QString toTsv(const QList<int> &rows) const;
    // Every row as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads the
    // Vietnamese), in the given row order.
    QByteArray toCsv(const QList<int> &rows) const;

private:
    const EntityRegistry &m_entities;
    Formatter m_formatter;
    QVector<Figure> m_figures;
    bool m_byEntity = false;
    QHash<QString, int> m_ranks;
};

} // namespace ioc
