#pragma once

#include "catalog.h"
#include "mapview.h"
#include "screendata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace ioc {

// The map on its own: any indicator reported by commune, for the period of the period picker,
// classed by quantile or equal interval (5 to 7 classes) or against plan, with the stations and
// projects as symbol layers.
class MapPage : public QWidget
{
    Q_OBJECT
public:
    // geometry null: problem says why there is no map (the rest of the console works on)
    MapPage(const Catalog &catalog, const EntityRegistry &entities, const MapGeometry *geometry,
            const QString &problem, const QStringList &warnings, QWidget *parent = nullptr);

    void setLook(const Formatter &fmt, const Theme &theme);
    void setSelection(const Selection &selection); // clears the figures of another period
    void setBreakdown(const BreakdownData &data);
    QString indicator() const;
    void setIndicator(const QString &code);
    // how units are classed: by quantile, by equal interval, or by % of plan (diverging)
    enum Method { Quantile, EqualInterval, VsPlan };
    Method method() const;
    void setMethod(Method method); // an indicator without a plan falls back to quantiles
    MapView *map() const { return m_map; }

signals:
    void breakdownWanted(const QString &indicatorCode);
    void communeActivated(const QString &entityCode);
    void placeWanted(const QString &entity); // the map's context menu

private:
    void retranslate();
    void showIndicator(const QString &code);
    void applyMethod();
    void updatePoints();

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    Formatter m_fmt;
    Selection m_selection;
    QHash<QString, QVector<Figure>> m_breakdowns;
    QLabel *m_title;
    QLabel *m_note;
    QComboBox *m_indicator;
    QComboBox *m_method;
    QSpinBox *m_classes;
    QCheckBox *m_stations;
    QCheckBox *m_projects;
    MapView *m_map = nullptr;
    QString m_problem;
    QStringList m_warnings;
};

} // namespace ioc
