#include "contentcoding.h"

#include <QList>

#include <zlib.h>
#include <zstd.h>

namespace ioc::contentcoding {

namespace {

QByteArray zstd(const QByteArray &body)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(body.size()))), Qt::Uninitialized);
    const size_t n
        = ZSTD_compress(out.data(), size_t(out.size()), body.constData(), size_t(body.size()), 1);
    if (ZSTD_isError(n))
        return {};
    out.resize(qsizetype(n));
    return out;
}

QByteArray gzip(const QByteArray &body)
{
    z_stream zs{};
    // 15 + 16: a gzip wrapper, not zlib's
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(body.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    zs.avail_in = uInt(body.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int done = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (done != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

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
    if (coding == "zstd")
        return zstd(body);
    if (coding == "gzip")
        return gzip(body);
    return {};
}

} // namespace ioc::contentcoding
