// Runs the real ioc-console binary the way people script it.
#include "briefingpack.h"
#include "cache.h"
#include "savefile.h"

#include "support/xlsxfixture.h"
#include "support/zippart.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QFileInfo>
#include <QScopeGuard>
#include <QJsonObject>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QTest>

using namespace ioc;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, int timeoutMs = 240000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IOC_CONSOLE), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void versionAndHelp();
    void listIndicators();
    void query_data();
    void query();
    void queryFilters();
    void badArguments_data();
    void badArguments();
    void damagedCacheIsLeftAlone();
    void newerCacheIsLeftAlone();
    void screenshots();
    void alertJournalAsCsv();
    void briefingPackAndPdf();
    void signedPacks();
    void importReports(); // last: it changes the shared demo cache

private:
    QStringList withData(QStringList args) const
    {
        return args << QStringLiteral("--data-dir") << m_dir.path() << QStringLiteral("--lang")
                    << QStringLiteral("en");
    }
    QTemporaryDir m_dir;
};

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // the first scripted run on an empty data folder builds the demo dataset
    const Run r = run(withData({QStringLiteral("--query"), QStringLiteral("A01.01"),
                                QStringLiteral("--period"), QStringLiteral("2026-04")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(m_dir.filePath(Cache::defaultFileName())));
}

void tst_Cli::versionAndHelp()
{
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.contains(QStringLiteral("ioc-console 0.1.0")));
    const Run h = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(h.exitCode, 0);
    for (const char *opt : {"--version", "--lang", "--data-dir", "--list-indicators", "--query",
                            "--entity", "--period", "--screenshot", "--size", "--as-of", "--theme"})
        QVERIFY2(h.out.contains(QLatin1String(opt)), opt);
    const Run vi = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("vi")});
    QVERIFY(vi.out.contains(QStringLiteral("Ngôn ngữ giao diện")));
    // Qt's own lines too (Debian ships no qtbase_vi.qm): no English left in the Vietnamese help
    for (const QString &line : {QStringLiteral("Cách dùng: "), QStringLiteral("Tùy chọn:"),
                                QStringLiteral("Hiển thị trợ giúp về các tùy chọn dòng lệnh."),
                                QStringLiteral("Hiển thị thông tin phiên bản.")})
        QVERIFY2(vi.out.contains(line), qPrintable(line));
    for (const char *english : {"Usage:", "Options:", "Displays"})
        QVERIFY2(!vi.out.contains(QLatin1String(english)), english);
    const Run unknown
        = run({QStringLiteral("--bogus"), QStringLiteral("--lang"), QStringLiteral("vi")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("Không có tùy chọn 'bogus'")),
             qPrintable(unknown.err));
}

void tst_Cli::listIndicators()
{
    const Run r = run({QStringLiteral("--list-indicators")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QStringLiteral(
        "code,group,subgroup_code,subgroup_vi,subgroup_en,name_vi,name_en,unit,frequency")));
    QSet<QString> codes;
    int rows = 0;
    for (const QString &l : lines.mid(1)) {
        if (!l.isEmpty() && l.at(0).isLetter() && l.at(3) == QLatin1Char('.')) {
            codes.insert(l.left(6));
            ++rows;
        }
    }
    QCOMPARE(codes.size(), 86);
    QVERIFY(r.out.contains(QStringLiteral("A01.01,A,A01,Tăng trưởng kinh tế (GRDP)")));
    QVERIFY(r.err.isEmpty() || !r.err.contains(QStringLiteral("error")));
}

void tst_Cli::query_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("line");
    QTest::newRow("grdp is amber")
        << QStringList{"--query", "A01.01", "--period", "2026-04"}
        << "A01.01,31,2026-04,10.87,11.5,warn,2026-04-20T17:00:00+07:00,demo: Monthly Excel report "
           "– City Statistics Office (GRDP estimate),1";
    QTest::newRow("revenue") << QStringList{"--query", "A09.01", "--period", "2026-04-20"}
                             << "A09.01,31,2026-04-20,56363,";
    QTest::newRow("april period revenue")
        << QStringList{"--query", "A09.05", "--period", "2026-04-20"}
        << "A09.05,31,2026-04-20,24553.3,";
    QTest::newRow("zero disbursement critical")
        << QStringList{"--query", "C03.02", "--entity", "INV09", "--period", "2026-04"}
        << "C03.02,INV09,2026-04,0,";
    QTest::newRow("cat hai") << QStringList{"--query", "C03.02",   "--entity",
                                            "INV01",   "--period", "2026-04"}
                             << "C03.02,INV01,2026-04,42.9,28,ok,";
    QTest::newRow("year-to-date with its annual plan")
        << QStringList{"--query", "A12.01", "--period", "2026-04"} << "A12.01,31,2026-04,965,";
    QTest::newRow("commune row") << QStringList{"--query", "A11.01",   "--entity",
                                                "10507",   "--period", "2026-04"}
                                 << "A11.01,10507,2026-04,";
}

void tst_Cli::query()
{
    QFETCH(QStringList, args);
    QFETCH(QString, line);
    const Run r = run(withData(args));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(),
             QStringLiteral(
                 "indicator,entity,period,value,plan,status,as_of,source,revision,annual_plan"));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(line), qPrintable(lines.at(1)));
    if (QByteArray(QTest::currentDataTag()) == "zero disbursement critical")
        QVERIFY(lines.at(1).contains(QStringLiteral(",critical,")));
    // a year-to-date row gives the year's plan last; a rate of growth has none
    const QString annualPlan = lines.at(1).section(QLatin1Char(','), -1);
    if (QByteArray(QTest::currentDataTag()) == "year-to-date with its annual plan")
        QVERIFY2(annualPlan.toDouble() > 965, qPrintable(lines.at(1)));
    if (QByteArray(QTest::currentDataTag()) == "grdp is amber")
        QVERIFY2(annualPlan.isEmpty(), qPrintable(lines.at(1)));
}

void tst_Cli::queryFilters()
{
    // a month of a daily commune-level indicator for one commune: 30 rows
    Run r = run(withData({"--query", "A13.01", "--entity", "10507", "--period", "2026-04"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 31);
    // every entity of a monthly unit-level indicator for one month: 14 units and the city
    r = run(withData({"--query", "C03.02", "--period", "2026-04"}));
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 16);
    // a quarterly indicator overlapping a month
    r = run(withData({"--query", "A02.02", "--period", "2026-02"}));
    QVERIFY(r.out.contains(QStringLiteral("A02.02,31,2026-Q1,45,")));
}

void tst_Cli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown indicator")
        << QStringList{"--query", "Z01.01"} << 2 << "Unknown indicator 'Z01.01'";
    QTest::newRow("unknown entity")
        << QStringList{"--query", "A01.01", "--entity", "99999"} << 2 << "Unknown entity '99999'";
    QTest::newRow("bad period") << QStringList{"--query", "A01.01", "--period", "April"} << 2
                                << "YYYY-MM or YYYY-MM-DD";
    QTest::newRow("history years") << QStringList{"--query", "A01.01", "--history-years", "0"} << 1
                                   << "--history-years takes a number of years from 1 to 30";
    QTest::newRow("bad as-of") << QStringList{"--query", "A01.01", "--as-of", "20/04/2026"} << 1
                               << "--as-of takes a date";
    QTest::newRow("bad size") << QStringList{"--screenshot", "/tmp/x", "--size", "big"} << 1
                              << "--size takes WxH";
    QTest::newRow("view not there")
        << QStringList{"--screenshot", "/tmp/x", "--view", "/nonexistent/v.iocview.json"} << 1
        << "The view /nonexistent/v.iocview.json cannot be opened: it cannot be read";
    QTest::newRow("unknown place") << QStringList{"--screenshot", "/tmp/x", "--place", "nowhere"}
                                   << 1 << "--place takes the code of a commune";
}

void tst_Cli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(withData(args));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const Run bad = run(
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--list-indicators")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("--lang")));
}

void tst_Cli::damagedCacheIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Cache::defaultFileName());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("garbage, not a database\n").repeated(500));
    }
    const QByteArray before = sha(path);
    Run r = run({"--query", "A01.01", "--data-dir", dir.path(), "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("damaged or is not a database")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("left untouched")));
    QCOMPARE(sha(path), before);
    r = run({"--query", "A01.01", "--data-dir", dir.path(), "--lang", "vi"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("bị hỏng")), qPrintable(r.err));
    QCOMPARE(sha(path), before);
}

void tst_Cli::newerCacheIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Cache::defaultFileName());
    {
        Cache cache;
        QString error;
        QVERIFY(cache.open(path, &error));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = sha(path);
    const Run r = run({"--query", "A01.01", "--data-dir", dir.path(), "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("newer version of the console (schema 99")),
             qPrintable(r.err));
    QCOMPARE(sha(path), before);
}

void tst_Cli::alertJournalAsCsv()
{
    QTemporaryDir dir;
    QString error;
    {
        Cache cache;
        QVERIFY2(cache.open(QDir(dir.path()).filePath(Cache::fileNameFor(QUrl())), &error),
                 qPrintable(error));
        const QDateTime t0(QDate(2026, 4, 20), QTime(1, 0), QTimeZone::utc());
        QVector<Alert> raised;
        QVERIFY(cache.recordStatuses({{QStringLiteral("D01.03"), QStringLiteral("RS04"),
                                       QStringLiteral("2026-04-20T08:00"), Status::Ok, 2.1}},
                                     t0, nullptr, &error));
        QVERIFY(cache.recordStatuses({{QStringLiteral("D01.03"), QStringLiteral("RS04"),
                                       QStringLiteral("2026-04-20T08:00"), Status::Critical, 4.26}},
                                     t0.addSecs(600), &raised, &error));
        QCOMPARE(raised.size(), 1);
        QVERIFY(cache.acknowledgeAlert(raised.first().id, QStringLiteral("Phạm Thu Hà"),
                                       QStringLiteral("đã báo, \"trực đê\""), t0.addSecs(900),
                                       nullptr, &error));
    }
    const Run r = run({"--alerts", "--data-dir", dir.path(), "--lang", "en"});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("Raised at,Indicator,Entity,Period,Severity,Value,Acknowledged "
                            "by,Acknowledged at,Note"));
    QCOMPARE(lines.at(1),
             QStringLiteral(
                 "2026-04-20T08:10:00+07:00,D01.03,RS04,2026-04-20T08:00,Danger,4.26,Phạm Thu Hà,"
                 "2026-04-20T08:15:00+07:00,\"đã báo, \"\"trực đê\"\"\""));
    // Vietnamese by default
    const Run vi = run({"--alerts", "--data-dir", dir.path()});
    QCOMPARE(vi.exitCode, 0);
    QVERIFY2(vi.out.startsWith(QStringLiteral("Thời điểm cảnh báo,"))
                 && vi.out.contains(QStringLiteral("Nguy hiểm")),
             qPrintable(vi.out));
}

void tst_Cli::screenshots()
{
    QTemporaryDir shots;
    for (const char *lang : {"vi", "en"}) {
        const QString dir = shots.filePath(QLatin1String(lang));
        const Run r = run({"--screenshot", dir, "--data-dir", m_dir.path(), "--lang", lang,
                           "--size", "1280x800", "--as-of", "2026-04-20"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int s = 1; s <= 17; ++s) {
            const QString file
                = QDir(dir).filePath(QStringLiteral("S%1.png").arg(s, 2, 10, QLatin1Char('0')));
            const QImage img(file);
            QVERIFY2(!img.isNull(), qPrintable(file));
            QCOMPARE(img.size(), QSize(1280, 800));
        }
    }
    // --place: the same screens for Phường Hồng Bàng (its own figures: another picture)
    const QString placed = shots.filePath(QStringLiteral("place"));
    const Run r = run({"--screenshot", placed, "--data-dir", m_dir.path(), "--lang", "vi", "--size",
                       "1280x800", "--as-of", "2026-04-20", "--place", "11311"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage city(shots.filePath(QStringLiteral("vi/S09.png")));
    const QImage place(QDir(placed).filePath(QStringLiteral("S09.png")));
    QCOMPARE(place.size(), QSize(1280, 800));
    QVERIFY(place != city);
    // --view: a saved view's period, place and comparison for the screenshots too
    const QString viewFile = shots.filePath(QStringLiteral("hong-bang.iocview.json"));
    {
        QFile f(viewFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "ioc-view/1", "name": "Hồng Bàng", "screen": "S09",
                    "period": "month:2026-04-20", "place": "11311", "compare_with": "plan"})");
    }
    const QString viewed = shots.filePath(QStringLiteral("view"));
    const Run v = run({"--screenshot", viewed, "--data-dir", m_dir.path(), "--lang", "vi", "--size",
                       "1280x800", "--as-of", "2026-04-20", "--view", viewFile});
    QVERIFY2(v.exitCode == 0, qPrintable(v.err));
    const QImage fromView(QDir(viewed).filePath(QStringLiteral("S09.png")));
    QCOMPARE(fromView.size(), QSize(1280, 800));
    QVERIFY(fromView != city);
}

void tst_Cli::signedPacks()
{
    // a configuration of its own: the signing key and the trust store live there
    QTemporaryDir config;
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    // secrets in the file the console keeps where the desktop has no keyring, so that the test
    // can look (the keyring is the same code path behind SecretStore)
    const QByteArray secretsBefore = qgetenv("IOC_SECRETS");
    qputenv("IOC_SECRETS", "file");
    const auto restore = qScopeGuard([&] {
        qputenv("XDG_CONFIG_HOME", before);
        qputenv("IOC_SECRETS", secretsBefore);
    });
    QTemporaryDir out;
    const QString unsignedPack = out.filePath(QStringLiteral("unsigned.iocpack"));
    Run r = run(withData({"--write-pack", unsignedPack, "--screens", "S07", "--period", "2026-04",
                          "--as-of", "2026-04-20"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Not signed: this console has no signing key")),
             qPrintable(r.out));
    r = run({"--verify-pack", unsignedPack, "--lang", "en"});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Not verified: unsigned"));

    // the console's key: made once, its public half trusted here
    r = run({"--new-signing-key", "Trung tâm IOC Hải Phòng", "--lang", "en"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpressionMatch fp
        = QRegularExpression(
              QStringLiteral("fingerprint ([0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4})"))
              .match(r.out);
    QVERIFY2(fp.hasMatch(), qPrintable(r.out));
    const QString keyFile
        = QDir(config.path()).filePath(QStringLiteral("HaiPhongIOC/ioc-console/signing-key.json"));
    QVERIFY2(QFile::exists(keyFile), qPrintable(r.out));
    QCOMPARE(QFileInfo(keyFile).permissions() & 0x0077, QFile::Permissions());
    r = run({"--new-signing-key", "Someone else", "--lang", "en"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("A signing key exists already")), qPrintable(r.err));

    const QString pack = out.filePath(QStringLiteral("signed.iocpack"));
    r = run(withData({"--write-pack", pack, "--screens", "S07", "--period", "2026-04", "--as-of",
                      "2026-04-20"}));
    QVERIFY2(r.out.contains(QStringLiteral("Signed by Trung tâm IOC Hải Phòng, fingerprint ")
                            + fp.captured(1)),
             qPrintable(r.out));
    const QString verified = QStringLiteral("Verified: Trung tâm IOC Hải Phòng, ") + fp.captured(1);
    r = run({"--verify-pack", pack, "--lang", "en"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), verified);
    r = run({"--verify-pack", pack, "--lang", "vi"});
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("Đã xác thực: Trung tâm IOC Hải Phòng, ") + fp.captured(1));

    // the secret is where secrets are kept (here the owner-only secrets file), not in the key
    // file, the pack, or anything the console printed
    const QString secretsFile
        = QDir(config.path()).filePath(QStringLiteral("HaiPhongIOC/ioc-console/secrets.json"));
    const auto readJson = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    };
    const QByteArray secret
        = readJson(secretsFile).value(QStringLiteral("signing-key")).toString().toLatin1();
    QCOMPARE(QByteArray::fromBase64(secret).size(), 64);
    QCOMPARE(QFileInfo(secretsFile).permissions() & 0x0077, QFile::Permissions());
    const QJsonObject publicHalf = readJson(keyFile);
    QVERIFY(publicHalf.contains(QStringLiteral("public_key")));
    QVERIFY(!publicHalf.contains(QStringLiteral("secret_key")));
    const auto holdsSecret = [&secret](const QByteArray &bytes) {
        return bytes.contains(secret) || bytes.contains(QByteArray::fromBase64(secret));
    };
    QFile packFile(pack);
    QVERIFY(packFile.open(QIODevice::ReadOnly));
    QVERIFY(!holdsSecret(packFile.readAll()));
    QFile keyFileBytes(keyFile);
    QVERIFY(keyFileBytes.open(QIODevice::ReadOnly));
    QVERIFY(!holdsSecret(keyFileBytes.readAll()));
    QVERIFY(!holdsSecret(r.out.toUtf8() + r.err.toUtf8()));

    // a key file an earlier version wrote with its secret in it: the secret moves out at the
    // next use, and the packs are signed as before
    QString error;
    QJsonObject legacy = publicHalf;
    legacy.insert(QStringLiteral("secret_key"), QString::fromLatin1(secret));
    QVERIFY(saveWhole(keyFile, QJsonDocument(legacy).toJson(), &error, FileAccess::OwnerOnly));
    QVERIFY(saveWhole(secretsFile, "{}", &error, FileAccess::OwnerOnly));
    r = run(withData({"--write-pack", pack, "--screens", "S07", "--period", "2026-04", "--as-of",
                      "2026-04-20"}));
    QVERIFY2(r.out.contains(QStringLiteral("Signed by Trung tâm IOC Hải Phòng")),
             qPrintable(r.out));
    QVERIFY(!readJson(keyFile).contains(QStringLiteral("secret_key")));
    QCOMPARE(readJson(secretsFile).value(QStringLiteral("signing-key")).toString().toLatin1(),
             secret);
    // the secret lost (another machine, a wiped keyring): said, and no pack written unsigned
    QVERIFY(saveWhole(secretsFile, "{}", &error, FileAccess::OwnerOnly));
    const QString orphan = out.filePath(QStringLiteral("orphan.iocpack"));
    r = run(withData({"--write-pack", orphan, "--screens", "S07", "--period", "2026-04", "--as-of",
                      "2026-04-20"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("is not in the keyring")), qPrintable(r.err));
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(saveWhole(
        secretsFile,
        QJsonDocument(QJsonObject{{QStringLiteral("signing-key"), QString::fromLatin1(secret)}})
            .toJson(),
        &error, FileAccess::OwnerOnly));

    // every page of its PDF says who signed it
    const QString pdf = out.filePath(QStringLiteral("signed.pdf"));
    r = run({"--export-pdf", pdf, "--pack", pack, "--lang", "en"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    const int pages = all.count(QStringLiteral("Page "));
    QVERIFY(pages >= 2);
    QCOMPARE(all.count(verified), pages + 1); // every footer, and the cover
    // an unsigned one's: warned, and every page says so
    r = run({"--export-pdf", pdf, "--pack", unsignedPack, "--lang", "en"});
    QVERIFY2(r.err.contains(QStringLiteral("Warning: Not verified: unsigned")), qPrintable(r.err));
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString plain = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QCOMPARE(plain.count(QStringLiteral("Not verified: unsigned")),
             plain.count(QStringLiteral("Page ")) + 1);

    // another console trusts the key from the exported file; revoked, its packs are not
    const QString pub = out.filePath(QStringLiteral("ioc.pub.json"));
    r = run({"--export-public-key", pub, "--lang", "en"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({"--revoke-key", fp.captured(1), "--lang", "en"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({"--verify-pack", pack, "--lang", "en"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QStringLiteral("revoked")), qPrintable(r.out));
    r = run({"--trust-key", pub, "--lang", "en"});
    QVERIFY2(r.exitCode == 0 && r.out.contains(fp.captured(1)), qPrintable(r.out + r.err));
    QCOMPARE(run({"--verify-pack", pack, "--lang", "en"}).exitCode, 0);
    r = run({"--trust-key", unsignedPack, "--lang", "en"}); // not a key: nothing changes
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is too large to be a key file")), qPrintable(r.err));
    QVERIFY(
        saveWhole(out.filePath(QStringLiteral("notes.json")), "{\"publisher\": \"IOC\"}", &error));
    r = run({"--trust-key", out.filePath(QStringLiteral("notes.json")), "--lang", "en"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("notes.json: it is not a publisher's public key")),
             qPrintable(r.err));

    // a pack cut short or changed: exit 2, naming why
    QVERIFY(QFile::resize(pack, QFileInfo(pack).size() / 2));
    r = run({"--verify-pack", pack, "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("was refused")), qPrintable(r.err));
}

void tst_Cli::briefingPackAndPdf()
{
    QTemporaryDir out;
    const QString pack = out.filePath(QStringLiteral("giao-ban.iocpack"));
    Run r = run(withData({"--write-pack", pack, "--screens", "S01,S07", "--period", "2026-04",
                          "--as-of", "2026-04-20"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Coverage: 22 of 22 figures")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Monthly reports not received for the period: 0")));
    const QRegularExpressionMatch hash
        = QRegularExpression(QStringLiteral("SHA-256: ([0-9a-f]{64})")).match(r.out);
    QVERIFY2(hash.hasMatch(), qPrintable(r.out));
    // a bad screen or period: a message and no pack
    r = run(withData(
        {"--write-pack", out.filePath(QStringLiteral("x.iocpack")), "--screens", "S01,S99"}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is no screen 'S99'")), qPrintable(r.err));
    r = run(withData(
        {"--write-pack", out.filePath(QStringLiteral("x.iocpack")), "--period", "2026-4x"}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x.iocpack"))));

    // the pack's screens rendered on their own: no data folder at all
    const QString shots = out.filePath(QStringLiteral("shots"));
    r = run({"--open-pack", pack, "--screenshot", shots, "--lang", "en", "--size", "1280x800"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(shots).entryList({QStringLiteral("*.png")}, QDir::Files),
             (QStringList{QStringLiteral("S01.png"), QStringLiteral("S07.png")}));
    // its PDF carries the hash on every page
    const QString pdf = out.filePath(QStringLiteral("giao-ban.pdf"));
    r = run({"--export-pdf", pdf, "--pack", pack, "--lang", "vi"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral(": (\\d+) trang")).match(r.out);
    QVERIFY2(pages.hasMatch(), qPrintable(r.out));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(all.contains(QStringLiteral("Tổng quan điều hành"))
                 && all.contains(QStringLiteral("Thu, chi ngân sách")),
             qPrintable(all.left(300)));
    QVERIFY2(
        all.count(hash.captured(1)) == pages.captured(1).toInt() + 1, // every footer, the cover
        qPrintable(
            hash.captured(1) + QLatin1Char('\n')
            + all.split(QLatin1Char('\n')).filter(QStringLiteral("SHA")).join(QLatin1Char('|'))));

    // a pack for one place: it opens on that place, and its PDF says the place on every page
    const QString placed = out.filePath(QStringLiteral("hong-bang.iocpack"));
    r = run(withData({"--write-pack", placed, "--screens", "S09", "--period", "2026-04", "--as-of",
                      "2026-04-20", "--place", "11311"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString placedPdf = out.filePath(QStringLiteral("hong-bang.pdf"));
    r = run({"--export-pdf", placedPdf, "--pack", placed, "--lang", "vi"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpressionMatch placedPages
        = QRegularExpression(QStringLiteral(": (\\d+) trang")).match(r.out);
    QVERIFY2(placedPages.hasMatch(), qPrintable(r.out));
    QProcess placedText;
    placedText.start(QStringLiteral("pdftotext"), {placedPdf, QStringLiteral("-")});
    QVERIFY(placedText.waitForFinished(30000));
    const QString place = QString::fromUtf8(placedText.readAllStandardOutput());
    QVERIFY2(place.count(QStringLiteral("Địa bàn: Phường Hồng Bàng"))
                 >= placedPages.captured(1).toInt(),
             qPrintable(place.left(400)));
    // what the ward's level does not report is said so in the summary, not "no figure yet"
    const QString flowing = place.simplified(); // the cells wrap
    // the map on paper leaves no unit out: Bạch Long Vĩ in its captioned inset
    QVERIFY2(flowing.contains(QStringLiteral("Bạch Long Vĩ, phóng to ×5 (cách bờ 117 km)")),
             qPrintable(flowing.left(3000)));
    // every footer says whole who signed it, with the place's line above (it was cut)
    QVERIFY2(flowing.count(QStringLiteral("Chưa xác thực: gói không có chữ ký"))
                 >= placedPages.captured(1).toInt(),
             qPrintable(flowing.left(3000)));
    QVERIFY2(flowing.contains(QStringLiteral("Không có số liệu cho địa bàn này"))
                 && flowing.contains(QStringLiteral("Chỉ có số liệu toàn thành phố, không có cho "
                                                    "Phường Hồng Bàng")),
             qPrintable(flowing.left(3000)));

    // --view with --write-pack: the pack carries the view, its screen and its month
    const QString viewFile = out.filePath(QStringLiteral("thang-3.iocview.json"));
    {
        QFile f(viewFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "ioc-view/1", "name": "Hồng Bàng tháng 3", "screen": "S09",
                    "period": "month:2026-03-31", "place": "11311"})");
    }
    const QString withView = out.filePath(QStringLiteral("with-view.iocpack"));
    r = run(withData({"--write-pack", withView, "--screens", "S01", "--period", "2026-04",
                      "--as-of", "2026-04-20", "--view", viewFile}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 screens, 2 periods"))
                 || r.out.contains(QStringLiteral("2 màn hình, 2 kỳ")),
             qPrintable(r.out));
    OpenedPack carried;
    QString why;
    QVERIFY2(PackReader::open(withView, &carried, &why), qPrintable(why));
    QCOMPARE(carried.views.size(), 1);
    QCOMPARE(carried.views.first().value(QStringLiteral("name")).toString(),
             QStringLiteral("Hồng Bàng tháng 3"));
    QCOMPARE(carried.screens.size(), 2);

    // what the console wrote is the user's alone: the pack, the PDF, the data folder and cache
    for (const QString &written :
         {pack, pdf, m_dir.path(), m_dir.filePath(Cache::defaultFileName())}) {
        const QFile::Permissions p = QFileInfo(written).permissions();
        QVERIFY2(!(p
                   & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther
                      | QFile::ExeGroup | QFile::ExeOther)),
                 qPrintable(written + QStringLiteral(" %1").arg(int(p), 0, 16)));
    }

    // a folder and cache an earlier version left readable to all become private on the next start
    QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755));
    QFile::setPermissions(m_dir.filePath(Cache::defaultFileName()), QFile::Permissions(0x6644));
    // and what a killed console left is removed: a snapshot download, an unpacked pack; never
    // what a running one uses (this test's own process stands for it)
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.2")});
    QVERIFY(gone.waitForStarted(10000));
    const QString dead = QString::number(gone.processId());
    QVERIFY(gone.waitForFinished(10000));
    const QString alive = QString::number(QCoreApplication::applicationPid());
    const QString snapshot
        = m_dir.filePath(Cache::defaultFileName() + QStringLiteral(".snapshot-"));
    const QString unpacked = QDir(QDir::tempPath()).filePath(QStringLiteral("ioc-console-"));
    for (const QString &left : {snapshot + dead + QStringLiteral("-aB3dE9"),
                                snapshot + alive + QStringLiteral("-aB3dE9")}) {
        QFile f(left);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    for (const QString &left : {unpacked + dead + QStringLiteral("-Qx7Lp2"),
                                unpacked + alive + QStringLiteral("-Qx7Lp2")}) {
        QVERIFY(QDir().mkpath(left));
        QFile f(QDir(left).filePath(QStringLiteral("observations.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(run(withData({"--query", "A01.01", "--period", "2026-04"})).exitCode, 0);
    QVERIFY(!QFile::exists(snapshot + dead + QStringLiteral("-aB3dE9")));
    QVERIFY(!QFile::exists(unpacked + dead + QStringLiteral("-Qx7Lp2")));
    QVERIFY(QFile::exists(snapshot + alive + QStringLiteral("-aB3dE9")));
    QVERIFY(QDir(unpacked + alive + QStringLiteral("-Qx7Lp2")).removeRecursively());
    QVERIFY(QFile::remove(snapshot + alive + QStringLiteral("-aB3dE9")));
    QCOMPARE(QFileInfo(m_dir.path()).permissions() & 0x0077, QFile::Permissions());
    QCOMPARE(QFileInfo(m_dir.filePath(Cache::defaultFileName())).permissions() & 0x0077,
             QFile::Permissions());

    // the briefing in words from the pack: printed, and written as an editable document
    r = run({"--narrative", "--pack", pack, "--lang", "vi"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Tóm tắt giao ban — Tháng 4/2026")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\nS07 Thu, chi ngân sách")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("đạt 56.363 tỷ đồng, vượt kế hoạch tháng; trong đó "
                                           "thu nội địa 29.351 tỷ đồng")),
             qPrintable(r.out));
    const QString odt = out.filePath(QStringLiteral("giao-ban.odt"));
    r = run({"--export-odt", odt, "--pack", pack, "--lang", "en"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString content = QString::fromUtf8(test::zipPart(odt, QStringLiteral("content.xml")));
    QVERIFY2(content.contains(QStringLiteral("reached 56,363 bn VND, above the month plan")),
             qPrintable(content.left(400)));
    // a folder that cannot be written: a message, no file, exit 2
    const QString nowhere = out.filePath(QStringLiteral("no/such/folder/x.odt"));
    r = run({"--export-odt", nowhere, "--pack", pack, "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("The document was not written")), qPrintable(r.err));
    QVERIFY(!QFile::exists(nowhere));

    // a changed pack is refused, with the reason
    QFile f(pack);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("SQLite format 3") + 4096 + 100;
    bytes[at] = char(bytes[at] ^ 0x20);
    f.seek(0);
    f.write(bytes);
    f.close();
    r = run(
        {"--open-pack", pack, "--screenshot", out.filePath(QStringLiteral("bad")), "--lang", "en"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("was refused")), qPrintable(r.err));
    QVERIFY(!QDir(out.filePath(QStringLiteral("bad"))).exists()
            || QDir(out.filePath(QStringLiteral("bad"))).isEmpty());
}

void tst_Cli::importReports()
{
    const auto t = [](const char *utf8) {
        return QString::fromUtf8(utf8);
    };
    const fixture::Row header{t("Mã chỉ tiêu"), t("Mã đối tượng"), t("Kỳ báo cáo"), t("Thực hiện"),
                              t("Kế hoạch")};
    const QString good = m_dir.filePath(QStringLiteral("bao-cao-4-2026.xlsx"));
    QVERIFY(fixture::writeXlsx(
        good, {{t("Sở Tài chính"), {header, {t("A12.03"), t("31"), t("2026-04"), 31.5, 30.0}}},
               {t("Sở Y tế"), {header, {t("B03.01"), t("HOS01"), t("Tháng 4/2026"), 88.0}}}}));
    const QString bad = m_dir.filePath(QStringLiteral("bao-cao-loi.xlsx"));
    QVERIFY(fixture::writeXlsx(bad, {{t("Sở Tài chính"),
                                      {header,
                                       {t("A12.03"), t("31"), t("2026-04"), 32.0, 30.0},
                                       {t("A12.03"), t("31"), t("2026-13"), 1.0}}}}));
    const QString cachePath = m_dir.filePath(Cache::defaultFileName());
    auto observations = [&cachePath] {
        Cache cache;
        QString error;
        return cache.open(cachePath, &error) ? cache.observationCount() : -1;
    };
    const qint64 before = observations();

    // A file with a problem: every problem is listed, no figure is written; the import journal
    // keeps the refusal (the data-readiness view lists it under the Department of Finance).
    Run r = run(withData({QStringLiteral("--import"), bad}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(
                 t("bao-cao-loi.xlsx, sheet 'Sở Tài chính', cell C3: '2026-13' is not a period")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(t("Nothing was imported from bao-cao-loi.xlsx")), qPrintable(r.err));
    QCOMPARE(observations(), before);
    {
        Cache cache;
        QString error;
        QVERIFY(cache.open(cachePath, &error));
        const QVector<ImportRecord> journal
            = cache.importJournal(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(!journal.isEmpty());
        QCOMPARE(journal.first().file, t("bao-cao-loi.xlsx"));
        QVERIFY(!journal.first().imported);
        QCOMPARE(journal.first().sheets, QStringList{t("Sở Tài chính")});
        QCOMPARE(journal.first().problems.size(), 1);
        QVERIFY2(journal.first().problems.first().contains(t("cell C3")),
                 qPrintable(journal.first().problems.first()));
    }
    r = run({QStringLiteral("--import"), bad, QStringLiteral("--data-dir"), m_dir.path(),
             QStringLiteral("--lang"), QStringLiteral("vi")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(t("trang tính 'Sở Tài chính', ô C3")), qPrintable(r.err));

    // A good file: imported, and --query shows the figure with its file, sheet and cell.
    r = run(withData({QStringLiteral("--import"), good}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(t("bao-cao-4-2026.xlsx: 2 figures imported")), qPrintable(r.out));
    r = run(withData({QStringLiteral("--query"), QStringLiteral("A12.03"),
                      QStringLiteral("--period"), QStringLiteral("2026-04")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(t("A12.03,31,2026-04,31.5,30,")), qPrintable(r.out));
    QVERIFY2(r.out.contains(t("import: bao-cao-4-2026.xlsx (Sở Tài chính!D2)")), qPrintable(r.out));

    // Importing it again changes nothing.
    r = run(withData({QStringLiteral("--import"), good}));
    QVERIFY2(r.out.contains(t("(0 new, 0 changed, 2 already up to date)")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
