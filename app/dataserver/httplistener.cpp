#include "httplistener.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

#include <sys/socket.h>

namespace ioc {

namespace {

constexpr int kMaxChunkLine = 1024;
constexpr int kMaxTrailerBytes = 4096;
constexpr int kLingerMs = 2000;
constexpr qint64 kMaxDiscarded = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpReply plainError(int status, const QByteArray &code, const QByteArray &message)
{
    HttpReply r;
    r.status = status;
    r.caller = QStringLiteral("-");
    r.body = "{\"error\":{\"status\":" + QByteArray::number(status) + ",\"code\":\"" + code
             + "\",\"message\":\"" + message + "\"}}";
    return r;
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c <= ' ' || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

// A request's share of the body bytes held at once (Limits::maxBodiesBytes), kept by its
// connection and by the answer being worked on: the bytes are given back when both are done.
class BodyHold
{
public:
    explicit BodyHold(std::shared_ptr<qint64> total)
        : m_total(std::move(total))
    {}
    ~BodyHold() { *m_total -= m_bytes; }
    BodyHold(const BodyHold &) = delete;
    BodyHold &operator=(const BodyHold &) = delete;

    bool grow(qint64 bytes, qint64 limit)
    {
        if (*m_total + bytes > limit)
            return false;
        *m_total += bytes;
        m_bytes += bytes;
        return true;
    }

private:
    std::shared_ptr<qint64> m_total;
    qint64 m_bytes = 0;
};

HttpReply busy()
{
    HttpReply r
        = plainError(503, "busy", "The server holds as many uploads as it may; try again shortly.");
    r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
    return r;
}

} // namespace

bool HttpEventStream::write(const QByteArray &bytes)
{
    if (m_ended)
        return false;
    if (!m_send) { // the headers are not out yet
        m_pending += bytes;
        if (m_pending.size() > HttpListener::kStreamAhead)
            end();
        return !m_ended;
    }
    if (!m_send(bytes)) {
        end();
        return false;
    }
    m_written += bytes.size();
    return true;
}

void HttpEventStream::close()
{
    if (m_ended)
        return;
    if (m_close)
        m_close();
    end();
}

void HttpEventStream::attach(std::function<bool(const QByteArray &)> send,
                             std::function<void()> close)
{
    m_send = std::move(send);
    m_close = std::move(close);
    if (!m_pending.isEmpty())
        write(std::exchange(m_pending, {}));
}

void HttpEventStream::end()
{
    if (m_ended)
        return;
    m_ended = true; // what it would call may be on the stack: kept, never called again
    emit ended();
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

// One client connection: reads one request at a time, answers it, and either waits for the
// next (keep-alive) or closes.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpListener &listener, QTcpSocket *socket)
        : QObject(&listener)
        , m_listener(listener)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        // what Qt reads ahead stays small: a client sending faster than it is read is held by
        // TCP, not buffered here
        m_socket->setReadBufferSize(64 * 1024);
        // an answer goes out as soon as it is written: with Nagle's algorithm, a reply written
        // as headers and body waited for the client's delayed ACK, 40 ms per request on a
        // kept-alive connection
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++m_listener.m_open;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                finish();
        });
        m_timer.start(m_listener.m_limits.requestMs); // the TLS handshake and first request
    }
    ~HttpConnection() override { --m_listener.m_open; }

    void readMore()
    {
        if (m_closing) {
            discard();
            return;
        }
        // while a request is answered, only a little of the next is read ahead
        if (m_state == State::Busy && m_in.size() > kMaxChunkLine)
            return;
        m_in += m_socket->readAll();
        process();
    }

private:
    enum class State { Head, Body, Chunked, Busy };

    void process()
    {
        while (!m_closing) {
            if (m_state == State::Head && !readHead())
                return;
            if (m_state == State::Body && !readBody())
                return;
            if (m_state == State::Chunked && !readChunks())
                return;
            if (m_state == State::Busy)
                return;
        }
    }

    // The header block; false when it is not complete yet or the connection ends.
    bool readHead()
    {
        const HttpListener::Limits &limits = m_listener.m_limits;
        if (!m_in.isEmpty() && !m_inRequest) {
            m_inRequest = true;
            m_clock.start();
            m_timer.start(limits.requestMs);
        }
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if ((end < 0 && m_in.size() > limits.maxHeaderBytes) || end + 4 > limits.maxHeaderBytes) {
            refuse(plainError(431, "header_too_large", "The header block is over 16 KiB."));
            return false;
        }
        if (end < 0)
            return false;
        const QByteArray head = m_in.left(end);
        m_in.remove(0, end + 4);
        m_request = HttpRequest();
        m_request.peer = m_socket->peerAddress();
        if (!parseHead(head)) {
            refuse(plainError(400, "bad_request", "The request line or a header is malformed."));
            return false;
        }
        return startBody();
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        if (start.size() != 3 || !isToken(start.at(0)) || !start.at(1).startsWith('/'))
            return false;
        m_request.method = start.at(0);
        m_request.target = start.at(1);
        if (start.at(2) == "HTTP/1.0")
            m_request.http10 = true;
        else if (start.at(2) != "HTTP/1.1")
            return false;
        m_request.url = QUrl::fromEncoded("http://localhost" + m_request.target, QUrl::StrictMode);
        if (!m_request.url.isValid())
            return false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line
                = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon)))
                return false; // also refuses obsolete line folding
            m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        return true;
    }

    // Admission, then how the body comes; false when the connection ends here.
    bool startBody()
    {
        const HttpListener::Limits &limits = m_listener.m_limits;
        const QByteArray encoding = m_request.header("transfer-encoding").toLower();
        const QByteArray length = m_request.header("content-length");
        const QByteArray expect = m_request.header("expect").toLower();
        bool lengthOk = true;
        m_remaining = length.isEmpty() ? 0 : length.toLongLong(&lengthOk);
        if ((!encoding.isEmpty() && (encoding != "chunked" || !length.isEmpty())) || !lengthOk
            || m_remaining < 0) {
            // both framings at once is how requests are smuggled: neither is trusted
            refuse(plainError(400, "bad_request", "The body's framing is malformed."));
            return false;
        }
        if (!expect.isEmpty() && expect != "100-continue") {
            refuse(plainError(417, "expectation_failed", "Only 100-continue is understood."));
            return false;
        }
        if (std::optional<HttpReply> refused = m_listener.m_handler.admit(m_request)) {
            // a body that will not be read ends the connection; without one, it may go on
            send(*refused, m_remaining > 0 || !encoding.isEmpty());
            return false;
        }
        if (m_remaining > limits.maxBodyBytes) {
            refuse(plainError(413, "too_large", "The body is over the server's limit."));
            return false;
        }
        m_hold = std::make_shared<BodyHold>(m_listener.m_bodyBytes);
        if (m_remaining > 0 && !m_hold->grow(m_remaining, limits.maxBodiesBytes)) {
            refuse(busy());
            return false;
        }
        if (!expect.isEmpty())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_state = encoding.isEmpty() ? State::Body : State::Chunked;
        return true;
    }

    bool readBody()
    {
        if (m_in.size() < m_remaining)
            return false;
        m_request.body = m_in.left(m_remaining);
        m_in.remove(0, m_remaining);
        dispatch();
        return true;
    }

    // A chunked body, decoded as it arrives and counted against the limit.
    bool readChunks()
    {
        for (;;) {
            if (m_chunkLeft > 0) {
                if (m_in.size() < m_chunkLeft + 2)
                    return false;
                if (m_in.mid(m_chunkLeft, 2) != "\r\n")
                    return malformedChunk();
                m_request.body += m_in.left(m_chunkLeft);
                m_in.remove(0, m_chunkLeft + 2);
                m_chunkLeft = 0;
            }
            const qsizetype eol = m_in.indexOf("\r\n");
            if (eol < 0)
                return m_in.size() > kMaxChunkLine ? malformedChunk() : false;
            if (m_lastChunk) {
                m_in.remove(0, eol + 2);
                m_trailerBytes += eol + 2;
                if (m_trailerBytes > kMaxTrailerBytes)
                    return malformedChunk();
                if (eol == 0) {
                    dispatch();
                    return true;
                }
                continue;
            }
            const QByteArray sizeField = m_in.left(eol).split(';').first().trimmed();
            bool ok = false;
            const qint64 size = sizeField.size() <= 15 ? sizeField.toLongLong(&ok, 16) : -1;
            m_in.remove(0, eol + 2);
            if (!ok || size < 0)
                return malformedChunk();
            if (m_request.body.size() + size > m_listener.m_limits.maxBodyBytes) {
                refuse(plainError(413, "too_large", "The body is over the server's limit."));
                return false;
            }
            if (!m_hold->grow(size, m_listener.m_limits.maxBodiesBytes)) {
                refuse(busy());
                return false;
            }
            m_chunkLeft = size;
            m_lastChunk = size == 0;
        }
    }

    bool malformedChunk()
    {
        refuse(plainError(400, "bad_request", "The chunked body is malformed."));
        return false;
    }

    void dispatch()
    {
        m_state = State::Busy;
        m_timer.stop();
        QPointer<HttpConnection> self(this);
        QPointer<HttpListener> listener(&m_listener);
        HttpRequest request = m_request;
        request.body.clear();
        // the body's bytes stay counted until the answer is done, even if the client goes
        m_listener.m_handler.respond(
            m_request, [self, listener, request, hold = m_hold](HttpReply reply) {
                if (self)
                    self->send(std::move(reply), false);
                else if (listener) // the client went away: what was done is logged all the same
                    listener->m_handler.served(request, reply, 0, -1);
            });
    }

    // A refusal ends the connection: the rest of what the client sends is never read.
    void refuse(const HttpReply &reply) { send(reply, true); }

    void send(HttpReply reply, bool close)
    {
        if (m_closing)
            return;
        const bool head = m_request.method == "HEAD";
        close = close || m_request.http10
                || m_request.header("connection").toLower().contains("close");
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                         + reasonPhrase(reply.status) + "\r\n";
        const bool streamed = reply.bodyFile && reply.status != 304;
        // an event stream has no length: it ends when its connection does
        const bool events = reply.events && reply.status == 200;
        close = close || events;
        if (reply.status != 304) {
            out += "Content-Type: " + reply.contentType + "\r\n";
            if (!events)
                out += "Content-Length: "
                       + QByteArray::number(streamed ? reply.bodyFile->size() : reply.body.size())
                       + "\r\n";
        }
        if (!reply.etag.isEmpty())
            out += "ETag: " + reply.etag + "\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        const bool ownCaching
            = std::any_of(reply.headers.cbegin(), reply.headers.cend(), [](const auto &h) {
                  return h.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
              });
        if (!ownCaching)
            out += "Cache-Control: no-cache\r\n";
        if (m_listener.isTls())
            out += "Strict-Transport-Security: max-age=31536000\r\n";
        out += close ? "Connection: close\r\n\r\n" : "\r\n";
        qint64 sent = m_socket->write(out);
        if (!head && streamed) {
            // the rest as the client takes it (pump), the reply done when the file is out
            m_stream = {std::move(reply), sent, close};
            m_timer.start(m_listener.m_limits.requestMs);
            connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump,
                    Qt::UniqueConnection);
            pump();
            return;
        }
        if (!head && reply.status != 304)
            sent += m_socket->write(reply.body);
        if (!head && events) {
            std::shared_ptr<HttpEventStream> stream = reply.events;
            m_events = Stream{std::move(reply), sent, true};
            m_timer.stop(); // it lasts as long as both sides want it
            QPointer<HttpConnection> self(this);
            stream->attach(
                [self](const QByteArray &bytes) { return self && self->sendEvent(bytes); },
                [self] {
                    if (self)
                        self->endEvents();
                });
            return;
        }
        if (reply.events) // a HEAD or a refusal: the stream never starts
            reply.events->end();
        replied(reply, sent, close);
    }

    // An event for the stream's client; false (and the connection ended) when the client has
    // not taken what was sent before.
    bool sendEvent(const QByteArray &bytes)
    {
        if (!m_events || m_closing)
            return false;
        if (m_socket->bytesToWrite() > HttpListener::kStreamAhead) {
            finish();
            return false;
        }
        m_events->sent += m_socket->write(bytes);
        return true;
    }

    // The server ends the stream: what was written goes out, then the connection closes.
    void endEvents()
    {
        if (!m_events)
            return;
        Stream done = std::move(*m_events);
        m_events.reset();
        replied(done.reply, done.sent, true);
    }

    // A body file's next pieces, while little is waiting in the socket.
    void pump()
    {
        if (!m_stream || m_closing)
            return;
        QFile &file = *m_stream->reply.bodyFile;
        bool failed = false;
        while (m_socket->bytesToWrite() < HttpListener::kStreamAhead && !file.atEnd()) {
            const QByteArray chunk = file.read(256 * 1024);
            failed = chunk.isEmpty(); // a read error: the length promised cannot be kept
            if (failed)
                break;
            m_stream->sent += m_socket->write(chunk);
        }
        m_timer.start(m_listener.m_limits.requestMs); // progress: the client is taking it
        if (!file.atEnd() && !failed)
            return;
        Stream done = std::move(*m_stream);
        m_stream.reset();
        disconnect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
        if (!file.atEnd()) { // cut short: the client must not take it for whole
            m_listener.m_handler.served(m_request, done.reply, done.sent, -1);
            finish();
            return;
        }
        replied(done.reply, done.sent, done.close);
    }

    // The reply is out (or handed to the socket): logged, and the connection ready for the
    // next request or closed.
    void replied(const HttpReply &reply, qint64 bytes, bool close)
    {
        m_listener.m_handler.served(m_request, reply, bytes,
                                    m_clock.isValid() ? m_clock.elapsed() : 0);
        m_request.body.clear();
        m_hold.reset();
        if (close) {
            closeAfterWriting();
            return;
        }
        m_state = State::Head;
        m_inRequest = false;
        m_chunkLeft = 0;
        m_lastChunk = false;
        m_trailerBytes = 0;
        m_timer.start(m_listener.m_limits.idleMs);
        // a request pipelined behind this one may be read already
        QTimer::singleShot(0, this, &HttpConnection::readMore);
    }

    void timedOut()
    {
        if (m_stream) { // a client that stopped taking a streamed body
            m_listener.m_handler.served(m_request, m_stream->reply, m_stream->sent, -1);
            m_stream.reset();
            finish();
            return;
        }
        if (m_inRequest && m_state != State::Busy)
            refuse(plainError(408, "timeout", "The request took too long to arrive."));
        else if (m_state != State::Busy)
            closeAfterWriting();
    }

    // Ends the connection without losing the answer: closing with unread bytes would reset it
    // and a client still sending would never see its 413 or 431. So the sending side is shut
    // once the answer is out, and what still comes is read and dropped, up to a bound.
    void closeAfterWriting()
    {
        m_closing = true;
        m_in.clear();
        m_timer.stop();
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::shutWhenWritten);
        shutWhenWritten();
        // a client that neither reads nor stops sending does not hold the connection
        QTimer::singleShot(std::min(m_listener.m_limits.idleMs, kLingerMs), this,
                           &HttpConnection::finish);
    }

    void shutWhenWritten()
    {
        if (m_shut || m_socket->bytesToWrite() > 0)
            return;
        m_shut = true;
        if (qobject_cast<QSslSocket *>(m_socket))
            m_socket->disconnectFromHost();
        else
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        discard();
    }

    void discard()
    {
        if (!m_socket->isOpen()) // the client closed first: nothing is left to read
            return;
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > kMaxDiscarded)
            finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_stream) // the client went away while a body file was being sent
            m_listener.m_handler.served(m_request, m_stream->reply, m_stream->sent, -1);
        m_stream.reset();
        if (m_events) { // an event stream ends when its client goes: that is how they end
            std::shared_ptr<HttpEventStream> stream = m_events->reply.events;
            m_listener.m_handler.served(m_request, m_events->reply, m_events->sent,
                                        m_clock.isValid() ? m_clock.elapsed() : 0);
            m_events.reset();
            stream->end();
        }
        m_closing = true;
        m_socket->abort();
        deleteLater();
    }

    HttpListener &m_listener;
    QTcpSocket *m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_in;
    HttpRequest m_request;
    struct Stream
    {
        HttpReply reply;
        qint64 sent; // bytes written so far, headers included
        bool close;
    };
    std::optional<Stream> m_stream;   // a body file being sent
    std::optional<Stream> m_events;   // an event stream being sent
    std::shared_ptr<BodyHold> m_hold; // the body's bytes, counted from admission to answer
    State m_state = State::Head;
    qint64 m_remaining = 0;
    qint64 m_chunkLeft = 0;
    qint64 m_trailerBytes = 0;
    bool m_lastChunk = false;
    bool m_inRequest = false;
    bool m_closing = false;
    bool m_shut = false;
    bool m_finished = false;
    qint64 m_discarded = 0;
};

HttpListener::HttpListener(HttpHandler &handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(handler)
{}

HttpListener::~HttpListener()
{
    close();
    // connections are children: they go first, each lowering m_open
    const QObjectList children = this->children();
    for (QObject *child : children)
        delete dynamic_cast<HttpConnection *>(child);
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_limits.maxConnections) {
        QTcpSocket refused;
        if (refused.setSocketDescriptor(descriptor)) {
            if (!isTls())
                refused.write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                              "Retry-After: 5\r\nConnection: close\r\n\r\n");
            refused.flush();
            refused.abort();
        }
        return;
    }
    if (isTls()) {
        auto *tls = new QSslSocket;
        if (!tls->setSocketDescriptor(descriptor)) {
            delete tls;
            return;
        }
        tls->setSslConfiguration(m_tls);
        new HttpConnection(*this, tls);
        // readyRead comes once the handshake is done; a failed one ends the connection, a
        // stalled one is ended by the request timer
        tls->startServerEncryption();
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new HttpConnection(*this, socket);
}

QSslConfiguration HttpListener::loadTls(const QString &certFile, const QString &keyFile,
                                        QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1: no PEM certificate in it").arg(certFile);
        return {};
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(keyFile, file.errorString());
        return {};
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1: no unencrypted PEM key (RSA or EC) in it").arg(keyFile);
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(chain.first());
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace ioc
