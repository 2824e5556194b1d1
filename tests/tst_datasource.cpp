// DataSource: reports imported off the UI thread, a server that cannot be reached makes the
// data layer offline, and none of it opens the cache on the thread that owns the DataSource.
#include "datasource.h"
#include "support/fixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

class tst_DataSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importsOffTheUiThread();
    void unreachableServerIsOffline();
    void packIsReadOnly();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
};

void tst_DataSource::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString tst_DataSource::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

void tst_DataSource::importsOffTheUiThread()
{
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\n"
                                   "A01.01,31,2026-04,10.87,11.5\n");
    const QString bad = writeFile(QStringLiteral("bad.csv"),
                                  "Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện,Kế hoạch\n"
                                  "Z99.99,31,2026-04,1,\n");
    QVERIFY(!good.isEmpty() && !bad.isEmpty());
    test::UiThreadCacheWatch watch;
    DataSource data(m_catalog, m_entities);
    DataSource::Source source;
    source.cachePath = m_dir.filePath(QStringLiteral("import.sqlite"));
    data.use(source, DemoSeeder::Need::Nothing);
    QCOMPARE(data.connection(), DataSource::Connection::Demo);
    QVERIFY(data.isDemo());
    QSignalSpy finished(&data, &DataSource::importFinished);
    QSignalSpy arrived(&data, &DataSource::dataArrived);
    QSignalSpy idle(&data, &DataSource::idle);
    QSignalSpy activity(&data, &DataSource::activity);
    QVERIFY(data.importReports({good, bad}));
    QVERIFY(data.importing());
    QVERIFY(!data.importReports({good})); // one import at a time
    QCOMPARE(activity.size(), 1);
    QCOMPARE(activity.first().at(0).value<DataSource::Activity>(), DataSource::Activity::Importing);
    QCOMPARE(activity.first().at(3).toString(), good);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto outcomes = finished.first().at(0).value<QVector<ImportOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.at(0).imported());
    QVERIFY(!outcomes.at(1).imported());
    QVERIFY(!outcomes.at(1).result.problems.isEmpty());
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(idle.size(), 1);
    QVERIFY(!data.importing());
    QVERIFY2(watch.opened().isEmpty(), qPrintable(watch.opened().join(QLatin1Char('\n'))));
    // the watch sees an open on this thread
    Cache cache;
    QString error;
    QVERIFY(cache.open(source.cachePath, &error));
    QCOMPARE(watch.opened().size(), 1);
}

void tst_DataSource::unreachableServerIsOffline()
{
    test::UiThreadCacheWatch watch;
    DataSource data(m_catalog, m_entities);
    DataSource::Source source;
    source.cachePath = m_dir.filePath(QStringLiteral("server.sqlite"));
    source.server = QUrl(QStringLiteral("http://127.0.0.1:9")); // discard: nothing listens
    source.token = QStringLiteral("t");
    source.syncTimeoutMs = 2000;
    data.use(source, std::nullopt);
    QVERIFY(data.syncs());
    QVERIFY(!data.isDemo());
    QCOMPARE(data.name(), QStringLiteral("http://127.0.0.1:9"));
    QCOMPARE(data.connection(), DataSource::Connection::Syncing);
    QTRY_COMPARE_WITH_TIMEOUT(data.connection(), DataSource::Connection::Offline, 20000);
    QVERIFY(!data.syncError().isEmpty());
    QVERIFY2(watch.opened().isEmpty(), qPrintable(watch.opened().join(QLatin1Char('\n'))));
    // offline by choice: the server's cache as it is, no network
    source.autoSync = false;
    data.use(source, std::nullopt);
    QCOMPARE(data.connection(), DataSource::Connection::Cached);
    QVERIFY(!data.syncs());
}

void tst_DataSource::packIsReadOnly()
{
    DataSource data(m_catalog, m_entities);
    DataSource::Source source;
    source.cachePath = m_dir.filePath(QStringLiteral("pack.sqlite"));
    source.pack = true;
    source.packSource = QStringLiteral("https://ioc.example/api");
    data.use(source, std::nullopt);
    QCOMPARE(data.connection(), DataSource::Connection::Pack);
    QVERIFY(!data.syncs());
    QVERIFY(!data.isDemo());
    QCOMPARE(data.name(), source.packSource);
}

QTEST_GUILESS_MAIN(tst_DataSource)
#include "tst_datasource.moc"
