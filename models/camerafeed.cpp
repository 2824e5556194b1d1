#include "camerafeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ioc {

Q_LOGGING_CATEGORY(lcCameras, "ioc.cameras")

CameraFeed::CameraFeed(const QString &cachePath, const Options &options, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_options(options)
{
    connect(&m_pollTimer, &QTimer::timeout, this, &CameraFeed::poll);
    connect(&m_listTimer, &QTimer::timeout, this, &CameraFeed::fetchList);
    m_liveWatchdog.setSingleShot(true);
    connect(&m_liveWatchdog, &QTimer::timeout, this, [this] {
        if (!m_liveReply)
            return;
        *m_liveStop
            = tr("No picture came from the camera for %1 s.").arg(m_options.liveWatchdogMs / 1000);
        m_liveReply->abort();
    });
    m_liveRetry.setSingleShot(true);
    connect(&m_liveRetry, &QTimer::timeout, this, &CameraFeed::connectLive);
}

CameraFeed::~CameraFeed()
{
    stop();
}

void CameraFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    fetchList();
    m_listTimer.start(m_watched.isEmpty() ? m_options.idleListMs : m_options.listMs);
    watch(m_watched);
    if (!m_liveCamera.isEmpty())
        connectLive();
}

void CameraFeed::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_listTimer.stop();
    m_liveRetry.stop();
    m_liveWatchdog.stop();
    const auto replies = m_frameReplies.values();
    for (QNetworkReply *r : replies) {
        if (r)
            r->abort();
    }
    if (m_listReply)
        m_listReply->abort();
    if (QNetworkReply *r = m_liveReply) {
        m_liveReply = nullptr;
        r->abort();
    }
}

bool CameraFeed::ready(QString *error)
{
    if (const QString refused = m_options.trust.refusal(m_options.server); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (!m_cache) {
        m_cache = std::make_unique<Cache>();
        if (!m_cache->open(m_cachePath, error)) {
            m_cache.reset();
            return false;
        }
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return true;
}

QNetworkReply *CameraFeed::get(const QString &path, int timeoutMs)
{
    QNetworkRequest r
        = m_options.trust.request(m_options.server, path, {}, m_options.token, timeoutMs);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return m_nam->get(r);
}

QString CameraFeed::failure(QNetworkReply *reply, const QString &stop)
{
    if (!stop.isEmpty())
        return stop;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString message = QJsonDocument::fromJson(reply->readAll().left(64 * 1024))
                                    .object()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString()
                                    .left(300);
        return message.isEmpty()
                   ? tr("The server answered with HTTP %1.").arg(status)
                   : tr("The server answered with HTTP %1: %2").arg(status).arg(message);
    }
    return reply->errorString();
}

void CameraFeed::fetchList()
{
    if (!m_running || m_listReply)
        return;
    QString error;
    if (!ready(&error)) {
        emit listFailed(error);
        return;
    }
    QNetworkReply *reply = get(QStringLiteral("cameras"), m_options.timeoutMs);
    m_listReply = reply;
    const auto stop = ServerTrust::guard(reply, m_options.server, this);
    // a list larger than its limit is not read on
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, stop](qint64 received, qint64) {
        if (received > cameras::kMaxListBytes) {
            *stop = tr("The list of cameras is larger than 1 MiB.");
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, stop] {
        reply->deleteLater();
        m_listReply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            emit listFailed(failure(reply, *stop));
            return;
        }
        QString error;
        const std::optional<QVector<Camera>> list = cameras::parseList(reply->readAll(), &error);
        if (!list || !m_cache->storeCameras(*list, &error)) {
            qCWarning(lcCameras, "the list of cameras was not kept: %s", qUtf8Printable(error));
            emit listFailed(error);
            return;
        }
        emit listed(*list);
    });
}

void CameraFeed::watch(const QStringList &ids)
{
    m_watched = ids;
    if (!m_running)
        return;
    m_listTimer.setInterval(ids.isEmpty() ? m_options.idleListMs : m_options.listMs);
    if (ids.isEmpty()) {
        m_pollTimer.stop();
        return;
    }
    if (!m_pollTimer.isActive())
        m_pollTimer.start(m_options.pollMs);
    poll();
}

void CameraFeed::poll()
{
    if (!m_running)
        return;
    for (const QString &id : std::as_const(m_watched)) {
        if (!m_frameReplies.value(id))
            fetchFrame(id);
    }
}

bool CameraFeed::keep(CameraFrame *frame, QString *error)
{
    *error = cameras::jpegProblem(frame->jpeg);
    if (!error->isEmpty())
        return false;
    frame->image = cameras::decode(frame->jpeg, error);
    return !frame->image.isNull();
}

void CameraFeed::fetchFrame(const QString &id)
{
    QString error;
    if (!ready(&error)) {
        emit frameRefused(id, error);
        return;
    }
    // ids come from the server's list; anything else is not put in a path
    if (id.isEmpty() || id.size() > 64 || id.contains(QLatin1Char('/')))
        return;
    QNetworkRequest r
        = m_options.trust.request(m_options.server, QStringLiteral("cameras/%1/frame").arg(id), {},
                                  m_options.token, m_options.timeoutMs);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (const QByteArray etag = m_etags.value(id); !etag.isEmpty())
        r.setRawHeader("If-None-Match", etag);
    QNetworkReply *reply = m_nam->get(r);
    ++m_framesRequested;
    m_frameReplies.insert(id, reply);
    const auto stop = ServerTrust::guard(reply, m_options.server, this);
    const qint64 max = m_options.maxFrameBytes;
    // bounded: a declared length over the limit is refused before a byte of it is read, and so
    // is a picture that goes on past it
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, stop, max] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > max) {
            *stop = tr("The picture is %1 bytes, over the limit of %2.").arg(length).arg(max);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, stop, max](qint64 received, qint64) {
                if (received > max) {
                    *stop = tr("The picture runs past the limit of %1 bytes.").arg(max);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, stop, id] {
        reply->deleteLater();
        if (m_frameReplies.value(id) == reply)
            m_frameReplies.remove(id);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 304)
            return; // the picture held is the latest
        QString error;
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            error = failure(reply, *stop);
        } else if (!reply->header(QNetworkRequest::ContentTypeHeader)
                        .toString()
                        .startsWith(QLatin1String("image/jpeg"))) {
            error = tr("The server's answer is not a JPEG picture (%1).")
                        .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString().left(80));
        }
        CameraFrame frame;
        if (error.isEmpty()) {
            frame.camera = id;
            frame.jpeg = reply->readAll();
            frame.at = cameras::parseFrameTime(reply->rawHeader("X-Frame-Time"));
            if (!frame.at.isValid())
                frame.at = QDateTime::currentDateTime();
            if (keep(&frame, &error) && m_cache->storeCameraFrame(frame, &error))
                m_etags.insert(id, reply->rawHeader("ETag"));
        }
        if (!error.isEmpty()) {
            qCWarning(lcCameras, "camera %s: the picture was refused: %s", qUtf8Printable(id),
                      qUtf8Printable(error));
            emit frameRefused(id, error);
            return;
        }
        emit framesArrived({frame});
    });
}

void CameraFeed::openLive(const QString &id)
{
    if (id == m_liveCamera)
        return;
    const QString was = m_liveCamera;
    m_liveCamera = id;
    m_liveRetry.stop();
    m_liveWatchdog.stop();
    if (QNetworkReply *r = m_liveReply) {
        m_liveReply = nullptr;
        r->abort();
    }
    if (!was.isEmpty())
        emit liveChanged(was, false, QString());
    if (!id.isEmpty() && m_running)
        connectLive();
}

void CameraFeed::connectLive()
{
    if (!m_running || m_liveCamera.isEmpty() || m_liveReply)
        return;
    const QString id = m_liveCamera;
    QString error;
    if (!ready(&error)) {
        endLive(error);
        return;
    }
    // no transfer timeout: the watchdog tells a frozen stream from a live one
    QNetworkReply *reply = get(QStringLiteral("cameras/%1/live").arg(id), 0);
    m_liveReply = reply;
    m_liveStop = ServerTrust::guard(reply, m_options.server, this);
    m_reader.reset();
    connect(reply, &QNetworkReply::readyRead, this, &CameraFeed::readLive);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_liveReply)
            return; // closed, or another camera opened
        m_liveReply = nullptr;
        m_liveWatchdog.stop();
        QString why = failure(reply, *m_liveStop);
        if (why.isEmpty() || reply->error() == QNetworkReply::NoError)
            why = tr("The camera's live stream ended.");
        endLive(why);
    });
    m_liveWatchdog.start(m_options.liveWatchdogMs);
}

void CameraFeed::readLive()
{
    QNetworkReply *reply = m_liveReply;
    if (!reply || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return; // an error's body is read when it finishes
    if (!m_reader) {
        const QByteArray boundary = MjpegReader::boundaryOf(
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (boundary.isEmpty()) {
            *m_liveStop
                = tr("The server's answer is not a live picture stream (%1).")
                      .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString().left(80));
            reply->abort();
            return;
        }
        m_reader.emplace(boundary, m_options.maxFrameBytes);
    }
    QVector<CameraFrame> frames;
    if (!m_reader->feed(reply->readAll(), &frames)) {
        *m_liveStop = m_reader->error();
        reply->abort();
        return;
    }
    if (frames.isEmpty())
        return;
    // only the newest picture of what came is shown
    CameraFrame frame = frames.constLast();
    frame.camera = m_liveCamera;
    QString error;
    if (!keep(&frame, &error)) {
        *m_liveStop = error;
        reply->abort();
        return;
    }
    const bool first = !m_liveStored.isValid(); // the first picture of this connection
    m_liveWatchdog.start(m_options.liveWatchdogMs);
    if (first)
        emit liveChanged(frame.camera, true, QString());
    const QDateTime now = QDateTime::currentDateTime();
    if (!m_liveStored.isValid() || m_liveStored.msecsTo(now) >= m_options.liveStoreMs) {
        m_liveStored = now;
        if (!m_cache->storeCameraFrame(frame, &error))
            qCWarning(lcCameras, "a live picture was not kept: %s", qUtf8Printable(error));
    }
    emit liveFrame(frame);
}

void CameraFeed::endLive(const QString &reason)
{
    m_liveStored = {};
    const QString id = m_liveCamera;
    qCInfo(lcCameras, "camera %s: the live stream is down: %s", qUtf8Printable(id),
           qUtf8Printable(reason));
    emit liveChanged(id, false, reason);
    if (m_running && !id.isEmpty())
        m_liveRetry.start(m_options.liveRetryMs);
}

} // namespace ioc
