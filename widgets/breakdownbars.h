#pragma once

#include "entity.h"
#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QWidget>

namespace ioc {

// One indicator by commune, unit, project or station: a bar per entity, longest first, with a
// tick at its plan, the status icon and the value. Painted directly (114 bars stay legible and
// cheap); its height grows with the rows, for a scroll area.
class BreakdownBars : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 24;

    explicit BreakdownBars(const EntityRegistry &entities, QWidget *parent = nullptr);
    void setFigures(const QVector<Figure> &figures, const Formatter &fmt, const Theme &theme);
    int rowCount() const { return int(m_rows.size()); }
    // the entity of each bar, top to bottom
    QStringList order() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const EntityRegistry &m_entities;
    QVector<Figure> m_rows;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
};

} // namespace ioc
