#pragma once

#include "entity.h"
#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QWidget>

namespace ioc {

// One indicator by commune, unit, project or station: a bar per entity, longest first, with a
// tick at its plan, the status icon and the value. Painted directly (114 bars stay legible and
// cheap); its height grows with the rows, for a scroll area. A click (or ↑ ↓) selects an
// entity, which the page picks out in its other visuals; a double-click or Enter opens it.
class BreakdownBars : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 24;

    explicit BreakdownBars(const EntityRegistry &entities, QWidget *parent = nullptr);
    void setFigures(const QVector<Figure> &figures, const Formatter &fmt, const Theme &theme);
    // worst first (critical, warn, furthest from plan) instead of longest first
    void setWorstFirst(bool worst) { m_worstFirst = worst; }
    // at most this many bars (0: all)
    void setLimit(int limit) { m_limit = limit; }
    int rowCount() const { return int(m_rows.size()); }
    // the entity of each bar, top to bottom
    QStringList order() const;
    QSize sizeHint() const override;
    QString entityAt(const QPoint &pos) const;
    // the entity picked out: its bar at full strength on a band, the others faded (empty: none)
    void setSelected(const QString &entity);
    QString selected() const { return m_selected; }
    int rowOf(const QString &entity) const; // -1: no bar for it
    int rowTop(int row) const { return 4 + row * kRowHeight; }

signals:
    void entitySelected(const QString &entity); // empty: the selection cleared
    void entityActivated(const QString &entity);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    const EntityRegistry &m_entities;
    QVector<Figure> m_rows;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    bool m_worstFirst = false;
    int m_limit = 0;
    QString m_selected;
};

} // namespace ioc
