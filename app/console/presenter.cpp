#include "presenter.h"

#include "geo.h"
#include "look.h"
#include "playlistdialog.h"
#include "presentation.h"
#include "settings.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ioc {

Presenter::Presenter(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                     const MapBoundaries &boundaries, Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_screens(screens)
    , m_entities(entities)
    , m_boundaries(boundaries)
    , m_workspace(workspace)
    , m_window(window)
{}

void Presenter::start()
{
    if (m_view) {
        m_view->activateWindow();
        return;
    }
    m_view = new PresentationView(m_screens, m_entities, m_boundaries.get(), m_boundaries.problem);
    m_view->setAttribute(Qt::WA_DeleteOnClose);
    m_view->setLook(Look::current().fmt(), Theme::byName(Settings::presentationTheme()), m_demo);
    m_view->setSource(m_source);
    connect(m_view, &PresentationView::dataWanted, this, &Presenter::fetch);
    connect(m_view, &PresentationView::leaveRequested, this, &Presenter::stop);
    // on the chosen display (a projector beside the operator's screen), else on the window's
    QScreen *screen = m_window->screen();
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == Settings::presentationScreen())
            screen = s;
    }
    m_view->setGeometry(screen->geometry());
    m_view->showFullScreen();
    m_view->activateWindow();
    m_view->setFocus();
    m_view->setInterval(Settings::presentationInterval());
    m_view->setPlaylist(items());
    for (const PlaylistItem &item : m_view->items()) {
        if (!PlaylistItem::isView(item.key)) {
            if (const auto data = m_workspace->loaded(item.key))
                m_view->setData(*data);
        }
    }
}

void Presenter::setViews(std::function<QVector<SavedView>()> views, bool packed)
{
    m_views = std::move(views);
    m_packed = packed;
}

QVector<PlaylistItem> Presenter::items() const
{
    const QVector<SavedView> views = m_views();
    QVector<PlaylistItem> out;
    const auto add = [&](const QString &key) {
        if (PlaylistItem::isView(key)) {
            for (const SavedView &v : views) {
                if (v.name == PlaylistItem::viewName(key))
                    out << PlaylistItem{key, v.screen, v.name};
            }
        } else if (std::any_of(m_screens.cbegin(), m_screens.cend(),
                               [&key](const ScreenDefinition &d) { return d.code == key; })) {
            out << PlaylistItem{key, key, {}};
        }
    };
    for (const QString &key : Settings::presentationPlaylist())
        add(key);
    if (!out.isEmpty())
        return out;
    // nothing named (or nothing this window has): every screen, and a pack's views after them
    for (const ScreenDefinition &d : std::as_const(m_screens))
        add(d.code);
    for (const SavedView &v : m_packed ? views : QVector<SavedView>())
        add(PlaylistItem::viewKey(v.name));
    return out;
}

void Presenter::stop()
{
    if (!m_view)
        return;
    m_view->close(); // deletes itself
    m_view = nullptr;
    m_window->activateWindow();
}

void Presenter::editPlaylist()
{
    QStringList views;
    for (const SavedView &v : m_views())
        views << v.name;
    QStringList shown;
    for (const PlaylistItem &item : items())
        shown << item.key;
    PlaylistDialog dialog(m_screens, views, Look::current().fmt(), shown,
                          Settings::presentationInterval(), Settings::presentationScreen(),
                          Settings::presentationTheme(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setPresentationPlaylist(dialog.playlist());
    Settings::setPresentationInterval(dialog.interval());
    Settings::setPresentationScreen(dialog.display());
    Settings::setPresentationTheme(dialog.theme());
    if (m_view) {
        m_view->setLook(Look::current().fmt(), Theme::byName(dialog.theme()), m_demo);
        m_view->setInterval(dialog.interval());
        m_view->setPlaylist(items());
    }
}

void Presenter::setDemo(bool demo)
{
    if (demo == m_demo)
        return; // said on every change of the connection: the frames are drawn again only here
    m_demo = demo;
    if (m_view)
        m_view->setLook(Look::current().fmt(), m_view->theme(), demo);
}

void Presenter::setSource(const QString &text)
{
    m_source = text;
    if (m_view)
        m_view->setSource(text);
}

void Presenter::showAlert(const QString &text)
{
    if (m_view)
        m_view->showAlert(text);
}

void Presenter::refresh()
{
    if (!m_view)
        return;
    for (const QString &code : m_view->playlist())
        fetch(code);
}

void Presenter::show(const ScreenData &data)
{
    if (m_view)
        m_view->setData(data);
}

void Presenter::fetch(const QString &key)
{
    if (!m_view)
        return;
    if (!PlaylistItem::isView(key)) {
        m_workspace->fetch(key, m_view, [this](const ScreenData &data) { show(data); });
        return;
    }
    // a saved view: its own period and place, whatever the window shows
    for (const SavedView &v : m_views()) {
        if (v.name != PlaylistItem::viewName(key))
            continue;
        m_workspace->fetch(v.screen, v.selection, v.place, m_view,
                           [this, key](const ScreenData &data) {
                               if (m_view)
                                   m_view->setData(key, data);
                           });
        return;
    }
}

} // namespace ioc
