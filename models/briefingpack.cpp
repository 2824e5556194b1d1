#include "briefingpack.h"

#include "cache.h"
#include "geo.h"
#include "screendata.h"
#include "tempfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace ioc {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kObservations = QStringLiteral("observations.sqlite");
const QString kCatalogCsv = QStringLiteral("catalog/indicators.csv");
const QString kCatalogJson = QStringLiteral("catalog/catalog.json");
const QString kScreens = QStringLiteral("screens.json");
const QString kBoundaries = QStringLiteral("boundaries.geojson");
const QString kAlerts = QStringLiteral("alerts.json");
constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxPartBytes = qint64(256) * 1024 * 1024; // checked before it is inflated
constexpr qint64 kMaxSignatureBytes = 64 * 1024;

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The pack's hash: the manifest without its own "sha256", as compact JSON (keys sorted).
QString manifestHash(QJsonObject manifest)
{
    manifest.remove(QStringLiteral("sha256"));
    return sha256(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
}

QJsonObject alertToJson(const Alert &a)
{
    QJsonObject o{{QStringLiteral("id"), double(a.id)},
                  {QStringLiteral("raised_at"), a.raisedAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("indicator"), a.indicator},
                  {QStringLiteral("entity"), a.entity},
                  {QStringLiteral("period"), a.period},
                  {QStringLiteral("status"), statusKey(a.status)},
                  {QStringLiteral("previous"), statusKey(a.previous)},
                  {QStringLiteral("value"), a.value}};
    if (a.acknowledged()) {
        o.insert(QStringLiteral("acknowledged_at"), a.acknowledgedAt.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("acknowledged_by"), a.acknowledgedBy);
        o.insert(QStringLiteral("note"), a.note);
    }
    return o;
}

std::optional<Alert> alertFromJson(const QJsonObject &o)
{
    Alert a;
    a.id = qint64(o.value(QStringLiteral("id")).toDouble());
    a.raisedAt
        = QDateTime::fromString(o.value(QStringLiteral("raised_at")).toString(), Qt::ISODate);
    a.indicator = o.value(QStringLiteral("indicator")).toString();
    a.entity = o.value(QStringLiteral("entity")).toString();
    a.period = o.value(QStringLiteral("period")).toString();
    a.status = statusFromKey(o.value(QStringLiteral("status")).toString());
    a.previous = statusFromKey(o.value(QStringLiteral("previous")).toString());
    a.value = o.value(QStringLiteral("value")).toDouble();
    if (o.contains(QStringLiteral("acknowledged_at"))) {
        a.acknowledgedAt = QDateTime::fromString(
            o.value(QStringLiteral("acknowledged_at")).toString(), Qt::ISODate);
        a.acknowledgedBy = o.value(QStringLiteral("acknowledged_by")).toString();
        a.note = o.value(QStringLiteral("note")).toString();
    }
    if (a.id <= 0 || !a.raisedAt.isValid() || a.indicator.isEmpty() || alertLevel(a.status) == 0)
        return std::nullopt;
    return a;
}

} // namespace

// --- writing ----------------------------------------------------------------------------------

PackWriter::PackWriter(const Catalog &catalog, const EntityRegistry &entities,
                       const QVector<ScreenDefinition> &screens, const QString &cachePath)
    : m_catalog(catalog)
    , m_entities(entities)
    , m_screens(screens)
    , m_cachePath(cachePath)
{}

// what a click opens: each indicator's drill-down (its history, breakdown and revisions),
// which also holds what the maps show
bool PackWriter::packDetails(ScreenLoader &loader, const QStringList &indicators,
                             const Selection &sel, const QDateTime &now, QString *error)
{
    for (const QString &code : indicators) {
        const DetailData d = loader.computeDetail(code, sel, now);
        if (!d.error.isEmpty()) {
            *error = d.error;
            return false;
        }
    }
    return true;
}

bool PackWriter::prepare(const QStringList &screens, const QVector<Selection> &selections,
                         const QDateTime &now, QString *error)
{
    m_packed.clear();
    m_rows.clear();
    m_readiness = {};
    m_selections = selections;
    for (const SavedView &v : std::as_const(m_views)) {
        if (!m_selections.contains(v.selection))
            m_selections << v.selection; // a view's period is packed for every screen
    }
    m_now = now;
    if (screens.isEmpty() || selections.isEmpty()) {
        *error = tr("a briefing pack needs at least one screen and one period");
        return false;
    }
    QVector<const ScreenDefinition *> defs;
    QStringList codes = screens;
    for (const SavedView &v : std::as_const(m_views))
        codes << v.screen; // a view's screen is packed with it
    for (const QString &code : std::as_const(codes)) {
        const auto it = std::find_if(m_screens.cbegin(), m_screens.cend(),
                                     [&](const ScreenDefinition &s) { return s.code == code; });
        if (it == m_screens.cend()) {
            *error = tr("there is no screen %1 (the screens are S01 to S%2)")
                         .arg(code)
                         .arg(m_screens.size(), 2, 10, QLatin1Char('0'));
            return false;
        }
        if (!m_packed.contains(code)) {
            m_packed << code;
            defs << &*it;
        }
    }
    ScreenLoader loader(m_catalog, m_entities, m_screens, m_cachePath);
    loader.setKnownAt(m_knownAt);
    Cache *cache = loader.cache(error);
    if (!cache)
        return false;
    cache->setReadRecorder(&m_rows);
    const auto stopRecording = qScopeGuard([cache] { cache->setReadRecorder(nullptr); });

    for (const Selection &sel : std::as_const(m_selections)) {
        QStringList indicators;
        for (const ScreenDefinition *def : std::as_const(defs)) {
            const ScreenData data = loader.compute(def->code, sel, now);
            if (!data.error.isEmpty()) {
                *error = data.error;
                return false;
            }
            for (const Figure &f : data.figures) {
                if (f.indicator && !indicators.contains(f.indicator->code))
                    indicators << f.indicator->code;
            }
            m_readiness.add(*def, data);
            if (!m_place.isEmpty()) { // the place's view reads its own rows: packed too
                const ScreenData placed = loader.compute(def->code, sel, now, m_place);
                if (!placed.error.isEmpty()) {
                    *error = placed.error;
                    return false;
                }
            }
        }
        if (!packDetails(loader, indicators, sel, now, error))
            return false;
    }
    // the departments behind on what the packed screens show, as known now
    {
        QStringList shown;
        for (const ScreenDefinition *def : std::as_const(defs))
            shown += def->indicators;
        m_readiness.setSources(SourceReadiness::compute(m_catalog, m_entities, *cache, now), shown);
    }
    // a camera wall's pictures: each camera's last one, as the cache holds it
    m_cameras.clear();
    m_frames.clear();
    if (std::any_of(defs.cbegin(), defs.cend(), [](const ScreenDefinition *d) {
            return std::any_of(d->panels.cbegin(), d->panels.cend(), [](const ScreenPanel &p) {
                return p.kind == ScreenPanel::Kind::Cameras;
            });
        })) {
        QString problem;
        m_cameras = cache->cameras(&problem);
        m_frames = cache->cameraFrames(&problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    // each saved view's place, as it will be opened (its period is one of the pack's)
    for (const SavedView &v : std::as_const(m_views)) {
        const ScreenData data = loader.compute(v.screen, v.selection, now, v.place);
        if (!data.error.isEmpty()) {
            *error = data.error;
            return false;
        }
    }
    // one copy of each row
    std::sort(m_rows.begin(), m_rows.end(), [](const Observation &a, const Observation &b) {
        return std::tie(a.indicator, a.entity, a.period, a.revision)
               < std::tie(b.indicator, b.entity, b.period, b.revision);
    });
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end(),
                             [](const Observation &a, const Observation &b) {
                                 return a.revision == b.revision && a.period == b.period
                                        && a.entity == b.entity && a.indicator == b.indicator;
                             }),
                 m_rows.end());
    return true;
}

namespace {

// A zip made in memory (libzip), so that the file is written once, atomically, by QSaveFile.
class ZipBuilder
{
public:
    ZipBuilder()
    {
        zip_error_init(&m_error);
        m_buffer = zip_source_buffer_create(nullptr, 0, 0, &m_error);
        if (m_buffer) {
            zip_source_keep(m_buffer);
            m_zip = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &m_error);
        }
    }
    ~ZipBuilder()
    {
        if (m_zip)
            zip_discard(m_zip);
        if (m_buffer)
            zip_source_free(m_buffer);
        zip_error_fini(&m_error);
    }
    bool ok() const { return m_zip; }
    QString error() const
    {
        return QString::fromUtf8(zip_error_strerror(const_cast<zip_error_t *>(&m_error)));
    }
    // data must live until finish()
    // `data` is read when the archive is finished: it must outlive finish()
    bool add(const QString &name, const QByteArray &data)
    {
        zip_source_t *src
            = zip_source_buffer(m_zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!src)
            return false;
        const zip_int64_t index
            = zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            return false;
        }
        // stored, not deflated: a changed byte anywhere in a part changes the part (a deflate
        // stream has padding bits that no reader sees), and opening reads it without inflating
        return zip_set_file_compression(m_zip, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0;
    }
    QString zipError() const { return QString::fromUtf8(zip_strerror(m_zip)); }
    std::optional<QByteArray> finish(QString *error)
    {
        if (zip_close(m_zip) != 0) {
            *error = zipError();
            return std::nullopt;
        }
        m_zip = nullptr;
        QByteArray out;
        if (zip_source_open(m_buffer) != 0 || zip_source_seek(m_buffer, 0, SEEK_END) != 0) {
            *error = QStringLiteral("zip buffer");
            return std::nullopt;
        }
        const zip_int64_t size = zip_source_tell(m_buffer);
        zip_source_seek(m_buffer, 0, SEEK_SET);
        out.resize(qsizetype(size));
        const zip_int64_t read = zip_source_read(m_buffer, out.data(), zip_uint64_t(size));
        zip_source_close(m_buffer);
        if (read != size) {
            *error = QStringLiteral("zip buffer");
            return std::nullopt;
        }
        return out;
    }

private:
    zip_error_t m_error;
    zip_source_t *m_buffer = nullptr;
    zip_t *m_zip = nullptr;
};

// The parts zipped in memory and written once, atomically. libzip reads every part only when the
// archive is finished: all of them live until then.
bool zipTo(const QString &file, const QVector<QPair<QString, const QByteArray *>> &parts,
           QString *error)
{
    ZipBuilder zip;
    if (!zip.ok()) {
        *error = zip.error();
        return false;
    }
    for (const auto &[name, data] : parts) {
        if (!zip.add(name, *data)) {
            *error = zip.zipError();
            return false;
        }
    }
    const std::optional<QByteArray> bytes = zip.finish(error);
    if (!bytes)
        return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
        *error = QCoreApplication::translate("ioc::PackWriter", "cannot write %1: %2")
                     .arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace

bool PackWriter::write(const QString &file, const QString &boundariesPath,
                       const QVector<Alert> &alerts, const QString &dataSource, QString *packHash,
                       QString *error)
{
    if (m_packed.isEmpty()) {
        *error = tr("nothing prepared to pack");
        return false;
    }
    QFile geo(boundariesPath.isEmpty() ? GeoReader::builtInPath() : boundariesPath);
    QFile defs(ScreenCatalog::builtInPath());
    for (QFile *f : {&geo, &defs}) {
        if (!f->open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(f->fileName(), f->errorString());
            return false;
        }
    }
    const QByteArray boundaries = geo.readAll();
    const QByteArray screensJson = defs.readAll();
    // the observations as a cache of the console's own schema
    QTemporaryDir work(tempfiles::workFolderPattern());
    if (!work.isValid()) {
        *error = tr("cannot create a temporary folder: %1").arg(work.errorString());
        return false;
    }
    const QString dbPath = work.filePath(kObservations);
    {
        Cache db;
        if (!db.open(dbPath, error))
            return false;
        if (!db.write(m_rows, Cache::OnConflict::Ignore, error,
                      {{QStringLiteral("data_source"), dataSource}}))
            return false;
        if (!db.storeCameras(m_cameras, error))
            return false;
        for (const CameraFrame &f : std::as_const(m_frames)) {
            if (!db.storeCameraFrame(f, error))
                return false;
        }
    }
    QFile dbFile(dbPath);
    if (!dbFile.open(QIODevice::ReadOnly)) {
        *error = dbFile.errorString();
        return false;
    }
    const QByteArray observations = dbFile.readAll();
    dbFile.close();

    QSet<QString> codes;
    for (const ScreenDefinition &s : std::as_const(m_screens)) {
        if (m_packed.contains(s.code)) {
            for (const QString &c : s.indicators)
                codes.insert(c);
        }
    }
    QJsonArray journal;
    for (const Alert &a : alerts) {
        if (codes.contains(a.indicator))
            journal << alertToJson(a);
    }
    const QByteArray alertsJson = QJsonDocument(journal).toJson(QJsonDocument::Indented);
    const QByteArray catalogCsv = m_catalog.csvText().toUtf8();
    const QByteArray catalogJson = m_catalog.metaJson();

    struct Part
    {
        QString name;
        const QByteArray *data;
    };
    const QVector<Part> parts{{kObservations, &observations}, {kCatalogCsv, &catalogCsv},
                              {kCatalogJson, &catalogJson},   {kScreens, &screensJson},
                              {kBoundaries, &boundaries},     {kAlerts, &alertsJson}};
    QJsonArray partList;
    for (const Part &p : parts)
        partList << QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("sha256"), sha256(*p.data)},
                                {QStringLiteral("bytes"), double(p.data->size())}};
    QJsonArray selections;
    for (const Selection &s : std::as_const(m_selections))
        selections << selectionKey(s);
    QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(PackReader::kFormat)},
        {QStringLiteral("application"), QCoreApplication::applicationName() + QLatin1Char(' ')
                                            + QCoreApplication::applicationVersion()},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("frozen_now"), m_now.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("catalog_revision"), m_catalog.revision()},
        {QStringLiteral("data_source"), dataSource},
        {QStringLiteral("screens"), QJsonArray::fromStringList(m_packed)},
        {QStringLiteral("selections"), selections},
        {QStringLiteral("observations"), double(m_rows.size())},
        {QStringLiteral("alerts"), journal.size()},
        {QStringLiteral("readiness"), m_readiness.toJson()},
        {QStringLiteral("parts"), partList}};
    if (!m_place.isEmpty())
        manifest.insert(QStringLiteral("place"), m_place);
    if (!m_views.isEmpty()) {
        QJsonArray views;
        for (const SavedView &v : std::as_const(m_views))
            views << v.toJson();
        manifest.insert(QStringLiteral("views"), views);
    }
    const QString hash = manifestHash(manifest);
    manifest.insert(QStringLiteral("sha256"), hash);
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Indented);

    QVector<QPair<QString, const QByteArray *>> zipped{{kManifest, &manifestJson}};
    for (const Part &p : parts)
        zipped.append({p.name, p.data});
    const QByteArray signature
        = m_signingKey ? PackSigning::sign(hash, *m_signingKey) : QByteArray();
    if (m_signingKey)
        zipped.append({PackSigning::kPart, &signature});
    if (!zipTo(file, zipped, error))
        return false;
    if (packHash)
        *packHash = hash;
    return true;
}

// --- reading ----------------------------------------------------------------------------------

namespace {

// A pack's zip archive, read-only and checked for consistency when opened.
class PackArchive
{
public:
    // empty: opened; else why not
    QString open(const QString &file)
    {
        int zipError = 0;
        m_zip.reset(
            zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &zipError));
        if (m_zip)
            return {};
        zip_error_t ze;
        zip_error_init_with_code(&ze, zipError);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return PackReader::tr("it is not a briefing pack or it is damaged (%1).").arg(why);
    }

    // A whole part, its size checked against the limit and (by libzip) its CRC; empty: read.
    QString read(const QString &name, qint64 limit, QByteArray *data) const
    {
        const zip_int64_t index = zip_name_locate(m_zip.get(), name.toUtf8().constData(), 0);
        zip_stat_t st;
        zip_stat_init(&st);
        if (index < 0 || zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &st) != 0
            || !(st.valid & ZIP_STAT_SIZE))
            return PackReader::tr("the part '%1' is missing.").arg(name);
        if (st.size > zip_uint64_t(limit))
            return PackReader::tr("the part '%1' is too large.").arg(name);
        std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> f(
            zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0), zip_fclose);
        if (!f)
            return PackReader::tr("the part '%1' cannot be read (%2).")
                .arg(name, QString::fromUtf8(zip_strerror(m_zip.get())));
        data->resize(qsizetype(st.size));
        qint64 done = 0;
        while (done < data->size()) {
            const zip_int64_t n
                = zip_fread(f.get(), data->data() + done, zip_uint64_t(data->size() - done));
            if (n <= 0)
                break;
            done += n;
        }
        char extra;
        if (done != data->size() || zip_fread(f.get(), &extra, 1) != 0)
            return PackReader::tr("the part '%1' is damaged (%2).")
                .arg(name, QString::fromUtf8(zip_file_strerror(f.get())));
        return {};
    }

    QStringList names() const
    {
        QStringList all;
        const zip_int64_t entries = zip_get_num_entries(m_zip.get(), 0);
        for (zip_int64_t i = 0; i < entries; ++i)
            all << QString::fromUtf8(zip_get_name(m_zip.get(), zip_uint64_t(i), 0));
        return all;
    }

private:
    struct Discard
    {
        void operator()(zip_t *z) const { zip_discard(z); }
    };
    std::unique_ptr<zip_t, Discard> m_zip;
};

// The manifest, whose own SHA-256 must match it; empty: read.
QString readManifest(const PackArchive &zip, QJsonObject *manifest)
{
    QByteArray bytes;
    if (QString why = zip.read(kManifest, kMaxManifestBytes, &bytes); !why.isEmpty())
        return why;
    QJsonParseError pe;
    *manifest = QJsonDocument::fromJson(bytes, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return PackReader::tr("its manifest is not valid JSON (%1).").arg(pe.errorString());
    const QString format = manifest->value(QStringLiteral("format")).toString();
    if (format != QLatin1String(PackReader::kFormat))
        return format.startsWith(QLatin1String("ioc-pack/"))
                   ? PackReader::tr("it was written in format %1; this console reads %2. Update "
                                    "the console.")
                         .arg(format, QLatin1String(PackReader::kFormat))
                   : PackReader::tr("its manifest is not one of a briefing pack.");
    const QString hash = manifest->value(QStringLiteral("sha256")).toString();
    if (hash.isEmpty() || manifestHash(*manifest) != hash)
        return PackReader::tr("its manifest does not match its own SHA-256; it has been changed "
                              "since it was written.");
    return {};
}

// Every part the manifest lists, each with its hash and size; nothing unlisted, nothing needed
// missing. Empty: read.
QString readParts(const PackArchive &zip, const QJsonObject &manifest,
                  QHash<QString, QByteArray> *parts)
{
    for (const QJsonValue v : manifest.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        QByteArray data;
        if (QString why = zip.read(name, kMaxPartBytes, &data); !why.isEmpty())
            return why;
        if (data.size() != qint64(p.value(QStringLiteral("bytes")).toDouble())
            || sha256(data) != p.value(QStringLiteral("sha256")).toString())
            return PackReader::tr("the part '%1' does not match its SHA-256 in the manifest; it "
                                  "has been changed or damaged since the pack was written.")
                .arg(name);
        parts->insert(name, data);
    }
    for (const QString &name : zip.names()) {
        if (name != kManifest && name != PackSigning::kPart && !parts->contains(name))
            return PackReader::tr("it holds a part the manifest does not list: '%1'.").arg(name);
    }
    for (const QString &name :
         {kObservations, kCatalogCsv, kCatalogJson, kScreens, kBoundaries, kAlerts}) {
        if (!parts->contains(name))
            return PackReader::tr("the part '%1' is missing.").arg(name);
    }
    return {};
}

// The pack's catalog, its screens (those the manifest names) and periods; empty: read.
QString readDefinitions(const QHash<QString, QByteArray> &parts, const QJsonObject &manifest,
                        OpenedPack *p)
{
    QVector<CatalogError> catalogErrors;
    p->catalog = Catalog::load(QString::fromUtf8(parts.value(kCatalogCsv)),
                               parts.value(kCatalogJson), &catalogErrors);
    if (!p->catalog.isValid())
        return PackReader::tr("its catalog cannot be read: %1")
            .arg(catalogErrors.isEmpty() ? QString() : catalogErrors.first().toString());
    QString why;
    const QVector<ScreenDefinition> all = ScreenCatalog::load(parts.value(kScreens), &why);
    if (all.isEmpty())
        return PackReader::tr("its screen definitions cannot be read: %1").arg(why);
    if (const QStringList problems = ScreenCatalog::check(all, p->catalog); !problems.isEmpty())
        return PackReader::tr("its screens do not fit its catalog: %1").arg(problems.first());
    for (const QJsonValue v : manifest.value(QStringLiteral("screens")).toArray()) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const ScreenDefinition &s) {
            return s.code == v.toString();
        });
        if (it == all.cend())
            return PackReader::tr("it lists a screen it does not define: %1.").arg(v.toString());
        p->screens << *it;
    }
    for (const QJsonValue v : manifest.value(QStringLiteral("selections")).toArray()) {
        const std::optional<Selection> s = selectionFromKey(v.toString());
        if (!s)
            return PackReader::tr("it lists a period that cannot be read: '%1'.").arg(v.toString());
        p->selections << *s;
    }
    p->frozenNow = QDateTime::fromString(manifest.value(QStringLiteral("frozen_now")).toString(),
                                         Qt::ISODateWithMs);
    if (p->screens.isEmpty() || p->selections.isEmpty() || !p->frozenNow.isValid())
        return PackReader::tr("its manifest names no screen, no period or no time.");
    p->dataSource = manifest.value(QStringLiteral("data_source")).toString();
    p->place = manifest.value(QStringLiteral("place")).toString();
    for (const QJsonValue v : manifest.value(QStringLiteral("views")).toArray())
        p->views << v.toObject();
    for (const QJsonValue v : QJsonDocument::fromJson(parts.value(kAlerts)).array()) {
        const std::optional<Alert> a = alertFromJson(v.toObject());
        if (!a)
            return PackReader::tr("its alert journal cannot be read.");
        p->alerts << *a;
    }
    return {};
}

// The observations and the boundaries, unpacked beside each other in a folder of their own.
bool unpack(const QHash<QString, QByteArray> &parts, OpenedPack *p, QString *error)
{
    p->folder = std::make_shared<QTemporaryDir>(tempfiles::workFolderPattern());
    if (!p->folder->isValid()) {
        *error
            = PackReader::tr("no temporary folder can be made (%1).").arg(p->folder->errorString());
        return false;
    }
    p->cachePath = p->folder->filePath(kObservations);
    p->boundariesPath = p->folder->filePath(kBoundaries);
    for (const auto &[path, name] :
         {std::pair{p->cachePath, kObservations}, std::pair{p->boundariesPath, kBoundaries}}) {
        QFile out(path);
        const QByteArray data = parts.value(name);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
            *error = out.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

bool PackReader::open(const QString &file, OpenedPack *pack, QString *error)
{
    auto refuse = [&](const QString &why) {
        *error
            = tr("The briefing pack %1 was refused: %2").arg(QDir::toNativeSeparators(file), why);
        return false;
    };
    if (!QFileInfo(file).isFile())
        return refuse(tr("there is no such file."));
    PackArchive zip;
    OpenedPack p;
    QHash<QString, QByteArray> parts;
    QString why = zip.open(file);
    const QStringList names = why.isEmpty() ? zip.names() : QStringList();
    if (names.size() > kMaxParts)
        why = tr("it holds %1 parts; a pack has at most %2.").arg(names.size()).arg(kMaxParts);
    if (why.isEmpty())
        why = readManifest(zip, &p.manifest);
    if (why.isEmpty())
        why = readParts(zip, p.manifest, &parts);
    if (why.isEmpty()) {
        // who signed it, before anything is unpacked: a signature that does not match refuses
        std::optional<QByteArray> signature;
        if (names.contains(PackSigning::kPart)) {
            signature = QByteArray();
            why = zip.read(PackSigning::kPart, kMaxSignatureBytes, &*signature);
        }
        if (why.isEmpty()) {
            const auto seal
                = PackSigning::verify(p.manifest.value(QStringLiteral("sha256")).toString(),
                                      signature, TrustStore::load(), &why);
            if (seal)
                p.seal = *seal;
        }
    }
    if (why.isEmpty())
        why = readDefinitions(parts, p.manifest, &p);
    if (!why.isEmpty())
        return refuse(why);
    p.file = file;
    p.hash = p.manifest.value(QStringLiteral("sha256")).toString();
    if (!unpack(parts, &p, &why)) {
        // the folder cannot be made: refused; a part cannot be written: not unpacked
        if (!p.folder || !p.folder->isValid())
            return refuse(why);
        *error = tr("The briefing pack %1 cannot be unpacked: %2")
                     .arg(QDir::toNativeSeparators(file), why);
        return false;
    }
    Cache cache;
    if (!cache.open(p.cachePath, &why))
        return refuse(tr("its observations cannot be read: %1").arg(why));
    if (cache.observationCount()
        != qint64(p.manifest.value(QStringLiteral("observations")).toDouble()))
        return refuse(tr("its observations are not the ones its manifest counts."));
    if (!cache.replaceAlerts(p.alerts, &why))
        return refuse(tr("its alert journal cannot be read: %1").arg(why));
    *pack = std::move(p);
    return true;
}

} // namespace ioc
