#pragma once

#include "mainwindow.h"

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QTextStream>

namespace ioc {

struct OpenedPack;

// ioc-console --screenshot DIR: renders the window without a display, from the figures a
// ScreenLoader computes on this thread, and prints each file it writes.
namespace screenshots {

struct Request
{
    QString dir;
    QSize size{1920, 1080};
    bool present = false; // also the wall frames: present-<screen>.png
    QDateTime now;
    QDateTime knownAt; // a past day's view: the cache as known at its end
};

// Every screen (<code>.png), four drill-downs, the map twice, one commune, the alert journal
// and, with present, the playlist as the room sees it. The problem, or empty.
QString renderAll(const Catalog &catalog, const EntityRegistry &entities,
                  const QVector<ScreenDefinition> &screens, MainWindow::Options options,
                  const Request &request, QTextStream &out);

// A briefing pack's screens for each of its periods: <code>.png, or <code>-<as of>.png when it
// holds several. The problem, or empty.
QString renderPack(const OpenedPack &pack, const EntityRegistry &entities,
                   MainWindow::Options options, const Request &request, QTextStream &out);

} // namespace screenshots
} // namespace ioc
