// ioc-dataserver against clients that may be hostile (issue 18): tokens and roles, the request
// log, the HTTP layer's limits, HTTPS, and a server that will not start open by accident.
#include "support/apifixture.h"
#include "support/testcerts.h"
#include "accesstokens.h"
#include "apiserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

using namespace ioc;

namespace {

struct RawReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

// A client that writes raw bytes and reads what comes back, pumping the event loop so that the
// in-process server can answer.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        // read as it comes: what arrived before the server closed stays here
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_in += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] { m_connected = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected()
    {
        return pump([this] { return m_connected; }, 5000);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitClosed(int ms)
    {
        return pump([this] { return closed(); }, ms);
    }
    // Waits for n complete replies (the last ones to HEAD requests when `head`).
    bool waitReplies(int n, int ms = 5000, bool head = false)
    {
        return pump([&] { return replies(head).size() >= n; }, ms);
    }
    QList<RawReply> replies(bool head = false) const
    {
        QList<RawReply> out;
        qsizetype at = 0;
        for (;;) {
            const qsizetype end = m_in.indexOf("\r\n\r\n", at);
            if (end < 0)
                return out;
            RawReply r;
            const QList<QByteArray> lines = m_in.mid(at, end - at).split('\n');
            r.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            const qint64 length = head || r.status == 304 || r.status == 100
                                      ? 0
                                      : r.header("content-length").toLongLong();
            if (m_in.size() < end + 4 + length)
                return out;
            r.body = m_in.mid(end + 4, length);
            at = end + 4 + length;
            if (r.status != 100)
                out << r;
        }
    }
    QByteArray received() const { return m_in; }

private:
    bool pump(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < ms)
            QTest::qWait(5);
        return done();
    }

    QTcpSocket m_socket;
    QByteArray m_in;
    bool m_connected = false;
};

QByteArray get(const QByteArray &path, const QByteArray &secret, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + secret
           + "\r\n" + extra + "\r\n";
}

const QByteArray kReport = "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\n"
                           "C03.02,INV01,2026-03,12.5,14\n"
                           "A01.01,31,2026-03,9.9,11.5\n";

} // namespace

class tst_ServerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void tokensFileKeepsNoSecret();
    void badTokensFilesAreNamed_data();
    void badTokensFilesAreNamed();
    void roles_data();
    void roles();
    void reportOutsideItsScopeStoresNothing();
    void requestLogNamesTokensNeverSecrets();
    void tokenIsCheckedBeforeTheBody();
    void oversizedBodyIs413WithoutReadingIt();
    void headerBlockOver16KiBIs431();
    void idleAndSlowConnectionsAreClosed();
    void connectionsAreBounded();
    void bodiesHeldAtOnceAreBounded();
    void headHttp10AndConnectionClose();
    void chunkedBodies_data();
    void chunkedBodies();
    void pipelinedRequestsAreAnsweredInOrder();
    void servesHttps();
    void refusesToStartOpen_data();
    void refusesToStartOpen();
    void hangupReloadsTokens();

private:
    quint16 listen(const HttpListener::Limits &limits = {});
    int status(const QByteArray &method, const QString &path, const QByteArray &secret,
               const QByteArray &body = {}, QJsonObject *json = nullptr);

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    ServerStore m_store;
    std::unique_ptr<ApiServer> m_api;
    QString m_tokensFile;
    QString m_audit;
    QHash<QString, QByteArray> m_secrets; // token name → secret
};

void tst_ServerSecurity::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite")), &error));
    qint64 rows = 0;
    error = test::seedStore(m_store, m_catalog, m_entities,
                            cityDateTime(QDate(2026, 4, 21), QTime(9, 0)), {"A01.01", "C03.02"},
                            &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // the tokens a city would issue: the IOC's administrator, the board that reads, the
    // Department of Finance that reports public investment, one by department, one expired
    m_tokensFile = m_dir.filePath(QStringLiteral("tokens.json"));
    auto issue = [&](const QString &name, AccessToken::Role role, const QStringList &indicators,
                     const QStringList &departments, const QDateTime &expires) {
        AccessToken t;
        t.name = name;
        t.role = role;
        t.indicators = indicators;
        t.departments = departments;
        t.expires = expires;
        QString why;
        const QByteArray secret = AccessTokens::issue(m_tokensFile, t, &why);
        m_secrets.insert(name, secret);
        return why;
    };
    for (const QString &why :
         {issue(QStringLiteral("ioc-admin"), AccessToken::Role::Admin, {}, {}, {}),
          issue(QStringLiteral("board"), AccessToken::Role::Read, {}, {}, {}),
          issue(QStringLiteral("so-tai-chinh"), AccessToken::Role::Report, {QStringLiteral("C03")},
                {}, {}),
          issue(QStringLiteral("cuc-thong-ke"), AccessToken::Role::Report, {},
                {QStringLiteral("City Statistics Office")}, {}),
          issue(QStringLiteral("old-laptop"), AccessToken::Role::Read, {}, {},
                QDateTime(QDate(2026, 1, 31), QTime(0, 0), Qt::UTC))})
        QVERIFY2(why.isEmpty(), qPrintable(why));
    const AccessTokens tokens = AccessTokens::fromFile(m_tokensFile, &error);
    QCOMPARE(tokens.tokens().size(), 5);
    m_api = test::apiOver(m_store, m_catalog, m_entities, {});
    m_api->setTokens(tokens);
    m_audit = m_dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(m_api->setAuditLog(m_audit, &error));
}

void tst_ServerSecurity::init()
{
    m_api->setLimits({});
}

quint16 tst_ServerSecurity::listen(const HttpListener::Limits &limits)
{
    m_api->setLimits(limits);
    return m_api->listen(QHostAddress::LocalHost, 0);
}

int tst_ServerSecurity::status(const QByteArray &method, const QString &path,
                               const QByteArray &secret, const QByteArray &body, QJsonObject *json)
{
    const ApiServer::Reply r
        = m_api->handle(method, QUrl(QStringLiteral("http://localhost") + path),
                        secret.isEmpty() ? QByteArray() : "Bearer " + secret, {}, body);
    if (json)
        *json = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    return r.status;
}

void tst_ServerSecurity::tokensFileKeepsNoSecret()
{
    QFile file(m_tokensFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QByteArray text = file.readAll();
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        QCOMPARE(secret.size(), 43); // 256 random bits
        QVERIFY(!text.contains(secret));
        QVERIFY(text.contains(AccessTokens::hashOf(secret)));
    }
    // issuing a token of the same name again replaces it: the old secret stops working
    AccessToken again;
    again.name = QStringLiteral("board");
    QString error;
    const QString copy = m_dir.filePath(QStringLiteral("copy.json"));
    QVERIFY(QFile::copy(m_tokensFile, copy));
    const QByteArray fresh = AccessTokens::issue(copy, again, &error);
    const AccessTokens tokens = AccessTokens::fromFile(copy, &error);
    QCOMPARE(tokens.tokens().size(), 5);
    const AccessToken *who = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(tokens.check("Bearer " + fresh, now, &who), AccessTokens::Check::Granted);
    QCOMPARE(who->name, QStringLiteral("board"));
    QCOMPARE(tokens.check("Bearer " + m_secrets.value(QStringLiteral("board")), now, &who),
             AccessTokens::Check::Unknown);
}

void tst_ServerSecurity::badTokensFilesAreNamed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("says");
    const QByteArray hash = QByteArray(64, 'a');
    QTest::newRow("not json") << QByteArray("tokens: all") << "not a tokens file";
    QTest::newRow("empty") << QByteArray(R"({"tokens":[]})") << "no tokens listed";
    QTest::newRow("bad role") << QByteArray(R"({"tokens":[{"name":"x","role":"root","sha256":")"
                                            + hash + "\"}]}")
                              << "token 'x': role must be read, report or admin";
    QTest::newRow("secret in clear")
        << QByteArray(R"({"tokens":[{"name":"y","role":"read","sha256":"s3cret"}]})")
        << "token 'y': 'sha256' must be the 64 hex digits";
    QTest::newRow("report without scope")
        << QByteArray(R"({"tokens":[{"name":"z","role":"report","sha256":")" + hash + "\"}]}")
        << "token 'z': a report token names its indicators or departments";
    QTest::newRow("twice") << QByteArray(R"({"tokens":[{"name":"w","role":"read","sha256":")" + hash
                                         + R"("},{"name":"w","role":"read","sha256":")" + hash
                                         + "\"}]}")
                           << "token 'w' is listed twice";
    QTest::newRow("bad expiry") << QByteArray(R"({"tokens":[{"name":"v","role":"read","sha256":")"
                                              + hash + R"(","expires":"soon"}]})")
                                << "token 'v': 'expires' must be a date";
}

void tst_ServerSecurity::badTokensFilesAreNamed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QString error;
    QVERIFY(AccessTokens::fromFile(path, &error).isEmpty());
    QVERIFY2(error.startsWith(path) && error.contains(says), qPrintable(error));
}

void tst_ServerSecurity::roles_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const QString catalog = QStringLiteral("/api/v1/catalog");
    const QString report = QStringLiteral("/api/v1/reports?file=dau-tu-cong.csv");
    QTest::newRow("no token") << QByteArray("GET") << catalog << QString() << 401
                              << "A valid bearer token is required.";
    QTest::newRow("unknown") << QByteArray("GET") << catalog << "forged" << 401
                             << "does not know the token";
    QTest::newRow("expired") << QByteArray("GET") << catalog << "old-laptop" << 401
                             << "The token 'old-laptop' expired on 2026-01-31";
    QTest::newRow("read reads") << QByteArray("GET") << catalog << "board" << 200 << QString();
    QTest::newRow("read heads") << QByteArray("HEAD") << catalog << "board" << 200 << QString();
    QTest::newRow("read may not report") << QByteArray("POST") << report << "board" << 403
                                         << "The token 'board' (read) may not send reports.";
    QTest::newRow("report reads") << QByteArray("GET") << catalog << "so-tai-chinh" << 200
                                  << QString();
    QTest::newRow("admin reports everything")
        << QByteArray("POST") << report << "ioc-admin" << 200 << QString();
}

void tst_ServerSecurity::roles()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, says);
    const QByteArray secret
        = token == QLatin1String("forged") ? QByteArray("forged-secret") : m_secrets.value(token);
    QJsonObject error;
    QCOMPARE(this->status(method, path, secret, kReport, &error), status);
    if (!says.isEmpty())
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(says),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
}

void tst_ServerSecurity::reportOutsideItsScopeStoresNothing()
{
    const qint64 before = m_store.lastSeq();
    const QString path = QStringLiteral("/api/v1/reports?file=dau-tu-cong-2.csv");
    const QByteArray changed = QByteArray(kReport).replace("12.5", "13.5").replace("9.9", "9.7");
    QJsonObject error;
    QCOMPARE(status("POST", path, m_secrets.value(QStringLiteral("so-tai-chinh")), changed, &error),
             422);
    QCOMPARE(m_store.lastSeq(), before);
    const QJsonArray problems = error.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1); // the A01.01 row; its C03.02 row is the department's own
    const QJsonObject p = problems.first().toObject();
    QCOMPARE(p.value(QStringLiteral("cell")).toString(), QStringLiteral("D3"));
    QVERIFY2(p.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("A01.01 (Monthly Excel report – City Statistics Office "
                                          "(GRDP estimate)) is not among what the token "
                                          "'so-tai-chinh' may report: report (C03)")),
             qPrintable(p.value(QStringLiteral("message")).toString()));

    // its own rows only: stored; the Statistics Office's token by department, likewise
    const QByteArray own = changed.left(changed.lastIndexOf("A01.01"));
    QCOMPARE(status("POST", path, m_secrets.value(QStringLiteral("so-tai-chinh")), own), 200);
    QCOMPARE(m_store.lastSeq(), before + 1);
    const QByteArray statistics
        = changed.left(changed.indexOf("C03.02")) + changed.mid(changed.lastIndexOf("A01.01"));
    QCOMPARE(status("POST", path, m_secrets.value(QStringLiteral("cuc-thong-ke")), statistics),
             200);
    QCOMPARE(m_store.lastSeq(), before + 2);
}

void tst_ServerSecurity::requestLogNamesTokensNeverSecrets()
{
    const quint16 port = listen();
    QVERIFY(port > 0);
    RawClient client(port);
    QVERIFY(client.connected());
    client.send(get("/api/v1/entities", m_secrets.value(QStringLiteral("board"))));
    client.send(get("/api/v1/entities", "wrong-secret"));
    QVERIFY(client.waitReplies(2));
    QCOMPARE(client.replies().at(1).status, 401);

    QFile log(m_audit);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QByteArray text = log.readAll();
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains("wrong-secret"));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    const QJsonObject read = QJsonDocument::fromJson(lines.at(lines.size() - 2)).object();
    QCOMPARE(read.value(QStringLiteral("token")).toString(), QStringLiteral("board"));
    QCOMPARE(read.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(read.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/entities"));
    QCOMPARE(read.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(read.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(read.value(QStringLiteral("bytes")).toInt() > 1000);
    QVERIFY(QDateTime::fromString(read.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                .isValid());
    const QJsonObject refused = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(refused.value(QStringLiteral("token")).toString(), QStringLiteral("-"));
    QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 401);

    // a stored report says how many rows it stored, and under which token
    // one figure differs from what is stored (A01.01 is 9.7 since the test before)
    const QByteArray report = QByteArray(kReport).replace("12.5", "15.25").replace("9.9", "9.7");
    client.send("POST /api/v1/reports?file=dau-tu-cong-3.csv HTTP/1.1\r\nAuthorization: Bearer "
                + m_secrets.value(QStringLiteral("ioc-admin"))
                + "\r\nContent-Length: " + QByteArray::number(report.size()) + "\r\n\r\n" + report);
    QVERIFY(client.waitReplies(3, 15000));
    QCOMPARE(client.replies().at(2).status, 200);
    log.seek(0);
    const QJsonObject stored
        = QJsonDocument::fromJson(log.readAll().trimmed().split('\n').last()).object();
    QCOMPARE(stored.value(QStringLiteral("token")).toString(), QStringLiteral("ioc-admin"));
    QCOMPARE(stored.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(stored.value(QStringLiteral("rows")).toInt(), 1);
}

void tst_ServerSecurity::tokenIsCheckedBeforeTheBody()
{
    // 1 GiB announced, none of it sent: the refusal comes from the headers alone
    const quint16 port = listen();
    RawClient client(port);
    QVERIFY(client.connected());
    client.send("POST /api/v1/reports?file=x.csv HTTP/1.1\r\nContent-Length: 1073741824\r\n\r\n");
    QVERIFY(client.waitReplies(1));
    QCOMPARE(client.replies().first().status, 401);
    QCOMPARE(client.replies().first().header("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed(5000));

    // a token that may only read is refused before the body too
    RawClient reader(port);
    QVERIFY(reader.connected());
    reader.send("POST /api/v1/reports?file=x.csv HTTP/1.1\r\nAuthorization: Bearer "
                + m_secrets.value(QStringLiteral("board"))
                + "\r\nContent-Length: 1073741824\r\n\r\n");
    QVERIFY(reader.waitReplies(1));
    QCOMPARE(reader.replies().first().status, 403);
    QVERIFY(reader.waitClosed(5000));
}

void tst_ServerSecurity::oversizedBodyIs413WithoutReadingIt()
{
    const quint16 port = listen();
    RawClient client(port);
    QVERIFY(client.connected());
    client.send("POST /api/v1/reports?file=x.csv HTTP/1.1\r\nAuthorization: Bearer "
                + m_secrets.value(QStringLiteral("ioc-admin"))
                + "\r\nContent-Length: 1073741824\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(client.waitReplies(1));
    // no "100 Continue" first: the client is told not to send the body
    QVERIFY(client.received().startsWith("HTTP/1.1 413 "));
    QVERIFY(client.waitClosed(5000));
}

void tst_ServerSecurity::headerBlockOver16KiBIs431()
{
    const quint16 port = listen();
    RawClient client(port);
    QVERIFY(client.connected());
    // a megabyte of headers, never finished: answered once 16 KiB have come
    client.send("GET /api/v1/catalog HTTP/1.1\r\n");
    for (int i = 0; i < 1024; ++i)
        client.send("X-Padding-" + QByteArray::number(i) + ": " + QByteArray(1000, 'x') + "\r\n");
    QVERIFY(client.waitReplies(1));
    QCOMPARE(client.replies().first().status, 431);
    QVERIFY(client.waitClosed(5000));
}

void tst_ServerSecurity::idleAndSlowConnectionsAreClosed()
{
    HttpListener::Limits limits;
    limits.idleMs = 300;
    limits.requestMs = 600;
    const quint16 port = listen(limits);
    RawClient idle(port);
    QVERIFY(idle.connected());
    QVERIFY(idle.waitClosed(3000)); // never said a word: the request timer ends it

    RawClient kept(port);
    QVERIFY(kept.connected());
    kept.send(get("/api/v1/entities", m_secrets.value(QStringLiteral("board"))));
    QVERIFY(kept.waitReplies(1));
    QVERIFY(!kept.closed());
    QVERIFY(kept.waitClosed(3000)); // idle after its answer

    RawClient slow(port);
    QVERIFY(slow.connected());
    slow.send("GET /api/v1/catalog HTTP/1.1\r\nHost: loc");
    QVERIFY(slow.waitReplies(1, 3000));
    QCOMPARE(slow.replies().first().status, 408);
    QVERIFY(slow.waitClosed(3000));
}

void tst_ServerSecurity::connectionsAreBounded()
{
    HttpListener::Limits limits;
    limits.maxConnections = 3;
    const quint16 port = listen(limits);
    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<RawClient>(port));
        QVERIFY(held.back()->connected());
    }
    QTRY_COMPARE(m_api->listener()->connections(), 3);
    RawClient fourth(port);
    QVERIFY(fourth.connected());
    QVERIFY(fourth.waitReplies(1));
    QCOMPARE(fourth.replies().first().status, 503);
    QVERIFY(fourth.waitClosed(3000));
    // one goes: the next is served
    held.pop_back();
    QTRY_COMPARE(m_api->listener()->connections(), 2);
    RawClient next(port);
    QVERIFY(next.connected());
    next.send(get("/api/v1/entities", m_secrets.value(QStringLiteral("board"))));
    QVERIFY(next.waitReplies(1));
    QCOMPARE(next.replies().first().status, 200);
}

void tst_ServerSecurity::bodiesHeldAtOnceAreBounded()
{
    HttpListener::Limits limits;
    limits.maxBodyBytes = 1024 * 1024;
    limits.maxBodiesBytes = 1536 * 1024;
    const quint16 port = listen(limits);
    const QByteArray admin = m_secrets.value(QStringLiteral("ioc-admin"));
    auto post = [&admin](qint64 length, const QByteArray &extra = {}) {
        return "POST /api/v1/reports?file=r.csv HTTP/1.1\r\nAuthorization: Bearer " + admin
               + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + extra + "\r\n";
    };
    // a megabyte on its way: counted from its headers on
    RawClient first(port);
    QVERIFY(first.connected());
    first.send(post(1024 * 1024) + QByteArray(100, 'x'));
    QTRY_COMPARE(m_api->listener()->bodyBytesHeld(), 1024 * 1024);

    // another megabyte would go over: 503 before its body is sent
    RawClient second(port);
    QVERIFY(second.connected());
    second.send(post(1024 * 1024, "Expect: 100-continue\r\n"));
    QVERIFY(second.waitReplies(1));
    QVERIFY(second.received().startsWith("HTTP/1.1 503 "));
    QCOMPARE(second.replies().first().header("retry-after"), QByteArray("5"));
    QVERIFY(second.waitClosed(5000));

    // what fits is served meanwhile, and reading never waits
    RawClient small(port);
    QVERIFY(small.connected());
    small.send(post(kReport.size()) + kReport);
    QVERIFY(small.waitReplies(1));
    QCOMPARE(small.replies().first().status, 200);
    RawClient reader(port);
    QVERIFY(reader.connected());
    reader.send(get("/api/v1/entities", m_secrets.value(QStringLiteral("board"))));
    QVERIFY(reader.waitReplies(1));
    QCOMPARE(reader.replies().first().status, 200);

    // the first body arrives and is answered (not a report: 422): its bytes are given back
    first.send(QByteArray(1024 * 1024 - 100, 'x'));
    QVERIFY(first.waitReplies(1, 15000));
    QCOMPARE(first.replies().first().status, 422);
    QTRY_COMPARE(m_api->listener()->bodyBytesHeld(), 0);
    RawClient again(port);
    QVERIFY(again.connected());
    again.send(post(kReport.size()) + kReport);
    QVERIFY(again.waitReplies(1));
    QCOMPARE(again.replies().first().status, 200);

    // clients that send their report and go before the answer: nothing stays counted
    for (int i = 0; i < 5; ++i) {
        RawClient gone(port);
        QVERIFY(gone.connected());
        gone.send(post(kReport.size()) + kReport);
        QTest::qWait(i * 2);
    }
    QTRY_COMPARE(m_api->listener()->bodyBytesHeld(), 0);
}

void tst_ServerSecurity::headHttp10AndConnectionClose()
{
    const quint16 port = listen();
    const QByteArray secret = m_secrets.value(QStringLiteral("board"));
    RawClient head(port);
    QVERIFY(head.connected());
    head.send("HEAD /api/v1/catalog HTTP/1.1\r\nAuthorization: Bearer " + secret + "\r\n\r\n");
    QVERIFY(head.waitReplies(1, 5000, true));
    const RawReply h = head.replies(true).first();
    QCOMPARE(h.status, 200);
    QVERIFY(h.header("content-length").toLongLong() > 1000);
    QVERIFY(!h.header("etag").isEmpty());
    QTest::qWait(100);
    QVERIFY(head.received().endsWith("\r\n\r\n")); // no body
    QVERIFY(!head.closed());

    RawClient old(port);
    QVERIFY(old.connected());
    old.send("GET /api/v1/entities HTTP/1.0\r\nAuthorization: Bearer " + secret + "\r\n\r\n");
    QVERIFY(old.waitReplies(1));
    QCOMPARE(old.replies().first().status, 200);
    QCOMPARE(old.replies().first().header("connection"), QByteArray("close"));
    QVERIFY(old.waitClosed(3000));

    RawClient closing(port);
    QVERIFY(closing.connected());
    closing.send(get("/api/v1/entities", secret, "Connection: close\r\n"));
    QVERIFY(closing.waitReplies(1));
    QVERIFY(closing.waitClosed(3000));
}

void tst_ServerSecurity::chunkedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QByteArray good;
    const QByteArray report = QByteArray(kReport).replace("12.5", "16.5");
    for (qsizetype at = 0; at < report.size(); at += 20) {
        const QByteArray part = report.mid(at, 20);
        good += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    QTest::newRow("good") << good + "0\r\n\r\n" << 200;
    QTest::newRow("size not hex") << QByteArray("zz\r\nabc\r\n0\r\n\r\n") << 400;
    QTest::newRow("chunk longer than said") << QByteArray("3\r\nabcdef\r\n0\r\n\r\n") << 400;
    QTest::newRow("endless size line") << QByteArray(4000, '1') << 400;
    QTest::newRow("over the limit") << QByteArray("7fffffff\r\n") << 413;
}

void tst_ServerSecurity::chunkedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const quint16 port = listen();
    RawClient client(port);
    QVERIFY(client.connected());
    client.send("POST /api/v1/reports?file=chunked.csv HTTP/1.1\r\nAuthorization: Bearer "
                + m_secrets.value(QStringLiteral("ioc-admin"))
                + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body);
    QVERIFY(client.waitReplies(1, 15000));
    QCOMPARE(client.replies().first().status, status);
    if (status != 200)
        QVERIFY(client.waitClosed(3000)); // a malformed body ends the connection
}

void tst_ServerSecurity::pipelinedRequestsAreAnsweredInOrder()
{
    const quint16 port = listen();
    RawClient client(port);
    QVERIFY(client.connected());
    const QByteArray secret = m_secrets.value(QStringLiteral("board"));
    client.send(get("/api/v1/entities", secret) + get("/api/v1/nothing", secret)
                + get("/api/v1/catalog", secret));
    QVERIFY(client.waitReplies(3));
    const QList<RawReply> r = client.replies();
    QCOMPARE(r.at(0).status, 200);
    QCOMPARE(r.at(1).status, 404);
    QCOMPARE(r.at(2).status, 200);
    QVERIFY(r.at(2).body.contains("\"indicators\""));
}

void tst_ServerSecurity::servesHttps()
{
    QTemporaryDir certs;
    const test::TestCerts c = test::makeTestCerts(certs.path());
    QVERIFY2(c.ok(), qPrintable(c.problem));
    QString error;
    const QSslConfiguration tls = HttpListener::loadTls(c.serverCert, c.serverKey, &error);
    QVERIFY2(!tls.isNull(), qPrintable(error));
    QVERIFY(HttpListener::loadTls(c.serverCert, c.caCert, &error).isNull());
    QVERIFY2(error.contains(c.caCert), qPrintable(error));

    m_api->setTls(tls);
    const quint16 port = listen();
    m_api->setTls({});
    auto fetch = [&](bool trustCa, QNetworkReply::NetworkError *failure) {
        QNetworkAccessManager nam; // a connection of its own each time
        QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1/api/v1/catalog").arg(port)));
        req.setRawHeader("Authorization", "Bearer " + m_secrets.value(QStringLiteral("board")));
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        if (trustCa)
            client.addCaCertificates(QSslCertificate::fromPath(c.caCert));
        req.setSslConfiguration(client);
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        *failure = reply->error();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QNetworkReply::NetworkError failure = QNetworkReply::NoError;
    QCOMPARE(fetch(true, &failure), 200);
    QCOMPARE(fetch(false, &failure), 0); // the city's CA not trusted: no answer at all
    QCOMPARE(failure, QNetworkReply::SslHandshakeFailedError);

    // plain HTTP to the HTTPS port gets nothing it could take for an answer
    RawClient plain(port);
    QVERIFY(plain.connected());
    plain.send(get("/api/v1/catalog", m_secrets.value(QStringLiteral("board"))));
    QVERIFY(plain.waitClosed(5000));
    QVERIFY(!plain.received().startsWith("HTTP/1.1 200"));
}

void tst_ServerSecurity::refusesToStartOpen_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no tokens") << QStringList() << "no tokens: give --tokens FILE";
    QTest::newRow("open to the network")
        << QStringList{QStringLiteral("--no-auth"), QStringLiteral("--bind"),
                       QStringLiteral("0.0.0.0")}
        << "--no-auth serves loopback only";
    QTest::newRow("tokens file missing")
        << QStringList{QStringLiteral("--tokens"), QStringLiteral("/nonexistent/tokens.json")}
        << "/nonexistent/tokens.json";
    QTest::newRow("certificate without key")
        << QStringList{QStringLiteral("--no-auth"), QStringLiteral("--tls-cert"),
                       QStringLiteral("/nonexistent/c.pem")}
        << "--tls-cert and --tls-key go together";
}

void tst_ServerSecurity::refusesToStartOpen()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QTemporaryDir data;
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IOC_DATASERVER_TOKEN"));
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(IOC_DATASERVER),
                 QStringList{QStringLiteral("--data"), data.path(), QStringLiteral("--port"),
                             QStringLiteral("0")}
                     + args);
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitCode(), 1);
    const QString err = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY(QDir(data.path()).isEmpty()); // nothing prepared, nothing served
}

void tst_ServerSecurity::hangupReloadsTokens()
{
    QTemporaryDir data;
    const QString tokens = data.filePath(QStringLiteral("tokens.json"));
    auto issue = [&](const QString &name) {
        QProcess p;
        p.start(QStringLiteral(IOC_DATASERVER),
                {QStringLiteral("--tokens"), tokens, QStringLiteral("--issue-token"), name,
                 QStringLiteral("--role"), QStringLiteral("read")});
        p.waitForFinished(10000);
        return p.exitCode() == 0 ? p.readAllStandardOutput().trimmed() : QByteArray();
    };
    const QByteArray first = issue(QStringLiteral("first"));
    QCOMPARE(first.size(), 43);
    QProcess server;
    server.start(QStringLiteral(IOC_DATASERVER),
                 {QStringLiteral("--data"), data.filePath(QStringLiteral("store")),
                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tokens"),
                  tokens});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 120000);
    const QByteArray line = server.readLine();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"),
             line.constData() + server.readAllStandardError());
    const quint16 port = quint16(line.split(':').value(2).split('/').first().toUInt());
    auto statusOf = [&](const QByteArray &secret) {
        RawClient c(port);
        if (!c.connected())
            return -1;
        c.send(get("/api/v1/entities", secret));
        return c.waitReplies(1, 10000) ? c.replies().first().status : -1;
    };
    QCOMPARE(statusOf(first), 200);
    const QByteArray second = issue(QStringLiteral("second"));
    QCOMPARE(statusOf(second), 401);
    QByteArray said;
    ::kill(pid_t(server.processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT((said += server.readAllStandardError()).contains("SIGHUP"), 10000);
    QVERIFY2(said.contains("SIGHUP: 2 token(s)"), said.constData());
    QCOMPARE(statusOf(second), 200);
    QCOMPARE(statusOf(first), 200);

    // a broken file on the next SIGHUP keeps the tokens as they were
    QFile broken(tokens);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{");
    broken.close();
    said.clear();
    ::kill(pid_t(server.processId()), SIGHUP);
    QTRY_VERIFY_WITH_TIMEOUT((said += server.readAllStandardError()).contains("SIGHUP"), 10000);
    QVERIFY2(said.contains("the tokens stay as they were"), said.constData());
    QCOMPARE(statusOf(second), 200);

    // every request is in the request log under DIR, no secret in it
    QFile log(data.filePath(QStringLiteral("store/audit.jsonl")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QCOMPARE(text.count('\n'), 5);
    QVERIFY(!text.contains(first) && !text.contains(second));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(tst_ServerSecurity)
#include "tst_serversecurity.moc"
