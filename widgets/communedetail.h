#pragma once

#include "communetablemodel.h"
#include "theme.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ioc {

class StatusDelegate;

// Draws a cell's series (a QVariantList of numbers or nulls, from a role) as a sparkline.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject *parent = nullptr);
    void setTheme(const Theme &theme) { m_theme = theme; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    Theme m_theme = Theme::light();
};

// The detail of one commune, ward or special zone (a click on the map): every indicator
// reported by commune, its value and status there, its rank among the units and its last
// twelve months. Enter on a row opens that indicator; Esc or Alt+Left goes back.
class CommuneDetail : public QWidget
{
    Q_OBJECT
public:
    explicit CommuneDetail(const EntityRegistry &entities, QWidget *parent = nullptr);

    void setLoading(const QString &entity, const Formatter &fmt, const Theme &theme);
    void setData(const CommuneData &data, const Formatter &fmt, const Theme &theme);
    const CommuneData &data() const { return m_model->communeData(); }
    QString entity() const { return m_entity; }
    QTableView *table() const { return m_table; }

signals:
    void back();
    void indicatorActivated(const QString &indicatorCode);

private:
    void showHeader(const Formatter &fmt, const Theme &theme);

    const EntityRegistry &m_entities;
    QString m_entity;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_summary;
    QTableView *m_table;
    CommuneTableModel *m_model;
    StatusDelegate *m_statusDelegate;
    SparklineDelegate *m_sparkDelegate;
};

} // namespace ioc
