// ScreenRepository: typed asynchronous requests answered on the asker's thread, and the answers
// that must not arrive (another cache, a superseded detail, a gone asker).
#include "screenrepository.h"
#include "support/fixture.h"

#include "period.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ioc;

class tst_Repository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void answersOnTheAskersThread();
    void newerDetailSupersedes();
    void anotherCacheDropsOldAnswers();
    void goneAskerGetsNothing();
    void journalsAndAcknowledges();

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
    QString m_cachePath;
    const QDateTime m_now = cityDateTime(QDate(2026, 4, 20), QTime(18, 0));
    const Selection m_april{Selection::Mode::Month, QDate(2026, 4, 20)};
};

void tst_Repository::initTestCase()
{
    QString problem = test::loadBuiltins(&m_catalog, &m_entities, &m_screens);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_cachePath = m_dir.filePath(Cache::defaultFileName());
    problem = test::seedDemoCache(m_cachePath, m_catalog, m_entities, m_now,
                                  DemoGenerator::Part::Overview);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Repository::answersOnTheAskersThread()
{
    ScreenRepository repo(m_catalog, m_entities, m_screens);
    repo.open(m_cachePath);
    std::optional<ScreenData> got;
    QThread *answeredOn = nullptr;
    repo.screen(QStringLiteral("S01"), m_april, {}, m_now, this, [&](const ScreenData &d) {
        got = d;
        answeredOn = QThread::currentThread();
    });
    QVERIFY(!got); // asynchronous: nothing before the event loop runs
    QTRY_VERIFY(got.has_value());
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(got->screen, QStringLiteral("S01"));
    QVERIFY2(got->error.isEmpty(), qPrintable(got->error));
    QVERIFY(got->valueCount() > 10);
    QCOMPARE(got->selection, m_april);
}

void tst_Repository::newerDetailSupersedes()
{
    ScreenRepository repo(m_catalog, m_entities, m_screens);
    repo.open(m_cachePath);
    QStringList answered;
    const auto note = [&](const DetailData &d) {
        answered << d.indicator;
    };
    repo.detail(QStringLiteral("A01.01"), m_april, m_now, this, note);
    repo.detail(QStringLiteral("A09.01"), m_april, m_now, this, note);
    // screens are not superseded: each asker gets its answer
    int screens = 0;
    repo.screen(QStringLiteral("S01"), m_april, {}, m_now, this,
                [&](const ScreenData &) { ++screens; });
    repo.screen(QStringLiteral("S02"), m_april, {}, m_now, this,
                [&](const ScreenData &) { ++screens; });
    QTRY_COMPARE(screens, 2);
    QTRY_COMPARE(answered, QStringList{QStringLiteral("A09.01")});
    QTest::qWait(50);
    QCOMPARE(answered, QStringList{QStringLiteral("A09.01")});
}

void tst_Repository::anotherCacheDropsOldAnswers()
{
    ScreenRepository repo(m_catalog, m_entities, m_screens);
    repo.open(m_cachePath);
    bool oldAnswer = false;
    repo.screen(QStringLiteral("S01"), m_april, {}, m_now, this,
                [&](const ScreenData &) { oldAnswer = true; });
    // switched before the answer came: the old cache's answer is dropped, the new one's arrives
    QVector<int> counts;
    const auto note = [&](const ScreenData &d) {
        counts << d.valueCount();
    };
    repo.open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    repo.screen(QStringLiteral("S01"), m_april, {}, m_now, this, note);
    QTRY_COMPARE(counts.size(), 1);
    QCOMPARE(counts.first(), 0); // from the new, empty cache
    QTest::qWait(50);
    QCOMPARE(counts.size(), 1);
    QVERIFY(!oldAnswer);
}

void tst_Repository::goneAskerGetsNothing()
{
    ScreenRepository repo(m_catalog, m_entities, m_screens);
    repo.open(m_cachePath);
    bool called = false;
    auto *asker = new QObject;
    repo.screen(QStringLiteral("S01"), m_april, {}, m_now, asker,
                [&](const ScreenData &) { called = true; });
    delete asker;
    bool after = false;
    repo.screen(QStringLiteral("S02"), m_april, {}, m_now, this,
                [&](const ScreenData &) { after = true; });
    QTRY_VERIFY(after); // answers arrive in order: the first one was dropped
    QVERIFY(!called);
}

void tst_Repository::journalsAndAcknowledges()
{
    {
        // a figure that rose from normal to critical since it was last judged
        Cache cache;
        QString error;
        QVERIFY(cache.open(m_cachePath, &error));
        QVector<Alert> raised;
        for (const Status s : {Status::Ok, Status::Critical})
            QVERIFY2(cache.recordStatuses({{QStringLiteral("D02.03"), QStringLiteral("31"),
                                            QStringLiteral("2026-04-20"), s, 74}},
                                          m_now, &raised, &error),
                     qPrintable(error));
        QCOMPARE(raised.size(), 1);
    }
    ScreenRepository repo(m_catalog, m_entities, m_screens);
    repo.open(m_cachePath);
    QSignalSpy journaled(&repo, &ScreenRepository::alertsJournaled);
    QSignalSpy loaded(&repo, &ScreenRepository::alertsLoaded);
    QSignalSpy acknowledged(&repo, &ScreenRepository::alertAcknowledged);
    repo.journalAlerts(m_april, m_now);
    QTRY_COMPARE(journaled.size(), 1);
    repo.loadAlerts();
    QTRY_COMPARE(loaded.size(), 1);
    const auto alerts = loaded.first().at(0).value<QVector<Alert>>();
    QCOMPARE(loaded.first().at(1).toString(), QString());
    QVERIFY(alerts.size() >= 1 + journaled.first().at(0).value<QVector<Alert>>().size());
    repo.acknowledgeAlert(alerts.first().id, QStringLiteral("Trần Thị Mai"),
                          QStringLiteral("Đã báo cáo"), m_now);
    QTRY_COMPARE(acknowledged.size(), 1);
    const auto done = acknowledged.first().at(0).value<Alert>();
    QCOMPARE(acknowledged.first().at(1).toString(), QString());
    QCOMPARE(done.id, alerts.first().id);
    QCOMPARE(done.acknowledgedBy, QStringLiteral("Trần Thị Mai"));
}

QTEST_GUILESS_MAIN(tst_Repository)
#include "tst_repository.moc"
