#pragma once

#include <QString>

namespace ioc::tempfiles {

// Temporary files and folders are named after the process that makes them ("…-<pid>-XXXXXX"),
// so that a start can remove what a killed console left behind (a 133 MB snapshot download, an
// unpacked briefing pack) and never what a running one is still using.

// A QTemporaryDir/QTemporaryFile template in `dir`: "<dir>/<prefix><pid>-XXXXXX".
QString pattern(const QString &dir, const QString &prefix);
// The system's temporary folder with the console's prefix: for packs and exports.
QString workFolderPattern();
// Removes the entries of `dir` whose names hold "<marker><pid>-" for a process that is no longer
// running; returns how many went.
int sweep(const QString &dir, const QString &marker);
// What every start sweeps: the system's temporary folder, and the data folder's snapshots.
int sweepLeftovers(const QString &dataDir);

} // namespace ioc::tempfiles
