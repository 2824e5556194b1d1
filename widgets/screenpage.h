#pragma once

#include "figuretablemodel.h"
#include "format.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;

namespace ioc {

class KpiTile;
class StatusDelegate;
class TrendChart;

// One dashboard screen built from its definition: KPI tiles, the trend of the selected
// indicator against plan, and the table of the same figures.
class ScreenPage : public QWidget
{
    Q_OBJECT
public:
    ScreenPage(const ScreenDefinition &definition, const EntityRegistry &entities,
               QWidget *parent = nullptr);

    const ScreenDefinition &definition() const { return m_definition; }
    void setLoading(const Formatter &fmt, const Theme &theme);
    void setData(const ScreenData &data, const Formatter &fmt, const Theme &theme, bool demo);
    void setError(const QString &message);
    void setMessage(const QString &message); // a neutral notice above the tiles
    bool hasData() const { return !m_data.figures.isEmpty(); }
    const ScreenData &data() const { return m_data; }
    QString chartedIndicator() const { return m_charted; }
    void chartIndicator(const QString &code);
    void copySelection() const;
    // Gives the keyboard focus to the tile of an indicator (coming back from its detail).
    void focusIndicator(const QString &code);
    // "Tháng 4/2026", "Quý II/2026", "Lũy kế năm 2026": the window a selection covers.
    static QString windowLabel(const Selection &selection, const Formatter &fmt);
    // The screen's table as CSV, rows in the order shown.
    QByteArray tableCsv() const;
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void figureActivated(const QString &indicatorCode);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildTiles();
    void fitTiles();
    void applyTheme();

    ScreenDefinition m_definition;
    const EntityRegistry &m_entities;
    ScreenData m_data;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    bool m_demo = false;
    QString m_charted;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_demoBadge;
    QLabel *m_message;
    QWidget *m_tileArea;
    QScrollArea *m_tileScroll = nullptr;
    int m_tileColumns = 4;
    QGridLayout *m_tileGrid;
    QVector<KpiTile *> m_tiles;
    TrendChart *m_chart;
    FigureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    StatusDelegate *m_statusDelegate;
};

} // namespace ioc
