#pragma once

#include "cameras.h"
#include "entity.h"

#include <QDateTime>
#include <QVector>

#include <functional>
#include <optional>

namespace ioc {

// The demo's traffic cameras: one at each junction of the "traffic_camera" stations, each
// picture drawn (a junction seen from above, its traffic as dense as the junction's congestion)
// and marked as simulated on every frame, so that no one takes it for a camera's. Over the
// demo's clock, one camera is offline and one has a frozen picture, so that the console's
// wall shows what it does with both. Drawing needs a QGuiApplication (fonts).
class DemoCameras
{
public:
    // the moment the demo starts: the offline and frozen cameras stopped a while before it
    DemoCameras(const EntityRegistry &entities, const QDateTime &started);

    // The congestion (B02.04 minutes) a camera's junction had last, and when it was read.
    using Congestion = std::function<std::optional<std::pair<double, QDateTime>>(const QString &)>;
    QVector<Camera> list(const QDateTime &now, const Congestion &congestion) const;
    bool has(const QString &id) const;
    bool isOnline(const QString &id) const;
    // when the camera's latest picture at `now` was taken (whole half-seconds; a stopped
    // camera's is the moment it stopped)
    QDateTime lastFrameAt(const QString &id, const QDateTime &now) const;
    // That picture, drawn: a JPEG of 640 × 360.
    QByteArray frame(const QString &id, const QDateTime &now, double congestion) const;
    QImage draw(const Entity &camera, const QDateTime &at, double congestion) const;

    static constexpr int kFrameMs = 500; // a new picture twice a second
    static QString offlineCamera() { return QStringLiteral("TC04"); }
    static QString frozenCamera() { return QStringLiteral("TC06"); }

private:
    QVector<const Entity *> m_cameras;
    QDateTime m_started;
};

} // namespace ioc
