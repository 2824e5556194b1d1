#pragma once

#include "catalog.h"
#include "entity.h"
#include "serverstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace ioc {

// The IOC Data API v1 (docs/api.md) over a ServerStore.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(const Catalog &catalog, const QByteArray &catalogMetaJson,
              const EntityRegistry &entities, ServerStore &store, const QString &token,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // The port it listens on (0 picks a free one), or 0 when it cannot listen.
    quint16 listen(const QHostAddress &address, quint16 port);

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray etag;
        QByteArray contentType = "application/json; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers; // further headers
    };
    // The whole API as a function of the request, for the HTTP layer and for tests.
    // Reports change the store, so handle() is not const; body: the request body (POST).
    Reply handle(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                 const QByteArray &ifNoneMatch, const QByteArray &body = {});
    static Reply error(int status, const QByteArray &code, const QString &message);

    // The snapshot GET /snapshot serves (ServerStore::writeSnapshot); until one is set, that
    // path answers 404 and clients page through /observations from the start.
    void setSnapshot(const ServerStore::Snapshot &snapshot) { m_snapshot = snapshot; }
    ServerStore::Snapshot snapshot() const { return m_snapshot; }

private:
    Reply catalog() const;
    Reply entities() const;
    Reply observations(const QUrlQuery &query, const QByteArray &ifNoneMatch) const;
    Reply postReport(const QUrlQuery &query, const QByteArray &body);
    Reply snapshotFile(const QByteArray &ifNoneMatch) const;

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QByteArray m_catalogJson;
    QByteArray m_catalogEtag;
    QByteArray m_entitiesJson;
    ServerStore &m_store;
    QByteArray m_token;
    ServerStore::Snapshot m_snapshot;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace ioc
