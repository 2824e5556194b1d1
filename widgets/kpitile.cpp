#include "kpitile.h"
#include "statusbadge.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace ioc {

KpiTile::KpiTile(const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFixedHeight(kHeight);
}

void KpiTile::setPickedFigure(const Figure *figure)
{
    if (!figure && !m_picked)
        return;
    m_picked.reset();
    if (figure)
        m_picked = *figure;
    relayout();
    update();
}

void KpiTile::setFigure(const Figure &figure, const QVector<TrendPoint> &trend,
                        const Formatter &fmt, const Theme &theme)
{
    m_figure = figure;
    m_trend = trend;
    m_fmt = fmt;
    m_theme = theme;
    m_facts = facts();
    relayout();
    setToolTip(toolTipText());
    if (figure.indicator) {
        // what a screen reader says: the name, the figure and its status, as painted
        QString figureText = figure.value ? fmt.value(*figure.indicator, *figure.value)
                                          : fmt.statusText(Status::NoData);
        if (!figure.value && figure.latestValue)
            figureText
                += QStringLiteral(" (%1 %2)")
                       .arg(tr("Latest figure: %1").arg(fmt.periodLabel(figure.latestPeriod)),
                            fmt.value(*figure.indicator, *figure.latestValue));
        const QString verdict = fmt.verdictText(figure);
        setAccessibleName(
            verdict.isEmpty()
                ? QStringLiteral("%1: %2").arg(figure.indicator->name(fmt.lang()), figureText)
                : QStringLiteral("%1: %2, %3")
                      .arg(figure.indicator->name(fmt.lang()), figureText, verdict));
    }
    update();
}

QStringList KpiTile::facts() const
{
    if (!m_figure.indicator)
        return {};
    // the comparison the status judged, then the changes it did not already state
    QStringList out;
    if (m_place.city && m_place.city->value) // the city's, to compare the place's with
        out << tr("City: %1").arg(m_fmt.value(*m_figure.indicator, *m_place.city->value));
    if (!m_figure.value && m_figure.latestValue)
        out << tr("Latest figure: %1").arg(m_fmt.periodLabel(m_figure.latestPeriod));
    const Comparison judged = m_fmt.comparison(m_figure);
    if (!judged.text.isEmpty())
        out << judged.text;
    const QString judgedMetric = m_figure.status.judged && judged.judged
                                     ? m_figure.status.judged->clause.metric
                                     : QString();
    const bool every = m_compareWith == CompareWith::Everything;
    if ((every || m_compareWith == CompareWith::Previous)
        && !judgedMetric.startsWith(QLatin1String("chg_prev"))
        && m_figure.status.evaluated != Status::Info) {
        if (const auto c = m_figure.changeVsPrevious())
            out << tr("%1 vs previous").arg(m_fmt.signedChange(*c, m_figure.changeInPoints()));
    }
    if ((every || m_compareWith == CompareWith::LastYear)
        && judgedMetric != QLatin1String("chg_yoy_pct")) {
        if (const auto c = m_figure.changeVsLastYear())
            out << tr("%1 vs last year").arg(m_fmt.signedChange(*c, m_figure.changeInPoints()));
    }
    // the plan, when the status was not judged against it already
    const bool judgedOnPlan
        = judgedMetric == QLatin1String("pct_of_plan")
          || (m_figure.status.judged
              && m_figure.status.judged->clause.rhs.ref == QLatin1String("plan"));
    if (m_compareWith == CompareWith::Plan && !judgedOnPlan) {
        if (const auto pct = m_figure.pctOfPlan())
            out << tr("%1 of plan").arg(m_fmt.percent(*pct));
        else
            out << tr("no plan to compare with");
    }
    return out;
}

void KpiTile::setSelected(bool selected)
{
    m_selected = selected;
    update();
}

QString KpiTile::toolTipText() const
{
    if (!m_figure.indicator)
        return {};
    const Indicator &ind = *m_figure.indicator;
    const QString lang = m_fmt.lang();
    // the whole figure as every cell, bar and station says it (title and place, actual and
    // plan, period, the comparison judged, as of, source), under the code; then what only the
    // tile tells: how often it is reported and the rules of its status
    const Entity *e = m_entities.find(m_figure.entity);
    QStringList lines = m_fmt.figureTip(m_figure, e ? e->name(lang) : m_figure.entity)
                            .toHtmlEscaped()
                            .split(QLatin1Char('\n'));
    lines.first() = QStringLiteral("<b>%1 — %2</b>").arg(ind.code, lines.first());
    if (m_figure.sourceKind == QLatin1String("demo"))
        lines << tr("Demo data, not official figures");
    lines << tr("Reported: %1").arg(m_fmt.frequencyText(ind.frequency));
    if (!ind.isInformational()) {
        if (!ind.warnRule.isNone())
            lines << tr("Warning when: %1").arg(m_fmt.ruleText(ind.warnRule, ind).toHtmlEscaped());
        if (!ind.criticalRule.isNone())
            lines << tr("Critical when: %1")
                         .arg(m_fmt.ruleText(ind.criticalRule, ind).toHtmlEscaped());
    }
    if (m_figure.status.noPlanFlag)
        lines << tr("A reference of the rule is missing (no plan).");
    return lines.join(QStringLiteral("<br>"));
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

// Everything the tile draws, placed once per figure, look and size (not on every paint).
void KpiTile::relayout()
{
    m_layout = Layout();
    Layout &l = m_layout;
    l.card = QRectF(rect()).adjusted(3, 3, -3, -3);
    if (!m_figure.indicator)
        return;
    l.left = l.card.left() + 18;
    l.right = l.card.right() - 12;
    l.width = l.right - l.left;
    qreal y = layoutTitle(l.card.top() + 8);
    y = layoutValue(y);
    const QFontMetricsF sfm(uiFont(textSize::note));
    if (!l.entityLine.isEmpty()) {
        l.entityRect = QRectF(l.left, y, l.width, sfm.height());
        y += sfm.lineSpacing();
    }
    // sparkline and "as of" along the bottom
    const qreal bottom = l.card.bottom() - 8;
    const qreal sparkWidth = std::min<qreal>(130, l.width * 0.3);
    l.spark = QRectF(l.right - sparkWidth, bottom - 30, sparkWidth, 28);
    layoutFacts(y, bottom);
    layoutSparkline();
    l.asOfRect = QRectF(l.left, bottom - 18, l.width - l.spark.width() - 8, 18);
    if (m_figure.asOf.isValid()) {
        // the date matters more than the words around it: drop the words before the date
        const QString date = m_fmt.date(toCityTime(m_figure.asOf).date());
        l.asOf = tr("As of %1").arg(date);
        if (QFontMetricsF(uiFont(textSize::small)).horizontalAdvance(l.asOf) > l.asOfRect.width())
            l.asOf = date;
    }
}

// The code at the right, the title in two lines at most (the second elided); where the value
// line starts.
qreal KpiTile::layoutTitle(qreal y)
{
    Layout &l = m_layout;
    const Indicator &ind = *m_figure.indicator;
    const qreal codeWidth = QFontMetricsF(uiFont(textSize::small)).horizontalAdvance(ind.code) + 8;
    l.codeRect = QRectF(l.right - codeWidth, y, codeWidth, 18);
    const QFontMetricsF tfm(uiFont(textSize::control, QFont::DemiBold));
    const QString title = ind.name(m_fmt.lang());
    l.titleRect = QRectF(l.left, y, l.width - codeWidth, tfm.lineSpacing() * 2 + 1);
    l.title = title;
    if (tfm.boundingRect(l.titleRect, Qt::TextWordWrap, title).height() > l.titleRect.height()) {
        while (l.title.size() > 8
               && tfm.boundingRect(l.titleRect, Qt::TextWordWrap, l.title + QStringLiteral("…"))
                          .height()
                      > l.titleRect.height())
            l.title.chop(1);
        l.title = l.title.trimmed() + QStringLiteral("…");
    }
    if (m_picked) { // the unit picked out on the page, and its figure
        const Entity *e = m_entities.find(m_picked->entity);
        l.entityLine = e ? e->name(m_fmt.lang()) : m_picked->entity;
        if (m_picked->value) {
            l.entityLine += QStringLiteral(": ") + m_fmt.value(ind, *m_picked->value);
            if (!ind.isInformational())
                l.entityLine += QStringLiteral(" · ") + m_fmt.statusText(m_picked->status);
        } else {
            l.entityLine += QStringLiteral(": ") + m_fmt.statusText(Status::NoData);
        }
        return y + l.titleRect.height() + 2;
    }
    // which station/unit the figure is for, when it is not the city
    const Entity *entity = m_entities.find(m_figure.entity);
    if (entity && entity->kind != EntityKind::City)
        l.entityLine = entity->name(m_fmt.lang());
    if (m_place.notAtPlace)
        l.entityLine = ind.geoLevel == GeoLevel::City ? tr("Reported for the whole city only")
                                                      : tr("Reported by another kind of place");
    else if (m_place.ranked > 0)
        l.entityLine
            += QStringLiteral(" · ") + tr("rank %1/%2").arg(m_place.rank).arg(m_place.ranked);
    if (m_figure.entitiesInAlarm > 0) {
        const QString alarms = tr("%n in warning or worse", nullptr, m_figure.entitiesInAlarm);
        l.entityLine
            = l.entityLine.isEmpty() ? alarms : l.entityLine + QStringLiteral(" · ") + alarms;
    }
    return y + l.titleRect.height() + 2;
}

// The value, large, shrunk only when it would run under the status badge at its right; or,
// without a figure, why in words. Where the lines under it start.
qreal KpiTile::layoutValue(qreal y)
{
    Layout &l = m_layout;
    const Indicator &ind = *m_figure.indicator;
    // no figure: no badge (the grey strip says it); an informational row has no status word
    l.statusWord = m_figure.value ? m_fmt.statusText(m_figure.status) : QString();
    const qreal badgeW = l.statusWord.isEmpty()
                             ? 0
                             : QFontMetricsF(uiFont(textSize::body, QFont::DemiBold))
                                       .horizontalAdvance(l.statusWord)
                                   + 34;
    // the tile shows the latest figure known when this period has none
    const std::optional<double> shown = m_figure.value ? m_figure.value : m_figure.latestValue;
    l.number = shown ? m_fmt.valueOnly(ind, *shown, true) : QString();
    l.unit = shown ? m_fmt.unitLabel(ind.unit) : QString();
    const qreal unitGap = l.unit == QLatin1String("%") ? 1 : 6;
    l.valueFont = uiFont(textSize::figure, QFont::Bold);
    l.unitFont = uiFont(textSize::heading);
    const qreal valueRoom = l.width - badgeW - 10;
    for (qreal size = 24; size > 10; size -= 1) { // smaller rather than under the badge
        l.valueFont.setPointSizeF(size);
        l.unitFont.setPointSizeF(std::max<qreal>(textSize::small, size / 2));
        if (QFontMetricsF(l.valueFont).horizontalAdvance(l.number) + unitGap
                + QFontMetricsF(l.unitFont).horizontalAdvance(l.unit)
            <= valueRoom)
            break;
    }
    const QFontMetricsF vfm(uiFont(textSize::figure, QFont::Bold));
    l.baseline = y + vfm.ascent() + 2;
    l.unitAt = QPointF(l.left + QFontMetricsF(l.valueFont).horizontalAdvance(l.number) + unitGap,
                       l.baseline);
    if (!shown) {
        l.none = m_fmt.noFigureText(ind, m_place.notAtPlace);
        l.noneFont = uiFont(textSize::emphasis, QFont::DemiBold);
        while (l.noneFont.pointSizeF() > 9
               && QFontMetricsF(l.noneFont).horizontalAdvance(l.none) > l.width)
            l.noneFont.setPointSizeF(l.noneFont.pointSizeF() - 1);
        l.none = QFontMetricsF(l.noneFont).elidedText(l.none, Qt::ElideRight, l.width);
    }
    if (!l.statusWord.isEmpty())
        l.badge = QRectF(l.right - badgeW, l.baseline - vfm.ascent() + 4, badgeW, 26);
    return l.baseline + vfm.descent() + 2;
}

// The facts wrap into the lines above "as of", a line beside the sparkline made shorter so that
// nothing runs under it. Facts that do not fit whole are left out from the last (the comparison
// the status judged comes first and stays), never cut in the middle of a phrase (the tooltip and
// the accessible name carry them all).
void KpiTile::layoutFacts(qreal y, qreal bottom)
{
    Layout &l = m_layout;
    const QFont small = uiFont(textSize::note);
    const qreal spacing = QFontMetricsF(small).lineSpacing();
    l.factsAt = QPointF(l.left, y);
    for (qsizetype shown = m_facts.size(); shown >= 0; --shown) {
        const QString text = m_facts.mid(0, shown).join(QStringLiteral(" · "));
        l.facts = std::make_shared<QTextLayout>(text, small);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        l.facts->setTextOption(wrap);
        l.facts->beginLayout();
        int laidOut = 0;
        for (qreal ly = y; ly + spacing <= bottom - 18 + 1;) {
            QTextLine line = l.facts->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(ly + spacing > l.spark.top() ? l.width - l.spark.width() - 8
                                                           : l.width);
            line.setPosition(QPointF(0, ly - y));
            laidOut = line.textStart() + line.textLength();
            ly += spacing;
        }
        l.facts->endLayout();
        if (laidOut >= text.size() || shown <= 1)
            break;
    }
}

// The last twelve points of the trend, scaled to their own range.
void KpiTile::layoutSparkline()
{
    Layout &l = m_layout;
    double lo = 0, hi = 0;
    bool first = true;
    for (const TrendPoint &t : std::as_const(m_trend)) {
        if (!t.actual)
            continue;
        lo = first ? *t.actual : std::min(lo, *t.actual);
        hi = first ? *t.actual : std::max(hi, *t.actual);
        first = false;
    }
    const int count = int(m_trend.size());
    const int from = std::max(0, count - 12);
    for (int i = from; i < count; ++i) {
        const TrendPoint &t = m_trend.at(i);
        if (!t.actual)
            continue;
        const qreal x
            = l.spark.left() + l.spark.width() * (i - from) / std::max(1, count - from - 1);
        const qreal fy = hi > lo ? (*t.actual - lo) / (hi - lo) : 0.5;
        l.sparkPoints << QPointF(x, l.spark.bottom() - fy * l.spark.height());
    }
}

void KpiTile::paintEvent(QPaintEvent *)
{
    const Layout &l = m_layout;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme.window);
    QPainterPath cardPath;
    cardPath.addRoundedRect(l.card, 8, 8);
    p.fillPath(cardPath, m_theme.surface);
    p.setPen(QPen(m_selected ? m_theme.accent : m_theme.border, m_selected ? 2.5 : 1));
    p.drawPath(cardPath);
    if (!m_figure.indicator)
        return;
    const Status status = m_figure.status.effective();
    const QColor statusColor = m_theme.status(status);
    // status strip on the left edge
    QPainterPath strip;
    strip.addRoundedRect(QRectF(l.card.left(), l.card.top(), 7, l.card.height()), 3, 3);
    p.fillPath(strip, statusColor);

    p.setFont(uiFont(textSize::small));
    p.setPen(m_theme.muted);
    p.drawText(l.codeRect, Qt::AlignRight | Qt::AlignTop, m_figure.indicator->code);
    p.setFont(uiFont(textSize::control, QFont::DemiBold));
    p.setPen(m_theme.text);
    p.drawText(l.titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, l.title);
    if (l.none.isEmpty()) {
        // the latest known figure of an earlier period is greyed: not this period's
        p.setFont(l.valueFont);
        p.setPen(m_figure.value ? m_theme.text : m_theme.muted);
        p.drawText(QPointF(l.left, l.baseline), l.number);
        p.setFont(l.unitFont);
        p.setPen(m_theme.muted);
        p.drawText(l.unitAt, l.unit);
    } else {
        p.setFont(l.noneFont);
        p.setPen(m_theme.muted);
        p.drawText(QPointF(l.left, l.baseline), l.none);
    }
    if (!l.statusWord.isEmpty()) {
        QPainterPath badgePath;
        badgePath.addRoundedRect(l.badge, 13, 13);
        QColor badgeFill = statusColor;
        badgeFill.setAlpha(m_theme.badgeFillAlpha);
        p.fillPath(badgePath, badgeFill);
        paintStatusIcon(&p, QRectF(l.badge.left() + 7, l.badge.top() + 5, 16, 16), status, m_theme);
        p.setFont(uiFont(textSize::body, QFont::DemiBold));
        p.setPen(statusColor.darker(m_theme.badgeTextDarker));
        p.drawText(l.badge.adjusted(27, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, l.statusWord);
    }
    p.setFont(uiFont(textSize::note, m_picked ? QFont::Bold : QFont::Normal));
    p.setPen(m_theme.text);
    if (!l.entityLine.isEmpty())
        p.drawText(l.entityRect, Qt::AlignLeft,
                   p.fontMetrics().elidedText(l.entityLine, Qt::ElideRight, int(l.width)));
    if (l.facts)
        l.facts->draw(&p, l.factsAt);
    if (l.sparkPoints.size() >= 2) {
        p.setPen(QPen(m_theme.accent, 2));
        p.drawPolyline(l.sparkPoints.constData(), int(l.sparkPoints.size()));
        p.setBrush(m_theme.accent);
        p.setPen(Qt::NoPen);
        p.drawEllipse(l.sparkPoints.last(), 3, 3);
    }
    p.setFont(uiFont(textSize::small));
    p.setPen(m_theme.muted);
    p.drawText(l.asOfRect, Qt::AlignLeft | Qt::AlignBottom, l.asOf);
    if (hasFocus()) {
        p.setPen(QPen(m_theme.accent, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(l.card.adjusted(3, 3, -3, -3), 6, 6);
    }
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(indicatorCode());
    QWidget::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        emit activated(indicatorCode());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ioc
