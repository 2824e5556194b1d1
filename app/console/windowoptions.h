#pragma once

#include <optional>

#include "datasource.h"
#include "savedview.h"
#include "demoseeder.h"
#include "figures.h"
#include "packsigning.h"

#include <QDateTime>
#include <QUrl>

namespace ioc {

struct OpenedPack;

// What a console window is opened on: its cache and data source, look, period and clock.
struct WindowOptions
{
    QString cachePath;
    QString dataDir; // where each source's cache file lives (for switching sources)
    QString lang = QStringLiteral("vi");
    QString theme = QStringLiteral("light");
    Selection selection;
    // what the demo cache lacks (filled or topped up in the background); the window finds
    // out by itself when it switches to the demo data
    DemoSeeder::Need demoNeed = DemoSeeder::Need::Nothing;
    bool asyncLoading = true; // false: the caller fills pages itself (screenshots)
    QUrl server;              // an IOC Data API server to sync from (empty: demo data)
    QString token;
    ServerTrust trust;         // the city's CA; plain HTTP allowed for this server
    int syncTimeoutMs = 20000; // per request
    bool autoSync = true;      // false: show the server's cache as it is (screenshots)
    QString boundariesPath;    // a GeoJSON file instead of the built-in boundaries
    QDateTime frozenNow;       // figures judged at this moment instead of now (a pack)
    // A briefing pack shown read-only: no network, no import, only its periods.
    QString packFile;
    QString packHash;
    PackSeal packSeal;  // who signed the pack
    QString packSource; // where the pack's figures came from: "demo" or a server
    QVector<Selection> packSelections;
    QVector<QJsonObject> packViews; // the saved views the pack carries (SavedView::toJson)
    bool pastView = false;          // --as-of: a past day as it was; writes no alert journal
    // --place: every screen for one place, for this run (not kept); unset: the place kept from
    // the last run (Settings::place), if it is still known
    std::optional<QString> place;
    std::optional<SavedView> view; // --view: the window opens on it

    bool isPack() const { return !packFile.isEmpty(); }
    // the live console judges the latest period into the alert journal; a view of a past
    // day, a pack and a scripted render never write it
    bool journalsAlerts() const { return !frozenNow.isValid() && !pastView && asyncLoading; }
    // the moment a past view was known at (nothing fetched later is shown); invalid: now
    QDateTime knownAt(const QDate &latest) const;
    DataSource::Source source() const;
    // switches to a server (empty: the demo data); offline: no syncing
    void useServer(const QUrl &url, const QString &key, const ServerTrust &how, bool offline);
    // A window that shows an opened pack (its figures, boundaries, clock and periods), on the
    // look of `base`.
    static WindowOptions forPack(const OpenedPack &pack, const WindowOptions &base);
};

} // namespace ioc
