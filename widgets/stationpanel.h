#pragma once

#include "entity.h"
#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QWidget>

namespace ioc {

// Group D at a glance: for each station of each indicator, the latest reading on a gauge with
// its alarm levels (BĐ1/BĐ2, Beaufort 6/8, 50/100 mm) marked, the status icon and word, and
// when it was read. Painted; grows with its rows, for a scroll area. A click (or ↑ ↓) selects a
// station, which the page picks out in its other visuals; a double-click or Enter opens the
// indicator of its row.
class StationPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 26;
    static constexpr int kHeaderHeight = 30;

    explicit StationPanel(const EntityRegistry &entities, QWidget *parent = nullptr);
    // one breakdown per indicator, in the order given
    void setStations(const QVector<QVector<Figure>> &groups, const Formatter &fmt,
                     const Theme &theme);
    int stationCount() const;
    QSize sizeHint() const override;
    // the station picked out: its rows on a band, the others faded (empty: none)
    void setSelected(const QString &entity);
    QString selected() const { return m_selected; }
    // the top of the first row of a station (-1: not listed)
    int topOf(const QString &entity) const;

signals:
    void entitySelected(const QString &entity); // empty: the selection cleared
    void indicatorActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override; // a station's tooltip: its whole reading

private:
    struct Row
    {
        bool header = false;
        Figure figure; // the station's; for a header, any of the group (for its indicator)
    };
    const EntityRegistry &m_entities;
    QVector<Row> m_rows;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    QString m_selected;
    int m_current = -1; // the row the keys move from and Enter opens
    int rowTop(int i) const;
    int rowAt(int y) const;
};

} // namespace ioc
