#pragma once

#include <QTextLayout>

#include <memory>

#include "entity.h"
#include "figures.h"
#include "format.h"
#include "theme.h"

#include <QWidget>

namespace ioc {

// One KPI tile: value with unit, status (colour + icon + word), % of plan, change versus the
// previous period and the same period last year, a sparkline, and the "as of" date.
class KpiTile : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kHeight = 172;

    KpiTile(const EntityRegistry &entities, QWidget *parent = nullptr);

    void setFigure(const Figure &figure, const QVector<TrendPoint> &trend, const Formatter &fmt,
                   const Theme &theme);
    void setSelected(bool selected);
    // Cross-highlighting: the figure of the unit, project or station picked out on the page,
    // said on the tile's line under its title ("Phường Hồng Bàng: 91,2 % · Đạt"); null: none.
    void setPickedFigure(const Figure *figure);
    QString pickedLine() const { return m_picked ? m_layout.entityLine : QString(); }
    // A place filter: the tile's figure is a place's. city: the city's figure, said beside it;
    // rank: the place's among the units (1 the best) and how many have a figure (0: none);
    // notAtPlace: the indicator is not reported at the place's level, and the tile says so
    // instead of a figure. Call before setFigure.
    struct PlaceContext
    {
        std::optional<Figure> city;
        int rank = 0, ranked = 0;
        bool notAtPlace = false;
    };
    void setPlaceContext(const PlaceContext &place) { m_place = place; }
    // what the tile compares its figure with beside the comparison its status judged (the
    // "compare with" choice); call before setFigure
    void setCompareWith(CompareWith with) { m_compareWith = with; }
    QString entityLine() const { return m_layout.entityLine; }
    QString noneText() const { return m_layout.none; }
    QStringList factLines() const { return m_facts; }
    QString indicatorCode() const
    {
        return m_figure.indicator ? m_figure.indicator->code : QString();
    }
    QSize sizeHint() const override { return QSize(420, kHeight); }
    QSize minimumSizeHint() const override { return QSize(300, kHeight); }

signals:
    void activated(const QString &indicatorCode);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString toolTipText() const;
    // what is printed under the value: the comparison the status judged, then the changes
    QStringList facts() const;

    const EntityRegistry &m_entities;
    Figure m_figure;
    QVector<TrendPoint> m_trend;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    bool m_selected = false;
    std::optional<Figure> m_picked;
    PlaceContext m_place;
    CompareWith m_compareWith = CompareWith::Everything;
    QStringList m_facts;

    // where everything goes: computed on a resize or a new figure, drawn by paintEvent
    struct Layout
    {
        QRectF card;
        qreal left = 0, right = 0, width = 0;
        QRectF codeRect, titleRect;
        QString title; // elided to two lines
        QString entityLine;
        QRectF entityRect;
        QString number, unit; // the value, or none: no figure, said in words
        QFont valueFont, unitFont, noneFont;
        QString none;
        qreal baseline = 0;
        QPointF unitAt;
        QString statusWord;
        QRectF badge;
        std::shared_ptr<QTextLayout> facts;
        QPointF factsAt;
        QRectF spark;
        QVector<QPointF> sparkPoints;
        QString asOf;
        QRectF asOfRect;
    };
    void relayout();
    qreal layoutTitle(qreal y);
    qreal layoutValue(qreal y);
    void layoutFacts(qreal y, qreal bottom);
    void layoutSparkline();
    Layout m_layout;
};

} // namespace ioc
