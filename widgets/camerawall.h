#pragma once

#include "cameras.h"
#include "format.h"
#include "theme.h"

#include <QTimer>
#include <QWidget>

class QPainter;

namespace ioc {

// How a camera's tile is painted, on a screen, on the wall and on paper: its latest picture
// (or none), its state where it cannot be missed (a band "Mất tín hiệu" over an offline
// camera's last picture, "Hình cũ" over a frozen one's), and below it the junction, the
// congestion and the picture's age. textPx: the caption's pixel size.
namespace cameratiles {
// the tiles of `count` cameras in `area`, in columns of at least minWidth (and at most 3)
QVector<QRectF> layout(int count, const QRectF &area, qreal minWidth, qreal gap, qreal textPx);
// the height of the tiles of `count` cameras in that width
qreal heightFor(int count, qreal width, qreal minWidth, qreal gap, qreal textPx);
void paint(QPainter &p, const QRectF &tile, const Camera &camera, const CameraFrame *frame,
           const Formatter &fmt, const Theme &theme, const QDateTime &now, qreal textPx,
           bool selected = false);
// "Congestion 12 min · picture 3 s ago", or the offline camera's last picture time
QString caption(const Camera &camera, const CameraFrame *frame, const Formatter &fmt,
                const QDateTime &now);
} // namespace cameratiles

// A camera wall: the latest picture of each camera in a grid, with its junction, state and
// age. Tells which cameras are on screen (shownChanged: only those are fetched); a click, or
// Enter on the one picked with the arrow keys, opens one (cameraActivated). Painted; its height
// follows its width (for a scroll area or a panel).
class CameraWall : public QWidget
{
    Q_OBJECT
public:
    explicit CameraWall(QWidget *parent = nullptr);

    void setBoard(const CameraBoard &board, const Formatter &fmt, const Theme &theme);
    const CameraBoard &board() const { return m_board; }
    // pictures and lists as they come (a newer picture replaces the one shown)
    void applyFrames(const QVector<CameraFrame> &frames);
    void applyList(const QVector<Camera> &list);
    // ages are counted to this moment (a pack's); invalid: now, the wall ticking each second
    void setFrozenNow(const QDateTime &at);
    QDateTime now() const;
    void setSelected(const QString &id);
    QString selected() const { return m_selected; }
    void setMinimumTileWidth(int px) { m_minTile = px; }
    // the cameras whose tiles are on screen now
    QStringList shown() const { return m_shown; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

signals:
    void shownChanged(const QStringList &ids);
    void cameraActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override; // a tile's tooltip

private:
    QVector<QRectF> tiles() const;
    int tileAt(const QPoint &pos) const;
    void updateShown();
    qreal textPx() const;

    CameraBoard m_board;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    QDateTime m_frozen;
    QString m_selected;
    QStringList m_shown;
    int m_minTile = 280;
    QTimer m_tick;
};

} // namespace ioc
