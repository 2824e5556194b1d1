#pragma once

#include "entity.h"
#include "format.h"
#include "geo.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"
#include "wallframe.h"

#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace ioc {

// One item of a playlist: a screen, shown for the window's period and place, or a saved view,
// shown for its own period and place.
struct PlaylistItem
{
    static QString viewKey(const QString &name) { return QStringLiteral("view:") + name; }
    static bool isView(const QString &key) { return key.startsWith(QLatin1String("view:")); }
    static QString viewName(const QString &key) { return key.mid(5); }

    QString key;    // the screen's code, or viewKey(the view's name)
    QString screen; // the screen it shows
    QString view;   // a view's name (the footer says it); empty for a screen
};

// Presentation mode for a briefing room: the playlist's screens full screen, each as the wall
// frames WallFrame lays out for it (its tiles eight at a time, its panels two by two, its map
// on its own: "S01 (1/4)"), with a discreet footer (screen n/N, "as of", source). Presenter keys
// and remote clickers: → Space PageDown next frame, ← PageUp previous, Home first, B or .
// blank, Esc leaves. With an interval the frames advance by themselves. The wall is dark unless
// the playlist chooses otherwise.
//
// Frames are painted, not rendered from widgets: nothing a desk shows (scroll bars, combo
// boxes, focus frames) can reach the wall. The next frame is painted before it is shown, so
// that a switch only paints a finished image and never flashes.
class PresentationView : public QWidget
{
    Q_OBJECT
public:
    PresentationView(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                     const MapGeometry *geometry, const QString &mapProblem,
                     QWidget *parent = nullptr);

    void setLook(const Formatter &fmt, const Theme &theme, bool demo);
    const Theme &theme() const { return m_theme; }
    void setSource(const QString &source); // the footer's source note
    // the items in order (unknown screens and repeats are left out); starts again from the
    // first
    void setPlaylist(const QVector<PlaylistItem> &items);
    void setPlaylist(const QStringList &codes); // screens only
    QStringList playlist() const;               // the items' keys
    const QVector<PlaylistItem> &items() const { return m_items; }
    void setInterval(int seconds); // 0: only the presenter advances
    int interval() const { return m_interval; }
    // A playlist item's figures, first or refreshed: its frames are rendered again. Without a
    // key: the screen's (the window's period and place).
    void setData(const ScreenData &data);
    void setData(const QString &key, const ScreenData &data);

    // the frames of the playlist, in order; the one on show
    const QVector<WallStop> &frames() const { return m_stops; }
    int index() const { return m_index; }
    QString currentScreen() const { return m_stops.value(m_index).screen; }
    QString currentKey() const { return keyOf(m_index); }
    bool isBlank() const { return m_blank; }
    bool isPaused() const { return m_paused; }
    // the first frame of an item (a screen's code, a view's key) is painted and waiting; a
    // frame by its index
    bool isReady(const QString &key) const;
    bool isFrameReady(int index) const { return m_frames.contains(index); }
    QString alertText() const { return m_alert; }
    QString footerText() const;
    // A new critical alert: a banner over the screen, and the rotation pauses until the
    // presenter moves on.
    void showAlert(const QString &text);
    // One frame as the wall shows it (without the footer), for a wall of `size`; the texts
    // painted are added to `texts` when given.
    QImage renderFrame(int index, const QSize &size, qreal dpr = 1,
                       QVector<WallText> *texts = nullptr) const;
    int footerHeight() const;

public slots:
    void next();
    void previous();
    void first();
    void toggleBlank();

signals:
    void dataWanted(const QString &key); // an item's figures are needed
    void leaveRequested();               // Esc
    void switched(int index);            // a new screen is on show

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const ScreenDefinition *definition(const QString &code) const;
    QString keyOf(int index) const; // the key of the item a frame belongs to
    void ensureFrame(int index);    // paints a frame if its screen has figures and it has none yet
    void go(int index);
    void resume();
    void prepareNext();
    void restartTimer();
    QRect frameRect() const;

    QVector<ScreenDefinition> m_screens;
    const EntityRegistry &m_entities;
    const MapGeometry *m_geometry;
    QString m_mapProblem;
    Formatter m_fmt;
    Theme m_theme = Theme::dark();
    bool m_demo = false;
    QString m_source;
    QVector<PlaylistItem> m_items;
    QVector<int> m_stopItem; // for each frame, its item
    int m_index = 0;
    int m_interval = 0;
    bool m_blank = false;
    bool m_paused = false;
    QString m_alert;
    QVector<WallStop> m_stops;
    QHash<QString, ScreenData> m_data; // by item key
    QHash<int, QImage> m_frames;       // finished frames at the current size, by index
    QTimer m_timer;
};

} // namespace ioc
