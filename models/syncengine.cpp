#include "syncengine.h"

#include "inflater.h"

#include <QCoreApplication>

#include "demoseeder.h"
#include "snapshotformat.h"
#include "tempfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryFile>

#include <cmath>

namespace ioc {

namespace {
// "2026-04-20T17:00:00+07:00" is what the server writes for every row: read that shape by hand
// (QDateTime::fromString is a large share of a full sync), anything else the general way.
QDateTime parseFetchTime(const QString &text)
{
    const QChar *c = text.constData();
    auto num = [&](int pos, int n) {
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const char16_t d = c[pos + i].unicode();
            if (d < u'0' || d > u'9')
                return -1;
            v = v * 10 + (d - u'0');
        }
        return v;
    };
    if (text.size() == 25 && c[4] == u'-' && c[7] == u'-' && c[10] == u'T' && c[13] == u':'
        && c[16] == u':' && (c[19] == u'+' || c[19] == u'-') && c[22] == u':') {
        const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2),
                  sec = num(17, 2);
        const int oh = num(20, 2), om = num(23, 2);
        const QDate date(y, mo, d);
        if (date.isValid() && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0 && sec < 60
            && oh >= 0 && oh < 15 && om >= 0 && om < 60) {
            const int offset = (c[19] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
            return QDateTime(date, QTime(h, mi, sec), Qt::OffsetFromUTC, offset);
        }
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

const QStringList &expectedColumns()
{
    static const QStringList cols
        = {QStringLiteral("indicator"),  QStringLiteral("entity"), QStringLiteral("period"),
           QStringLiteral("revision"),   QStringLiteral("value"),  QStringLiteral("plan"),
           QStringLiteral("fetched_at"), QStringLiteral("source"), QStringLiteral("source_detail"),
           QStringLiteral("annual_plan")};
    return cols;
}
} // namespace

SyncEngine::SyncEngine(const Catalog &catalog, const EntityRegistry &entities,
                       const QString &cachePath, const Options &options, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_cachePath(cachePath)
    , m_options(options)
    , m_backoff(this) // a child: it moves to the sync thread with the engine
{
    m_backoff.setSingleShot(true);
}

SyncEngine::~SyncEngine()
{
    if (m_reply)
        m_reply->abort();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_summary = Summary();
    m_clock.start();
    if (const QString refused = m_options.trust.refusal(m_options.server); !refused.isEmpty()) {
        finish(false, refused);
        return;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    if (!m_cache) {
        m_cache = std::make_unique<Cache>();
        QString error;
        if (!m_cache->open(m_cachePath, &error)) {
            m_cache.reset();
            finish(false, error);
            return;
        }
    }
    fetchCatalog();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_backoff.stop();
    if (m_reply)
        m_reply->abort(); // its finished() handler ends the sync
    else
        finish(false, tr("The sync was cancelled."));
}

void SyncEngine::get(const QString &path, const QUrlQuery &query, const QByteArray &etag,
                     const Done &done, int attempt)
{
    QNetworkReply *reply = m_nam->get(request(path, query, etag));
    m_reply = reply;
    const std::shared_ptr<QString> stop = guard(reply);
    const qint64 maxBytes = m_options.maxBodyBytes;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, maxBytes, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, maxBytes, tooLarge](qint64 received, qint64) {
                if (received > maxBytes) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_cancelled) {
            finish(false, tr("The sync was cancelled."));
            return;
        }
        if (!stop->isEmpty()) {
            finish(false, *stop);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_optionalStep && (*tooLarge || (status != 200 && status != 304))) {
            // what the sync does besides its rows: no retry, and it does not fail the sync
            done(*tooLarge ? -1 : status, reply->readAll(), {});
            return;
        }
        if (*tooLarge) {
            finish(false,
                   tr("The server's answer to %1 is larger than %2 MiB. Nothing was stored; the "
                      "cached figures are kept.")
                       .arg(path)
                       .arg(maxBytes / 1048576));
            return;
        }
        const QNetworkReply::NetworkError netError = reply->error();
        const bool transient = status >= 500 || netError == QNetworkReply::OperationCanceledError
                               || netError == QNetworkReply::TimeoutError
                               || netError == QNetworkReply::ConnectionRefusedError
                               || netError == QNetworkReply::RemoteHostClosedError
                               || netError == QNetworkReply::TemporaryNetworkFailureError
                               || netError == QNetworkReply::NetworkSessionFailedError
                               || netError == QNetworkReply::UnknownNetworkError
                               || (status == 0 && netError != QNetworkReply::NoError
                                   && netError != QNetworkReply::SslHandshakeFailedError);
        if (transient && attempt < m_options.maxAttempts) {
            // 1, 2, 4 … seconds, at most a minute
            const int wait = std::min(60000, m_options.firstBackoffMs * (1 << (attempt - 1)));
            emit retrying(
                attempt,
                status >= 500
                    ? tr("The server failed (HTTP %1).").arg(status)
                    : tr("The server %1 could not be reached (%2); the cached figures are kept.")
                          .arg(m_options.server.host(), reply->errorString()));
            m_backoff.disconnect();
            connect(&m_backoff, &QTimer::timeout, this,
                    [=] { get(path, query, etag, done, attempt + 1); });
            m_backoff.start(wait);
            return;
        }
        const QByteArray body = reply->readAll();
        if (status == 0) {
            finish(false,
                   tr("The server %1 could not be reached (%2); the cached figures are kept.")
                       .arg(m_options.server.host(), reply->errorString()));
            return;
        }
        if (status != 200 && status != 304) {
            finish(false, describe(status, body), status);
            return;
        }
        done(status, body, reply->rawHeader("ETag"));
    });
}

QNetworkRequest SyncEngine::request(const QString &path, const QUrlQuery &query,
                                    const QByteArray &etag) const
{
    QNetworkRequest r = m_options.trust.request(m_options.server, path, query, m_options.token,
                                                m_options.timeoutMs);
    r.setRawHeader("Accept", "application/json");
    if (!etag.isEmpty())
        r.setRawHeader("If-None-Match", etag);
    return r;
}

std::shared_ptr<QString> SyncEngine::guard(QNetworkReply *reply)
{
    return ServerTrust::guard(reply, m_options.server, this);
}

QString SyncEngine::serverName() const
{
    return m_options.server.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

QString SyncEngine::describe(int status, const QByteArray &body) const
{
    const QJsonObject e
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString message = e.value(QStringLiteral("message")).toString();
    QString what;
    switch (status) {
    case 401:
    case 403:
        what = tr("The server refused the access token.");
        break;
    case 404:
        what = tr("The server has no such data.");
        break;
    default:
        what = status >= 500 ? tr("The server failed (HTTP %1).").arg(status)
                             : tr("The server refused the request (HTTP %1).").arg(status);
    }
    if (!message.isEmpty())
        what += QLatin1Char(' ') + tr("It said: %1").arg(message.left(300));
    return what + QLatin1Char(' ') + tr("Nothing was stored; the cached figures are kept.");
}

void SyncEngine::fetchCatalog()
{
    get(QStringLiteral("catalog"), {}, m_cache->meta(QStringLiteral("sync_catalog_etag")).toUtf8(),
        [this](int status, const QByteArray &body, const QByteArray &etag) {
            if (status == 304) {
                ++m_summary.notModified;
                fetchObservations();
                return;
            }
            QVector<CatalogError> errors;
            const Catalog published = Catalog::fromJson(body, &errors);
            if (!published.isValid()) {
                finish(false, tr("The server's indicator catalog is not valid (%1); the built-in "
                                 "one is kept.")
                                  .arg(errors.isEmpty() ? QString() : errors.first().toString()));
                return;
            }
            QString error;
            // kept whole, so the next start can work with it (Catalog::preferred)
            m_summary.catalogRevision = published.revision();
            if (!m_cache->setMeta(QStringLiteral("sync_catalog_revision"), published.revision(),
                                  &error)
                || !m_cache->setMeta(metaCatalogJson(), QString::fromUtf8(body), &error)
                || !m_cache->setMeta(QStringLiteral("sync_catalog_etag"), QString::fromUtf8(etag),
                                     &error)) {
                finish(false, error);
                return;
            }
            fetchObservations();
        });
}

void SyncEngine::fetchObservations()
{
    QString cursor = m_cache->meta(metaCursor(m_options.stream));
    if (cursor.isEmpty() && m_options.useSnapshot && !m_snapshotTried
        && m_options.indicators.isEmpty() && m_options.stream == QLatin1String("all")
        && m_cache->observationCount() == 0) {
        fetchSnapshot();
        return;
    }
    if (cursor.isEmpty())
        cursor = QStringLiteral("0");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (!m_options.indicators.isEmpty())
        query.addQueryItem(QStringLiteral("indicator"),
                           m_options.indicators.join(QLatin1Char(',')));
    // the etag of the last page answers "nothing new" without a body
    const QByteArray etag
        = m_cache->meta(QStringLiteral("sync_observations_etag_") + m_options.stream).toUtf8();
    get(QStringLiteral("observations"), query, etag,
        [this](int status, const QByteArray &body, const QByteArray &newEtag) {
            if (status == 304) {
                ++m_summary.notModified;
                fetchSubmissions();
                return;
            }
            bool more = false;
            QString error;
            if (!storePage(body, newEtag, &more, &error)) {
                finish(false, error);
                return;
            }
            if (m_summary.pages > 0)
                emit progress(m_summary.rows, m_summary.pages, m_summary.remaining);
            if (more)
                fetchObservations();
            else
                fetchSubmissions();
        });
}

// After the rows, the reports sent to the server this month, stored or refused, into the
// import journal (the readiness view of the departments). A server that does not list them
// (404) or an answer that is not usable leaves the journal as it was: the sync has succeeded.
void SyncEngine::fetchSubmissions()
{
    if (m_options.stream != QLatin1String("all")) {
        finish(true, {});
        return;
    }
    // from the start of this month in the city: the same question all month, so the ETag holds
    const QDate today = toCityTime(QDateTime::currentDateTimeUtc()).date();
    const QDateTime monthStart
        = cityDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)).toUTC();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), monthStart.toString(Qt::ISODate));
    m_optionalStep = true;
    get(QStringLiteral("submissions"), query,
        m_cache->meta(QStringLiteral("sync_submissions_etag")).toUtf8(),
        [this](int status, const QByteArray &body, const QByteArray &etag) {
            m_optionalStep = false;
            if (status == 304) {
                finish(true, {});
                return;
            }
            if (status != 200) {
                if (status != 404) // 404: a server that does not list them
                    m_summary.submissionsNote = status < 0
                                                    ? tr("the list of reports sent was too large")
                                                    : describe(status, body);
                finish(true, {});
                return;
            }
            QString problem;
            const std::optional<QVector<ImportRecord>> sent
                = parseSubmissions(body, serverName(), &problem);
            QString error;
            if (!sent) {
                m_summary.submissionsNote = problem;
            } else {
                // the oldest first, so the journal keeps the server's order
                for (auto r = sent->crbegin(); r != sent->crend(); ++r) {
                    if (!m_cache->recordImport(*r, &error))
                        break;
                }
                if (error.isEmpty())
                    m_cache->setMeta(QStringLiteral("sync_submissions_etag"),
                                     QString::fromUtf8(etag), &error);
                m_summary.submissionsNote = error;
                m_summary.submissions = int(sent->size());
            }
            if (!m_summary.submissionsNote.isEmpty())
                qWarning("sync: the reports sent to the server were not read: %s",
                         qPrintable(m_summary.submissionsNote));
            finish(true, {});
        });
}

std::optional<QVector<ImportRecord>>
SyncEngine::parseSubmissions(const QByteArray &body, const QString &origin, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue list = doc.object().value(QStringLiteral("submissions"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        *problem = tr("The server's list of reports sent is not valid JSON with 'submissions'.");
        return std::nullopt;
    }
    const QJsonArray items = list.toArray();
    if (items.size() > kMaxSubmissions) {
        *problem = tr("The server listed %1 reports sent; at most %2 are read.")
                       .arg(items.size())
                       .arg(kMaxSubmissions);
        return std::nullopt;
    }
    // a list of at most `max` short texts, or nothing
    auto texts = [](const QJsonValue &v, int max, int length) -> std::optional<QStringList> {
        if (!v.isArray() || v.toArray().size() > max)
            return std::nullopt;
        QStringList out;
        const QJsonArray array = v.toArray();
        for (const auto &item : array) {
            if (!item.isString() || item.toString().size() > length)
                return std::nullopt;
            out << item.toString();
        }
        return out;
    };
    QVector<ImportRecord> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        ImportRecord r;
        bool ok = false;
        r.origin = origin;
        r.serverId = o.value(QStringLiteral("id")).toString().toLongLong(&ok);
        r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
        r.file = o.value(QStringLiteral("file")).toString();
        r.sender = o.value(QStringLiteral("token")).toString();
        r.imported = o.value(QStringLiteral("stored")).toBool();
        r.rows = o.value(QStringLiteral("figures")).toInt(-1);
        const auto sheets = texts(o.value(QStringLiteral("sheets")), 200, 200);
        const auto sources = texts(o.value(QStringLiteral("sources")), 200, 300);
        const auto problems = texts(o.value(QStringLiteral("problems")), 1000, 2000);
        if (!ok || r.serverId <= 0 || !r.at.isValid() || r.file.isEmpty() || r.file.size() > 255
            || r.sender.size() > 200 || r.rows < 0 || !o.value(QStringLiteral("stored")).isBool()
            || !sheets || !sources || !problems) {
            *problem
                = tr("Report %1 in the server's list of reports sent is not usable.").arg(i + 1);
            return std::nullopt;
        }
        r.at = r.at.toOffsetFromUtc(kCityUtcOffsetSeconds);
        r.sheets = *sheets;
        r.sources = *sources;
        r.problems = *problems;
        out << r;
    }
    return out;
}

// The first sync of an empty cache: one file instead of a hundred pages (docs/api.md). It goes
// to a file beside the cache as it arrives, is checked whole, and is copied in one transaction.
// Whatever goes wrong short of a refused token, the sync goes on with pages from the start.
void SyncEngine::fetchSnapshot()
{
    m_snapshotTried = true;
    const QFileInfo cacheFile(m_cachePath);
    const QDir dir = cacheFile.absoluteDir();
    // named after this process: a start removes what a killed sync left (tempfiles::sweep)
    auto file = std::make_shared<QTemporaryFile>(
        tempfiles::pattern(dir.path(), cacheFile.fileName() + QStringLiteral(".snapshot-")));
    if (!file->open()) {
        m_summary.snapshotNote
            = tr("No room for the snapshot beside the cache (%1).").arg(file->errorString());
        fetchObservations();
        return;
    }
    QNetworkRequest r = request(QStringLiteral("snapshot"), {}, {});
    r.setRawHeader("Accept", snapshot::kContentType);
    // compressed on the wire (about a tenth of the bytes), inflated here as it comes, into the
    // file, under the snapshot's limit (Inflater); Qt leaves a body alone whose coding was
    // asked for by name
    r.setRawHeader("Accept-Encoding", "zstd, gzip");
    QNetworkReply *reply = m_nam->get(r);
    m_reply = reply;
    const std::shared_ptr<QString> stop = guard(reply);
    auto problem = std::make_shared<QString>();
    auto inflater = std::make_shared<std::unique_ptr<Inflater>>();
    auto expectedRows = std::make_shared<qint64>(-1);
    auto lastReport = std::make_shared<QElapsedTimer>();
    lastReport->start();
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, reply, expectedRows, problem, inflater, file] {
                if (!problem->isEmpty())
                    return; // aborted already
                *inflater = std::make_unique<Inflater>(reply->rawHeader("Content-Encoding"),
                                                       file.get(), m_options.maxSnapshotBytes);
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                if (length.isValid() && length.toLongLong() > m_options.maxSnapshotBytes) {
                    *problem
                        = tr("it is larger than %1 MiB").arg(m_options.maxSnapshotBytes / 1048576);
                    reply->abort();
                }
                bool ok = false;
                const qint64 rows = reply->rawHeader("X-IOC-Rows").toLongLong(&ok);
                *expectedRows = ok && rows >= 0 ? rows : -1;
            });
    connect(reply, &QNetworkReply::readyRead, this, [reply, problem, inflater] {
        if (!problem->isEmpty() || !*inflater)
            return;
        if (!(*inflater)->write(reply->readAll())) {
            *problem = (*inflater)->error();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, expectedRows, lastReport](qint64 received, qint64 total) {
                // rows on their way, in proportion to the bytes, so the progress bar moves
                if (*expectedRows <= 0 || total <= 0 || lastReport->elapsed() < 100)
                    return;
                lastReport->restart();
                emit snapshotProgress(
                    qint64(double(*expectedRows) * double(received) / double(total)),
                    *expectedRows);
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, problem, stop, inflater] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_cancelled) {
            finish(false, tr("The sync was cancelled."));
            return;
        }
        if (!stop->isEmpty()) {
            finish(false, *stop);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403) {
            finish(false, describe(status, reply->readAll()), status);
            return;
        }
        if (problem->isEmpty() && status == 200 && reply->error() == QNetworkReply::NoError
            && *inflater) {
            if (!(*inflater)->write(reply->readAll()) || !(*inflater)->finish())
                *problem = (*inflater)->error();
            else if (!file->flush())
                *problem
                    = tr("it could not be written beside the cache (%1)").arg(file->errorString());
            else
                return adoptSnapshot(file->fileName());
            // a damaged or oversized body: pages instead, as for any other problem
        }
        if (problem->isEmpty()) {
            *problem = status == 404 ? tr("the server has none")
                       : status      ? tr("the server answered HTTP %1").arg(status)
                                     : reply->errorString();
        }
        m_summary.snapshotNote
            = tr("The snapshot was not used (%1); the figures come page by page instead.")
                  .arg(*problem);
        fetchObservations();
    });
}

void SyncEngine::adoptSnapshot(const QString &file)
{
    // Codes and periods of one indicator and entity come together (the rows are in key order):
    // look each up once a run.
    QByteArray lastIndicator, lastEntity;
    const Indicator *indicator = nullptr;
    bool entityKnown = false;
    const Cache::KeyCheck check
        = [&](QByteArrayView ind, QByteArrayView entity, QByteArrayView period) -> QString {
        if (ind != QByteArrayView(lastIndicator)) {
            lastIndicator = ind.toByteArray();
            indicator = m_catalog.find(QString::fromUtf8(ind));
        }
        if (!indicator)
            return tr("unknown indicator '%1'").arg(QString::fromUtf8(ind));
        if (entity != QByteArrayView(lastEntity)) {
            lastEntity = entity.toByteArray();
            entityKnown = m_entities.find(QString::fromUtf8(entity)) != nullptr;
        }
        if (!entityKnown)
            return tr("unknown entity '%1'").arg(QString::fromUtf8(entity));
        const QString key = QString::fromUtf8(period);
        const auto p = Period::fromKey(key);
        if (!p || p->frequency() != indicator->frequency)
            return tr("'%1' is not a %2 period").arg(key, frequencyKey(indicator->frequency));
        return {};
    };
    Cache::SnapshotInfo info;
    QString error;
    // the cursor is stored with the rows, so the next request asks for what came after them
    if (m_cache->adoptSnapshot(file, check, metaCursor(m_options.stream),
                               {{DemoSeeder::metaSource(), serverName()}}, &info, &error)) {
        m_summary.snapshotRows = info.rows;
        m_summary.rows += info.rows;
        m_summary.cursor = QString::number(info.cursor);
        emit snapshotProgress(info.rows, info.rows);
    } else {
        m_summary.snapshotNote
            = tr("The snapshot was not used (%1); the figures come page by page instead.")
                  .arg(error);
    }
    fetchObservations();
}

std::optional<SyncEngine::Page> SyncEngine::parsePage(const QByteArray &body,
                                                      const Catalog &catalog,
                                                      const EntityRegistry &entities,
                                                      QString *problem)
{
    auto fail = [&](const QString &message) {
        *problem = message;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1 (%2), perhaps cut short")
                        .arg(pe.offset)
                        .arg(pe.errorString()));
    const QJsonObject root = doc.object();
    const QJsonValue cursorValue = root.value(QStringLiteral("cursor"));
    if (!cursorValue.isString() || !root.value(QStringLiteral("more")).isBool()
        || !root.value(QStringLiteral("rows")).isArray())
        return fail(tr("'cursor' (text), 'more' (true/false) and 'rows' (a list) are required"));
    QStringList columns;
    for (const QJsonValue c : root.value(QStringLiteral("columns")).toArray())
        columns << c.toString();
    // a server from before the annual plan sends all columns but that last one
    const bool withAnnualPlan = columns == expectedColumns();
    if (!withAnnualPlan && columns != expectedColumns().mid(0, expectedColumns().size() - 1))
        return fail(tr("the columns must be %1").arg(expectedColumns().join(QStringLiteral(", "))));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    Page page;
    page.rows.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QString why;
        std::optional<Observation> o
            = parseRow(rows.at(i).toArray(), withAnnualPlan, catalog, entities, &why);
        if (!o)
            return fail(tr("row %1: %2").arg(i + 1).arg(why));
        page.rows << *o;
    }
    page.cursor = cursorValue.toString();
    page.more = root.value(QStringLiteral("more")).toBool();
    const QJsonValue remaining = root.value(QStringLiteral("remaining")); // optional
    page.remaining
        = remaining.isDouble() && remaining.toDouble() >= 0 ? qint64(remaining.toDouble()) : -1;
    return page;
}

std::optional<Observation> SyncEngine::parseRow(const QJsonArray &r, bool withAnnualPlan,
                                                const Catalog &catalog,
                                                const EntityRegistry &entities, QString *why)
{
    auto bad = [&](const QString &what) {
        *why = what;
        return std::nullopt;
    };
    const int fields = withAnnualPlan ? 10 : 9;
    if (r.size() != fields)
        return bad(tr("expected %1 fields").arg(fields));
    if (!r.at(0).isString() || !r.at(1).isString() || !r.at(2).isString() || !r.at(6).isString()
        || !r.at(7).isString() || !(r.at(8).isString() || r.at(8).isNull()))
        return bad(tr("indicator, entity, period, fetched_at and source must be text"));
    if (!r.at(3).isDouble() || !r.at(4).isDouble() || !(r.at(5).isDouble() || r.at(5).isNull()))
        return bad(tr("revision, value and plan must be numbers"));
    if (withAnnualPlan && !(r.at(9).isDouble() || r.at(9).isNull()))
        return bad(tr("the annual plan must be a number or null"));
    Observation o;
    o.indicator = r.at(0).toString();
    const Indicator *ind = catalog.find(o.indicator);
    if (!ind)
        return bad(tr("unknown indicator '%1'").arg(o.indicator));
    o.entity = r.at(1).toString();
    if (!entities.find(o.entity))
        return bad(tr("unknown entity '%1'").arg(o.entity));
    o.period = r.at(2).toString();
    const auto p = Period::fromKey(o.period);
    if (!p || p->frequency() != ind->frequency)
        return bad(tr("'%1' is not a %2 period").arg(o.period, frequencyKey(ind->frequency)));
    const double revision = r.at(3).toDouble();
    if (revision < 1 || revision > 1e9 || revision != std::floor(revision))
        return bad(tr("the revision must be a whole number from 1"));
    o.revision = int(revision);
    o.value = r.at(4).toDouble();
    if (!r.at(5).isNull())
        o.plan = r.at(5).toDouble();
    if (withAnnualPlan && !r.at(9).isNull())
        o.annualPlan = r.at(9).toDouble();
    o.fetchedAt = parseFetchTime(r.at(6).toString());
    if (!o.fetchedAt.isValid())
        return bad(tr("'%1' is not a date and time").arg(r.at(6).toString()));
    o.sourceKind = QStringLiteral("api");
    o.sourceRef = r.at(7).toString();
    // the report's sheet and cell for values the server took from a report; none for the
    // server's own (the cache names its data source for those)
    if (r.at(8).isString())
        o.sourceDetail = r.at(8).toString();
    return o;
}

bool SyncEngine::storePage(const QByteArray &body, const QByteArray &etag, bool *more,
                           QString *error)
{
    QString problem;
    const std::optional<Page> parsed = parsePage(body, m_catalog, m_entities, &problem);
    if (!parsed) {
        *error = tr("The server's answer (page %1) is not usable: %2. Nothing of it was stored; "
                    "the cached figures are kept.")
                     .arg(m_summary.pages + 1)
                     .arg(problem);
        return false;
    }
    const QVector<Observation> &out = parsed->rows;
    const QString &cursor = parsed->cursor;
    *more = parsed->more;
    m_summary.remaining = parsed->remaining;
    QString writeError;
    if (!m_cache->write(out, Cache::OnConflict::Replace, &writeError,
                        {{metaCursor(m_options.stream), cursor},
                         {QStringLiteral("sync_observations_etag_") + m_options.stream,
                          QString::fromUtf8(etag)},
                         {DemoSeeder::metaSource(), serverName()}})) {
        *error = writeError;
        return false;
    }
    if (!out.isEmpty())
        ++m_summary.pages;
    m_summary.rows += out.size();
    m_summary.cursor = cursor;
    return true;
}

void SyncEngine::finish(bool ok, const QString &error, int status)
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.ok = ok;
    m_summary.cancelled = m_cancelled;
    m_summary.error = error;
    m_summary.httpStatus = status;
    m_summary.elapsedMs = m_clock.elapsed();
    if (ok && m_cache) {
        QString ignored;
        m_cache->setMeta(metaLastSuccess(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                         &ignored);
        m_cache->setMeta(DemoSeeder::metaSource(), serverName(), &ignored);
    }
    emit finished(m_summary);
}

} // namespace ioc
