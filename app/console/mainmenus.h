#pragma once

class QAction;
class QString;
class QWidget;

namespace ioc {

class MainWindow;
struct OpenedPack;

namespace menus {

// The menu bar of a window (File, View, Go, Help) in the current language, built again on a
// language change; every action calls the window's public API. Returns File → Import report,
// which the window disables while an import runs.
QAction *build(MainWindow &window);

// File → Open briefing pack: checks the pack and shows it in a window of its own, read-only,
// on the look of `from` (a pack that does not match its manifest is refused with the reason).
// The new window, or null.
MainWindow *openPack(MainWindow &from, const QString &file);
// A pack not signed by a trusted key opens only after a clear warning: true when opened anyway.
bool openUnverified(QWidget *parent, const OpenedPack &pack);

} // namespace menus
} // namespace ioc
