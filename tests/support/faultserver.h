#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QVector>
#include <QPair>

// A loopback HTTP/1.1 server for tests that answers each path with a canned reply, and can
// misbehave: a status, a delay, a body cut short, or a lying Content-Length.
class FaultServer : public QTcpServer
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        qint64 declaredLength = -1; // Content-Length to announce; -1: the body's size
        bool closeEarly = false;    // send part of the body, then close
        QByteArray location = {};   // a Location header (redirects)
        bool etag = true;           // false: no ETag header (a server or proxy that sends none)
        QByteArray encoding = {};   // a Content-Encoding header (the body is sent as given)
        QByteArray contentType = "application/json";
        // an answer without a length that goes on (an event stream): `later` is sent piece by
        // piece, each this many ms after the one before; then the connection stays open, or
        // is closed (`closeEarly`) or reset (`resetAtEnd`)
        bool open = false;
        QVector<QPair<int, QByteArray>> later = {};
        bool resetAtEnd = false;
    };

    FaultServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
        listen(QHostAddress::LocalHost, 0);
    }

    ~FaultServer() override
    {
        // the sockets are children: silence them before the members they touch are gone
        for (QTcpSocket *s : findChildren<QTcpSocket *>()) {
            s->disconnect();
            delete s;
        }
    }

    QByteArray base() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }
    void set(const QByteArray &path, const Reply &reply) { m_replies.insert(path, reply); }
    int requests(const QByteArray &path) const { return m_counts.value(path); }
    // the Authorization header of the last request for the path
    QByteArray authorization(const QByteArray &path) const { return m_authorization.value(path); }
    QByteArray userAgent(const QByteArray &path) const { return m_userAgent.value(path); }
    void reset() { m_counts.clear(); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const int end = int(buffer.indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
            QByteArray authorization;
            QByteArray userAgent;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(14).trimmed();
                if (line.toLower().startsWith("user-agent:"))
                    userAgent = line.mid(11).trimmed();
            }
            buffer.remove(0, end + 4);
            QByteArray path = requestLine.split(' ').value(1);
            path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
            ++m_counts[path];
            m_authorization.insert(path, authorization);
            m_userAgent.insert(path, userAgent);
            const Reply r = m_replies.value(
                path,
                Reply{404,
                      R"({"error":{"status":404,"code":"not_found","message":"no such path"}})"});
            QTimer::singleShot(r.delayMs, socket, [socket, r] {
                QByteArray head
                    = "HTTP/1.1 " + QByteArray::number(r.status)
                      + " X\r\n"
                        "Content-Type: "
                      + r.contentType
                      + (r.open ? QByteArray()
                                : "\r\nContent-Length: "
                                      + QByteArray::number(r.declaredLength >= 0 ? r.declaredLength
                                                                                 : r.body.size()))
                      + (r.etag ? "\r\nETag: \"fault\"\r\n" : "\r\n")
                      + (r.location.isEmpty() ? QByteArray() : "Location: " + r.location + "\r\n")
                      + (r.encoding.isEmpty() ? QByteArray()
                                              : "Content-Encoding: " + r.encoding + "\r\n")
                      + "\r\n";
                socket->write(head);
                if (r.open) {
                    socket->write(r.body);
                    sendLater(socket, r, 0);
                    return;
                }
                socket->write(r.closeEarly ? r.body.left(r.body.size() / 2) : r.body);
                socket->flush();
                if (r.closeEarly)
                    socket->disconnectFromHost();
            });
        });
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }

    // an open answer's pieces, from the index-th on
    static void sendLater(QTcpSocket *socket, const Reply &r, int index)
    {
        if (index >= r.later.size()) {
            if (r.resetAtEnd)
                socket->abort();
            else if (r.closeEarly)
                socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(r.later.at(index).first, socket, [socket, r, index] {
            socket->write(r.later.at(index).second);
            socket->flush();
            sendLater(socket, r, index + 1);
        });
    }

    QHash<QByteArray, Reply> m_replies;
    QHash<QByteArray, int> m_counts;
    QHash<QByteArray, QByteArray> m_authorization;
    QHash<QByteArray, QByteArray> m_userAgent;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
