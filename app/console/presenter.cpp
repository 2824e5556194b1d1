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
    QStringList playlist = Settings::presentationPlaylist();
    if (playlist.isEmpty()) {
        for (const ScreenDefinition &d : std::as_const(m_screens))
            playlist << d.code;
    }
    m_view->setInterval(Settings::presentationInterval());
    m_view->setPlaylist(playlist);
    for (const QString &code : m_view->playlist()) {
        if (const auto data = m_workspace->loaded(code))
            m_view->setData(*data);
    }
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
    PlaylistDialog dialog(m_screens, Look::current().fmt(), Settings::presentationPlaylist(),
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
        m_view->setPlaylist(dialog.playlist());
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

void Presenter::fetch(const QString &code)
{
    if (m_view)
        m_workspace->fetch(code, m_view, [this](const ScreenData &data) { show(data); });
}

} // namespace ioc
