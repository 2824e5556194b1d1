#include "democameras.h"

#include "period.h"

#include <QBuffer>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ioc {

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 360;

// a stable number from a camera and an index, for where its vehicles are and their colours
quint32 mix(const QString &id, int i)
{
    quint32 h = 2166136261u;
    for (const QChar c : id)
        h = (h ^ c.unicode()) * 16777619u;
    h = (h ^ quint32(i)) * 16777619u;
    return h ^ (h >> 15);
}

} // namespace

DemoCameras::DemoCameras(const EntityRegistry &entities, const QDateTime &started)
    : m_cameras(entities.inSet(QLatin1String(cameras::kEntitySet)))
    , m_started(started)
{}

bool DemoCameras::has(const QString &id) const
{
    return std::any_of(m_cameras.cbegin(), m_cameras.cend(),
                       [&id](const Entity *e) { return e->code == id; });
}

bool DemoCameras::isOnline(const QString &id) const
{
    return id != offlineCamera();
}

QDateTime DemoCameras::lastFrameAt(const QString &id, const QDateTime &now) const
{
    QDateTime at = now;
    if (id == offlineCamera())
        at = m_started.addSecs(-37 * 60);
    else if (id == frozenCamera())
        at = m_started.addSecs(-4 * 60);
    const qint64 ms = at.toMSecsSinceEpoch();
    // in city time, as the rest of the API gives times
    return QDateTime::fromMSecsSinceEpoch(ms - ms % kFrameMs, Qt::OffsetFromUTC,
                                          kCityUtcOffsetSeconds);
}

QVector<Camera> DemoCameras::list(const QDateTime &now, const Congestion &congestion) const
{
    QVector<Camera> list;
    for (const Entity *e : m_cameras) {
        Camera c;
        c.id = e->code;
        c.junctionVi = e->nameVi;
        c.junctionEn = e->nameEn;
        c.commune = e->commune;
        c.online = isOnline(e->code);
        c.lastFrameAt = lastFrameAt(e->code, now);
        c.demo = true;
        if (const auto last = congestion(e->code)) {
            c.congestion = last->first;
            c.congestionAt = last->second;
        }
        list << c;
    }
    return list;
}

QByteArray DemoCameras::frame(const QString &id, const QDateTime &now, double congestion) const
{
    const auto e = std::find_if(m_cameras.cbegin(), m_cameras.cend(),
                                [&id](const Entity *c) { return c->code == id; });
    if (e == m_cameras.cend())
        return {};
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    draw(**e, lastFrameAt(id, now), congestion).save(&buffer, "JPEG", 70);
    return jpeg;
}

QImage DemoCameras::draw(const Entity &camera, const QDateTime &at, double congestion) const
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(QColor(0x4a, 0x5a, 0x44)); // verges
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // the two roads and the box of the junction
    const QRectF horizontal(0, 140, kWidth, 90);
    const QRectF vertical(275, 0, 90, kHeight);
    p.fillRect(horizontal, QColor(0x55, 0x57, 0x5c));
    p.fillRect(vertical, QColor(0x55, 0x57, 0x5c));
    p.setPen(QPen(QColor(0xe8, 0xe8, 0xe0), 2, Qt::DashLine));
    p.drawLine(QPointF(0, 185), QPointF(275, 185));
    p.drawLine(QPointF(365, 185), QPointF(kWidth, 185));
    p.drawLine(QPointF(320, 0), QPointF(320, 140));
    p.drawLine(QPointF(320, 230), QPointF(320, kHeight));

    // traffic: more vehicles and slower the longer the junction is congested
    const double load = std::clamp(congestion / 40.0, 0.0, 1.0);
    const int count = 6 + int(load * 34);
    const double speed = 90.0 * (1.0 - 0.85 * load); // pixels a second
    const double t = double(at.toMSecsSinceEpoch() % (3600 * 1000)) / 1000.0;
    static const QColor colours[]
        = {QColor(0xd9, 0x48, 0x3b), QColor(0xf2, 0xf2, 0xf2), QColor(0x2f, 0x6f, 0xb5),
           QColor(0xf0, 0xc0, 0x30), QColor(0x30, 0x30, 0x34), QColor(0x7a, 0xb0, 0x5e)};
    p.setPen(Qt::NoPen);
    for (int i = 0; i < count; ++i) {
        const quint32 h = mix(camera.code, i);
        const int lane = int(h % 4); // east, west, south, north
        const bool car = (h >> 4) % 5 != 0;
        const QSizeF size = car ? QSizeF(22, 11) : QSizeF(12, 6);
        const double length = lane < 2 ? kWidth + 40 : kHeight + 40;
        const double offset = double((h >> 8) % 1000) / 1000.0 * length;
        double along = std::fmod(offset + speed * t * (0.8 + 0.1 * (h % 5)), length) - 20;
        if (lane == 1 || lane == 3)
            along = length - 40 - along;
        QRectF r;
        if (lane < 2)
            r = QRectF(QPointF(along, lane == 0 ? 196 : 158), size);
        else
            r = QRectF(QPointF(lane == 2 ? 330 : 290, along), size.transposed());
        p.setBrush(colours[(h >> 12) % 6]);
        p.drawRoundedRect(r, 2, 2);
    }

    // marked as simulated: a watermark across, a band at the foot
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(96);
    p.save();
    p.translate(kWidth / 2.0, kHeight / 2.0);
    p.rotate(-18);
    p.setFont(font);
    p.setPen(QColor(255, 255, 255, 70));
    p.drawText(QRectF(-kWidth / 2.0, -70, kWidth, 140), Qt::AlignCenter, QStringLiteral("DEMO"));
    p.restore();

    p.fillRect(QRectF(0, 0, kWidth, 34), QColor(0, 0, 0, 170));
    p.fillRect(QRectF(0, kHeight - 30, kWidth, 30), QColor(0xb0, 0x1e, 0x1e, 220));
    font.setPixelSize(17);
    p.setFont(font);
    p.setPen(Qt::white);
    // the camera's own clock, as IP cameras print it (city time), and its name before it
    const QString clock
        = at.toOffsetFromUtc(kCityUtcOffsetSeconds).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    QFont small = font;
    small.setBold(false);
    small.setPixelSize(15);
    const qreal clockWidth = QFontMetricsF(small).horizontalAdvance(clock);
    p.drawText(QRectF(10, 0, kWidth - 40 - clockWidth, 34), Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(font).elidedText(camera.code + QStringLiteral("  ") + camera.nameVi,
                                              Qt::ElideRight, kWidth - 40 - clockWidth));
    p.setFont(small);
    p.drawText(QRectF(10, 0, kWidth - 20, 34), Qt::AlignVCenter | Qt::AlignRight, clock);
    font = small;
    p.drawText(QRectF(10, kHeight - 30, kWidth - 20, 30), Qt::AlignCenter,
               QStringLiteral("HÌNH MÔ PHỎNG (DEMO) · SIMULATED, NOT A CAMERA PICTURE"));
    p.end();
    return image;
}

} // namespace ioc
