#pragma once

#include "cache.h"
#include "cameras.h"
#include "servertrust.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc {

// The traffic cameras of a server (docs/api.md, "Traffic cameras"), fetched for what the
// console shows: the list (every 30 s while cameras are on screen, every 5 minutes otherwise),
// the latest picture of the cameras on screen only (every pollMs, asking with the ETag of the
// picture held, so an unchanged picture costs a 304), and one live stream (MJPEG) for the
// camera opened. Every picture is checked before it is kept: a JPEG, whole, within the size
// limit, read with a bounded buffer (MjpegReader for the stream). Lists and pictures go into
// the cache, so that the wall shows each camera's last picture offline and a pack carries it.
// Lives on the sync thread beside the SyncEngines; opens its own cache connection there.
class CameraFeed : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl server;
        QString token;
        ServerTrust trust;
        int timeoutMs = 10000;
        int pollMs = 2000;
        int listMs = 30 * 1000; // while cameras are watched
        int idleListMs = 5 * 60 * 1000;
        int liveWatchdogMs = 5000; // no picture for this long: the live stream is down
        int liveRetryMs = 5000;
        int liveStoreMs = 5000; // a live picture goes into the cache at most this often
        qint64 maxFrameBytes = cameras::kMaxFrameBytes;
    };

    CameraFeed(const QString &cachePath, const Options &options, QObject *parent = nullptr);
    ~CameraFeed() override;

    QStringList watched() const { return m_watched; }
    QString liveCamera() const { return m_liveCamera; }
    int framesRequested() const { return m_framesRequested; } // for the tests

public slots:
    // Starts fetching the list (after the first good sync).
    void start();
    void stop();
    // The cameras on screen now (empty: none): only their pictures are fetched.
    void watch(const QStringList &ids);
    // The camera whose live stream is shown (empty: none).
    void openLive(const QString &id);

signals:
    void listed(const QVector<ioc::Camera> &list);
    void listFailed(const QString &reason);
    // new pictures of watched cameras, decoded, in the cache
    void framesArrived(const QVector<ioc::CameraFrame> &frames);
    // a picture was refused, and why
    void frameRefused(const QString &camera, const QString &reason);
    void liveFrame(const ioc::CameraFrame &frame);
    // the live stream of a camera is up, or not and why (empty: closed)
    void liveChanged(const QString &camera, bool live, const QString &reason);

private:
    bool ready(QString *error);
    QNetworkReply *get(const QString &path, int timeoutMs);
    // an error answer's message, or why the reply failed
    static QString failure(QNetworkReply *reply, const QString &stop);
    void fetchList();
    void poll();
    void fetchFrame(const QString &id);
    void connectLive();
    void readLive();
    void endLive(const QString &reason);
    bool keep(CameraFrame *frame, QString *error);

    QString m_cachePath;
    Options m_options;
    std::unique_ptr<Cache> m_cache;
    QNetworkAccessManager *m_nam = nullptr;
    bool m_running = false;
    QStringList m_watched;
    QTimer m_pollTimer;
    QTimer m_listTimer;
    QPointer<QNetworkReply> m_listReply;
    QHash<QString, QPointer<QNetworkReply>> m_frameReplies;
    QHash<QString, QByteArray> m_etags;
    QVector<CameraFrame> m_arrived; // of the current poll round
    int m_framesRequested = 0;

    QString m_liveCamera;
    QPointer<QNetworkReply> m_liveReply;
    std::shared_ptr<QString> m_liveStop;
    std::optional<MjpegReader> m_reader;
    QTimer m_liveWatchdog;
    QTimer m_liveRetry;
    QDateTime m_liveStored;
};

} // namespace ioc
