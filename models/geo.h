#pragma once

#include "entity.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc {

// One polygon of a unit's boundary: lon/lat positions (x = longitude, y = latitude), the
// exterior ring counter-clockwise and the holes clockwise (RFC 7946), each ring closed.
struct GeoPolygon
{
    QVector<QPointF> exterior;
    QVector<QVector<QPointF>> holes;
};

// One commune-level unit's boundary, keyed by its official code.
struct GeoUnit
{
    QString code;
    QString name; // without the kind ("Thành Đông")
    EntityKind kind = EntityKind::Commune;
    QVector<GeoPolygon> polygons;
    QGeoRectangle bounds;
};

// The boundaries of the city's units as read from a GeoJSON FeatureCollection.
struct GeoDataset
{
    QVector<GeoUnit> units; // in the file's order
    // what was left out or repaired, one line each, for the operator (empty when all was well)
    QStringList warnings;
    int reorientedRings = 0; // rings turned round to RFC 7946 orientation (not an error)

    bool isEmpty() const { return units.isEmpty(); }
    const GeoUnit *find(const QString &code) const;
    QGeoRectangle bounds() const;
};

// Reads boundaries. A file that cannot be a boundary set at all (empty, too large, not JSON,
// not a FeatureCollection, no usable feature) gives an error and no units; a feature that
// cannot be used (no code, a code the registry does not know, a duplicate, bad coordinates, a
// ring not closed) is left out with a warning naming it, and the rest is read.
class GeoReader
{
    Q_DECLARE_TR_FUNCTIONS(ioc::GeoReader)
public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024; // the full-resolution file is 2 MB
    // registry: when given, only its commune-level units are accepted, and units it has that
    // the file lacks are named in the warnings.
    static GeoDataset read(const QByteArray &json, const EntityRegistry *registry, QString *error);
    static GeoDataset readFile(const QString &path, const EntityRegistry *registry, QString *error);
    // the simplified boundaries embedded at build time (from ../shared/geo)
    static GeoDataset builtIn(const EntityRegistry *registry, QString *error);
    static QString builtInPath()
    {
        return QStringLiteral(":/geo/haiphong-2025-communes-simplified.geojson");
    }

    // Signed area of a ring in lon/lat units: positive when counter-clockwise.
    static double signedArea(const QVector<QPointF> &ring);
};

// Web Mercator (conformal), scaled so that one scene unit is one kilometre at the city's
// latitude, y growing southwards like a screen.
class MapProjection
{
public:
    explicit MapProjection(double referenceLatitude = 20.85);
    QPointF toScene(double longitude, double latitude) const;
    QPointF toScene(const QGeoCoordinate &c) const { return toScene(c.longitude(), c.latitude()); }
    QGeoCoordinate toGeo(const QPointF &scene) const;

private:
    double m_scale; // km per radian of Mercator at the reference latitude
};

// The boundaries projected once for every map of the console: one path per unit (odd-even
// fill, so holes stay open), where to put its label, and which unit goes into the inset.
class MapGeometry
{
public:
    struct Unit
    {
        QString code;
        QString name;
        EntityKind kind = EntityKind::Commune;
        QPainterPath path;  // scene coordinates (km)
        QPointF labelPoint; // inside the largest polygon
        QRectF labelBounds; // the largest polygon's bounding box: the room for a label
        bool inset = false; // drawn in the inset box, moved there by insetOffset
    };
    static constexpr char kInsetCode[] = "11948"; // Bạch Long Vĩ, 117 km offshore

    MapGeometry() = default;
    explicit MapGeometry(const GeoDataset &data, const MapProjection &projection = MapProjection());

    const QVector<Unit> &units() const { return m_units; }
    const Unit *find(const QString &code) const;
    // the mainland (and near islands) the view fits; the inset box sits in its lower right
    QRectF mainlandRect() const { return m_mainland; }
    QRectF insetRect() const { return m_inset; }
    QRectF cityRect() const { return m_mainland.united(m_inset); }
    double insetScale() const { return m_insetScale; }
    // where a geographic point is drawn (inside the inset when it belongs there)
    QPointF toScene(const QGeoCoordinate &c) const;
    // The unit under a scene point, or an empty string.
    QString unitAt(const QPointF &scene) const;
    const MapProjection &projection() const { return m_projection; }

private:
    MapProjection m_projection;
    QVector<Unit> m_units;
    QHash<QString, int> m_index;
    QRectF m_mainland;
    QRectF m_inset;
    QRectF m_insetSource; // the inset's geographic box in scene units before it is moved
    double m_insetScale = 1;
};

// The boundaries every map of a window draws, or why there are none: a file that cannot be read
// leaves the maps out with the reason, and the rest of the console works.
struct MapBoundaries
{
    MapGeometry geometry;
    QString problem;
    QStringList warnings;

    const MapGeometry *get() const { return problem.isEmpty() ? &geometry : nullptr; }
    // a GeoJSON file, or the built-in boundaries when path is empty; problems are also logged
    static MapBoundaries load(const QString &path, const EntityRegistry &entities);
};

} // namespace ioc
