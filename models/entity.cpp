#include "entity.h"
#include "csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc {

QString entityKindKey(EntityKind k)
{
    switch (k) {
    case EntityKind::City:
        return QStringLiteral("city");
    case EntityKind::Ward:
        return QStringLiteral("ward");
    case EntityKind::Commune:
        return QStringLiteral("commune");
    case EntityKind::SpecialZone:
        return QStringLiteral("special_zone");
    case EntityKind::Unit:
        return QStringLiteral("unit");
    case EntityKind::Project:
        return QStringLiteral("project");
    case EntityKind::Station:
        return QStringLiteral("station");
    }
    return {};
}

EntityRegistry EntityRegistry::builtIn(QString *error)
{
    QFile units(QStringLiteral(":/geo/haiphong-2025-units.csv"));
    QFile entities(QStringLiteral(":/entities/entities.json"));
    if (!units.open(QIODevice::ReadOnly) || !entities.open(QIODevice::ReadOnly)) {
        *error = tr("the built-in area list is missing");
        return {};
    }
    return load(units.readAll(), entities.readAll(), error);
}

EntityRegistry EntityRegistry::load(const QByteArray &unitsCsv, const QByteArray &entitiesJson,
                                    QString *error)
{
    EntityRegistry reg;
    auto add = [&reg](const Entity &e) {
        reg.m_index.insert(e.code, reg.m_entities.size());
        reg.m_entities << e;
    };
    Entity city;
    city.code = cityCode();
    city.kind = EntityKind::City;
    city.nameVi = QStringLiteral("Thành phố Hải Phòng");
    city.nameEn = QStringLiteral("Hải Phòng City");
    add(city);

    const CsvResult csv = Csv::parse(QString::fromUtf8(unitsCsv));
    if (!csv.error.isEmpty() || csv.rows.isEmpty()) {
        *error = tr("area list, line %1: %2").arg(csv.errorLine).arg(csv.error);
        return {};
    }
    const QStringList header = csv.rows.first().fields;
    const int cCode = header.indexOf(QStringLiteral("code"));
    const int cName = header.indexOf(QStringLiteral("name"));
    const int cFull = header.indexOf(QStringLiteral("full_name"));
    const int cKind = header.indexOf(QStringLiteral("kind"));
    const int cArea = header.indexOf(QStringLiteral("area_km2_source"));
    if (cCode < 0 || cName < 0 || cFull < 0 || cKind < 0 || cArea < 0) {
        *error = tr("area list: the header lacks code, name, full_name, kind or area_km2_source");
        return {};
    }
    for (int r = 1; r < csv.rows.size(); ++r) {
        const QStringList &f = csv.rows.at(r).fields;
        if (f.size() != header.size()) {
            *error = tr("area list, line %1: expected %2 fields")
                         .arg(csv.rows.at(r).line)
                         .arg(header.size());
            return {};
        }
        Entity e;
        e.code = f.at(cCode);
        const QString kind = f.at(cKind);
        QString suffix;
        if (kind == QLatin1String("ward")) {
            e.kind = EntityKind::Ward;
            suffix = QStringLiteral(" Ward");
        } else if (kind == QLatin1String("commune")) {
            e.kind = EntityKind::Commune;
            suffix = QStringLiteral(" Commune");
        } else if (kind == QLatin1String("special_zone")) {
            e.kind = EntityKind::SpecialZone;
            suffix = QStringLiteral(" Special Zone");
        } else {
            *error = tr("area list, line %1: unknown kind '%2'").arg(csv.rows.at(r).line).arg(kind);
            return {};
        }
        e.nameVi = f.at(cFull);
        e.nameEn = f.at(cName) + suffix;
        e.areaKm2 = f.at(cArea).toDouble();
        if (reg.m_index.contains(e.code)) {
            *error = tr("area list: code %1 appears twice").arg(e.code);
            return {};
        }
        add(e);
    }

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(entitiesJson, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = tr("entity list: %1").arg(jsonError.errorString());
        return {};
    }
    const QJsonArray list = doc.object().value(QStringLiteral("entities")).toArray();
    for (const QJsonValue v : list) {
        const QJsonObject o = v.toObject();
        Entity e;
        e.code = o.value(QStringLiteral("code")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        e.kind = kind == QLatin1String("unit")      ? EntityKind::Unit
                 : kind == QLatin1String("project") ? EntityKind::Project
                                                    : EntityKind::Station;
        e.set = o.value(QStringLiteral("set")).toString();
        e.nameVi = o.value(QStringLiteral("name_vi")).toString();
        e.nameEn = o.value(QStringLiteral("name_en")).toString();
        if (o.contains(QStringLiteral("lat"))) {
            e.latitude = o.value(QStringLiteral("lat")).toDouble();
            e.longitude = o.value(QStringLiteral("lon")).toDouble();
        }
        e.commune = o.value(QStringLiteral("commune")).toString();
        for (const QJsonValue level : o.value(QStringLiteral("alarm_levels")).toArray())
            e.alarmLevels << level.toDouble();
        if (e.code.isEmpty() || e.set.isEmpty() || reg.m_index.contains(e.code)) {
            *error = tr("entity list: missing or repeated code '%1'").arg(e.code);
            return {};
        }
        add(e);
    }
    return reg;
}

const Entity *EntityRegistry::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_entities.at(*it);
}

QVector<const Entity *> EntityRegistry::communes() const
{
    QVector<const Entity *> out;
    for (const Entity &e : m_entities) {
        if (e.isCommuneLevel())
            out << &e;
    }
    return out;
}

QVector<const Entity *> EntityRegistry::inSet(const QString &set) const
{
    QVector<const Entity *> out;
    for (const Entity &e : m_entities) {
        if (e.set == set)
            out << &e;
    }
    return out;
}

} // namespace ioc
