// The briefing pack: written, reopened elsewhere with the same figures, refused when tampered
// with, and its readiness check.
#include "support/fixture.h"
#include "support/zippart.h"
#include "alertpanel.h"
#include "briefingdialog.h"
#include "briefingpack.h"
#include "cache.h"
#include "commands.h"
#include "csv.h"
#include "figureexport.h"
#include "pdfexport.h"
#include "demoseeder.h"
#include "alertdock.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "presentation.h"
#include "presenter.h"
#include "savedview.h"
#include "settings.h"
#include "windowoptions.h"
#include "screendata.h"
#include "screenpage.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QScopeGuard>
#include <QTranslator>
#include <QTimer>
#include <QRegularExpression>

#include <zip.h>

using namespace ioc;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Where each entry's data lies in a zip: from the local file headers (sizes are in the
// headers: the writer seeks back to fill them in).
QVector<QPair<QString, QPair<qint64, qint64>>> zipEntries(const QByteArray &zip)
{
    QVector<QPair<QString, QPair<qint64, qint64>>> out;
    qint64 at = 0;
    auto u16 = [&](qint64 o) {
        return qint64(uchar(zip[o])) | qint64(uchar(zip[o + 1])) << 8;
    };
    auto u32 = [&](qint64 o) {
        return u16(o) | u16(o + 2) << 16;
    };
    while (at + 30 <= zip.size() && zip.mid(at, 4) == QByteArray("PK\x03\x04", 4)) {
        const qint64 compressed = u32(at + 18);
        const qint64 nameLength = u16(at + 26);
        const qint64 extraLength = u16(at + 28);
        const QString name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        const qint64 data = at + 30 + nameLength + extraLength;
        out << qMakePair(name, qMakePair(data, compressed));
        at = data + compressed;
    }
    return out;
}

// A copy of a pack with parts replaced (nullopt: removed), as a valid zip.
bool rewriteZipParts(const QString &from, const QString &to,
                     const QHash<QString, std::optional<QByteArray>> &changes)
{
    QFile::remove(to);
    int err = 0;
    zip_t *in = zip_open(QFile::encodeName(from).constData(), ZIP_RDONLY, &err);
    zip_t *out = zip_open(QFile::encodeName(to).constData(), ZIP_CREATE | ZIP_EXCL, &err);
    if (!in || !out)
        return false;
    QVector<QByteArray> keep;
    keep.reserve(int(zip_get_num_entries(in, 0)));
    for (zip_int64_t i = 0; i < zip_get_num_entries(in, 0); ++i) {
        const QString name = QString::fromUtf8(zip_get_name(in, zip_uint64_t(i), 0));
        QByteArray bytes;
        if (changes.contains(name) && !changes.value(name))
            continue;
        if (changes.contains(name)) {
            bytes = *changes.value(name);
        } else {
            zip_stat_t st;
            zip_stat_index(in, zip_uint64_t(i), 0, &st);
            bytes.resize(qsizetype(st.size));
            zip_file_t *f = zip_fopen_index(in, zip_uint64_t(i), 0);
            zip_fread(f, bytes.data(), st.size);
            zip_fclose(f);
        }
        keep << bytes;
        zip_source_t *src
            = zip_source_buffer(out, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        zip_file_add(out, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
    }
    zip_discard(in);
    return zip_close(out) == 0;
}

// A copy of a pack with one part replaced, as a valid zip (so only the manifest can tell).
bool rewriteZip(const QString &from, const QString &to, const QString &part, const QByteArray &data)
{
    return rewriteZipParts(from, to, {{part, data}});
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// What someone who edits a pack can do: change a part and recompute every hash exactly as the
// writer does (the part's in the manifest, the manifest's own); `signature` replaces the
// signature part (nullopt: removed; empty: kept as it was).
bool forge(const QString &from, const QString &to, const QString &part, const QByteArray &data,
           const std::optional<QByteArray> &signature, QString *manifestHash = nullptr)
{
    QJsonObject manifest
        = QJsonDocument::fromJson(test::zipPart(from, QStringLiteral("manifest.json"))).object();
    QJsonArray parts = manifest.value(QStringLiteral("parts")).toArray();
    for (int i = 0; i < parts.size(); ++i) {
        QJsonObject p = parts.at(i).toObject();
        if (p.value(QStringLiteral("name")).toString() == part) {
            p.insert(QStringLiteral("sha256"), sha256Hex(data));
            p.insert(QStringLiteral("bytes"), double(data.size()));
            parts.replace(i, p);
        }
    }
    manifest.insert(QStringLiteral("parts"), parts);
    manifest.remove(QStringLiteral("sha256"));
    const QString hash = sha256Hex(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    manifest.insert(QStringLiteral("sha256"), hash);
    if (manifestHash)
        *manifestHash = hash;
    QHash<QString, std::optional<QByteArray>> changes{
        {part, data},
        {QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)}};
    if (!signature || !signature->isEmpty())
        changes.insert(PackSigning::kPart, signature);
    return rewriteZipParts(from, to, changes);
}

QByteArray readPart(const QString &pack, const QString &part)
{
    return test::zipPart(pack, part);
}

void compareFigures(const QVector<Figure> &a, const QVector<Figure> &b, const QString &where)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        const Figure &x = a.at(i);
        const Figure &y = b.at(i);
        const QByteArray at
            = (where + QLatin1Char(' ') + (x.indicator ? x.indicator->code : QString())
               + QLatin1Char('/') + x.entity)
                  .toUtf8();
        QVERIFY2(x.indicator && y.indicator && x.indicator->code == y.indicator->code,
                 at.constData());
        QVERIFY2(x.entity == y.entity && x.value == y.value && x.plan == y.plan
                     && x.previous == y.previous && x.sameLastYear == y.sameLastYear,
                 at.constData());
        QVERIFY2(x.asOf == y.asOf && x.period == y.period && x.revision == y.revision,
                 at.constData());
        QVERIFY2(x.status.effective() == y.status.effective() && x.status.stale == y.status.stale
                     && x.entitiesInAlarm == y.entitiesInAlarm,
                 at.constData());
        QVERIFY2(x.sourceKind == y.sourceKind && x.sourceRef == y.sourceRef
                     && x.sourceDetail == y.sourceDetail,
                 at.constData());
    }
}

void compareTrends(const QVector<TrendPoint> &a, const QVector<TrendPoint> &b, const QString &where)
{
    QVERIFY2(a.size() == b.size(), qPrintable(where));
    for (int i = 0; i < a.size(); ++i)
        QVERIFY2(a.at(i).asOf == b.at(i).asOf && a.at(i).actual == b.at(i).actual
                     && a.at(i).plan == b.at(i).plan,
                 qPrintable(where));
}

} // namespace

class tst_Pack : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reopensWithTheSameFigures();
    void refusesATamperedPack();
    void signedPacksSayWhoWroteThem();
    void readinessCountsAMissingReport();
    void writesAtomically();
    void opensFromTheMenuReadOnly();
    void exportsPdfWithVietnameseText();
    void emptyScreensSayWhatIsMissing();
    void exportsFiguresToXlsxAndCsv();
    void carriesSavedViews();
    void packOfAPastDayAsItWasKnown(); // last: it adds a revision to the shared cache

private:
    bool writePack(const QString &file, const QStringList &screens,
                   const QVector<Selection> &selections, Readiness *readiness = nullptr,
                   QString *hash = nullptr, const std::optional<SigningKey> &key = {});

    QTemporaryDir m_dir;
    QString m_cachePath;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QVector<ScreenDefinition> m_screens;
    QStringList m_codes;
    QDateTime m_now;
    QString m_pack;
};

void tst_Pack::initTestCase()
{
    QString error = test::loadBuiltins(&m_catalog, &m_entities, &m_screens);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const ScreenDefinition &s : std::as_const(m_screens))
        m_codes << s.code;
    m_cachePath = m_dir.filePath(Cache::defaultFileName());
    m_now = cityDateTime(QDate(2026, 4, 20), QTime(18, 0));
    // the whole demo (by commune too) up to the evening of 20 April 2026
    error = test::seedDemoCache(m_cachePath, m_catalog, m_entities, m_now);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Cache cache;
    QVERIFY(cache.open(m_cachePath, &error));
    // an acknowledged alert of a packed indicator goes into the pack
    QVector<Alert> raised;
    QVERIFY(cache.recordStatuses({{QStringLiteral("D02.03"), QStringLiteral("31"),
                                   QStringLiteral("2026-04-20"), Status::Ok, 74}},
                                 m_now, &raised, &error));
    QVERIFY(cache.recordStatuses({{QStringLiteral("D02.03"), QStringLiteral("31"),
                                   QStringLiteral("2026-04-20"), Status::Critical, 97}},
                                 m_now, &raised, &error));
    QCOMPARE(raised.size(), 1);
    QVERIFY(cache.acknowledgeAlert(raised.first().id, QStringLiteral("Lê Văn Cường"),
                                   QStringLiteral("Đã xử lý"), m_now, nullptr, &error));
    m_pack = m_dir.filePath(QStringLiteral("giao-ban-2026-04.iocpack"));
}

bool tst_Pack::writePack(const QString &file, const QStringList &screens,
                         const QVector<Selection> &selections, Readiness *readiness, QString *hash,
                         const std::optional<SigningKey> &key)
{
    Cache cache;
    QString error;
    if (!cache.open(m_cachePath, &error))
        return false;
    PackWriter writer(m_catalog, m_entities, m_screens, m_cachePath);
    writer.setSigningKey(key);
    if (!writer.prepare(screens, selections, m_now, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (readiness)
        *readiness = writer.readiness();
    if (!writer.write(file, {}, cache.alerts(), QStringLiteral("demo"), hash, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void tst_Pack::reopensWithTheSameFigures()
{
    const QVector<Selection> periods{{Selection::Mode::Month, QDate(2026, 4, 20)},
                                     {Selection::Mode::Month, QDate(2026, 3, 31)}};
    QString hash;
    QVERIFY(writePack(m_pack, m_codes, periods, nullptr, &hash));
    QCOMPARE(hash.size(), 64);

    // what the operator's screens show, from the operator's cache
    QVector<ScreenData> desk;
    QVector<DetailData> deskDetails;
    {
        ScreenLoader loader(m_catalog, m_entities, m_screens, m_cachePath);
        for (const Selection &sel : periods) {
            for (const ScreenDefinition &s : std::as_const(m_screens))
                desk << loader.compute(s.code, sel, m_now);
            for (const char *code : {"A01.01", "A13.01", "C03.02", "D02.03", "D01.03"})
                deskDetails << loader.computeDetail(QLatin1String(code), sel, m_now);
        }
    }
    // the operator's cache is gone: the pack stands alone
    const QString away = m_cachePath + QStringLiteral(".away");
    QVERIFY(QFile::rename(m_cachePath, away));
    const auto restore = qScopeGuard([&] {
        QFile::remove(m_cachePath);
        QFile::rename(away, m_cachePath);
    });

    OpenedPack pack;
    QString error;
    QVERIFY2(PackReader::open(m_pack, &pack, &error), qPrintable(error));
    QCOMPARE(pack.hash, hash);
    QCOMPARE(pack.screens.size(), 17);
    QCOMPARE(pack.selections, periods);
    QCOMPARE(pack.frozenNow, m_now);
    QCOMPARE(pack.catalog.revision(), m_catalog.revision());
    QCOMPARE(pack.dataSource, QStringLiteral("demo"));
    QVERIFY(!pack.cachePath.startsWith(m_dir.path()));
    QCOMPARE(pack.alerts.size(), 1);
    QCOMPARE(pack.alerts.first().note, QStringLiteral("Đã xử lý"));
    QCOMPARE(pack.alerts.first().acknowledgedBy, QStringLiteral("Lê Văn Cường"));

    ScreenLoader loader(pack.catalog, m_entities, pack.screens, pack.cachePath);
    int i = 0, d = 0, values = 0;
    for (const Selection &sel : periods) {
        for (const ScreenDefinition &s : std::as_const(pack.screens)) {
            const ScreenData fromPack = loader.compute(s.code, sel, pack.frozenNow);
            const ScreenData &expected = desk.at(i++);
            QVERIFY(fromPack.error.isEmpty());
            compareFigures(fromPack.figures, expected.figures, s.code);
            values += fromPack.valueCount();
            QCOMPARE(fromPack.trends.keys().size(), expected.trends.size());
            for (auto it = expected.trends.cbegin(); it != expected.trends.cend(); ++it)
                compareTrends(fromPack.trends.value(it.key()), it.value(),
                              s.code + QLatin1Char(' ') + it.key());
            QCOMPARE(fromPack.breakdowns.size(), expected.breakdowns.size());
            for (auto it = expected.breakdowns.cbegin(); it != expected.breakdowns.cend(); ++it)
                compareFigures(fromPack.breakdowns.value(it.key()), it.value(),
                               s.code + QStringLiteral(" by unit"));
            // a camera wall's last pictures travel with the pack, each as it was
            QCOMPARE(fromPack.cameras.cameras, expected.cameras.cameras);
            QCOMPARE(fromPack.cameras.frames.size(), expected.cameras.frames.size());
            for (auto it = expected.cameras.frames.cbegin(); it != expected.cameras.frames.cend();
                 ++it) {
                QCOMPARE(fromPack.cameras.frames.value(it.key()).at, it->at);
                QCOMPARE(fromPack.cameras.frames.value(it.key()).image, it->image);
            }
            if (s.code == QLatin1String("S14"))
                QCOMPARE(fromPack.cameras.frames.size(), 6);
        }
        for (const char *code : {"A01.01", "A13.01", "C03.02", "D02.03", "D01.03"}) {
            const DetailData fromPack
                = loader.computeDetail(QLatin1String(code), sel, pack.frozenNow);
            const DetailData &expected = deskDetails.at(d++);
            compareFigures({fromPack.headline}, {expected.headline}, QLatin1String(code));
            compareTrends(fromPack.history, expected.history, QLatin1String(code));
            compareFigures(fromPack.breakdown, expected.breakdown, QLatin1String(code));
            QCOMPARE(fromPack.revisions.size(), expected.revisions.size());
        }
    }
    QVERIFY(values > 200); // 115 figures per period, nearly all with a value
}

void tst_Pack::refusesATamperedPack()
{
    if (!QFile::exists(m_pack))
        QVERIFY(writePack(m_pack, m_codes, {{Selection::Mode::Month, QDate(2026, 4, 20)}}));
    QFile f(m_pack);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();
    const auto entries = zipEntries(good);
    QStringList names;
    for (const auto &e : entries)
        names << e.first;
    QCOMPARE(names,
             (QStringList{QStringLiteral("manifest.json"), QStringLiteral("observations.sqlite"),
                          QStringLiteral("catalog/indicators.csv"),
                          QStringLiteral("catalog/catalog.json"), QStringLiteral("screens.json"),
                          QStringLiteral("boundaries.geojson"), QStringLiteral("alerts.json")}));
    const QString bad = m_dir.filePath(QStringLiteral("tampered.iocpack"));
    OpenedPack pack;
    QString error;
    // one byte flipped anywhere in any part: refused, and the file is left as it was
    for (const auto &[name, span] : entries) {
        for (const qint64 at :
             {span.first, span.first + span.second / 2, span.first + span.second - 1}) {
            QByteArray bytes = good;
            bytes[at] = char(bytes[at] ^ 0x01);
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            const QByteArray before = fileHash(bad);
            error.clear();
            QVERIFY2(!PackReader::open(bad, &pack, &error), qPrintable(name));
            QVERIFY2(error.contains(QStringLiteral("was refused")), qPrintable(error));
            QCOMPARE(fileHash(bad), before);
        }
    }
    // a part changed and the zip made valid again: only the manifest's SHA-256 can tell
    QByteArray observations = readPart(m_pack, QStringLiteral("observations.sqlite"));
    observations[observations.size() / 2] = char(observations[observations.size() / 2] ^ 0x01);
    QVERIFY(rewriteZip(m_pack, bad, QStringLiteral("observations.sqlite"), observations));
    QVERIFY(!PackReader::open(bad, &pack, &error));
    QVERIFY2(error.contains(QStringLiteral("'observations.sqlite' does not match its SHA-256")),
             qPrintable(error));
    QByteArray alerts = readPart(m_pack, QStringLiteral("alerts.json"));
    QVERIFY(rewriteZip(m_pack, bad, QStringLiteral("alerts.json"),
                       alerts.replace("Đã xử lý", "Chưa xử lý")));
    QVERIFY(!PackReader::open(bad, &pack, &error));
    QVERIFY2(error.contains(QStringLiteral("'alerts.json' does not match")), qPrintable(error));
    // the manifest edited (one screen less), its part hashes all still right
    QByteArray manifest = readPart(m_pack, QStringLiteral("manifest.json"));
    QVERIFY(manifest.contains("\"S17\""));
    QVERIFY(rewriteZip(m_pack, bad, QStringLiteral("manifest.json"),
                       manifest.replace(",\n        \"S17\"", "")));
    QVERIFY(!PackReader::open(bad, &pack, &error));
    QVERIFY2(error.contains(QStringLiteral("manifest does not match its own SHA-256")),
             qPrintable(error));
    // not a pack at all, an empty file, half a pack
    for (const QByteArray &bytes :
         {QByteArray("hello"), QByteArray(), good.left(good.size() / 2)}) {
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        QVERIFY(!PackReader::open(bad, &pack, &error));
        QVERIFY2(error.contains(QStringLiteral("was refused")), qPrintable(error));
    }
    QVERIFY(!PackReader::open(m_dir.filePath(QStringLiteral("none.iocpack")), &pack, &error));
    QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
    // and the good one still opens
    QVERIFY2(PackReader::open(m_pack, &pack, &error), qPrintable(error));
}

void tst_Pack::signedPacksSayWhoWroteThem()
{
    // the system's trusted and revoked keys (a directory under /etc/xdg on a real machine)
    QTemporaryDir system;
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(system.path()));
    QString systemDir;
    for (const QString &d : QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation))
        if (d.startsWith(system.path()))
            systemDir = d;
    QVERIFY(!systemDir.isEmpty());
    const SigningKey ioc = SigningKey::generate(QStringLiteral("Trung tâm IOC Hải Phòng"));
    const SigningKey other = SigningKey::generate(QStringLiteral("Trung tâm IOC Hải Phòng"));
    QVERIFY(ioc.isValid() && other.isValid());
    const QString signedPack = m_dir.filePath(QStringLiteral("signed.iocpack"));
    QString hash;
    QVERIFY(writePack(signedPack, {QStringLiteral("S01")},
                      {{Selection::Mode::Month, QDate(2026, 4, 20)}}, nullptr, &hash, ioc));
    auto seal = [](const QString &file, QString *why = nullptr) -> std::optional<PackSeal> {
        OpenedPack p;
        QString error;
        if (!PackReader::open(file, &p, &error)) {
            if (why)
                *why = error;
            return std::nullopt;
        }
        return p.seal;
    };

    // a key this console has not trusted: intact, marked
    std::optional<PackSeal> s = seal(signedPack);
    QVERIFY(s);
    QCOMPARE(s->state, PackSeal::State::Unknown);
    QCOMPARE(s->fingerprint, ioc.publicKey.fingerprint());
    QVERIFY2(s->text().startsWith(QStringLiteral("Not verified: signed by an unknown key")),
             qPrintable(s->text()));

    // trusted: "Verified: <publisher>, <fingerprint>"
    QString error;
    QVERIFY2(TrustStore::trust(ioc.publicKey, &error), qPrintable(error));
    s = seal(signedPack);
    QCOMPARE(s->state, PackSeal::State::Trusted);
    QCOMPARE(
        s->text(),
        QStringLiteral("Verified: Trung tâm IOC Hải Phòng, %1").arg(ioc.publicKey.fingerprint()));

    // forged: a figure changed and every hash recomputed as the writer does; the signature no
    // longer matches and the pack is refused, naming why
    // (the city's GRDP growth raised by a point, in the packed observations)
    const QString db = m_dir.filePath(QStringLiteral("forged-observations.sqlite"));
    {
        QFile out(db);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(readPart(signedPack, QStringLiteral("observations.sqlite")));
    }
    {
        QSqlDatabase sql
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("UPDATE observations SET value = value + 1 WHERE "
                                      "indicator = 'A01.01'")));
        QVERIFY(q.numRowsAffected() > 0);
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    QFile edited(db);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    const QByteArray changed = edited.readAll();
    const QString part = QStringLiteral("observations.sqlite");
    const QString forged = m_dir.filePath(QStringLiteral("forged.iocpack"));
    QString forgedHash;
    QVERIFY(forge(signedPack, forged, part, changed, QByteArray(), &forgedHash));
    QString why;
    QVERIFY(!seal(forged, &why));
    QVERIFY2(why.contains(QStringLiteral("its signature does not match its manifest")),
             qPrintable(why));
    // the signature taken out: intact, but unsigned, and said so
    QVERIFY(forge(signedPack, forged, part, changed, std::nullopt));
    s = seal(forged);
    QCOMPARE(s->state, PackSeal::State::Unsigned);
    QCOMPARE(s->text(), QStringLiteral("Not verified: unsigned"));
    // signed again with another key of the same name: not the IOC's
    QVERIFY(forge(signedPack, forged, part, changed, PackSigning::sign(forgedHash, other)));
    s = seal(forged);
    QCOMPARE(s->state, PackSeal::State::Unknown);
    QVERIFY(s->fingerprint != ioc.publicKey.fingerprint());
    // a signature part that is not one: refused
    QVERIFY(rewriteZip(signedPack, forged, PackSigning::kPart, "{\"signature\": 1}"));
    QVERIFY(!seal(forged, &why));
    QVERIFY2(why.contains(QStringLiteral("signature")), qPrintable(why));

    // revoked: marked as such; removed from the store: unknown again
    QVERIFY2(TrustStore::revoke(ioc.publicKey.fingerprint(), &error), qPrintable(error));
    QCOMPARE(seal(signedPack)->state, PackSeal::State::Revoked);
    QVERIFY(seal(signedPack)->text().contains(QStringLiteral("revoked")));
    QVERIFY(TrustStore::trust(ioc.publicKey, &error)); // trusted again
    QCOMPARE(seal(signedPack)->state, PackSeal::State::Trusted);
    const QDir userTrusted(
        QDir(TrustStore::userDirectory()).filePath(QStringLiteral("trusted-keys")));
    for (const QString &f : userTrusted.entryList(QDir::Files))
        QVERIFY(QFile::remove(userTrusted.filePath(f)));
    QCOMPARE(seal(signedPack)->state, PackSeal::State::Unknown);

    // trusted system-wide; and a key the system revoked is never trusted by a user
    QVERIFY(QDir().mkpath(systemDir + QStringLiteral("/trusted-keys")));
    QFile systemKey(systemDir + QStringLiteral("/trusted-keys/ioc.json"));
    QVERIFY(systemKey.open(QIODevice::WriteOnly));
    systemKey.write(ioc.publicKey.toJson());
    systemKey.close();
    QCOMPARE(seal(signedPack)->state, PackSeal::State::Trusted);
    QVERIFY(QDir().rename(systemDir + QStringLiteral("/trusted-keys"),
                          systemDir + QStringLiteral("/revoked-keys")));
    QVERIFY(TrustStore::trust(ioc.publicKey, &error));
    QCOMPARE(seal(signedPack)->state, PackSeal::State::Revoked);
    for (const QString &f : userTrusted.entryList(QDir::Files))
        QFile::remove(userTrusted.filePath(f));
    qunsetenv("XDG_CONFIG_DIRS");
}

void tst_Pack::readinessCountsAMissingReport()
{
    // On the 19th, April's monthly reports (published on the 20th) have not come in yet.
    Readiness before, after;
    const QString file = m_dir.filePath(QStringLiteral("ready.iocpack"));
    QVERIFY(writePack(file, {QStringLiteral("S01"), QStringLiteral("S09")},
                      {{Selection::Mode::Month, QDate(2026, 4, 19)}}, &before));
    QVERIFY(writePack(file, {QStringLiteral("S01"), QStringLiteral("S09")},
                      {{Selection::Mode::Month, QDate(2026, 4, 20)}}, &after));
    auto missing = [](const Readiness &r, const QString &code) {
        return std::any_of(r.missingReports.cbegin(), r.missingReports.cend(),
                           [&](const Readiness::Item &i) {
                               return i.indicator == code && i.period == QLatin1String("2026-04");
                           });
    };
    QVERIFY(missing(before, QStringLiteral("A01.01")));
    QVERIFY(!missing(after, QStringLiteral("A01.01")));
    QVERIFY(before.missingReports.size() > after.missingReports.size());
    // coverage per screen, and what has no figure yet
    QCOMPARE(before.coverage.size(), 2);
    QCOMPARE(before.coverage.at(0).screen, QStringLiteral("S01"));
    QCOMPARE(before.coverage.at(0).expected, 16);
    QCOMPARE(before.coverage.at(1).expected, 8);
    QVERIFY(before.coverage.at(1).present < 8);
    QCOMPARE(before.coverage.at(1).missing.size(), 8 - before.coverage.at(1).present);
    QCOMPARE(after.present(), after.expected());
    QVERIFY(after.oldest.has_value());
    QVERIFY(after.oldest->asOf < m_now);
    const QStringList lines
        = before.summary(m_catalog, m_entities, Formatter(QStringLiteral("en")));
    QVERIFY2(lines.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Monthly reports not received for the period: %1")
                               .arg(before.missingReports.size())),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(before.staleSources.isEmpty());
    // the verdict, overall and per screen, and the dialog's table
    QVERIFY(!before.ready());
    QVERIFY2(before.verdict().startsWith(QStringLiteral("Not ready: ")),
             qPrintable(before.verdict()));
    QVERIFY(before.verdict().contains(QStringLiteral("monthly reports not received")));
    QVERIFY(!before.coverage.at(1).ready());
    QVERIFY(after.coverage.at(0).ready());
    QCOMPARE(after.coverage.at(0).verdict(), QStringLiteral("Ready"));
    QCOMPARE(lines.first(), before.verdict());
    ReadinessDialog dialog(before, m_catalog, m_entities, Formatter(QStringLiteral("en")));
    QCOMPARE(dialog.verdict(), before.verdict());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("S01"));
    QCOMPARE(dialog.table()->item(1, 6)->text(), before.coverage.at(1).verdict());
    QVERIFY(dialog.table()->item(1, 2)->text().startsWith(
        QStringLiteral("%1/8").arg(before.coverage.at(1).present)));
    // words, never rule syntax
    for (int r = 0; r < dialog.table()->rowCount(); ++r) {
        for (int c = 0; c < dialog.table()->columnCount(); ++c) {
            const QString text = dialog.table()->item(r, c)->text();
            QVERIFY2(!text.contains(QLatin1Char('[')) && !text.contains(QStringLiteral("pct_of")),
                     qPrintable(text));
        }
    }
}

void tst_Pack::writesAtomically()
{
    const QString file = m_dir.filePath(QStringLiteral("atomic.iocpack"));
    QVERIFY(
        writePack(file, {QStringLiteral("S07")}, {{Selection::Mode::Month, QDate(2026, 4, 20)}}));
    const QByteArray first = fileHash(file);
    // a failed write (an unknown screen) leaves the earlier pack as it was
    QVERIFY(
        !writePack(file, {QStringLiteral("S99")}, {{Selection::Mode::Month, QDate(2026, 4, 20)}}));
    QCOMPARE(fileHash(file), first);
    // a folder that does not exist: a message, no file
    Cache cache;
    QString error;
    QVERIFY(cache.open(m_cachePath, &error));
    PackWriter writer(m_catalog, m_entities, m_screens, m_cachePath);
    QVERIFY(writer.prepare({QStringLiteral("S07")}, {{Selection::Mode::Month, QDate(2026, 4, 20)}},
                           m_now, &error));
    QVERIFY(!writer.write(m_dir.filePath(QStringLiteral("no/such/folder/x.iocpack")), {}, {},
                          QStringLiteral("demo"), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    // no temporary files are left beside the pack
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("atomic*")}, QDir::Files),
             QStringList{QStringLiteral("atomic.iocpack")});
}

void tst_Pack::opensFromTheMenuReadOnly()
{
    if (!QFile::exists(m_pack))
        QVERIFY(writePack(m_pack, m_codes,
                          {{Selection::Mode::Month, QDate(2026, 4, 20)},
                           {Selection::Mode::Month, QDate(2026, 3, 31)}}));
    MainWindow::Options o;
    o.cachePath = m_cachePath;
    o.selection = Selection{Selection::Mode::Month, QDate(2026, 4, 20)};
    o.autoSync = false;
    o.frozenNow = m_now; // the operator's screen at the moment the pack was written
    MainWindow desk(m_catalog, m_entities, m_screens, o);
    desk.show();
    QTRY_VERIFY_WITH_TIMEOUT(desk.workspace()->page(QStringLiteral("S01"))->hasData(), 20000);
    const ScreenData deskS01 = desk.workspace()->page(QStringLiteral("S01"))->data();

    // a tampered pack: a message saying why, and no window
    const QString bad = m_dir.filePath(QStringLiteral("menu-bad.iocpack"));
    QByteArray alerts = readPart(m_pack, QStringLiteral("alerts.json"));
    QVERIFY(rewriteZip(m_pack, bad, QStringLiteral("alerts.json"), alerts + ' '));
    QString shown;
    QTimer::singleShot(0, &desk, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!menus::openPack(desk, bad));
    QVERIFY2(shown.contains(QStringLiteral("alerts.json")), qPrintable(shown));

    // an unsigned pack opens only after a clear warning; cancelled, no window
    auto answer = [&](QMessageBox::ButtonRole role) {
        QTimer::singleShot(0, &desk, [&shown, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == role)
                    b->click();
        });
    };
    answer(QMessageBox::RejectRole);
    QVERIFY(!menus::openPack(desk, m_pack));
    QVERIFY2(shown.startsWith(QStringLiteral("Not verified: unsigned")), qPrintable(shown));

    // opened anyway: its own window, read-only, no network, the same figures as the desk, and
    // "Not verified" in its status line (and so on the wall's footer)
    answer(QMessageBox::AcceptRole);
    MainWindow *w = menus::openPack(desk, m_pack);
    QVERIFY(w);
    QStringList status;
    for (QLabel *l : w->statusBar()->findChildren<QLabel *>())
        status << l->text();
    QVERIFY2(status.join(QLatin1Char('|')).contains(QStringLiteral("Not verified: unsigned")),
             qPrintable(status.join(QLatin1Char('|'))));
    QVERIFY(w->isPack());
    QCOMPARE(w->connection(), MainWindow::Connection::Pack);
    QVERIFY(w->windowTitle().contains(QStringLiteral("giao-ban-2026-04.iocpack")));
    QTRY_VERIFY_WITH_TIMEOUT(w->workspace()->page(QStringLiteral("S01"))
                                 && w->workspace()->page(QStringLiteral("S01"))->hasData(),
                             20000);
    compareFigures(w->workspace()->page(QStringLiteral("S01"))->data().figures, deskS01.figures,
                   QStringLiteral("S01 in the window"));
    for (QAction *a : w->menuBar()->actions().first()->menu()->actions()) {
        const QString text = a->text().remove(QLatin1Char('&'));
        if (text.startsWith(QLatin1String("Import"))
            || text.startsWith(QLatin1String("Data source"))
            || text.startsWith(QLatin1String("Sync")))
            QVERIFY2(!a->isEnabled(), qPrintable(text));
    }
    // only the pack's periods: back to March, then no further
    w->stepPeriod(-1);
    QCOMPARE(w->selection().asOf, QDate(2026, 3, 31));
    w->stepPeriod(-1);
    QCOMPARE(w->selection().asOf, QDate(2026, 3, 31));
    w->setSelection({Selection::Mode::Quarter, QDate(2026, 3, 31)});
    QCOMPARE(w->selection().mode, Selection::Mode::Month);
    w->stepPeriod(+1);
    QCOMPARE(w->selection().asOf, QDate(2026, 4, 20));
    // the pack's journal, read-only
    QTRY_VERIFY(!w->alerts()->panel()->model()->alerts().isEmpty());
    QCOMPARE(w->alerts()->panel()->model()->alerts().first().note, QStringLiteral("Đã xử lý"));
    w->close(); // deleted on close, with its unpacked files
    QTRY_VERIFY(QApplication::topLevelWidgets().count() < 20);
}

void tst_Pack::exportsPdfWithVietnameseText()
{
    if (!QFile::exists(m_pack))
        QVERIFY(writePack(m_pack, m_codes, {{Selection::Mode::Month, QDate(2026, 4, 20)}}));
    OpenedPack pack;
    QString error;
    QVERIFY2(PackReader::open(m_pack, &pack, &error), qPrintable(error));
    ScreenLoader loader(pack.catalog, m_entities, pack.screens, pack.cachePath);
    QVector<ScreenData> data;
    for (const ScreenDefinition &s : std::as_const(pack.screens))
        data << loader.compute(s.code, pack.selections.first(), pack.frozenNow);
    QString geoError;
    const MapGeometry geometry(GeoReader::readFile(pack.boundariesPath, &m_entities, &geoError));
    QVERIFY(geoError.isEmpty());
    PdfExporter pdf(pack.screens, m_entities, &geometry, Formatter(QStringLiteral("vi")));
    pdf.setSource(QStringLiteral("Nguồn: dữ liệu mẫu, official figures, ffi"));
    pdf.setPackHash(pack.hash);
    pdf.setDemo(true);
    pdf.setAppendix(true);
    const QString file = m_dir.filePath(QStringLiteral("giao-ban.pdf"));
    int pages = 0;
    QVERIFY2(pdf.write(file, data, &error, &pages), qPrintable(error));
    QVERIFY(pages > 17 + 3); // the cover, the summary, the words, 17 screens, the appendix

    // what a PDF reader finds: the page count, the text layer with its diacritics, the fonts
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.waitForFinished(30000) && info.exitCode() == 0,
             "pdfinfo (poppler-utils, scripts/deps.sh)");
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000) && text.exitCode() == 0);
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    const QStringList pageTexts = all.split(QLatin1Char('\f'));
    QVERIFY(pageTexts.size() >= pages);
    QVERIFY2(pageTexts.first().contains(QStringLiteral("Tổng quan điều hành")),
             qPrintable(pageTexts.first().left(400)));
    QVERIFY(all.contains(QStringLiteral("Điều hành tình huống khẩn cấp")));
    // no ligatures in what the exporter writes: a hash's "ff" stays two letters
    QVERIFY2(all.contains(QStringLiteral("official figures, ffi")),
             qPrintable(all.split(QLatin1Char('\n')).filter(QStringLiteral("Nguồn")).value(0)));
    QVERIFY(all.contains(QStringLiteral("Tốc độ tăng tổng sản phẩm trên địa bàn")));
    // every page's footer: as of, source, n/N and the pack's hash
    for (int i = 0; i < pages; ++i) {
        const QString &page = pageTexts.at(i);
        QVERIFY2(page.contains(QStringLiteral("Page %1/%2").arg(i + 1).arg(pages)),
                 qPrintable(QString::number(i + 1)));
        QVERIFY2(page.contains(pack.hash.left(16)), qPrintable(QString::number(i + 1)));
        QVERIFY2(page.contains(QStringLiteral("20/04/2026"))
                     && page.contains(QStringLiteral("Nguồn: dữ liệu mẫu")),
                 qPrintable(QString::number(i + 1)));
    }
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {file});
    QVERIFY(fonts.waitForFinished(30000));
    const QStringList fontLines = QString::fromUtf8(fonts.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines)
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\b"))),
                 qPrintable(line)); // embedded

    // tables complete: every one of the 114 units, the header repeated where a table goes on
    QVERIFY(all.contains(QRegularExpression(QStringLiteral("\\n\\s*114\\s+\\S"))));
    QVERIFY(all.contains(QStringLiteral("(continued)\n")));
    // no text under 8 pt: a DejaVu word's box is 1.16 of its size (8 pt is drawn 34 dots high
    // at 300 dpi, 8.16 pt)
    QProcess boxes;
    boxes.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
    QVERIFY(boxes.waitForFinished(30000) && boxes.exitCode() == 0);
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                       "yMax=\"([\\d.]+)\">([^<]*)<"));
    int words = 0;
    for (const QRegularExpressionMatch &m :
         word.globalMatch(QString::fromUtf8(boxes.readAllStandardOutput()))) {
        const double size = (m.captured(2).toDouble() - m.captured(1).toDouble()) / 1.16;
        QVERIFY2(size >= 7.99,
                 qPrintable(m.captured(3) + QLatin1Char(' ') + QString::number(size)));
        ++words;
    }
    QVERIFY(words > 1000);

    // the same pack, the same PDF: times come from the pack; title, author, subject, language
    pdf.setIssued(pack.frozenNow);
    pdf.setPreparedBy(QStringLiteral("Nguyễn Văn An"));
    const QString again = m_dir.filePath(QStringLiteral("giao-ban-2.pdf"));
    QVERIFY2(pdf.write(file, data, &error), qPrintable(error));
    QTest::qWait(1100); // a clock's second later
    QVERIFY2(pdf.write(again, data, &error), qPrintable(error));
    QFile first(file), second(again);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    QVERIFY(bytes == second.readAll());
    QVERIFY(bytes.contains(
        "(D:" + pack.frozenNow.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + "Z)"));
    QVERIFY(bytes.contains("/Lang <FEFF00760069002D0056004E>")); // vi-VN
    info.start(QStringLiteral("pdfinfo"), {file});
    QVERIFY(info.waitForFinished(30000) && info.exitCode() == 0);
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QStringLiteral("Author:          Nguyễn Văn An"))
                 && meta.contains(QStringLiteral("Subject:         Briefing handout: S01"))
                 && meta.contains(QStringLiteral("Title:           Hải Phòng IOC briefing")),
             qPrintable(meta));

    // a folder that cannot be written: a message, nothing else
    QVERIFY(!pdf.write(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")), data, &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
}

// A screen with no figure at all: its page states the gap, the words say there is nothing yet,
// the cover says it is not ready. Never a blank page.
void tst_Pack::emptyScreensSayWhatIsMissing()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Cache cache;
        QString error;
        QVERIFY2(cache.open(empty, &error), qPrintable(error));
    }
    ScreenLoader loader(m_catalog, m_entities, m_screens, empty);
    const QVector<ScreenData> data{
        loader.compute(QStringLiteral("S08"), {Selection::Mode::Month, QDate(2026, 4, 20)}, m_now)};
    QCOMPARE(data.first().valueCount(), 0);
    PdfExporter pdf(m_screens, m_entities, nullptr, Formatter(QStringLiteral("en")));
    const QString file = m_dir.filePath(QStringLiteral("empty.pdf"));
    QString error;
    QVERIFY2(pdf.write(file, data, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000) && text.exitCode() == 0);
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(all.contains(QStringLiteral("Readiness: Not ready: 3 of 3 figures missing")),
             qPrintable(all.left(600)));
    QVERIFY2(all.contains(QStringLiteral("No figures yet: A10.01")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("No figure yet for this period:")), qPrintable(all));
}

void tst_Pack::exportsFiguresToXlsxAndCsv()
{
    // in Vietnamese, as the console writes them by default
    QTranslator vi;
    QVERIFY(vi.load(QStringLiteral(IOC_QM_DIR "/ioc_vi.qm")));
    QCoreApplication::installTranslator(&vi);
    const auto uninstall = qScopeGuard([&vi] { QCoreApplication::removeTranslator(&vi); });
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_cachePath);
    const QVector<ScreenData> data{
        loader.compute(QStringLiteral("S01"), {Selection::Mode::Month, QDate(2026, 4, 20)}, m_now),
        loader.compute(QStringLiteral("S10"), {Selection::Mode::Month, QDate(2026, 4, 20)}, m_now)};
    FigureExport figures(m_screens, m_entities, Formatter(QStringLiteral("vi")));
    figures.setPackHash(QStringLiteral("abc123"));
    const QVector<QStringList> rows = figures.rows(data);
    // S01's 16 figures and S10's 7, and their figures by unit
    QVERIFY(rows.size() > 23);
    const auto grdp = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &r) {
        return r.at(1) == QLatin1String("A01.01");
    });
    QVERIFY(grdp != rows.cend());
    QCOMPARE(grdp->at(0), QStringLiteral("S01"));
    QCOMPARE(grdp->at(3), QStringLiteral("31"));
    const Figure &f = data.first().figures.first();
    QCOMPARE(grdp->at(6).toDouble(), *f.value); // a number, not formatted text
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &r) {
        return r.at(0) == QLatin1String("S10") && r.at(3).size() == 5;
    }));
    // the screen's words: status and the comparison it judged side by side, the columns of
    // before keeping their names; sources in Vietnamese; numbers as shown, never 15 digits
    const QStringList header = figures.header();
    const int status = int(header.indexOf(QStringLiteral("Trạng thái")));
    QVERIFY(status > 0);
    QCOMPARE(header.at(status + 1), QStringLiteral("So sánh"));
    for (const char *kept : {"Thực hiện", "Kế hoạch", "% so với kế hoạch", "Nguồn"})
        QVERIFY2(header.contains(QString::fromUtf8(kept)), kept);
    QCOMPARE(grdp->at(status), QStringLiteral("Cảnh báo"));
    QCOMPARE(grdp->at(status + 1), Formatter(QStringLiteral("vi")).comparisonText(f));
    QVERIFY2(grdp->at(status + 1).startsWith(QStringLiteral("thấp hơn kế hoạch")),
             qPrintable(grdp->at(status + 1)));
    const int source = int(header.indexOf(QStringLiteral("Nguồn")));
    QVERIFY2(grdp->at(source).startsWith(QStringLiteral("Dữ liệu mẫu – Báo cáo Excel hằng tháng")),
             qPrintable(grdp->at(source)));
    static const QRegularExpression longNumber(QStringLiteral("^-?\\d+\\.\\d{5,}$"));
    for (const QStringList &r : rows) {
        for (const QString &cell : r)
            QVERIFY2(!longNumber.match(cell).hasMatch() && cell != QLatin1String("-0"),
                     qPrintable(r.join(QLatin1Char(','))));
    }

    const QString csvFile = m_dir.filePath(QStringLiteral("so-lieu.csv"));
    QString error;
    QVERIFY2(figures.writeCsv(csvFile, data, &error), qPrintable(error));
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvResult parsed = Csv::parse(QString::fromUtf8(bytes.mid(3)));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.rows.size(), rows.size() + 1);
    QCOMPARE(parsed.rows.at(1).fields, rows.first());

    const QString xlsxFile = m_dir.filePath(QStringLiteral("so-lieu.xlsx"));
    QVERIFY2(figures.writeXlsx(xlsxFile, data, &error), qPrintable(error));
    const QByteArray sheet = readPart(xlsxFile, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray strings = readPart(xlsxFile, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings.contains(
        QStringLiteral("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) so với cùng kỳ").toUtf8()));
    QVERIFY(strings.contains("abc123"));
    QVERIFY(sheet.contains("<autoFilter"));
    QVERIFY(sheet.contains(QByteArray("<v>") + QByteArray::number(*f.value, 'g', 15) + "</v>"));
    QVERIFY(
        !figures.writeXlsx(m_dir.filePath(QStringLiteral("no/such/folder/x.xlsx")), data, &error));
}

// A pack of a past day (--as-of) holds the rows as they were known at its end: a correction
// imported afterwards is not in it; a pack as known now has it.
void tst_Pack::carriesSavedViews()
{
    // a view of another screen, another month and one ward, carried by a pack of S01 for April
    SavedView view;
    view.name = QStringLiteral("Hồng Bàng tháng 2");
    view.screen = QStringLiteral("S09");
    view.selection = {Selection::Mode::Month, QDate(2026, 2, 28)};
    view.place = QStringLiteral("11311");
    view.selectedUnit = QStringLiteral("11311");
    view.compareWith = CompareWith::LastYear;
    const Selection april{Selection::Mode::Month, QDate(2026, 4, 20)};
    {
        // Prepare briefing offers the saved views, those the playlist names ticked
        BriefingDialog choose(BriefingDialog::Purpose::Pack, m_screens, april,
                              Formatter(QStringLiteral("en")));
        choose.setViews({QStringLiteral("Cát Hải"), view.name}, {view.name});
        QCOMPARE(choose.views(), QStringList{view.name});
        auto *list = choose.findChild<QListWidget *>(QStringLiteral("views"));
        QVERIFY(list);
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(choose.views(), (QStringList{QStringLiteral("Cát Hải"), view.name}));
    }
    const QString file = m_dir.filePath(QStringLiteral("views.iocpack"));
    ScreenData desk;
    {
        Cache cache;
        QString error;
        QVERIFY2(cache.open(m_cachePath, &error), qPrintable(error));
        PackWriter writer(m_catalog, m_entities, m_screens, m_cachePath);
        writer.setViews({view});
        QVERIFY2(writer.prepare({QStringLiteral("S01")}, {april}, m_now, &error),
                 qPrintable(error));
        QCOMPARE(writer.selectionCount(), 2); // April, and the view's February
        QVERIFY2(writer.write(file, {}, cache.alerts(), QStringLiteral("demo"), nullptr, &error),
                 qPrintable(error));
        desk = ScreenLoader(m_catalog, m_entities, m_screens, m_cachePath)
                   .compute(view.screen, view.selection, m_now, view.place);
    }
    QVERIFY(desk.valueCount() > 0);
    QCOMPARE(desk.place, view.place);

    // the operator's cache is gone: the pack alone shows the view as it was saved
    const QString away = m_cachePath + QStringLiteral(".away");
    QVERIFY(QFile::rename(m_cachePath, away));
    const auto restore = qScopeGuard([&] {
        QFile::remove(m_cachePath);
        QFile::rename(away, m_cachePath);
    });
    auto pack = std::make_shared<OpenedPack>();
    QString error;
    QVERIFY2(PackReader::open(file, pack.get(), &error), qPrintable(error));
    QStringList codes;
    for (const ScreenDefinition &s : std::as_const(pack->screens))
        codes << s.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("S01"), QStringLiteral("S09")}));
    QCOMPARE(pack->selections, (QVector<Selection>{april, view.selection}));
    QCOMPARE(pack->views.size(), 1);
    const auto carried
        = SavedView::fromJson(pack->views.first(), pack->screens, m_entities, &error);
    QVERIFY2(carried, qPrintable(error));
    QCOMPARE(carried->toJson(), view.toJson());
    const ScreenData fromPack
        = ScreenLoader(pack->catalog, m_entities, pack->screens, pack->cachePath)
              .compute(view.screen, view.selection, pack->frozenNow, view.place);
    QVERIFY(fromPack.error.isEmpty());
    compareFigures(fromPack.figures, desk.figures, QStringLiteral("the view from the pack"));
    QCOMPARE(fromPack.valueCount(), desk.valueCount());

    // its window lists the view, and presents it after the pack's screens with its own
    // period and place (the playlist names nothing the pack holds)
    Settings::setPresentationPlaylist({QStringLiteral("S17")});
    Settings::setPresentationInterval(0);
    const auto clear = qScopeGuard([] { Settings::setPresentationPlaylist({}); });
    MainWindow::Options base;
    base.lang = QStringLiteral("en");
    MainWindow w(pack->catalog, m_entities, pack->screens, WindowOptions::forPack(*pack, base));
    w.show();
    QCOMPARE(w.savedViews().size(), 1);
    QCOMPARE(w.savedViews().first().name, view.name);
    w.presenter()->start();
    PresentationView *p = w.presenter()->view();
    QVERIFY(p);
    const QString key = PlaylistItem::viewKey(view.name);
    QCOMPARE(p->playlist(), (QStringList{QStringLiteral("S01"), QStringLiteral("S09"), key}));
    for (int i = 0; i < p->frames().size() && p->currentKey() != key; ++i)
        p->next();
    QCOMPARE(p->currentKey(), key);
    QTRY_VERIFY_WITH_TIMEOUT(p->isReady(key), 20000); // painted once its figures came
    QVERIFY2(p->footerText().contains(QStringLiteral("View: Hồng Bàng tháng 2 (February 2026)"))
                 && p->footerText().contains(QStringLiteral("Screen 3/3")),
             qPrintable(p->footerText()));
    QVector<WallText> texts;
    QVERIFY(!p->renderFrame(p->index(), QSize(1920, 1080), 1, &texts).isNull());
    QStringList painted;
    for (const WallText &t : std::as_const(texts))
        painted << t.text;
    QVERIFY2(painted.contains(QStringLiteral("Hồng Bàng Ward")),
             qPrintable(painted.join(QLatin1Char('|'))));
    // a tile the ward's level does not report says so, whole, not "No data"
    QVERIFY2(painted.contains(QStringLiteral("Not reported for this place")),
             qPrintable(painted.join(QLatin1Char('|'))));
    w.presenter()->stop();
}

void tst_Pack::packOfAPastDayAsItWasKnown()
{
    QString error;
    {
        Cache cache;
        QVERIFY(cache.open(m_cachePath, &error));
        Observation fix;
        fix.indicator = QStringLiteral("A01.01");
        fix.entity = EntityRegistry::cityCode();
        fix.period = QStringLiteral("2026-04");
        fix.value = 11.11;
        fix.plan = 11.5;
        fix.sourceKind = QStringLiteral("import");
        fix.sourceRef = QStringLiteral("dinh-chinh.xlsx");
        fix.fetchedAt = cityDateTime(QDate(2026, 5, 3), QTime(9, 0));
        int added = 0, changed = 0, unchanged = 0;
        QVERIFY2(cache.appendRevisions({fix}, &added, &changed, &unchanged, &error),
                 qPrintable(error));
        QCOMPARE(changed, 1);
    }
    const QVector<Selection> april{{Selection::Mode::Month, QDate(2026, 4, 20)}};
    auto grdp = [](const QVector<Observation> &rows) {
        QVector<double> values;
        for (const Observation &o : rows) {
            if (o.indicator == QLatin1String("A01.01") && o.entity == QLatin1String("31")
                && o.period == QLatin1String("2026-04"))
                values << o.value;
        }
        return values;
    };
    const QDateTime endOfDay = cityDateTime(QDate(2026, 4, 21), QTime(0, 0));
    PackWriter then(m_catalog, m_entities, m_screens, m_cachePath);
    then.setKnownAt(endOfDay);
    QVERIFY2(then.prepare({QStringLiteral("S01")}, april, m_now, &error), qPrintable(error));
    QVERIFY(!grdp(then.rows()).isEmpty());
    for (double v : grdp(then.rows()))
        QCOMPARE(v, 10.87);
    for (const Observation &o : then.rows())
        QVERIFY2(o.fetchedAt <= endOfDay, qPrintable(o.indicator + QLatin1Char(' ') + o.period));
    PackWriter now(m_catalog, m_entities, m_screens, m_cachePath);
    QVERIFY2(now.prepare({QStringLiteral("S01")}, april,
                         cityDateTime(QDate(2026, 5, 4), QTime(9, 0)), &error),
             qPrintable(error));
    QVERIFY(grdp(now.rows()).contains(11.11));
}

QTEST_MAIN(tst_Pack)
#include "tst_pack.moc"
