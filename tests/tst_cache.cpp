#include "cache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QThread>
#include <QTest>

#include <cmath>

using namespace ioc;

class tst_Cache : public QObject
{
    Q_OBJECT
private slots:
    void createsCurrentSchema();
    void twoFirstOpensAtOnce();
    void writeAndRead();
    void newerRevisionWins();
    void rangedReads();
    void batchIsAllOrNothing();
    void reopenKeepsData();
    void refusesDamagedFile_data();
    void refusesDamagedFile();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void migratesVersion1KeepingObservations();
    void journalsRisesToWarnAndCritical();
    void migratesRepeatedAlertsIntoOne();
    void reportsADamagedJournal();

private:
    static Observation obs(const QString &period, double value, int revision = 1)
    {
        Observation o;
        o.indicator = QStringLiteral("A01.01");
        o.entity = QStringLiteral("31");
        o.period = period;
        o.revision = revision;
        o.value = value;
        o.plan = 11.5;
        o.sourceKind = QStringLiteral("api");
        o.sourceRef = QStringLiteral("https://ioc.example/v1/observations");
        o.fetchedAt = QDateTime(QDate(2026, 4, 21), QTime(8, 0), QTimeZone::utc());
        return o;
    }
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    QTemporaryDir m_dir;
};

void tst_Cache::createsCurrentSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("schema.sqlite"));
    Cache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    QCOMPARE(cache.observationCount(), 0);
    cache.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Cache::kSchemaVersion);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void tst_Cache::writeAndRead()
{
    Cache cache;
    QString error;
    QVERIFY(cache.open(m_dir.filePath(QStringLiteral("rw.sqlite")), &error));
    Observation noPlan = obs(QStringLiteral("2026-03"), 10.5);
    noPlan.plan.reset();
    noPlan.sourceDetail = QStringLiteral("Sheet1!D7");
    QVERIFY2(cache.write({obs(QStringLiteral("2026-04"), 10.87), noPlan},
                         Cache::OnConflict::Replace, &error),
             qPrintable(error));
    const auto series = cache.series(QStringLiteral("A01.01"), QStringLiteral("31"));
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0).period, QStringLiteral("2026-03")); // in period order
    QVERIFY(!series.at(0).plan);
    QCOMPARE(series.at(0).sourceDetail, QStringLiteral("Sheet1!D7"));
    QCOMPARE(series.at(1).value, 10.87);
    QCOMPARE(*series.at(1).plan, 11.5);
    QCOMPARE(series.at(1).sourceKind, QStringLiteral("api"));
    QCOMPARE(series.at(1).sourceRef, QStringLiteral("https://ioc.example/v1/observations"));
    QCOMPARE(series.at(1).fetchedAt, obs(QString(), 0).fetchedAt);
    QVERIFY(cache.series(QStringLiteral("A01.01"), QStringLiteral("10507")).isEmpty());
    QVERIFY(cache.setMeta(QStringLiteral("k"), QStringLiteral("v"), &error));
    QCOMPARE(cache.meta(QStringLiteral("k")), QStringLiteral("v"));
}

void tst_Cache::newerRevisionWins()
{
    Cache cache;
    QString error;
    QVERIFY(cache.open(m_dir.filePath(QStringLiteral("rev.sqlite")), &error));
    QVERIFY(
        cache.write({obs(QStringLiteral("2026-04"), 10.87, 1)}, Cache::OnConflict::Ignore, &error));
    QVERIFY(
        cache.write({obs(QStringLiteral("2026-04"), 10.91, 2)}, Cache::OnConflict::Ignore, &error));
    // the same revision again is not silently replaced in Ignore mode
    QVERIFY(
        cache.write({obs(QStringLiteral("2026-04"), 99.0, 2)}, Cache::OnConflict::Ignore, &error));
    const auto series = cache.series(QStringLiteral("A01.01"), QStringLiteral("31"));
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().value, 10.91);
    QCOMPARE(series.first().revision, 2);
    const auto history = cache.revisions(QStringLiteral("A01.01"), QStringLiteral("31"),
                                         QStringLiteral("2026-04"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().value, 10.87);
}

void tst_Cache::rangedReads()
{
    Cache cache;
    QString error;
    QVERIFY(cache.open(m_dir.filePath(QStringLiteral("ranges.sqlite")), &error));
    // three entities written out of order, one period with two revisions, another indicator
    QVector<Observation> rows;
    const QStringList entities{QStringLiteral("31"), QStringLiteral("10507"),
                               QStringLiteral("11311")};
    for (const QString &e : entities) {
        for (int m = 1; m <= 12; ++m) {
            Observation o = obs(QStringLiteral("2025-%1").arg(m, 2, 10, QLatin1Char('0')), m);
            o.entity = e;
            rows.prepend(o);
        }
    }
    Observation revised = obs(QStringLiteral("2025-05"), 55, 2);
    revised.entity = QStringLiteral("10507");
    Observation other = obs(QStringLiteral("2025-05"), 99);
    other.indicator = QStringLiteral("A01.02");
    rows << revised << other;
    QVERIFY2(cache.write(rows, Cache::OnConflict::Replace, &error), qPrintable(error));

    // overlapping ranges are read once; rows in entity, period order, newest revision only
    const auto got = cache.observationsInRanges(
        QStringLiteral("A01.01"), {{QStringLiteral("2025-09"), QStringLiteral("2025-10")},
                                   {QStringLiteral("2025-04"), QStringLiteral("2025-06")},
                                   {QStringLiteral("2025-05"), QStringLiteral("2025-07")}});
    QStringList keys;
    for (const Observation &o : got)
        keys << o.entity + QLatin1Char('/') + o.period + QLatin1Char('=')
                    + QString::number(o.value);
    QStringList expected;
    for (const QString &e :
         {QStringLiteral("10507"), QStringLiteral("11311"), QStringLiteral("31")}) {
        for (int m : {4, 5, 6, 7, 9, 10})
            expected << QStringLiteral("%1/2025-%2=%3")
                            .arg(e)
                            .arg(m, 2, 10, QLatin1Char('0'))
                            .arg(e == QLatin1String("10507") && m == 5 ? 55 : m);
    }
    QCOMPARE(keys, expected);
    QVERIFY(cache.observationsInRanges(QStringLiteral("A01.01"), {}).isEmpty());
    QVERIFY(cache
                .observationsInRanges(QStringLiteral("A01.01"),
                                      {{QStringLiteral("2026-01"), QStringLiteral("2026-12")}})
                .isEmpty());
    QVERIFY(cache
                .observationsInRanges(QStringLiteral("Z99.99"),
                                      {{QStringLiteral("2025-01"), QStringLiteral("2025-12")}})
                .isEmpty());

    // from a period on, with the periods just before it (their newest revisions)
    auto periods = [](const QVector<Observation> &series) {
        QStringList out;
        for (const Observation &o : series)
            out << o.period + QLatin1Char('=') + QString::number(o.value);
        return out;
    };
    const auto from = cache.seriesFrom(QStringLiteral("A01.01"), QStringLiteral("10507"),
                                       QStringLiteral("2025-07"), 2);
    QCOMPARE(periods(from).first(), QStringLiteral("2025-05=55"));
    QCOMPARE(from.size(), 8);
    QCOMPARE(cache
                 .seriesFrom(QStringLiteral("A01.01"), QStringLiteral("31"),
                             QStringLiteral("2025-02"), 2)
                 .size(),
             12);
    QCOMPARE(cache
                 .seriesFrom(QStringLiteral("A01.01"), QStringLiteral("31"),
                             QStringLiteral("2026-01"), 2)
                 .size(),
             2);
    QCOMPARE(cache
                 .seriesFrom(QStringLiteral("A01.01"), QStringLiteral("31"),
                             QStringLiteral("2025-07"), 0)
                 .size(),
             6);
    QCOMPARE(
        cache
            .revisions(QStringLiteral("A01.01"), QStringLiteral("10507"), QStringLiteral("2025-05"))
            .size(),
        2);
}

void tst_Cache::batchIsAllOrNothing()
{
    Cache cache;
    QString error;
    QVERIFY(cache.open(m_dir.filePath(QStringLiteral("atomic.sqlite")), &error));
    QVERIFY(cache.write({obs(QStringLiteral("2026-01"), 1)}, Cache::OnConflict::Ignore, &error));
    Observation broken = obs(QStringLiteral("2026-03"), 3);
    broken.value = std::nan(""); // SQLite stores NaN as NULL: NOT NULL fails half-way through
    QVERIFY(
        !cache.write({obs(QStringLiteral("2026-02"), 2), broken, obs(QStringLiteral("2026-04"), 4)},
                     Cache::OnConflict::Ignore, &error));
    QVERIFY2(error.contains(
                 QStringLiteral("row 2 (A01.01, 31, 2026-03): the value is not a finite number")),
             qPrintable(error));
    QCOMPARE(cache.observationCount(), 1); // nothing of the failed batch remains
    // and the cache keeps working afterwards, sources included
    QVERIFY2(cache.write({obs(QStringLiteral("2026-02"), 2)}, Cache::OnConflict::Ignore, &error),
             qPrintable(error));
    QCOMPARE(cache.observationCount(), 2);
}

void tst_Cache::reopenKeepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    QString error;
    {
        Cache cache;
        QVERIFY(cache.open(path, &error));
        QVERIFY(cache.write({obs(QStringLiteral("2026-04"), 10.87)}, Cache::OnConflict::Ignore,
                            &error));
    }
    Cache again;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QCOMPARE(again.observationCount(), 1);
}

void tst_Cache::refusesDamagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("this is not a database, it is a note\n").repeated(200);
    QTest::newRow("zeros") << QByteArray(8192, '\0');
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(4080, '\xff'));
    QTest::newRow("mangled sqlite header") << header;
}

void tst_Cache::refusesDamagedFile()
{
    QFETCH(QByteArray, content);
    const QString path
        = m_dir.filePath(QStringLiteral("damaged-%1.sqlite").arg(QTest::currentDataTag()));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = digest(path);
    Cache cache;
    QString error;
    QVERIFY(!cache.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("left untouched")), qPrintable(error));
    QVERIFY(error.contains(path));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Cache::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QString error;
    {
        Cache cache;
        QVERIFY(cache.open(path, &error));
        QVERIFY(cache.write({obs(QStringLiteral("2026-04"), 10.87)}, Cache::OnConflict::Ignore,
                            &error));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Cache::kSchemaVersion + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = digest(path);
    Cache cache;
    QVERIFY(!cache.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("left untouched")));
    QCOMPARE(digest(path), before);
}

void tst_Cache::refusesForeignDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = digest(path);
    Cache cache;
    QString error;
    QVERIFY(!cache.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not a console data cache")), qPrintable(error));
    QCOMPARE(digest(path), before);
}

QTEST_GUILESS_MAIN(tst_Cache)
void tst_Cache::twoFirstOpensAtOnce()
{
    // the window's reader and a sync open a new server's cache at the same moment: both get
    // the current schema, neither fails ("table meta already exists")
    QTemporaryDir dir;
    for (int round = 0; round < 20; ++round) {
        const QString path = dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        QString errors[2];
        QSemaphore ready, go;
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                Cache cache;
                ready.release();
                go.acquire();
                if (!cache.open(path, &errors[i]) && errors[i].isEmpty())
                    errors[i] = QStringLiteral("failed without a reason");
            });
            threads[i]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread *t : threads) {
            QVERIFY(t->wait(20000));
            delete t;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        Cache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
    }
}

#include "tst_cache.moc"

void tst_Cache::migratesVersion1KeepingObservations()
{
    // a cache of schema 1 (before the alert journal), made by hand as version 1 made it
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE sources (id INTEGER PRIMARY KEY, kind TEXT NOT "
                                      "NULL, reference TEXT NOT NULL, UNIQUE (kind, reference))")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE observations (indicator TEXT NOT NULL, entity "
                                      "TEXT NOT NULL, period TEXT NOT NULL, "
                                      "revision INTEGER NOT NULL, value REAL NOT NULL, plan REAL, "
                                      "source_id INTEGER NOT NULL REFERENCES sources (id), "
                                      "source_detail TEXT, fetched_at INTEGER NOT NULL, PRIMARY "
                                      "KEY (indicator, entity, period, revision)) WITHOUT ROWID")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sources VALUES (1, 'demo', 'x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO observations VALUES ('A01.01', '31', '2026-03', "
                                      "1, 10.5, 11.5, 1, NULL, 0)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    Cache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    QCOMPARE(cache.observationCount(), 1);
    QCOMPARE(cache.series(QStringLiteral("A01.01"), QStringLiteral("31")).first().value, 10.5);
    QVERIFY(!cache.series(QStringLiteral("A01.01"), QStringLiteral("31")).first().annualPlan);
    QVERIFY(cache.alerts().isEmpty());
    // schema 4: a row carries the year's plan; the same figure with another annual plan is a
    // new revision, with the same one nothing
    Observation o = cache.series(QStringLiteral("A01.01"), QStringLiteral("31")).first();
    o.annualPlan = 12.0;
    int added = 0, changed = 0, unchanged = 0;
    QVERIFY2(cache.appendRevisions({o}, &added, &changed, &unchanged, &error), qPrintable(error));
    QCOMPARE(changed, 1);
    QVERIFY2(cache.appendRevisions({o}, &added, &changed, &unchanged, &error), qPrintable(error));
    QCOMPARE(unchanged, 1);
    const Observation newest = cache.series(QStringLiteral("A01.01"), QStringLiteral("31")).first();
    QCOMPARE(newest.revision, 2);
    QCOMPARE(newest.annualPlan, std::optional<double>(12.0));
    o.annualPlan = qInf();
    QVERIFY(!cache.appendRevisions({o}, &added, &changed, &unchanged, &error));
    QVERIFY2(error.contains(QStringLiteral("annual plan")), qPrintable(error));
    QVERIFY2(cache.recordStatuses({{QStringLiteral("A01.01"), QStringLiteral("31"),
                                    QStringLiteral("2026-03"), Status::Ok, 10.5}},
                                  QDateTime::currentDateTimeUtc(), nullptr, &error),
             qPrintable(error));
}

void tst_Cache::journalsRisesToWarnAndCritical()
{
    const QString path = m_dir.filePath(QStringLiteral("alerts.sqlite"));
    const QDateTime t0(QDate(2026, 4, 20), QTime(8, 0), QTimeZone::utc());
    auto seen = [](const QString &entity, Status s, double v) {
        return StatusSeen{QStringLiteral("D02.03"), entity, QStringLiteral("2026-04"), s, v};
    };
    QString error;
    {
        Cache cache;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QVector<Alert> raised;
        // first sight sets the baseline: a unit already at warning is not a new alert
        QVERIFY2(cache.recordStatuses({seen(QStringLiteral("31"), Status::Ok, 74),
                                       seen(QStringLiteral("H01"), Status::Warn, 88),
                                       seen(QStringLiteral("H02"), Status::NoData, 0)},
                                      t0, &raised, &error),
                 qPrintable(error));
        QVERIFY(raised.isEmpty());
        // ok -> warn and warn -> critical are alerts; the same status again, or a fall, is not
        QVERIFY(cache.recordStatuses({seen(QStringLiteral("31"), Status::Warn, 86),
                                      seen(QStringLiteral("H01"), Status::Critical, 97)},
                                     t0.addSecs(60), &raised, &error));
        QCOMPARE(raised.size(), 2);
        QCOMPARE(raised.at(0).entity, QStringLiteral("31"));
        QCOMPARE(raised.at(0).status, Status::Warn);
        QCOMPARE(raised.at(0).previous, Status::Ok);
        QCOMPARE(raised.at(1).status, Status::Critical);
        QCOMPARE(raised.at(1).previous, Status::Warn);
        QCOMPARE(raised.at(1).value, 97.0);
        QVERIFY(raised.at(0).id != raised.at(1).id);
        QVERIFY(cache.recordStatuses({seen(QStringLiteral("31"), Status::Warn, 87),
                                      seen(QStringLiteral("H01"), Status::Warn, 90),
                                      seen(QStringLiteral("H02"), Status::Critical, 99)},
                                     t0.addSecs(120), &raised, &error));
        QVERIFY(raised.isEmpty()); // H02: first seen (NoData is not a status)
        // critical again after a fall to warn, in the same period: the alert already journaled
        // (one per indicator, entity, period and severity), not a second one
        const Alert critical = cache.alerts().first();
        QCOMPARE(critical.status, Status::Critical);
        QVERIFY(cache.recordStatuses({seen(QStringLiteral("H01"), Status::Critical, 96)},
                                     t0.addSecs(180), &raised, &error));
        QVERIFY(raised.isEmpty());

        Alert updated;
        QVERIFY2(cache.acknowledgeAlert(critical.id, QStringLiteral("Nguyễn Văn An"),
                                        QStringLiteral("Đã gọi bệnh viện; mở thêm 10 giường"),
                                        t0.addSecs(600), &updated, &error),
                 qPrintable(error));
        QCOMPARE(updated.acknowledgedBy, QStringLiteral("Nguyễn Văn An"));
        QVERIFY(!cache.acknowledgeAlert(9999, QStringLiteral("x"), QStringLiteral("y"), t0, nullptr,
                                        &error));
        QVERIFY(error.contains(QStringLiteral("9999")));
        // a fall and a rise again: still the acknowledged alert, not a fresh unacknowledged one
        QVERIFY(cache.recordStatuses({seen(QStringLiteral("H01"), Status::Warn, 90)},
                                     t0.addSecs(700), &raised, &error));
        QVERIFY(cache.recordStatuses({seen(QStringLiteral("H01"), Status::Critical, 98)},
                                     t0.addSecs(760), &raised, &error));
        QVERIFY(raised.isEmpty());
        // the next period is news again
        QVERIFY(cache.recordStatuses({seen(QStringLiteral("H01"), Status::Warn, 90)},
                                     t0.addSecs(800), &raised, &error));
        QVERIFY(cache.recordStatuses({StatusSeen{QStringLiteral("D02.03"), QStringLiteral("H01"),
                                                 QStringLiteral("2026-05"), Status::Critical, 99}},
                                     t0.addSecs(820), &raised, &error));
        QCOMPARE(raised.size(), 1);
    }
    // a restart keeps the journal, newest first, the acknowledgement and the baseline
    Cache cache;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QVector<Alert> all = cache.alerts();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().period, QStringLiteral("2026-05"));
    QCOMPARE(all.at(1).status, Status::Critical);
    QCOMPARE(all.at(1).note, QStringLiteral("Đã gọi bệnh viện; mở thêm 10 giường"));
    QCOMPARE(all.at(1).acknowledgedAt, t0.addSecs(600));
    QCOMPARE(all.at(1).raisedAt, t0.addSecs(60));
    QVERIFY(!all.last().acknowledged());
    QVector<Alert> raised;
    QVERIFY(cache.recordStatuses({seen(QStringLiteral("H01"), Status::Critical, 96)},
                                 t0.addSecs(900), &raised, &error));
    QVERIFY(raised.isEmpty());
    // a pack's journal replaces the journal as it is
    QVERIFY2(cache.replaceAlerts(all.mid(1, 1), &error), qPrintable(error));
    QCOMPARE(cache.alerts().size(), 1);
    QCOMPARE(cache.alerts().first().acknowledgedBy, QStringLiteral("Nguyễn Văn An"));
}

void tst_Cache::migratesRepeatedAlertsIntoOne()
{
    // a schema-2 journal with the same alert journaled three times, one of them acknowledged
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    QString error;
    {
        Cache cache;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP INDEX alerts_key")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE observations DROP COLUMN annual_plan")));
        // and what schemas 5 to 7 added
        for (const char *undo :
             {"DROP TABLE cameras", "DROP TABLE camera_frames", "DROP TABLE import_journal"})
            QVERIFY2(q.exec(QString::fromLatin1(undo)), qPrintable(q.lastError().text()));
        for (const char *row :
             {"(1, 100, 'C03.02', 'INV09', '2026-04', 'critical', 'ok', 0, NULL, NULL, NULL)",
              "(2, 200, 'C03.02', 'INV09', '2026-04', 'critical', 'ok', 0, 250, 'Lê Văn Cường', "
              "'đã họp chủ đầu tư')",
              "(3, 300, 'C03.02', 'INV09', '2026-04', 'critical', 'ok', 0, NULL, NULL, NULL)",
              "(4, 300, 'C03.02', 'INV09', '2026-04', 'warn', 'ok', 0, NULL, NULL, NULL)"})
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO alerts VALUES ") + QString::fromUtf8(row)),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    Cache cache;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QVector<Alert> all = cache.alerts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 2); // the critical one once, with its acknowledgement, and the warning
    const auto critical = std::find_if(all.cbegin(), all.cend(),
                                       [](const Alert &a) { return a.status == Status::Critical; });
    QVERIFY(critical != all.cend());
    QCOMPARE(critical->id, 2);
    QCOMPARE(critical->acknowledgedBy, QStringLiteral("Lê Văn Cường"));
}

void tst_Cache::reportsADamagedJournal()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged-journal.sqlite"));
    QString error;
    {
        Cache cache;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QVERIFY(cache.recordStatuses({{QStringLiteral("D02.03"), QStringLiteral("31"),
                                       QStringLiteral("2026-04"), Status::Ok, 70}},
                                     QDateTime::currentDateTimeUtc(), nullptr, &error));
        QVERIFY(cache.recordStatuses({{QStringLiteral("D02.03"), QStringLiteral("31"),
                                       QStringLiteral("2026-04"), Status::Warn, 88}},
                                     QDateTime::currentDateTimeUtc(), nullptr, &error));
        QCOMPARE(cache.alerts().size(), 1);
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE alerts SET status = 'garbled'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    Cache cache;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QVector<Alert> all = cache.alerts(&error);
    QVERIFY(all.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("alert journal"))
                 && error.contains(QStringLiteral("garbled")),
             qPrintable(error));
    // and nothing was removed: the row is still there for whoever repairs it
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alerts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    db.close();
}
