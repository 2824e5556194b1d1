#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <cmath>

namespace ioc {

enum class EntityKind { City, Ward, Commune, SpecialZone, Unit, Project, Station };

QString entityKindKey(EntityKind k);

// Something an observation is about: the city, one of the 114 commune-level units,
// an investor/department/hospital, a project or a monitoring station.
struct Entity
{
    QString code;
    EntityKind kind = EntityKind::City;
    QString set; // for units/projects/stations: investor, hospital, river_station, ...
    QString nameVi;
    QString nameEn;
    double latitude = std::nan("");
    double longitude = std::nan("");
    double areaKm2 = 0;          // communes: the official area
    QVector<double> alarmLevels; // river/marine stations: BĐ1..BĐ3 in metres
    QString commune;             // stations: the commune-level unit they are in (code), if known

    QString name(const QString &lang) const
    {
        return lang == QLatin1String("en") ? nameEn : nameVi;
    }
    bool isCommuneLevel() const
    {
        return kind == EntityKind::Ward || kind == EntityKind::Commune
               || kind == EntityKind::SpecialZone;
    }
};

class EntityRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ioc::EntityRegistry)
public:
    static QString cityCode() { return QStringLiteral("31"); }

    // unitsCsv: ../shared/geo/haiphong-2025-units.csv; entitiesJson: resources/entities.
    static EntityRegistry load(const QByteArray &unitsCsv, const QByteArray &entitiesJson,
                               QString *error);
    static EntityRegistry builtIn(QString *error);

    bool isValid() const { return !m_entities.isEmpty(); }
    const Entity *find(const QString &code) const;
    // An entity's name in a language; its code when it is not known.
    QString nameOf(const QString &code, const QString &lang) const
    {
        const Entity *e = find(code);
        return e ? e->name(lang) : code;
    }
    const Entity &city() const { return m_entities.first(); }
    QVector<const Entity *> communes() const;
    QVector<const Entity *> inSet(const QString &set) const;
    const QVector<Entity> &all() const { return m_entities; }

private:
    QVector<Entity> m_entities; // city first, then the 114 units in code order, then the rest
    QHash<QString, int> m_index;
};

} // namespace ioc
