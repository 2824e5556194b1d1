#pragma once

#include "accesstokens.h"
#include "democameras.h"
#include "httplistener.h"
#include "serverstore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace ioc {

// The traffic cameras of the IOC Data API (docs/api.md, "Traffic cameras"): the list with
// each junction's congestion from the store, each camera's latest picture (JPEG, with an ETag so
// that a console polling an unchanged picture gets 304), and a live picture stream
// (multipart/x-mixed-replace, as IP cameras give MJPEG). The reference server's cameras are
// the demo's (DemoCameras): their pictures are drawn and marked as simulated.
class CameraService : public QObject
{
    Q_OBJECT
public:
    CameraService(const EntityRegistry &entities, const ServerStore &store,
                  QObject *parent = nullptr);

    static bool isCameraPath(const QString &path);
    // 404 for a camera or a path under /api/v1/cameras that is not there
    std::optional<HttpReply> admit(const QString &path) const;
    // GET /cameras and /cameras/{id}/frame
    HttpReply answer(const QString &path, const QByteArray &ifNoneMatch);
    // GET /cameras/{id}/live: the stream goes on until the client goes, the token expires or
    // endAll() (the tokens were reloaded).
    HttpReply live(const QString &path, const QByteArray &method, const AccessToken &token);
    void endAll();
    int viewers() const;
    static constexpr int kMaxViewers = 64;
    static QByteArray boundary() { return QByteArrayLiteral("ioc-frame"); }

private:
    struct Frame
    {
        QByteArray jpeg;
        QDateTime at;
    };
    // the camera's latest picture, drawn once per frame time
    Frame frame(const QString &id, const QDateTime &now);
    static QByteArray part(const Frame &frame);
    QString cameraOf(const QString &path, QString *tail) const;
    void sendFrames();

    DemoCameras m_cameras;
    const ServerStore &m_store;
    QHash<QString, Frame> m_frames;
    struct Viewer
    {
        std::shared_ptr<HttpEventStream> events;
        QString camera;
        QDateTime expires;
        QDateTime sent; // the time of the last picture it was sent
    };
    QVector<Viewer> m_viewers;
    QTimer m_ticker;
};

} // namespace ioc
