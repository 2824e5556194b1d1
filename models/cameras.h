#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>
#include <QVector>

#include <optional>

namespace ioc {

// A traffic camera at a monitored junction, as GET /api/v1/cameras lists it (docs/api.md,
// "Traffic cameras"): where it is, whether the server has it on line, when its last frame was
// taken, and the junction's congestion (B02.04, minutes) last read.
struct Camera
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Camera)
public:
    // Online and its last frame recent; online but its picture older than kStaleSeconds (a
    // frozen feed); offline (the server has lost it).
    enum class State { Online, Stale, Offline };
    static constexpr int kStaleSeconds = 60;

    QString id; // the junction's station code (TC01 …)
    QString junctionVi;
    QString junctionEn;
    QString commune; // the commune-level unit it is in (code)
    bool online = false;
    QDateTime lastFrameAt;            // invalid: never had a frame
    std::optional<double> congestion; // B02.04 minutes, the latest reading
    QDateTime congestionAt;
    bool demo = false;  // the reference server's simulated pictures
    QDateTime listedAt; // when the console last heard of it

    QString junction(const QString &lang) const
    {
        return lang == QLatin1String("en") ? junctionEn : junctionVi;
    }
    State state(const QDateTime &now) const;
    static QString stateWord(State s); // "Trực tuyến" / "Hình cũ" / "Mất tín hiệu", translated
    bool operator==(const Camera &o) const;
};

// One picture of a camera: the JPEG as it came, when it was taken, and (for showing) decoded.
struct CameraFrame
{
    QString camera;
    QDateTime at;
    QByteArray jpeg;
    QImage image;
};

// What a camera wall shows: the cameras as last listed and each one's latest picture, decoded;
// for a camera opened, its junction's congestion readings of the last day.
struct CameraBoard
{
    QVector<Camera> cameras;
    QHash<QString, CameraFrame> frames; // by camera
    QString error;                      // why the cache could not be read (empty: fine)
    QString historyOf;                  // the camera whose junction history is below
    struct Reading
    {
        QDateTime at;
        double value = 0;
        int status = 0; // the indicator's status of the reading (ioc::Status)
    };
    QVector<Reading> history; // oldest first

    const Camera *find(const QString &id) const;
    // a newer picture replaces the one held
    bool apply(const CameraFrame &frame);
    // a new list: the pictures of cameras no longer listed go
    void apply(const QVector<Camera> &list);
};

namespace cameras {
inline constexpr qint64 kMaxFrameBytes = 4 * 1024 * 1024; // larger is refused
inline constexpr qint64 kMaxListBytes = 1024 * 1024;
inline constexpr char kIndicator[] = "B02.04"; // the junctions' congestion
inline constexpr char kEntitySet[] = "traffic_camera";

// Why these bytes are not one whole JPEG picture (starts with SOI, ends with EOI), or empty.
QString jpegProblem(const QByteArray &bytes);
// The picture decoded, after jpegProblem() found nothing; a null image and the reason when the
// JPEG does not decode.
QImage decode(const QByteArray &jpeg, QString *error);
// The list as the API gives it, and read back: every camera needs an id and a junction.
QByteArray listJson(const QVector<Camera> &list);
std::optional<QVector<Camera>> parseList(const QByteArray &json, QString *error);
// A frame's time as the API carries it (X-Frame-Time: ISO 8601 with milliseconds).
QDateTime parseFrameTime(const QByteArray &header);
QByteArray frameTime(const QDateTime &at);
} // namespace cameras

// Reads a live camera stream, multipart/x-mixed-replace (the MJPEG most IP cameras offer), as
// it comes, holding at most one part: each part must be a JPEG; a part whose Content-Length is
// over the limit, or one without a length that runs past it (an endless part), a header block
// over 8 KiB or anything but image/jpeg stops the stream with the reason.
class MjpegReader
{
    Q_DECLARE_TR_FUNCTIONS(ioc::MjpegReader)
public:
    explicit MjpegReader(const QByteArray &boundary,
                         qint64 maxFrameBytes = cameras::kMaxFrameBytes);
    // The boundary of a multipart/x-mixed-replace Content-Type, or empty when it is not one.
    static QByteArray boundaryOf(const QByteArray &contentType);

    // Takes what came; the whole parts in it (not decoded) go to frames. False once the stream
    // is refused: error() says why and nothing more is read.
    bool feed(const QByteArray &bytes, QVector<CameraFrame> *frames);
    QString error() const { return m_error; }
    qint64 buffered() const { return m_buffer.size(); }

private:
    bool fail(const QString &why);
    QByteArray m_delimiter; // "--boundary"
    qint64 m_max;
    QByteArray m_buffer;
    QString m_error;
    enum class Expect { Boundary, Headers, Body } m_expect = Expect::Boundary;
    qint64 m_length = -1; // of the body being read (-1: up to the next boundary)
    QDateTime m_frameAt;
};

} // namespace ioc
