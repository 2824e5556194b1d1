#include "inflater.h"

#include <QIODevice>

#include <utility>

#include <zlib.h>
#include <zstd.h>

namespace ioc {

namespace {
// a zstd frame header at its largest: the magic number and up to 14 bytes of header
constexpr qsizetype kZstdHeaderMax = 18;
} // namespace

struct Inflater::State
{
    ZSTD_DStream *zstd = nullptr;
    z_stream zlib{};
    bool zlibOpen = false;
    bool ended = false; // the last frame (zstd) or the gzip member is complete
    QByteArray buffer = QByteArray(1 << 17, Qt::Uninitialized);
};

Inflater::Inflater(const QByteArray &coding, QIODevice *out, qint64 limit)
    : m_state(std::make_unique<State>())
    , m_coding(coding.trimmed().toLower())
    , m_out(out)
    , m_limit(limit)
{
    if (m_coding == "identity")
        m_coding.clear();
    if (m_coding == "zstd") {
        m_state->zstd = ZSTD_createDStream();
        ZSTD_initDStream(m_state->zstd);
    } else if (m_coding == "gzip" || m_coding == "x-gzip") {
        m_state->zlibOpen = inflateInit2(&m_state->zlib, 15 + 16) == Z_OK;
    }
}

Inflater::~Inflater()
{
    if (m_state->zstd)
        ZSTD_freeDStream(m_state->zstd);
    if (m_state->zlibOpen)
        inflateEnd(&m_state->zlib);
}

bool Inflater::supports(const QByteArray &coding)
{
    const QByteArray c = coding.trimmed().toLower();
    return c.isEmpty() || c == "identity" || c == "zstd" || c == "gzip" || c == "x-gzip";
}

bool Inflater::put(const char *data, qint64 size)
{
    if (m_written + size > m_limit) {
        m_error = tr("it is larger than %1 MiB once inflated").arg(m_limit / 1048576);
        return false;
    }
    if (m_out->write(data, size) != size) {
        m_error = m_out->errorString();
        return false;
    }
    m_written += size;
    return true;
}

bool Inflater::write(const QByteArray &chunk)
{
    if (!m_error.isEmpty())
        return false;
    if (!supports(m_coding)) {
        m_error = tr("it came in a coding this console cannot read (%1)")
                      .arg(QString::fromLatin1(m_coding));
        return false;
    }
    if (m_coding.isEmpty())
        return put(chunk.constData(), chunk.size());
    if (m_state->zstd) {
        // the first frame's header names the whole size: held back until it is all here (its
        // largest form), and checked before anything is inflated
        if (m_checkedSize)
            return inflateZstd(chunk);
        m_head += chunk;
        if (m_head.size() < kZstdHeaderMax)
            return true;
        return checkZstdSize() && inflateZstd(std::exchange(m_head, QByteArray()));
    }
    return inflateGzip(chunk);
}

bool Inflater::checkZstdSize()
{
    m_checkedSize = true;
    const unsigned long long declared
        = ZSTD_getFrameContentSize(m_head.constData(), size_t(m_head.size()));
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR
        && declared > static_cast<unsigned long long>(m_limit)) {
        m_error = tr("it is larger than %1 MiB once inflated").arg(m_limit / 1048576);
        return false;
    }
    return true;
}

bool Inflater::inflateZstd(const QByteArray &chunk)
{
    State &s = *m_state;
    {
        ZSTD_inBuffer in{chunk.constData(), size_t(chunk.size()), 0};
        while (in.pos < in.size) {
            ZSTD_outBuffer out{s.buffer.data(), size_t(s.buffer.size()), 0};
            const size_t left = ZSTD_decompressStream(s.zstd, &out, &in);
            if (ZSTD_isError(left)) {
                m_error = tr("its compressed data is damaged (%1)")
                              .arg(QString::fromLatin1(ZSTD_getErrorName(left)));
                return false;
            }
            s.ended = left == 0;
            if (!put(s.buffer.constData(), qint64(out.pos)))
                return false;
        }
    }
    return true;
}

bool Inflater::inflateGzip(const QByteArray &chunk)
{
    State &s = *m_state;
    if (!s.zlibOpen) {
        m_error = tr("its compressed data cannot be read");
        return false;
    }
    s.zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
    s.zlib.avail_in = uInt(chunk.size());
    while (s.zlib.avail_in > 0 && !s.ended) {
        s.zlib.next_out = reinterpret_cast<Bytef *>(s.buffer.data());
        s.zlib.avail_out = uInt(s.buffer.size());
        const int result = inflate(&s.zlib, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            m_error = tr("its compressed data is damaged");
            return false;
        }
        s.ended = result == Z_STREAM_END;
        if (!put(s.buffer.constData(), s.buffer.size() - qint64(s.zlib.avail_out)))
            return false;
        if (result == Z_BUF_ERROR)
            break;
    }
    return true;
}

bool Inflater::finish()
{
    if (!m_error.isEmpty())
        return false;
    // a whole body shorter than the largest frame header
    if (m_state->zstd && !m_checkedSize
        && (!checkZstdSize() || !inflateZstd(std::exchange(m_head, QByteArray()))))
        return false;
    if (!m_coding.isEmpty() && !m_state->ended) {
        m_error = tr("its compressed data ends too soon");
        return false;
    }
    return true;
}

} // namespace ioc
