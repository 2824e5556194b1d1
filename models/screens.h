#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc {

class Catalog;

// One panel of a screen. Kinds:
//  tiles        the KPI tile grid of all the screen's indicators (always first, full width)
//  trend        month by month against plan (this year against last for year-to-date totals);
//               the first trend panel follows the tile last chosen
//  bars         one indicator by commune, unit, project or station, sorted, with plan ticks
//  ranked       one indicator by entity as a ranked table, worst first
//  composition  a whole and its parts (the rest is named by rest_vi/rest_en)
//  stations     the latest reading of each station against its alarm levels
//  map          the communes shaded by one indicator, chosen among its indicators (all those of
//               the screen reported by commune), with the screen's stations and projects on top
//  cameras      the traffic cameras' latest pictures (a camera wall), each with its junction's
//               congestion (its one indicator, read at the camera stations)
struct ScreenPanel
{
    enum class Kind { Tiles, Trend, Bars, Ranked, Composition, Stations, Map, Cameras };
    Kind kind = Kind::Tiles;
    QStringList indicators; // trend/bars/ranked: one; composition: the whole then its parts;
                            // map: those it can show, the first shown first
    QString titleVi;        // optional; the indicator's name otherwise
    QString titleEn;
    QString restVi; // composition: what the rest of the whole is
    QString restEn;
    int span = 1;            // columns of the panel grid it takes
    int limit = 0;           // bars/ranked: at most this many rows (0: all)
    bool worstFirst = false; // bars: worst first rather than longest first (ranked always is)

    QString title(const QString &lang) const
    {
        return lang == QLatin1String("en") ? titleEn : titleVi;
    }
    QString rest(const QString &lang) const
    {
        return lang == QLatin1String("en") ? restEn : restVi;
    }
    static QString kindKey(Kind k);
};

// One dashboard screen, as data: which indicators, in which group, which panels in how many
// columns.
struct ScreenDefinition
{
    QString code;  // S01..S17
    QString group; // overview, economy, society, projects, emergency
    QString titleVi;
    QString titleEn;
    QString trendIndicator; // the first trend panel's indicator
    QStringList indicators;
    QVector<ScreenPanel> panels; // tiles first
    int columns = 2;             // of the grid the panels after the tiles are laid out in
    // What the screen's briefing text cites beside its own indicators ("narrative": "context"),
    // and the parts it states with a whole ("trong đó …"): those of its composition panels and
    // those "narrative": "in_which" names.
    QStringList context;
    QHash<QString, QStringList> inWhich;

    // the indicators whose breakdown by entity the panels show
    QStringList breakdownIndicators() const;

    QString title(const QString &lang) const
    {
        return lang == QLatin1String("en") ? titleEn : titleVi;
    }
};

class ScreenCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ScreenCatalog)
public:
    static QVector<ScreenDefinition> load(const QByteArray &json, QString *error);
    static QVector<ScreenDefinition> builtIn(QString *error);
    static QString builtInPath() { return QStringLiteral(":/screens/screens.json"); }
    // What in the definitions does not fit the catalog: unknown codes, panels on indicators
    // the screen does not show, bars of a city-only indicator, parts in another unit, ...
    static QStringList check(const QVector<ScreenDefinition> &screens, const Catalog &catalog);
    static QStringList groups();
    static QString groupTitle(const QString &group);
};

} // namespace ioc
