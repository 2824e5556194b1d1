#pragma once

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ioc {

struct HttpRequest
{
    QByteArray method; // as sent: GET, HEAD, POST …
    QByteArray target; // the request target as sent
    QUrl url;
    bool http10 = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

// An answer that does not end (GET /api/v1/stream, Server-Sent Events): the handler writes to
// it as things happen, for as long as the client stays. It is sent without a length and its
// connection closes when either side ends it. A client that falls behind (kStreamAhead bytes
// waiting in its socket) is dropped: a live view that is seconds late is worth less than a
// dropped connection the client notices and replaces.
class HttpEventStream : public QObject
{
    Q_OBJECT
public:
    // Sends the bytes now (or once the answer's headers are out); false when the stream has
    // ended.
    bool write(const QByteArray &bytes);
    // Ends the answer: the connection closes once what was written is out.
    void close();
    bool isOpen() const { return !m_ended; }
    qint64 bytesWritten() const { return m_written; }

signals:
    // the client went, fell behind, or close() was called; emitted once
    void ended();

private:
    friend class HttpConnection;
    // the connection's side: it sends, or refuses (false) when the client cannot keep up
    void attach(std::function<bool(const QByteArray &)> send, std::function<void()> close);
    void end();

    std::function<bool(const QByteArray &)> m_send;
    std::function<void()> m_close;
    QByteArray m_pending; // written before the headers went out
    qint64 m_written = 0;
    bool m_ended = false;
};

struct HttpReply
{
    int status = 200;
    QByteArray body;
    // or, for a large body (the snapshot), a file open for reading: sent from disk as the
    // client takes it, a little at a time, never read whole; its size is the Content-Length
    std::shared_ptr<QFile> bodyFile;
    // or an answer that goes on (HttpEventStream): `body` is sent first, then what the
    // handler writes to it
    std::shared_ptr<HttpEventStream> events;
    QByteArray etag;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // further headers
    // for the request log: the token's name ("-" when none was accepted) and rows stored
    QString caller;
    int rowsStored = -1;
};

// What the listener asks of the API.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    // Called once the header block is in, before a byte of the body is read: a reply refuses
    // the request (401, 403, 404, 405 …) and the connection is closed without reading on.
    virtual std::optional<HttpReply> admit(const HttpRequest &request) = 0;
    // The answer to an admitted request whose body is complete; `done` may be called later
    // (a report parsed on another thread), on the listener's thread.
    virtual void respond(const HttpRequest &request, std::function<void(HttpReply)> done) = 0;
    // Every request that got an answer, refused ones included (the request log).
    virtual void served(const HttpRequest &request, const HttpReply &reply, qint64 bytesSent,
                        qint64 elapsedMs)
        = 0;
};

// HTTP/1.1 for ioc-dataserver, written for clients that may be hostile (issue 18): a header
// block over its limit gets 431 and a body over its limit 413 without being buffered; the
// token is checked (HttpHandler::admit) before the body is read; idle and slow connections
// are closed; the number of connections is bounded; HEAD, HTTP/1.0 and "Connection: close"
// are honoured; a malformed chunked body ends the connection. With a certificate, HTTPS only.
// A reply's body file is streamed: at most kStreamAhead bytes wait in the socket, and a client
// that takes nothing for requestMs is dropped. An event stream has no time limit; its client is
// dropped when kStreamAhead bytes wait for it.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64LL * 1024 * 1024;
        int idleMs = 30 * 1000;    // between requests on a kept-alive connection
        int requestMs = 60 * 1000; // from a request's first byte to its last
        int maxConnections = 512;  // event streams included
        // request bodies held at once, across connections: a body counts from its first byte
        // until its answer is sent (a report's until it is parsed and stored, also when its
        // client has gone); a request whose body would go over gets 503 and Retry-After
        // before its body is read
        qint64 maxBodiesBytes = 256LL * 1024 * 1024;
    };

    static constexpr qint64 kStreamAhead = 1024 * 1024;

    explicit HttpListener(HttpHandler &handler, QObject *parent = nullptr);
    ~HttpListener() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    // HTTPS with this certificate and key from now on (a null configuration: plain HTTP).
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    bool isTls() const { return !m_tls.isNull(); }
    int connections() const { return m_open; }
    qint64 bodyBytesHeld() const { return *m_bodyBytes; }

    // Reads a PEM certificate (chain) and key; a null configuration and the problem otherwise.
    static QSslConfiguration loadTls(const QString &certFile, const QString &keyFile,
                                     QString *error);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    HttpHandler &m_handler;
    Limits m_limits;
    QSslConfiguration m_tls;
    int m_open = 0;
    std::shared_ptr<qint64> m_bodyBytes = std::make_shared<qint64>(0); // shared with BodyHolds
};

} // namespace ioc
