#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace ioc {

// Inflates a body that came compressed (Content-Encoding zstd or gzip) as its chunks arrive,
// into a device, never past a limit: a zstd frame that declares a larger size is refused before
// anything is inflated, and any stream is cut the moment its output would pass the limit (an
// endless one included). Empty coding: the chunks are written as they are, under the same limit.
class Inflater
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Inflater)

public:
    Inflater(const QByteArray &coding, QIODevice *out, qint64 limit);
    ~Inflater();
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    static bool supports(const QByteArray &coding); // "", "identity", "zstd", "gzip"

    // false and error() says why: the limit passed, the stream damaged, the device full
    bool write(const QByteArray &chunk);
    // the stream ended where it should (no half frame left)
    bool finish();
    QString error() const { return m_error; }
    qint64 written() const { return m_written; }

private:
    bool put(const char *data, qint64 size);
    bool checkZstdSize(); // the first frame's declared size against the limit
    bool inflateZstd(const QByteArray &chunk);
    bool inflateGzip(const QByteArray &chunk);
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_coding;
    QIODevice *m_out;
    qint64 m_limit;
    qint64 m_written = 0;
    bool m_checkedSize = false;
    QByteArray m_head; // zstd: the first bytes, until the frame header is whole
    QString m_error;
};

} // namespace ioc
