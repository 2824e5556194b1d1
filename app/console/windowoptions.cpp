#include "windowoptions.h"

#include "briefingpack.h"
#include "cache.h"

#include <QDir>

namespace ioc {

QDateTime WindowOptions::knownAt(const QDate &latest) const
{
    return pastView ? cityDayEnd(latest) : QDateTime();
}

DataSource::Source WindowOptions::source() const
{
    DataSource::Source s;
    s.cachePath = cachePath;
    s.server = server;
    s.token = token;
    s.trust = trust;
    s.autoSync = autoSync;
    s.syncTimeoutMs = syncTimeoutMs;
    s.pack = isPack();
    s.packSource = packSource;
    return s;
}

void WindowOptions::useServer(const QUrl &url, const QString &key, const ServerTrust &how,
                              bool offline)
{
    server = url;
    token = key;
    trust = how;
    autoSync = !offline;
    if (!dataDir.isEmpty())
        cachePath = QDir(dataDir).filePath(Cache::fileNameFor(url));
}

WindowOptions WindowOptions::forPack(const OpenedPack &pack, const WindowOptions &base)
{
    WindowOptions o;
    o.lang = base.lang;
    o.theme = base.theme;
    o.cachePath = pack.cachePath;
    o.boundariesPath = pack.boundariesPath;
    o.selection = pack.selections.first();
    o.frozenNow = pack.frozenNow;
    o.autoSync = false;
    o.packFile = pack.file;
    o.packHash = pack.hash;
    o.packSeal = pack.seal;
    o.packSource = pack.dataSource;
    o.packSelections = pack.selections;
    o.packViews = pack.views;
    if (!pack.place.isEmpty())
        o.place = pack.place; // the place it was prepared for
    return o;
}

} // namespace ioc
