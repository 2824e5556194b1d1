#include "geo.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ioc {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kEarthRadiusKm = 6378.137; // WGS 84

EntityKind kindFromKey(const QString &key, bool *ok)
{
    *ok = true;
    if (key == QLatin1String("ward"))
        return EntityKind::Ward;
    if (key == QLatin1String("commune"))
        return EntityKind::Commune;
    if (key == QLatin1String("special_zone"))
        return EntityKind::SpecialZone;
    *ok = false;
    return EntityKind::Commune;
}

// One ring from its JSON positions; problem says why it cannot be used.
QVector<QPointF> readRing(const QJsonArray &positions, QString *problem)
{
    QVector<QPointF> ring;
    ring.reserve(positions.size());
    for (const QJsonValue v : positions) {
        const QJsonArray pos = v.toArray();
        if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble()) {
            *problem = GeoReader::tr("a position is not [longitude, latitude]");
            return {};
        }
        const double lon = pos.at(0).toDouble();
        const double lat = pos.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90
            || lat > 90) {
            *problem = GeoReader::tr("the position [%1, %2] is not on the Earth").arg(lon).arg(lat);
            return {};
        }
        ring << QPointF(lon, lat);
    }
    if (ring.size() < 4) {
        *problem = GeoReader::tr("a ring has %1 positions; a closed ring needs at least 4")
                       .arg(ring.size());
        return {};
    }
    if (ring.first() != ring.last()) {
        *problem = GeoReader::tr("a ring is not closed (its last position is not its first)");
        return {};
    }
    return ring;
}

} // namespace

const GeoUnit *GeoDataset::find(const QString &code) const
{
    for (const GeoUnit &u : units) {
        if (u.code == code)
            return &u;
    }
    return nullptr;
}

QGeoRectangle GeoDataset::bounds() const
{
    QGeoRectangle r;
    for (const GeoUnit &u : units)
        r = r.isValid() ? r.united(u.bounds) : u.bounds;
    return r;
}

double GeoReader::signedArea(const QVector<QPointF> &ring)
{
    double twice = 0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        twice += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
    return twice / 2;
}

GeoDataset GeoReader::readFile(const QString &path, const EntityRegistry *registry, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the boundary file %1: %2")
                     .arg(QFileInfo(path).fileName(), f.errorString());
        return {};
    }
    if (f.size() > kMaxBytes) {
        *error = tr("The boundary file %1 is %2 MB; at most %3 MB is read.")
                     .arg(QFileInfo(path).fileName())
                     .arg(f.size() / (1024 * 1024))
                     .arg(kMaxBytes / (1024 * 1024));
        return {};
    }
    return read(f.readAll(), registry, error);
}

GeoDataset GeoReader::builtIn(const EntityRegistry *registry, QString *error)
{
    return readFile(builtInPath(), registry, error);
}

namespace {

// The features of a GeoJSON FeatureCollection, or why the document is not one.
std::optional<QJsonArray> featuresOf(const QByteArray &json, qint64 maxBytes, QString *error)
{
    if (json.trimmed().isEmpty()) {
        *error = GeoReader::tr("The boundary file is empty.");
        return std::nullopt;
    }
    if (json.size() > maxBytes) {
        *error = GeoReader::tr("The boundary file is %1 MB; at most %2 MB is read.")
                     .arg(json.size() / (1024 * 1024))
                     .arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = GeoReader::tr("The boundary file is not JSON: %1 at byte %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")
        || !root.value(QLatin1String("features")).isArray()) {
        *error = GeoReader::tr("The boundary file is not a GeoJSON FeatureCollection.");
        return std::nullopt;
    }
    return root.value(QLatin1String("features")).toArray();
}

// One polygon's rings, exterior first; each turned round to RFC 7946's orientation when it
// is not (counted in reoriented). Empty: why the polygon cannot be used.
QString readPolygon(const QJsonArray &rings, GeoPolygon *polygon, int *reoriented)
{
    if (rings.isEmpty())
        return GeoReader::tr("a polygon has no rings");
    for (int r = 0; r < rings.size(); ++r) {
        QString problem;
        QVector<QPointF> ring = readRing(rings.at(r).toArray(), &problem);
        if (!problem.isEmpty())
            return problem;
        const double area = GeoReader::signedArea(ring);
        if (area == 0)
            return GeoReader::tr("a ring encloses no area");
        // RFC 7946: exterior counter-clockwise, holes clockwise; others are turned round
        if ((r == 0) != (area > 0)) {
            std::reverse(ring.begin(), ring.end());
            ++*reoriented;
        }
        if (r == 0)
            polygon->exterior = ring;
        else
            polygon->holes << ring;
    }
    return {};
}

// A feature's Polygon or MultiPolygon into the unit, or why it cannot be used.
QString readGeometry(const QJsonObject &geometry, GeoUnit *unit, int *reoriented)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    QJsonArray polygons;
    if (type == QLatin1String("MultiPolygon"))
        polygons = geometry.value(QLatin1String("coordinates")).toArray();
    else if (type == QLatin1String("Polygon"))
        polygons.append(geometry.value(QLatin1String("coordinates")));
    else
        return type.isEmpty() ? GeoReader::tr("it has no geometry")
                              : GeoReader::tr("its geometry is a %1, not a polygon").arg(type);
    for (const QJsonValue pv : std::as_const(polygons)) {
        GeoPolygon polygon;
        if (QString problem = readPolygon(pv.toArray(), &polygon, reoriented); !problem.isEmpty())
            return problem;
        unit->polygons << polygon;
    }
    if (unit->polygons.isEmpty())
        return GeoReader::tr("it has no polygons");
    double west = 180, east = -180, south = 90, north = -90;
    for (const GeoPolygon &p : std::as_const(unit->polygons)) {
        for (const QPointF &pt : p.exterior) {
            west = std::min(west, pt.x());
            east = std::max(east, pt.x());
            south = std::min(south, pt.y());
            north = std::max(north, pt.y());
        }
    }
    unit->bounds = QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
    return {};
}

// The unit's code, name and kind from its properties (the official list decides the name
// when the file has none, and the kind), or why it cannot be used.
QString readUnit(const QJsonObject &props, const QString &code, const Entity *entity, GeoUnit *unit)
{
    unit->code = code;
    unit->name = props.value(QLatin1String("name")).toString();
    if (unit->name.isEmpty() && entity)
        unit->name = entity->nameVi;
    if (unit->name.isEmpty())
        unit->name = code;
    bool kindOk = false;
    unit->kind = kindFromKey(props.value(QLatin1String("kind")).toString(), &kindOk);
    if (entity && (!kindOk || unit->kind != entity->kind)) {
        kindOk = true;
        unit->kind = entity->kind;
    }
    return kindOk ? QString() : GeoReader::tr("its kind is not ward, commune or special_zone");
}

// The registry's units the file has no boundary for, as a warning (empty: none).
QString missingUnits(const EntityRegistry &registry, const QSet<QString> &seen)
{
    QStringList missing;
    for (const Entity *e : registry.communes()) {
        if (!seen.contains(e->code))
            missing << QStringLiteral("%1 %2").arg(e->code, e->nameVi);
    }
    if (missing.isEmpty())
        return {};
    return GeoReader::tr("No boundary for %1 unit(s): %2.")
        .arg(missing.size())
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace

GeoDataset GeoReader::read(const QByteArray &json, const EntityRegistry *registry, QString *error)
{
    GeoDataset out;
    const auto features = featuresOf(json, kMaxBytes, error);
    if (!features)
        return out;
    QSet<QString> seen;
    for (int i = 0; i < features->size(); ++i) {
        const QJsonObject feature = features->at(i).toObject();
        const QJsonObject props = feature.value(QLatin1String("properties")).toObject();
        QString code = props.value(QLatin1String("code")).toString();
        if (code.isEmpty() && feature.value(QLatin1String("id")).isString())
            code = feature.value(QLatin1String("id")).toString();
        const Entity *entity = registry ? registry->find(code) : nullptr;
        GeoUnit unit;
        QString problem;
        if (code.isEmpty())
            problem = tr("it has no code");
        else if (registry && (!entity || !entity->isCommuneLevel()))
            problem = tr("no commune-level unit has this code");
        else if (seen.contains(code))
            problem = tr("the code appears twice");
        else
            problem = readUnit(props, code, entity, &unit);
        if (problem.isEmpty())
            problem = readGeometry(feature.value(QLatin1String("geometry")).toObject(), &unit,
                                   &out.reorientedRings);
        if (!problem.isEmpty()) {
            const QString where = code.isEmpty() ? tr("Feature %1").arg(i + 1)
                                                 : tr("Feature %1 (%2)").arg(i + 1).arg(code);
            out.warnings << tr("%1 left out: %2.").arg(where, problem);
            continue;
        }
        seen.insert(code);
        out.units << unit;
    }
    if (out.units.isEmpty()) {
        *error = features->isEmpty() ? tr("The boundary file has no features.")
                                     : tr("No feature of the boundary file could be used: %1")
                                           .arg(out.warnings.mid(0, 3).join(QLatin1Char(' ')));
        return {};
    }
    if (registry) {
        if (QString missing = missingUnits(*registry, seen); !missing.isEmpty())
            out.warnings << missing;
    }
    return out;
}

MapProjection::MapProjection(double referenceLatitude)
    : m_scale(kEarthRadiusKm * std::cos(referenceLatitude * kPi / 180))
{}

QPointF MapProjection::toScene(double longitude, double latitude) const
{
    const double lambda = longitude * kPi / 180;
    const double phi = latitude * kPi / 180;
    return QPointF(m_scale * lambda, -m_scale * std::log(std::tan(kPi / 4 + phi / 2)));
}

QGeoCoordinate MapProjection::toGeo(const QPointF &scene) const
{
    const double lambda = scene.x() / m_scale;
    const double phi = 2 * std::atan(std::exp(-scene.y() / m_scale)) - kPi / 2;
    return QGeoCoordinate(phi * 180 / kPi, lambda * 180 / kPi);
}

MapGeometry::MapGeometry(const GeoDataset &data, const MapProjection &projection)
    : m_projection(projection)
{
    auto project = [&](const QVector<QPointF> &ring) {
        QPolygonF poly;
        poly.reserve(ring.size());
        for (const QPointF &p : ring)
            poly << projection.toScene(p.x(), p.y());
        return poly;
    };
    for (const GeoUnit &u : data.units) {
        Unit unit;
        unit.code = u.code;
        unit.name = u.name;
        unit.kind = u.kind;
        unit.inset = u.code == QLatin1String(kInsetCode);
        unit.path.setFillRule(Qt::OddEvenFill);
        double largest = -1;
        for (const GeoPolygon &p : u.polygons) {
            const QPolygonF exterior = project(p.exterior);
            unit.path.addPolygon(exterior);
            unit.path.closeSubpath();
            for (const auto &hole : p.holes) {
                unit.path.addPolygon(project(hole));
                unit.path.closeSubpath();
            }
            const QRectF box = exterior.boundingRect();
            const double area = std::abs(
                GeoReader::signedArea(QVector<QPointF>(exterior.cbegin(), exterior.cend())));
            if (area > largest) {
                largest = area;
                unit.labelBounds = box;
                // the polygon's centroid, or the middle of its widest row when that falls outside
                double cx = 0, cy = 0, a6 = 0;
                for (int i = 0; i + 1 < exterior.size(); ++i) {
                    const double cross = exterior.at(i).x() * exterior.at(i + 1).y()
                                         - exterior.at(i + 1).x() * exterior.at(i).y();
                    cx += (exterior.at(i).x() + exterior.at(i + 1).x()) * cross;
                    cy += (exterior.at(i).y() + exterior.at(i + 1).y()) * cross;
                    a6 += 3 * cross;
                }
                QPointF c = a6 != 0 ? QPointF(cx / a6, cy / a6) : box.center();
                if (!exterior.containsPoint(c, Qt::OddEvenFill)) {
                    // scan the horizontal line through the centre for the longest inside stretch
                    QVector<double> xs;
                    const double y = box.center().y();
                    for (int i = 0; i + 1 < exterior.size(); ++i) {
                        const QPointF a = exterior.at(i), b = exterior.at(i + 1);
                        if ((a.y() <= y) != (b.y() <= y))
                            xs << a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                    }
                    std::sort(xs.begin(), xs.end());
                    double best = -1;
                    for (int i = 0; i + 1 < xs.size(); i += 2) {
                        if (xs.at(i + 1) - xs.at(i) > best) {
                            best = xs.at(i + 1) - xs.at(i);
                            c = QPointF((xs.at(i) + xs.at(i + 1)) / 2, y);
                        }
                    }
                }
                unit.labelPoint = c;
            }
        }
        m_index.insert(unit.code, int(m_units.size()));
        m_units << unit;
    }
    for (const Unit &u : std::as_const(m_units)) {
        if (!u.inset)
            m_mainland = m_mainland.united(u.path.boundingRect());
    }
    // The inset: the offshore unit, enlarged, in a box of open sea inside the mainland's
    // extent, searched from the lower right corner (south-east of the coast); outside to the
    // right when no such box is free.
    for (Unit &u : m_units) {
        if (!u.inset)
            continue;
        const QRectF island = u.path.boundingRect();
        m_insetSource = island;
        const double side = std::max(m_mainland.width(), m_mainland.height()) * 0.16;
        const double margin = side * 0.08;
        m_insetScale = std::max(1.0, 0.7 * side / std::max(island.width(), island.height()));
        auto isFree = [this, margin](const QRectF &box) {
            const QRectF room = box.adjusted(-margin, -margin, margin, margin);
            for (const Unit &other : std::as_const(m_units)) {
                if (!other.inset && other.path.intersects(room))
                    return false;
            }
            return true;
        };
        m_inset = QRectF(m_mainland.right() + margin, m_mainland.bottom() - side, side, side);
        bool found = false;
        const double step = side / 4;
        for (double dy = 0; !found && dy <= m_mainland.height() / 2; dy += step) {
            for (double dx = 0; !found && dx <= m_mainland.width() / 2; dx += step) {
                const QRectF box(m_mainland.right() - side - dx, m_mainland.bottom() - side - dy,
                                 side, side);
                if (isFree(box)) {
                    m_inset = box;
                    found = true;
                }
            }
        }
        QTransform t;
        t.translate(m_inset.center().x(), m_inset.center().y());
        t.scale(m_insetScale, m_insetScale);
        t.translate(-island.center().x(), -island.center().y());
        u.path = t.map(u.path);
        u.labelPoint = t.map(u.labelPoint);
        u.labelBounds = t.mapRect(u.labelBounds);
    }
}

const MapGeometry::Unit *MapGeometry::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_units.at(*it);
}

QPointF MapGeometry::toScene(const QGeoCoordinate &c) const
{
    const QPointF p = m_projection.toScene(c);
    // a point on the offshore island (with a few kilometres' room) goes into the inset
    if (m_inset.isValid() && m_insetSource.adjusted(-5, -5, 5, 5).contains(p))
        return (p - m_insetSource.center()) * m_insetScale + m_inset.center();
    return p;
}

QString MapGeometry::unitAt(const QPointF &scene) const
{
    for (const Unit &u : m_units) {
        if (u.path.boundingRect().contains(scene) && u.path.contains(scene))
            return u.code;
    }
    return {};
}

MapBoundaries MapBoundaries::load(const QString &path, const EntityRegistry &entities)
{
    MapBoundaries b;
    const GeoDataset data = path.isEmpty() ? GeoReader::builtIn(&entities, &b.problem)
                                           : GeoReader::readFile(path, &entities, &b.problem);
    b.warnings = data.warnings;
    if (b.problem.isEmpty())
        b.geometry = MapGeometry(data);
    else
        qWarning("%s", qPrintable(b.problem));
    for (const QString &w : std::as_const(b.warnings))
        qWarning("%s", qPrintable(w));
    return b;
}

} // namespace ioc
