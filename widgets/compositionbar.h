#pragma once

#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QWidget>

namespace ioc {

// A whole and its parts: one bar split into the parts and the rest, with a legend of values
// and shares. Parts are told apart by fill pattern as well as colour. Parts that add up to
// more than the whole are reported, never drawn as a negative rest.
class CompositionBar : public QWidget
{
    Q_OBJECT
public:
    explicit CompositionBar(QWidget *parent = nullptr);
    void setComposition(const Figure &whole, const QVector<Figure> &parts, const QString &restLabel,
                        const Formatter &fmt, const Theme &theme);

    struct Segment
    {
        QString label;
        QString indicator; // empty for the rest
        double value = 0;
        double share = 0; // of the whole, 0..1
    };
    const QVector<Segment> &segments() const { return m_segments; }
    // why nothing is drawn (no data, parts over the whole), empty when drawn
    QString problem() const { return m_problem; }
    QSize sizeHint() const override { return QSize(420, 200); }
    QSize minimumSizeHint() const override { return QSize(260, 150); }

signals:
    void indicatorActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int segmentAt(const QPoint &pos) const;
    QRectF barRect() const;
    QRect legendRow(int i) const;

    QVector<Segment> m_segments;
    Figure m_whole;
    QString m_problem;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
};

} // namespace ioc
