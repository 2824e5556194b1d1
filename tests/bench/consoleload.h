#pragma once
// The load of a city's consoles on one ioc-dataserver, for the benchmark: many consoles each
// asking for what came since its cursor every 30 s (a random phase each, on a kept-alive
// connection), while a few consoles with empty caches make their first, full sync at once.

#include "catalog.h"
#include "entity.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QMap>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace ioc::bench {

struct LoadResult
{
    QVector<double> latencies; // ms, request written to answer whole
    int errors = 0;            // refused, reset, timed out or not 200
    QMap<QString, int> why;    // the errors by kind
    int fullSyncs = 0;         // of the full syncs, those that ended well
    double fullSyncMaxMs = -1;
};

// One console's incremental sync, every intervalMs from a random first moment.
class PollingConsole : public QObject
{
public:
    PollingConsole(quint16 port, qint64 cursor, int intervalMs, LoadResult &out)
        : m_port(port)
        , m_cursor(cursor)
        , m_out(out)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &PollingConsole::ask);
        connect(&m_socket, &QTcpSocket::readyRead, this, &PollingConsole::read);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            // the server closed the kept-alive connection as the request went out (it closes
            // one idle for 30 s): sent again on a new one, as Qt's network access does
            if (m_waiting && m_in.isEmpty() && !m_resent
                && m_socket.error() == QAbstractSocket::RemoteHostClosedError) {
                m_resent = true;
                m_socket.abort();
                send();
                return;
            }
            if (m_waiting)
                failed();
        });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            if (m_waiting)
                failed();
        });
        m_interval = intervalMs;
        m_timer.start(int(QRandomGenerator::global()->bounded(intervalMs)));
    }

private:
    void ask()
    {
        // the server closes a connection idle for 30 s: one idle that long is not used again
        if (m_socket.state() != QAbstractSocket::ConnectedState
            || (m_idle.isValid() && m_idle.elapsed() > 25000)) {
            m_socket.abort();
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        }
        m_resent = false;
        m_waiting = true;
        m_clock.start();
        m_timeout.start(30000);
        send();
    }

    void send()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        m_in.clear();
        m_socket.write("GET /api/v1/observations?limit=5000&since=" + QByteArray::number(m_cursor)
                       + " HTTP/1.1\r\nHost: x\r\nUser-Agent: ioc-bench\r\n\r\n");
    }

    void read()
    {
        m_in += m_socket.readAll();
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (!m_waiting || end < 0)
            return;
        const qsizetype at = m_in.indexOf("Content-Length: ");
        const qint64 length
            = at < 0 || at > end ? 0
                                 : m_in.mid(at + 16, m_in.indexOf('\r', at) - at - 16).toLongLong();
        if (m_in.size() < end + 4 + length)
            return;
        m_waiting = false;
        m_timeout.stop();
        m_idle.start();
        if (!m_in.startsWith("HTTP/1.1 200")) {
            ++m_out.errors;
            ++m_out.why[QString::fromLatin1(m_in.left(m_in.indexOf('\r')))];
        } else {
            m_out.latencies << double(m_clock.nsecsElapsed()) / 1e6;
            // {"cursor":"N",… : where the next sync starts
            const qsizetype c = m_in.indexOf("{\"cursor\":\"", end);
            if (c >= 0)
                m_cursor = m_in.mid(c + 11, m_in.indexOf('"', c + 11) - c - 11).toLongLong();
        }
        m_timer.start(m_interval);
    }

    void failed()
    {
        m_waiting = false;
        m_timeout.stop();
        ++m_out.errors;
        ++m_out.why[m_socket.state() == QAbstractSocket::ConnectedState
                        ? QStringLiteral("no answer in 30 s")
                        : m_socket.errorString()];
        m_socket.abort();
        m_timer.start(m_interval);
    }

    quint16 m_port;
    qint64 m_cursor;
    int m_interval = 30000;
    LoadResult &m_out;
    QTcpSocket m_socket;
    QTimer m_timer;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QElapsedTimer m_idle; // since the last answer on this connection
    QByteArray m_in;
    bool m_waiting = false;
    bool m_resent = false;
};

// `consoles` polling consoles and `fullSyncs` first syncs against the server at `port` for
// `seconds`; the consoles start at the server's cursor `cursor`.
inline LoadResult driveConsoles(const Catalog &catalog, const EntityRegistry &entities,
                                quint16 port, qint64 cursor, int consoles, int fullSyncs,
                                int seconds)
{
    LoadResult out;
    std::vector<std::unique_ptr<PollingConsole>> polling;
    for (int i = 0; i < consoles; ++i)
        polling.push_back(std::make_unique<PollingConsole>(port, cursor, 30000, out));
    QTemporaryDir caches;
    // the full syncs on a thread of their own, as in the console: copying a snapshot into a
    // cache takes seconds, which would otherwise be counted against the server
    QThread syncThread;
    syncThread.start();
    SyncEngine::Options o;
    o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    std::vector<std::unique_ptr<SyncEngine>> engines;
    for (int i = 0; i < fullSyncs; ++i) {
        engines.push_back(std::make_unique<SyncEngine>(
            catalog, entities, caches.filePath(QStringLiteral("full%1.sqlite").arg(i)), o));
        engines.back()->moveToThread(&syncThread);
        QObject::connect(engines.back().get(), &SyncEngine::finished, &syncThread,
                         [&out](const SyncEngine::Summary &s) {
                             out.fullSyncs += s.ok;
                             out.errors += !s.ok;
                             out.fullSyncMaxMs = std::max(out.fullSyncMaxMs, double(s.elapsedMs));
                         });
        QMetaObject::invokeMethod(engines.back().get(), &SyncEngine::start, Qt::QueuedConnection);
    }
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    // a full sync still running counts as it ends
    for (auto &e : engines) {
        QEventLoop wait;
        QObject::connect(e.get(), &SyncEngine::finished, &wait, &QEventLoop::quit);
        if (!e->isRunning())
            continue;
        QTimer::singleShot(300000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    polling.clear();        // before the result they count into is returned
    for (auto &e : engines) // deleted on their thread
        QMetaObject::invokeMethod(e.release(), &QObject::deleteLater);
    syncThread.quit();
    syncThread.wait();
    return out;
}

} // namespace ioc::bench
