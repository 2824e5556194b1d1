#include "contentcoding.h"

#include <QFile>
#include <QList>

#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace ioc::contentcoding {

namespace {

// One coding's compressor, fed a piece at a time (zstd level 1; gzip level 6): what a whole
// body and a file streamed from disk share.
class Encoder
{
public:
    // size: the whole input's, written into a zstd frame's header so that a client can refuse
    // a body too large before inflating any of it
    Encoder(const QByteArray &coding, qint64 size)
    {
        if (coding == "zstd") {
            m_zstd = ZSTD_createCCtx();
            m_ok = m_zstd
                   && !ZSTD_isError(ZSTD_CCtx_setParameter(m_zstd, ZSTD_c_compressionLevel, 1))
                   && !ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(m_zstd, size));
        } else if (coding == "gzip") {
            // 15 + 16: a gzip wrapper, not zlib's
            m_gzip = deflateInit2(&m_zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
            m_ok = m_gzip;
        }
    }
    ~Encoder()
    {
        if (m_zstd)
            ZSTD_freeCCtx(m_zstd);
        if (m_gzip)
            deflateEnd(&m_zs);
    }
    Encoder(const Encoder &) = delete;
    Encoder &operator=(const Encoder &) = delete;

    bool ok() const { return m_ok; }

    // Compresses n bytes (the last of the input when `end`), appending to *out.
    bool feed(const char *in, qsizetype n, bool end, QByteArray *out)
    {
        return m_zstd ? zstd(in, n, end, out) : m_gzip && gzip(in, n, end, out);
    }

private:
    bool zstd(const char *in, qsizetype n, bool end, QByteArray *out)
    {
        ZSTD_inBuffer input{in, size_t(n), 0};
        const ZSTD_EndDirective mode = end ? ZSTD_e_end : ZSTD_e_continue;
        for (;;) {
            const qsizetype before = out->size();
            out->resize(before + qsizetype(ZSTD_CStreamOutSize()));
            ZSTD_outBuffer output{out->data() + before, ZSTD_CStreamOutSize(), 0};
            const size_t left = ZSTD_compressStream2(m_zstd, &output, &input, mode);
            out->resize(before + qsizetype(output.pos));
            if (ZSTD_isError(left))
                return false;
            if (end ? left == 0 : input.pos == input.size)
                return true;
        }
    }

    bool gzip(const char *in, qsizetype n, bool end, QByteArray *out)
    {
        m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
        m_zs.avail_in = uInt(n);
        constexpr qsizetype kStep = 256 * 1024;
        for (;;) {
            const qsizetype before = out->size();
            out->resize(before + kStep);
            m_zs.next_out = reinterpret_cast<Bytef *>(out->data() + before);
            m_zs.avail_out = uInt(kStep);
            const int rc = deflate(&m_zs, end ? Z_FINISH : Z_NO_FLUSH);
            out->resize(before + kStep - qsizetype(m_zs.avail_out));
            if (rc == Z_STREAM_ERROR)
                return false;
            if (end ? rc == Z_STREAM_END : m_zs.avail_in == 0 && m_zs.avail_out > 0)
                return true;
        }
    }

    ZSTD_CCtx *m_zstd = nullptr;
    z_stream m_zs{};
    bool m_gzip = false;
    bool m_ok = false;
};

} // namespace

QByteArray choose(const QByteArray &acceptEncoding)
{
    bool zstdOk = false;
    bool gzipOk = false;
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray name = parts.value(0).trimmed().toLower();
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed().toLower();
            if (param.startsWith("q=") && param.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (refused)
            continue;
        zstdOk = zstdOk || name == "zstd";
        gzipOk = gzipOk || name == "gzip" || name == "x-gzip";
    }
    return zstdOk ? QByteArrayLiteral("zstd") : gzipOk ? QByteArrayLiteral("gzip") : QByteArray();
}

QByteArray encode(const QByteArray &body, const QByteArray &coding)
{
    Encoder encoder(coding, body.size());
    QByteArray out;
    if (!encoder.ok() || !encoder.feed(body.constData(), body.size(), true, &out))
        return {};
    return out;
}

QString encodeFile(const QString &from, const QString &to, const QByteArray &coding)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(from, in.errorString());
    Encoder encoder(coding, in.size());
    if (!encoder.ok())
        return QStringLiteral("no such coding: %1").arg(QString::fromLatin1(coding));
    const QString part = to + QStringLiteral(".part");
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("%1: %2").arg(part, out.errorString());
    auto fail = [&](const QString &why) {
        out.close();
        QFile::remove(part);
        return why;
    };
    QByteArray chunk(1024 * 1024, Qt::Uninitialized), coded;
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(QStringLiteral("%1: %2").arg(from, in.errorString()));
        const bool end = in.atEnd() || n == 0;
        coded.clear();
        if (!encoder.feed(chunk.constData(), n, end, &coded))
            return fail(QStringLiteral("%1 could not be compressed").arg(from));
        if (out.write(coded) != coded.size())
            return fail(QStringLiteral("%1: %2").arg(part, out.errorString()));
        if (end)
            break;
    }
    if (!out.flush())
        return fail(QStringLiteral("%1: %2").arg(part, out.errorString()));
    out.close();
    // renamed whole: a client streaming the earlier file keeps reading what it opened
    QFile::remove(to);
    if (!QFile::rename(part, to)) {
        QFile::remove(part);
        return QStringLiteral("%1 could not be renamed").arg(part);
    }
    return {};
}

} // namespace ioc::contentcoding
