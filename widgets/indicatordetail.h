#pragma once

#include "entity.h"
#include "format.h"
#include "screendata.h"
#include "theme.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace ioc {

class BreakdownBars;
class FigureTableModel;
class KpiTile;
class TrendChart;

// The drill-down of one indicator: its figure, full history against plan, the breakdown by
// commune/unit/project/station as bars and as a table, the rules and the status they give,
// and where the figure comes from. Back (the button, Esc, Alt+Left or Backspace) returns.
class IndicatorDetail : public QWidget
{
    Q_OBJECT
public:
    IndicatorDetail(const EntityRegistry &entities, QWidget *parent = nullptr);

    void setLoading(const Indicator &ind, const Formatter &fmt, const Theme &theme);
    void setData(const DetailData &data, const Formatter &fmt, const Theme &theme);
    const DetailData &data() const { return m_data; }
    QString indicatorCode() const { return m_code; }
    const BreakdownBars *bars() const { return m_bars; }
    QString rulesText() const;
    // the year-end projection in words, with its method, or why there is none (empty: an
    // indicator with no year end to project)
    QString projectionText() const;
    QString provenanceText() const;
    // the breakdown (or, for a city-only indicator, the history) as CSV
    QByteArray tableCsv() const;
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void back();
    void exportRequested(); // its Export button: the window asks where and writes exportCsv()

private:
    void applyTheme();
    void fillHistoryTable();

    const EntityRegistry &m_entities;
    DetailData m_data;
    QString m_code;
    Formatter m_fmt;
    Theme m_theme = Theme::light();

    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_subtitle;
    KpiTile *m_tile;
    QLabel *m_rules;
    QLabel *m_projection;
    QLabel *m_provenance;
    TrendChart *m_chart;
    BreakdownBars *m_bars;
    QScrollArea *m_barsScroll;
    QTabWidget *m_tabs;
    FigureTableModel *m_breakdownModel;
    QSortFilterProxyModel *m_breakdownProxy;
    QTableView *m_breakdownTable;
    QStandardItemModel *m_historyModel;
    QTableView *m_historyTable;
};

} // namespace ioc
