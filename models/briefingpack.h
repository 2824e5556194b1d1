#pragma once

#include "alert.h"
#include "catalog.h"
#include "entity.h"
#include "figures.h"
#include "format.h"
#include "packsigning.h"
#include "readiness.h"
#include "savedview.h"
#include "screendata.h"
#include "screens.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace ioc {

class ScreenLoader;

// Freezes screens and periods into one .iocpack file: a zip of
//   manifest.json        format, when, what (screens, periods, the frozen clock, the place it
//                        opens on, the saved views it carries), the readiness, and the SHA-256 and
//                        size of every other part; "sha256" is the hash of the manifest itself
//                        without that field (canonical compact JSON): the pack's hash, printed on
//                        every exported page
//   observations.sqlite  every observation the screens read (a cache of the console's schema)
//   catalog/indicators.csv, catalog/catalog.json   the catalog revision
//   screens.json         the screen definitions
//   boundaries.geojson   the boundaries of the 114 units
//   alerts.json          the alert journal of the screens' indicators
// observations.sqlite also holds each traffic camera's last picture when a screen with a
// camera wall is packed (S14).
// The observations are those the screens, their drill-downs and their maps read when computed
// here (Cache::setReadRecorder): opened, the same code reads the same rows and shows the same
// figures.
class PackWriter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PackWriter)
public:
    PackWriter(const Catalog &catalog, const EntityRegistry &entities,
               const QVector<ScreenDefinition> &screens, const QString &cachePath);

    // Computes every screen for every period with the clock at `now`, collecting the rows read,
    // and the readiness. Unknown screen codes are refused.
    bool prepare(const QStringList &screens, const QVector<Selection> &selections,
                 const QDateTime &now, QString *error);
    const Readiness &readiness() const { return m_readiness; }
    qint64 observationCount() const { return m_rows.size(); }
    // the screens and periods packed: those asked for, and the saved views' own
    qsizetype screenCount() const { return m_packed.size(); }
    qsizetype selectionCount() const { return m_selections.size(); }
    // A pack of a past day (--as-of): the rows as they were known at that moment, no later
    // revision (Cache::setKnownAt). Unset: as known now.
    void setKnownAt(const QDateTime &knownAt) { m_knownAt = knownAt; }
    // A place filter the pack opens on (empty: the whole city): its figures are packed too.
    void setPlace(const QString &place) { m_place = place; }
    // Saved views the pack carries (set before prepare): each one's screen and period join the
    // pack's, and its place is computed too, so that the pack opens it as it was saved.
    void setViews(const QVector<SavedView> &views) { m_views = views; }
    // The rows the screens read, as they will be packed (for tests).
    const QVector<Observation> &rows() const { return m_rows; }

    // Writes the pack atomically (QSaveFile): the file is the whole pack or is left as it was.
    // boundariesPath: the GeoJSON the maps are drawn from (empty: the built-in one); the screen
    // definitions are the built-in ones.
    bool write(const QString &file, const QString &boundariesPath, const QVector<Alert> &alerts,
               const QString &dataSource, QString *packHash, QString *error);

    // Signs the packs it writes from now on (no key: unsigned).
    void setSigningKey(const std::optional<SigningKey> &key) { m_signingKey = key; }

private:
    bool packDetails(ScreenLoader &loader, const QStringList &indicators, const Selection &sel,
                     const QDateTime &now, QString *error);

    QDateTime m_knownAt;
    QString m_place;
    QVector<SavedView> m_views;
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    std::optional<SigningKey> m_signingKey;
    QString m_cachePath;
    QStringList m_packed;
    QVector<Selection> m_selections;
    QDateTime m_now;
    QVector<Observation> m_rows;
    QVector<Camera> m_cameras; // for a camera wall: the cameras and their last pictures
    QVector<CameraFrame> m_frames;
    Readiness m_readiness;
};

// A pack opened for reading: its parts checked against the manifest and unpacked into a
// temporary folder that lives as long as this object.
struct OpenedPack
{
    QString file;
    QString hash; // the manifest's sha256
    QJsonObject manifest;
    Catalog catalog;
    QVector<ScreenDefinition> screens; // the packed ones, in their order
    QVector<Selection> selections;
    QDateTime frozenNow;
    QString dataSource;
    QString place;              // the place filter it opens on (empty: the whole city)
    QVector<QJsonObject> views; // the saved views it carries (SavedView::toJson each)
    QString cachePath;          // the observations, as a cache file
    QString boundariesPath;     // the GeoJSON
    QVector<Alert> alerts;
    PackSeal seal; // who signed it, as far as this console's trust store can tell
    std::shared_ptr<QTemporaryDir> folder;
};

class PackReader
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PackReader)
public:
    static constexpr char kFormat[] = "ioc-pack/1";
    static constexpr int kMaxParts = 16;
    // Checks every part's SHA-256 and size, the manifest's own hash and the signature; a pack
    // that does not match, is damaged, or is not a pack is refused with a message saying why
    // (nothing else happens). The seal says who signed it (TrustStore::load()).
    static bool open(const QString &file, OpenedPack *pack, QString *error);
};

} // namespace ioc
