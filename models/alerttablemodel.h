#pragma once

#include "alert.h"
#include "catalog.h"
#include "entity.h"
#include "format.h"

#include <QAbstractTableModel>

namespace ioc {

// The alert journal as a table, newest first, filtered by group (A–D) and severity.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Raised,
        Severity,
        Indicator,
        Entity,
        Period,
        Value,
        Acknowledged,
        Note,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, AlertIdRole };

    AlertTableModel(const Catalog &catalog, const EntityRegistry &entities,
                    QObject *parent = nullptr);

    void setFormatter(const Formatter &formatter);
    void setAlerts(const QVector<Alert> &alerts);
    // New alerts go on top; an alert already listed (the same id) is replaced.
    void addAlerts(const QVector<Alert> &alerts);
    void updateAlert(const Alert &alert);
    const QVector<Alert> &alerts() const { return m_all; }

    // group: "A".."D" or empty for all; minimum: Warn (all) or Critical.
    void setFilter(const QString &group, Status minimum, bool unacknowledgedOnly);
    const Alert *alertAt(int row) const;
    int unacknowledgedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One line of text for an alert: "Nghiêm trọng: Tỷ lệ giường bệnh…, Thành phố: 97%".
    static QString describe(const Alert &a, const Catalog &catalog, const EntityRegistry &entities,
                            const Formatter &fmt);

private:
    void refilter();
    bool accepts(const Alert &a) const;

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    Formatter m_formatter;
    QVector<Alert> m_all; // newest first
    QVector<int> m_rows;  // indexes into m_all shown
    QString m_group;
    Status m_minimum = Status::Warn;
    bool m_unacknowledgedOnly = false;
};

} // namespace ioc
