#pragma once

#include "entity.h"
#include "format.h"
#include "geo.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"

#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace ioc {

class ScreenPage;

// Presentation mode for a briefing room: the playlist's screens one at a time, full screen,
// in large type, with a discreet footer (screen n/N, "as of", source). Presenter keys and remote
// clickers: → Space PageDown next, ← PageUp previous, Home first, B or . blank, Esc leaves.
// With an interval the screens advance by themselves.
//
// Each screen is laid out on a hidden stage at a smaller logical size and rendered, scaled up,
// into a frame: the type grows with the room's screen, and the next frame is rendered before it
// is shown, so that a switch only paints a finished image and never flashes.
class PresentationView : public QWidget
{
    Q_OBJECT
public:
    PresentationView(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                     const MapGeometry *geometry, const QString &mapProblem,
                     QWidget *parent = nullptr);
    ~PresentationView() override;

    void setLook(const Formatter &fmt, const Theme &theme, bool demo);
    void setSource(const QString &source); // the footer's source note
    // the screens in order (unknown codes are left out); starts again from the first
    void setPlaylist(const QStringList &codes);
    QStringList playlist() const { return m_playlist; }
    void setInterval(int seconds); // 0: only the presenter advances
    int interval() const { return m_interval; }
    // A playlist screen's figures, first or refreshed: its frame is rendered again.
    void setData(const ScreenData &data);

    int index() const { return m_index; }
    QString currentScreen() const { return m_playlist.value(m_index); }
    bool isBlank() const { return m_blank; }
    bool isPaused() const { return m_paused; }
    bool isReady(const QString &code) const { return m_frames.contains(code); }
    QString alertText() const { return m_alert; }
    QString footerText() const;
    // A new critical alert: a banner over the screen, and the rotation pauses until the
    // presenter moves on.
    void showAlert(const QString &text);
    // one screen rendered as the presentation shows it, at a size (screenshots, PDF)
    QImage renderScreen(const QString &code, const QSize &size, qreal dpr = 1);

public slots:
    void next();
    void previous();
    void first();
    void toggleBlank();

signals:
    void dataWanted(const QString &screenCode); // its figures are needed
    void leaveRequested();                      // Esc
    void switched(int index);                   // a new screen is on show

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const ScreenDefinition *definition(const QString &code) const;
    void
    ensureFrame(const QString &code); // renders a screen's frame if it has figures and none yet
    void go(int index);
    void resume();
    void prepareNext();
    void restartTimer();
    QRect frameRect() const;
    int footerHeight() const;
    ScreenPage *page(const QString &code);

    QVector<ScreenDefinition> m_screens;
    const EntityRegistry &m_entities;
    const MapGeometry *m_geometry;
    QString m_mapProblem;
    Formatter m_fmt;
    Theme m_theme = Theme::dark();
    bool m_demo = false;
    QString m_source;
    QStringList m_playlist;
    int m_index = 0;
    int m_interval = 0;
    bool m_blank = false;
    bool m_paused = false;
    QString m_alert;
    QWidget *m_stage; // hidden: where the pages are laid out to be rendered
    QHash<QString, ScreenPage *> m_pages;
    QHash<QString, ScreenData> m_data;
    QHash<QString, QImage> m_frames; // finished frames at the current size
    QTimer m_timer;
};

} // namespace ioc
