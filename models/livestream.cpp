#include "livestream.h"

#include "syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

namespace ioc {

Q_LOGGING_CATEGORY(lcLive, "ioc.live", QtInfoMsg)

namespace {
constexpr int kLongLivedMs = 30 * 1000;    // a stream up this long starts the backoff afresh
constexpr int kNoStreamMs = 5 * 60 * 1000; // a server without one is asked again this often
constexpr int kMaxLoggedData = 200;        // of a dropped event's data, in the log

// `{"read_at":"2026-…Z",…`: the one member read before the page is (SyncEngine::parsePage
// checks the rest)
QDateTime readAt(const QByteArray &data)
{
    static const QByteArray prefix = "{\"read_at\":\"";
    if (!data.startsWith(prefix))
        return {};
    const qsizetype end = data.indexOf('"', prefix.size());
    if (end < 0 || end - prefix.size() > 40)
        return {};
    return QDateTime::fromString(QString::fromLatin1(data.mid(prefix.size(), end - prefix.size())),
                                 Qt::ISODateWithMs);
}
} // namespace

LiveStream::LiveStream(const Catalog &catalog, const EntityRegistry &entities,
                       const QString &cachePath, const Options &options, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_cachePath(cachePath)
    , m_options(options)
    , m_watchdog(this) // children: they move to the sync thread with the stream
    , m_retry(this)
{
    m_watchdog.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        *m_stop = tr("No event came from the server for %1 s.").arg(m_options.watchdogMs / 1000.0);
        m_reply->abort();
    });
    connect(&m_retry, &QTimer::timeout, this, &LiveStream::open);
}

LiveStream::~LiveStream()
{
    m_running = false;
    if (m_reply)
        m_reply->abort();
}

LiveStream::Event LiveStream::parseEvent(const QByteArray &block)
{
    Event e;
    bool any = false; // a field, not comments only
    for (const QByteArray &line : block.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(':'))
            continue; // a comment
        any = true;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event")
            e.type = value;
        else if (field == "data")
            e.data += (e.data.isEmpty() ? QByteArray() : QByteArray("\n")) + value;
        else if (field == "id")
            e.id = value;
        // "retry" and unknown fields: the backoff here is the console's own
    }
    // as the specification has it, an event without data is not dispatched
    e.comment = !any || e.data.isEmpty();
    return e;
}

void LiveStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    open();
}

void LiveStream::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_reply)
        m_reply->abort(); // its finished() says the stream is down
}

qint64 LiveStream::cachedCursor() const
{
    // every real-time row up to the later of the two cursors is in the cache: the stream's
    // own sync and the sync of everything both bring them
    return std::max(m_cache->meta(SyncEngine::metaCursor(m_options.stream)).toLongLong(),
                    m_cache->meta(SyncEngine::metaCursor()).toLongLong());
}

void LiveStream::open()
{
    if (!m_running || m_reply)
        return;
    if (const QString refused = m_options.trust.refusal(m_options.server); !refused.isEmpty()) {
        end(refused);
        return;
    }
    if (!m_cache) {
        m_cache = std::make_unique<Cache>();
        QString error;
        if (!m_cache->open(m_cachePath, &error)) {
            m_cache.reset();
            end(error);
            return;
        }
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    m_cursor = cachedCursor();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_cursor));
    if (!m_options.indicators.isEmpty())
        query.addQueryItem(QStringLiteral("indicator"),
                           m_options.indicators.join(QLatin1Char(',')));
    // no transfer timeout: the watchdog tells a quiet stream from a dead one
    QNetworkRequest r = m_options.trust.request(m_options.server, QStringLiteral("stream"), query,
                                                m_options.token, 0);
    r.setRawHeader("Accept", "text/event-stream");
    r.setRawHeader("Cache-Control", "no-cache");
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_nam->get(r);
    m_reply = reply;
    m_in.clear();
    m_stop = ServerTrust::guard(reply, m_options.server, this);
    connect(reply, &QNetworkReply::readyRead, this, &LiveStream::readMore);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString why = *m_stop;
        if (why.isEmpty() && status != 200 && status != 0) {
            const QJsonObject e = QJsonDocument::fromJson(reply->readAll().left(64 * 1024))
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toObject();
            why = tr("The server answered the live stream with HTTP %1.").arg(status);
            if (const QString message = e.value(QStringLiteral("message")).toString();
                !message.isEmpty())
                why += QLatin1Char(' ') + tr("It said: %1").arg(message.left(300));
        }
        if (why.isEmpty())
            why = reply->error() == QNetworkReply::NoError
                      ? tr("The server ended the live stream.")
                      : tr("The live stream broke off (%1).").arg(reply->errorString());
        m_reply = nullptr;
        m_watchdog.stop();
        if (!m_in.trimmed().isEmpty())
            qCInfo(lcLive, "an unfinished event (%lld bytes) was dropped with the stream",
                   static_cast<long long>(m_in.size()));
        m_in.clear();
        if (status == 404 || status == 405)
            m_failures = -1; // a server from before the stream: poll, ask again much later
        end(why);
    });
    m_watchdog.start(m_options.watchdogMs);
}

void LiveStream::readMore()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // its body is an error, read when it finishes
    if (!reply->header(QNetworkRequest::ContentTypeHeader)
             .toString()
             .startsWith(QLatin1String("text/event-stream"))) {
        *m_stop = tr("The server's answer is not an event stream (%1).")
                      .arg(reply->header(QNetworkRequest::ContentTypeHeader).toString().left(80));
        reply->abort();
        return;
    }
    m_in += reply->readAll();
    m_in.replace("\r\n", "\n");
    qsizetype from = 0;
    for (;;) {
        const qsizetype end = m_in.indexOf("\n\n", from);
        if (end < 0)
            break;
        const QByteArray block = m_in.mid(from, end - from);
        from = end + 2;
        m_watchdog.start(m_options.watchdogMs); // a whole event: the stream is alive
        handle(parseEvent(block));
        if (m_reply != reply)
            return; // the event ended the stream
    }
    m_in.remove(0, from);
    if (m_in.size() > m_options.maxEventBytes) {
        *m_stop = tr("An event from the server is larger than %1 MiB; it was dropped.")
                      .arg(m_options.maxEventBytes / 1048576);
        reply->abort();
    }
}

void LiveStream::handle(const Event &event)
{
    if (event.comment)
        return; // a heartbeat
    if (event.type == "hello") {
        setLive();
    } else if (event.type == "readings") {
        applyReadings(event.data);
    } else if (event.type == "behind") {
        *m_stop = tr("The server has more new readings than the stream carries: a sync brings "
                     "them first.");
        emit behind();
        m_reply->abort();
    } else {
        drop(tr("an event of unknown type '%1'")
                 .arg(QString::fromUtf8(event.type.left(kMaxLoggedData))));
    }
}

void LiveStream::applyReadings(const QByteArray &data)
{
    if (!m_live) {
        drop(tr("readings before the server's hello"));
        return;
    }
    QString problem;
    const std::optional<SyncEngine::Page> page
        = SyncEngine::parsePage(data, m_catalog, m_entities, &problem);
    if (!page) {
        drop(problem);
        return;
    }
    bool ok = false;
    const qint64 cursor = page->cursor.toLongLong(&ok);
    if (!ok || cursor <= m_cursor) {
        drop(tr("readings out of order (cursor %1; the console stands at %2)")
                 .arg(page->cursor.left(40))
                 .arg(m_cursor));
        return;
    }
    QString error;
    if (!m_cache->write(page->rows, Cache::OnConflict::Replace, &error,
                        {{SyncEngine::metaCursor(m_options.stream), page->cursor}})) {
        drop(error);
        return;
    }
    m_cursor = cursor;
    emit applied(page->rows.size(), readAt(data));
}

void LiveStream::drop(const QString &reason)
{
    qCWarning(lcLive, "a live stream event was dropped: %s", qPrintable(reason));
    emit dropped(reason);
}

void LiveStream::setLive()
{
    if (m_live)
        return;
    m_upSince.start();
    m_live = true;
    emit liveChanged(true, {});
}

void LiveStream::end(const QString &reason)
{
    const bool wasLongLived = m_live && m_upSince.isValid() && m_upSince.elapsed() >= kLongLivedMs;
    // said at every attempt that ends, live or not: whoever polls meanwhile keeps polling
    m_live = false;
    emit liveChanged(false, m_running ? reason : QString());
    if (!m_running)
        return;
    qCInfo(lcLive, "the live stream is down: %s", qPrintable(reason));
    int wait = kNoStreamMs;
    if (m_failures >= 0) {
        if (wasLongLived)
            m_failures = 0;
        wait = std::min(m_options.maxBackoffMs,
                        m_options.firstBackoffMs * (1 << std::min(m_failures, 16)));
        ++m_failures;
    } else {
        m_failures = 0;
    }
    m_retry.start(wait);
}

} // namespace ioc
