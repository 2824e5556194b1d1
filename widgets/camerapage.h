#pragma once

#include "cameras.h"
#include "format.h"
#include "theme.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace ioc {

class CameraWall;

// One camera opened: its live picture (or, while the stream is not up, its last picture and
// why), and below it the junction's congestion over the last day, each 10-minute reading a bar
// in its status colour. Painted.
class CameraLiveView : public QWidget
{
    Q_OBJECT
public:
    explicit CameraLiveView(QWidget *parent = nullptr);
    void setCamera(const Camera &camera, const CameraFrame *last, const Formatter &fmt,
                   const Theme &theme);
    void setHistory(const QVector<CameraBoard::Reading> &history);
    void showFrame(const CameraFrame &frame);
    // the stream is up, or not and why (empty reason: not asked for)
    void setLive(bool live, const QString &reason);
    void setFrozenNow(const QDateTime &at) { m_frozen = at; }
    QString camera() const { return m_camera.id; }
    bool isLive() const { return m_live; }
    QSize sizeHint() const override { return {560, 620}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintHistory(QPainter &p, const QRectF &area) const;
    Camera m_camera;
    CameraFrame m_frame;
    QVector<CameraBoard::Reading> m_history;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    bool m_live = false;
    QString m_reason;
    QDateTime m_frozen;
};

// The traffic cameras as a view of their own: the wall of every camera beside the one opened
// (live, with its junction's congestion history). Opening a camera asks for its live stream
// and its history (liveWanted, historyWanted); leaving the view closes the stream.
class CameraPage : public QWidget
{
    Q_OBJECT
public:
    explicit CameraPage(QWidget *parent = nullptr);

    // online: a server feeds the cameras (false: the demo data or a pack, pictures as kept)
    void setBoard(const CameraBoard &board, const Formatter &fmt, const Theme &theme, bool online);
    void applyFrames(const QVector<CameraFrame> &frames);
    void applyList(const QVector<Camera> &list);
    void showLive(const CameraFrame &frame);
    void setLive(const QString &camera, bool live, const QString &reason);
    void setFrozenNow(const QDateTime &at);
    void open(const QString &camera); // picks a camera out and opens it
    QString opened() const;
    CameraWall *wall() const { return m_wall; }
    CameraLiveView *liveView() const { return m_live; }

signals:
    void liveWanted(const QString &camera); // empty: none
    void historyWanted(const QString &camera);
    void shownChanged(const QStringList &ids);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_note;
    CameraWall *m_wall;
    QScrollArea *m_scroll;
    CameraLiveView *m_live;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    bool m_online = false;
    bool m_demo = false;
};

} // namespace ioc
