#pragma once

#include "format.h"
#include "presentation.h"
#include "screens.h"
#include "theme.h"

#include "savedview.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace ioc {

class EntityRegistry;
struct MapBoundaries;
class Workspace;

// Presentation mode (F5) of a window: the saved playlist (screens and saved views) full screen
// on the saved display, its figures from the window's workspace (screens already loaded there need
// no second load), its playlist dialog, and a critical alert shown over it as a banner. Esc leaves.
// The view follows the current Look by itself.
class Presenter : public QObject
{
    Q_OBJECT
public:
    Presenter(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
              const MapBoundaries &boundaries, Workspace *workspace, QWidget *window);

    void start();
    void stop();
    PresentationView *view() const { return m_view; }
    void editPlaylist(); // the playlist dialog; saved in the settings
    // The saved views the playlist may name (the window's own, or a pack's). `packed`: they are
    // a pack's, shown after its screens when the playlist names nothing the pack holds.
    void setViews(std::function<QVector<SavedView>()> views, bool packed);
    // the saved playlist as this window can show it: its screens and views, in order
    QVector<PlaylistItem> items() const;
    void setDemo(bool demo); // the badge and footer of demo figures
    void setSource(const QString &text);
    void showAlert(const QString &text);
    void refresh();                    // the figures of every screen of the playlist again
    void show(const ScreenData &data); // figures the window received

private:
    void fetch(const QString &key); // a screen code or a view's key

    QVector<ScreenDefinition> m_screens;
    const EntityRegistry &m_entities;
    const MapBoundaries &m_boundaries;
    Workspace *m_workspace;
    QWidget *m_window;
    std::function<QVector<SavedView>()> m_views = [] {
        return QVector<SavedView>();
    };
    bool m_packed = false;
    QPointer<PresentationView> m_view;
    bool m_demo = false;
    QString m_source;
};

} // namespace ioc
