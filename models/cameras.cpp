#include "cameras.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc {

namespace {

constexpr int kMaxHeaderBytes = 8 * 1024;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(text(o, key), Qt::ISODateWithMs);
}

} // namespace

Camera::State Camera::state(const QDateTime &now) const
{
    if (!online || !lastFrameAt.isValid())
        return State::Offline;
    return lastFrameAt.secsTo(now) > kStaleSeconds ? State::Stale : State::Online;
}

QString Camera::stateWord(State s)
{
    switch (s) {
    case State::Online:
        return tr("Online");
    case State::Stale:
        return tr("Picture stale");
    case State::Offline:
        break;
    }
    return tr("Offline");
}

bool Camera::operator==(const Camera &o) const
{
    return id == o.id && junctionVi == o.junctionVi && junctionEn == o.junctionEn
           && commune == o.commune && online == o.online && lastFrameAt == o.lastFrameAt
           && congestion == o.congestion && congestionAt == o.congestionAt && demo == o.demo;
}

const Camera *CameraBoard::find(const QString &id) const
{
    const auto c = std::find_if(cameras.cbegin(), cameras.cend(),
                                [&id](const Camera &c) { return c.id == id; });
    return c == cameras.cend() ? nullptr : &*c;
}

bool CameraBoard::apply(const CameraFrame &frame)
{
    const auto held = frames.constFind(frame.camera);
    if (held != frames.cend() && held->at >= frame.at)
        return false;
    frames.insert(frame.camera, frame);
    return true;
}

void CameraBoard::apply(const QVector<Camera> &list)
{
    cameras = list;
    for (auto it = frames.begin(); it != frames.end();) {
        if (find(it.key()))
            ++it;
        else
            it = frames.erase(it);
    }
}

namespace cameras {

QString jpegProblem(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return MjpegReader::tr("The picture is empty.");
    if (bytes.size() > kMaxFrameBytes)
        return MjpegReader::tr("The picture is larger than %1 MiB.").arg(kMaxFrameBytes >> 20);
    if (!bytes.startsWith("\xFF\xD8\xFF"))
        return MjpegReader::tr("The picture is not a JPEG.");
    // the end of image, allowing for padding some cameras add after it
    const qsizetype eoi = bytes.lastIndexOf("\xFF\xD9");
    if (eoi < 0 || bytes.size() - eoi > 64)
        return MjpegReader::tr("The JPEG picture is cut off.");
    return {};
}

QImage decode(const QByteArray &jpeg, QString *error)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    // a small file that claims a huge picture must not take the memory
    const QSize size = reader.size();
    if (!size.isValid()) {
        *error = MjpegReader::tr("The JPEG picture does not decode: %1").arg(reader.errorString());
        return {};
    }
    if (qint64(size.width()) * size.height() > 4096LL * 4096) {
        *error = MjpegReader::tr("The picture's size is not acceptable (%1 × %2).")
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull())
        *error = MjpegReader::tr("The JPEG picture does not decode: %1").arg(reader.errorString());
    return image;
}

QByteArray frameTime(const QDateTime &at)
{
    return at.toString(Qt::ISODateWithMs).toLatin1();
}

QDateTime parseFrameTime(const QByteArray &header)
{
    return QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::ISODateWithMs);
}

QByteArray listJson(const QVector<Camera> &list)
{
    QJsonArray items;
    for (const Camera &c : list) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("junction_vi"), c.junctionVi},
                      {QStringLiteral("junction_en"), c.junctionEn},
                      {QStringLiteral("commune"), c.commune},
                      {QStringLiteral("status"),
                       c.online ? QStringLiteral("online") : QStringLiteral("offline")},
                      {QStringLiteral("demo"), c.demo}};
        if (c.lastFrameAt.isValid())
            o.insert(QStringLiteral("last_frame_at"), c.lastFrameAt.toString(Qt::ISODateWithMs));
        if (c.congestion) {
            o.insert(QStringLiteral("congestion"),
                     QJsonObject{
                         {QStringLiteral("indicator"), QLatin1String(kIndicator)},
                         {QStringLiteral("value"), *c.congestion},
                         {QStringLiteral("read_at"), c.congestionAt.toString(Qt::ISODateWithMs)}});
        }
        items.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("cameras"), items}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QVector<Camera>> parseList(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxListBytes) {
        *error = MjpegReader::tr("The list of cameras is larger than 1 MiB.");
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    const QJsonValue items = doc.object().value(QStringLiteral("cameras"));
    if (!doc.isObject() || !items.isArray()) {
        *error = MjpegReader::tr("The list of cameras is not the API's JSON (%1).")
                     .arg(parse.error ? parse.errorString() : QStringLiteral("no \"cameras\""));
        return std::nullopt;
    }
    QVector<Camera> list;
    const QDateTime now = QDateTime::currentDateTime();
    for (const auto &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        Camera c;
        c.id = text(o, "id");
        c.junctionVi = text(o, "junction_vi");
        c.junctionEn = text(o, "junction_en");
        if (c.id.isEmpty() || c.id.size() > 64 || c.junctionVi.isEmpty()) {
            *error = MjpegReader::tr("A camera in the list has no id or no junction.");
            return std::nullopt;
        }
        if (c.junctionEn.isEmpty())
            c.junctionEn = c.junctionVi;
        c.commune = text(o, "commune");
        c.online = text(o, "status") == QLatin1String("online");
        c.lastFrameAt = time(o, "last_frame_at");
        c.demo = o.value(QStringLiteral("demo")).toBool();
        const QJsonObject congestion = o.value(QStringLiteral("congestion")).toObject();
        if (congestion.value(QStringLiteral("value")).isDouble()) {
            c.congestion = congestion.value(QStringLiteral("value")).toDouble();
            c.congestionAt = time(congestion, "read_at");
        }
        c.listedAt = now;
        list << c;
    }
    return list;
}

} // namespace cameras

MjpegReader::MjpegReader(const QByteArray &boundary, qint64 maxFrameBytes)
    : m_delimiter("--" + boundary)
    , m_max(maxFrameBytes)
{}

QByteArray MjpegReader::boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.value(0).trimmed().toLower() != "multipart/x-mixed-replace")
        return {};
    for (const QByteArray &p : parts.mid(1)) {
        const QByteArray kv = p.trimmed();
        if (kv.toLower().startsWith("boundary=")) {
            QByteArray b = kv.mid(9);
            if (b.size() >= 2 && b.startsWith('"') && b.endsWith('"'))
                b = b.mid(1, b.size() - 2);
            if (b.startsWith("--")) // some cameras name it with the dashes
                b = b.mid(2);
            return b.size() <= 70 ? b : QByteArray();
        }
    }
    return {};
}

bool MjpegReader::fail(const QString &why)
{
    m_error = why;
    m_buffer.clear();
    return false;
}

bool MjpegReader::feed(const QByteArray &bytes, QVector<CameraFrame> *frames)
{
    if (!m_error.isEmpty())
        return false;
    m_buffer += bytes;
    for (;;) {
        switch (m_expect) {
        case Expect::Boundary: {
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    return fail(tr("The stream is not a multipart stream of pictures."));
                return true;
            }
            const QByteArray line = m_buffer.left(end).trimmed();
            if (!line.startsWith(m_delimiter))
                return fail(tr("The stream does not keep to its multipart boundary."));
            if (line.mid(m_delimiter.size()).startsWith("--"))
                return fail(tr("The camera ended the stream."));
            m_buffer.remove(0, end + 2);
            m_expect = Expect::Headers;
            break;
        }
        case Expect::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    return fail(tr("A part's header block is longer than 8 KiB."));
                return true;
            }
            QByteArray type;
            m_length = -1;
            m_frameAt = {};
            for (const QByteArray &line : m_buffer.left(end).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-type") {
                    type = value.toLower();
                } else if (name == "content-length") {
                    bool ok = false;
                    m_length = value.toLongLong(&ok);
                    if (!ok || m_length < 0)
                        return fail(tr("A part's length is not a number."));
                } else if (name == "x-frame-time") {
                    m_frameAt = cameras::parseFrameTime(value);
                }
            }
            if (!type.startsWith("image/jpeg"))
                return fail(tr("A part is not a JPEG picture (%1).")
                                .arg(QString::fromLatin1(type.isEmpty() ? "no type" : type)));
            if (m_length > m_max)
                return fail(
                    tr("A picture of %1 bytes is over the limit of %2.").arg(m_length).arg(m_max));
            m_buffer.remove(0, end + 4);
            m_expect = Expect::Body;
            break;
        }
        case Expect::Body: {
            qsizetype size = m_length;
            qsizetype skip = 0;
            if (m_length >= 0) {
                if (m_buffer.size() < m_length)
                    return true;
            } else {
                size = m_buffer.indexOf("\r\n" + m_delimiter);
                if (size < 0) {
                    if (m_buffer.size() > m_max + m_delimiter.size() + 2)
                        return fail(tr("A picture runs past the limit of %1 bytes with no end.")
                                        .arg(m_max));
                    return true;
                }
                skip = 2;
            }
            CameraFrame frame;
            frame.jpeg = m_buffer.left(size);
            frame.at = m_frameAt.isValid() ? m_frameAt : QDateTime::currentDateTime();
            const QString problem = cameras::jpegProblem(frame.jpeg);
            if (!problem.isEmpty())
                return fail(problem);
            m_buffer.remove(0, size + skip);
            frames->append(frame);
            m_expect = Expect::Boundary;
            break;
        }
        }
    }
}

} // namespace ioc
