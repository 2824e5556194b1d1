#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace ioc::test {

// A loopback TCP proxy that behaves like a slow link (a district office's 20 Mbit/s line): each
// direction carries at most `bytesPerSecond`, and every byte arrives `oneWayDelayMs` after it
// was sent (a round trip is twice that). It holds at most 256 KiB per direction in flight and
// reads no more until that drains, so the sender is slowed by TCP as on a real link.
class ThrottleProxy : public QTcpServer
{
public:
    ThrottleProxy(quint16 target, double bytesPerSecond, int oneWayDelayMs,
                  QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_target(target)
        , m_rate(bytesPerSecond)
        , m_delayMs(oneWayDelayMs)
    {}

    // listens on a free loopback port; 0 on failure
    quint16 start() { return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        if (!client->setSocketDescriptor(descriptor)) {
            delete client;
            return;
        }
        auto *server = new QTcpSocket(this);
        server->connectToHost(QHostAddress::LocalHost, m_target);
        auto *up = new Pipe(client, server, m_rate, m_delayMs, this);
        auto *down = new Pipe(server, client, m_rate, m_delayMs, this);
        Q_UNUSED(up);
        Q_UNUSED(down);
    }

private:
    // one direction: bytes read from `from` reach `to` when the link has carried them
    class Pipe : public QObject
    {
    public:
        Pipe(QTcpSocket *from, QTcpSocket *to, double rate, int delayMs, QObject *parent)
            : QObject(parent)
            , m_from(from)
            , m_to(to)
            , m_rate(rate)
            , m_delayMs(delayMs)
        {
            m_from->setReadBufferSize(kInFlight);
            m_clock.start();
            m_timer.setInterval(2);
            connect(&m_timer, &QTimer::timeout, this, &Pipe::deliver);
            connect(m_from, &QTcpSocket::readyRead, this, &Pipe::take);
            connect(m_from, &QTcpSocket::disconnected, this, [this] {
                m_fromGone = true;
                take();
                deliver();
            });
            connect(m_to, &QTcpSocket::connected, this, &Pipe::deliver);
            m_timer.start();
        }

    private:
        static constexpr qint64 kInFlight = 256 * 1024;
        struct Piece
        {
            double dueMs;
            QByteArray bytes;
        };

        void take()
        {
            while (m_inFlight < kInFlight && m_from->bytesAvailable() > 0) {
                const QByteArray bytes = m_from->read(std::min<qint64>(16 * 1024, kInFlight));
                if (bytes.isEmpty())
                    break;
                const double now = double(m_clock.nsecsElapsed()) / 1e6;
                m_linkFreeMs = std::max(m_linkFreeMs, now) + 1000.0 * bytes.size() / m_rate;
                m_pieces.enqueue({m_linkFreeMs + m_delayMs, bytes});
                m_inFlight += bytes.size();
            }
        }

        void deliver()
        {
            if (!m_to || m_to->state() != QAbstractSocket::ConnectedState) {
                if (m_to && m_to->state() == QAbstractSocket::UnconnectedState && m_fromGone)
                    m_from->close();
                return;
            }
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            while (!m_pieces.isEmpty() && m_pieces.head().dueMs <= now) {
                const Piece piece = m_pieces.dequeue();
                m_inFlight -= piece.bytes.size();
                m_to->write(piece.bytes);
            }
            take();
            if (m_fromGone && m_pieces.isEmpty() && m_from->bytesAvailable() == 0)
                m_to->disconnectFromHost(); // what was sent is delivered; then the close
        }

        QPointer<QTcpSocket> m_from, m_to;
        double m_rate;
        int m_delayMs;
        QElapsedTimer m_clock;
        QTimer m_timer;
        QQueue<Piece> m_pieces;
        qint64 m_inFlight = 0;
        double m_linkFreeMs = 0;
        bool m_fromGone = false;
    };

    quint16 m_target;
    double m_rate;
    int m_delayMs;
};

} // namespace ioc::test
