#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <optional>

namespace ioc::test {

// One GET on a connected, kept-alive socket, blocking (for a thread of its own while the server
// answers on another): the milliseconds until the whole answer (headers and Content-Length
// bytes of body) was in, or none when it did not come within the timeout.
inline std::optional<double> timedGet(QTcpSocket &socket, const QByteArray &path,
                                      const QByteArray &token, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                 + "\r\n\r\n");
    QByteArray in;
    qsizetype end = -1;
    qint64 length = -1;
    while ((end < 0 || in.size() < end + 4 + length) && socket.waitForReadyRead(timeoutMs)) {
        in += socket.readAll();
        end = in.indexOf("\r\n\r\n");
        if (end >= 0 && length < 0) {
            const qsizetype at = in.indexOf("Content-Length: ");
            length = at < 0 || at > end
                         ? 0
                         : in.mid(at + 16, in.indexOf('\r', at) - at - 16).toLongLong();
        }
    }
    if (end < 0 || in.size() < end + 4 + length)
        return std::nullopt;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace ioc::test
