#include "cameraservice.h"

#include "apiserver.h"

namespace ioc {

namespace {

const QString kPrefix = QStringLiteral("/api/v1/cameras");

} // namespace

CameraService::CameraService(const EntityRegistry &entities, const ServerStore &store,
                             QObject *parent)
    : QObject(parent)
    , m_cameras(entities, QDateTime::currentDateTime())
    , m_store(store)
{
    connect(&m_ticker, &QTimer::timeout, this, &CameraService::sendFrames);
}

bool CameraService::isCameraPath(const QString &path)
{
    return path == kPrefix || path.startsWith(kPrefix + QLatin1Char('/'));
}

QString CameraService::cameraOf(const QString &path, QString *tail) const
{
    // /api/v1/cameras/{id}/{frame|live}
    const QStringList parts = path.mid(kPrefix.size() + 1).split(QLatin1Char('/'));
    if (parts.size() != 2 || !m_cameras.has(parts[0]))
        return {};
    *tail = parts[1];
    return parts[0];
}

std::optional<HttpReply> CameraService::admit(const QString &path) const
{
    if (path == kPrefix)
        return std::nullopt;
    QString tail;
    const QString id = cameraOf(path, &tail);
    if (id.isEmpty())
        return ApiServer::error(404, "not_found", QStringLiteral("No such camera: %1").arg(path));
    if (tail != QLatin1String("frame") && tail != QLatin1String("live"))
        return ApiServer::error(404, "not_found", QStringLiteral("No such path: %1").arg(path));
    return std::nullopt;
}

CameraService::Frame CameraService::frame(const QString &id, const QDateTime &now)
{
    const QDateTime at = m_cameras.lastFrameAt(id, now);
    Frame &f = m_frames[id];
    if (f.at != at) {
        const std::optional<Observation> last
            = m_store.latest(QLatin1String(cameras::kIndicator), id);
        f.jpeg = m_cameras.frame(id, now, last ? last->value : 0.0);
        f.at = at;
    }
    return f;
}

HttpReply CameraService::answer(const QString &path, const QByteArray &ifNoneMatch)
{
    const QDateTime now = QDateTime::currentDateTime();
    HttpReply r;
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    if (path == kPrefix) {
        r.body = cameras::listJson(m_cameras.list(now, [this](const QString &id) {
            std::optional<std::pair<double, QDateTime>> reading;
            if (const auto o = m_store.latest(QLatin1String(cameras::kIndicator), id))
                reading = std::make_pair(o->value, o->fetchedAt);
            return reading;
        }));
        return r;
    }
    QString tail;
    const QString id = cameraOf(path, &tail);
    const Frame f = frame(id, now);
    r.etag = '"' + id.toLatin1() + '-' + QByteArray::number(f.at.toMSecsSinceEpoch()) + '"';
    r.headers.append(qMakePair(QByteArray("X-Frame-Time"), cameras::frameTime(f.at)));
    if (r.etag == ifNoneMatch) {
        r.status = 304;
        return r;
    }
    r.contentType = "image/jpeg";
    r.body = f.jpeg;
    return r;
}

QByteArray CameraService::part(const Frame &frame)
{
    return "--" + boundary() + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
           + QByteArray::number(frame.jpeg.size())
           + "\r\nX-Frame-Time: " + cameras::frameTime(frame.at) + "\r\n\r\n" + frame.jpeg + "\r\n";
}

HttpReply CameraService::live(const QString &path, const QByteArray &method,
                              const AccessToken &token)
{
    QString tail;
    const QString id = cameraOf(path, &tail);
    if (!m_cameras.isOnline(id))
        return ApiServer::error(503, "camera_offline",
                                QStringLiteral("Camera %1 is offline: its last picture is at "
                                               "/api/v1/cameras/%1/frame.")
                                    .arg(id));
    if (viewers() >= kMaxViewers) {
        HttpReply r = ApiServer::error(503, "busy",
                                       QStringLiteral("The server sends as many live pictures as "
                                                      "it may; try again later."));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        return r;
    }
    const Frame first = frame(id, QDateTime::currentDateTime());
    HttpReply r;
    r.contentType = "multipart/x-mixed-replace; boundary=" + boundary();
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("X-Accel-Buffering"), QByteArray("no")));
    r.body = part(first);
    if (method == "HEAD")
        return r;
    Viewer v;
    v.events = std::make_shared<HttpEventStream>();
    v.camera = id;
    v.expires = token.expires;
    v.sent = first.at;
    r.events = v.events;
    m_viewers << v;
    if (!m_ticker.isActive())
        m_ticker.start(DemoCameras::kFrameMs);
    return r;
}

void CameraService::sendFrames()
{
    m_viewers.removeIf([](const Viewer &v) { return !v.events->isOpen(); });
    if (m_viewers.isEmpty()) {
        m_ticker.stop();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (Viewer &v : m_viewers) {
        if (v.expires.isValid() && v.expires <= now) {
            v.events->close();
            continue;
        }
        // a frozen camera sends nothing new: its viewer sees the picture stop, as with a real one
        const Frame f = frame(v.camera, now);
        if (f.at == v.sent)
            continue;
        v.sent = f.at;
        v.events->write(part(f));
    }
}

void CameraService::endAll()
{
    for (const Viewer &v : std::as_const(m_viewers))
        v.events->close();
}

int CameraService::viewers() const
{
    return int(std::count_if(m_viewers.cbegin(), m_viewers.cend(),
                             [](const Viewer &v) { return v.events->isOpen(); }));
}

} // namespace ioc
