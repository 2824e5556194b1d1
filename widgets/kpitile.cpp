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

void KpiTile::setFigure(const Figure &figure, const QVector<TrendPoint> &trend,
                        const Formatter &fmt, const Theme &theme)
{
    m_figure = figure;
    m_trend = trend;
    m_fmt = fmt;
    m_theme = theme;
    m_facts = facts();
    m_factsLayout.reset();
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
    if (!m_figure.value && m_figure.latestValue)
        out << tr("Latest figure: %1").arg(m_fmt.periodLabel(m_figure.latestPeriod));
    const Comparison judged = m_fmt.comparison(m_figure);
    if (!judged.text.isEmpty())
        out << judged.text;
    const QString judgedMetric = m_figure.status.judged && judged.judged
                                     ? m_figure.status.judged->clause.metric
                                     : QString();
    if (!judgedMetric.startsWith(QLatin1String("chg_prev"))
        && m_figure.status.evaluated != Status::Info) {
        if (const auto c = m_figure.changeVsPrevious())
            out << tr("%1 vs previous").arg(m_fmt.signedChange(*c, m_figure.changeInPoints()));
    }
    if (judgedMetric != QLatin1String("chg_yoy_pct")) {
        if (const auto c = m_figure.changeVsLastYear())
            out << tr("%1 vs last year").arg(m_fmt.signedChange(*c, m_figure.changeInPoints()));
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
    QStringList lines;
    lines << QStringLiteral("<b>%1 — %2</b>").arg(ind.code, ind.name(lang).toHtmlEscaped());
    if (const Entity *e = m_entities.find(m_figure.entity))
        lines << e->name(lang).toHtmlEscaped();
    if (!m_figure.period.isEmpty())
        lines << tr("Period: %1").arg(m_fmt.periodLabel(m_figure.period));
    if (m_figure.asOf.isValid())
        lines << tr("As of: %1").arg(m_fmt.dateTime(m_figure.asOf));
    lines << tr("Source: %1").arg(ind.sourceRefText(m_figure.sourceRef, lang).toHtmlEscaped());
    if (m_figure.sourceKind == QLatin1String("demo"))
        lines << tr("Demo data, not official figures");
    lines << tr("Reported: %1").arg(m_fmt.frequencyText(ind.frequency));
    if (!ind.isInformational()) {
        const QString verdict = m_fmt.verdictText(m_figure);
        if (!verdict.isEmpty())
            lines << tr("Status: %1").arg(verdict.toHtmlEscaped());
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

// NOLINTNEXTLINE(readability-function-size): over 120 lines; to be split (issue 16)
void KpiTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), m_theme.window);
    const QRectF card = QRectF(rect()).adjusted(3, 3, -3, -3);
    QPainterPath cardPath;
    cardPath.addRoundedRect(card, 8, 8);
    p.fillPath(cardPath, m_theme.surface);
    p.setPen(QPen(m_selected ? m_theme.accent : m_theme.border, m_selected ? 2.5 : 1));
    p.drawPath(cardPath);

    if (!m_figure.indicator)
        return;
    const Indicator &ind = *m_figure.indicator;
    const Status status = m_figure.status.effective();
    const QColor statusColor = m_theme.status(status);

    // status strip on the left edge
    QPainterPath strip;
    strip.addRoundedRect(QRectF(card.left(), card.top(), 7, card.height()), 3, 3);
    p.fillPath(strip, statusColor);

    const qreal left = card.left() + 18;
    const qreal right = card.right() - 12;
    const qreal width = right - left;
    qreal y = card.top() + 8;

    // title (two lines at most) and code
    const QFont codeFont = uiFont(9);
    p.setFont(codeFont);
    p.setPen(m_theme.muted);
    const qreal codeWidth = QFontMetricsF(codeFont).horizontalAdvance(ind.code) + 8;
    p.drawText(QRectF(right - codeWidth, y, codeWidth, 18), Qt::AlignRight | Qt::AlignTop,
               ind.code);
    const QFont titleFont = uiFont(11, QFont::DemiBold);
    p.setFont(titleFont);
    p.setPen(m_theme.text);
    const QFontMetricsF tfm(titleFont);
    const QString title = ind.name(m_fmt.lang());
    const QRectF titleRect(left, y, width - codeWidth, tfm.lineSpacing() * 2 + 1);
    QString shown = title;
    if (tfm.boundingRect(titleRect, Qt::TextWordWrap, title).height() > titleRect.height()) {
        // elide the second line
        while (
            shown.size() > 8
            && tfm.boundingRect(titleRect, Qt::TextWordWrap, shown + QStringLiteral("…")).height()
                   > titleRect.height())
            shown.chop(1);
        shown = shown.trimmed() + QStringLiteral("…");
    }
    p.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shown);
    y += titleRect.height() + 2;

    // which station/unit the figure is for, when it is not the city
    const Entity *entity = m_entities.find(m_figure.entity);
    QString entityLine;
    if (entity && entity->kind != EntityKind::City)
        entityLine = entity->name(m_fmt.lang());
    if (m_figure.entitiesInAlarm > 0) {
        const QString alarms = tr("%n in warning or worse", nullptr, m_figure.entitiesInAlarm);
        entityLine = entityLine.isEmpty() ? alarms : entityLine + QStringLiteral(" · ") + alarms;
    }

    // the status badge, top right of the value line; the value gets the room left of it
    const QFont badgeFont = uiFont(10, QFont::DemiBold);
    // no figure: no badge (the grey strip says it); the tile shows the latest figure known
    const QString statusWord = m_figure.value ? m_fmt.statusText(m_figure.status) : QString();
    const std::optional<double> shownValue = m_figure.value ? m_figure.value : m_figure.latestValue;
    const QFontMetricsF bfm(badgeFont);
    // an informational row has no status word and no badge
    const qreal badgeW = statusWord.isEmpty() ? 0 : bfm.horizontalAdvance(statusWord) + 34;

    // the value, large, shrunk only when it would run under the badge
    QFont valueFont = uiFont(24, QFont::Bold);
    QFont unitFont = uiFont(12);
    const qreal valueRoom = width - badgeW - 10;
    const QString number = shownValue ? m_fmt.valueOnly(ind, *shownValue, true) : QString();
    const QString unit = shownValue ? m_fmt.unitLabel(ind.unit) : QString();
    const qreal unitGap = unit == QLatin1String("%") ? 1 : 6;
    for (qreal size = 24; size > 10;
         size -= 1) { // never over the badge: smaller rather than overlapping
        valueFont.setPointSizeF(size);
        unitFont.setPointSizeF(std::max<qreal>(9, size / 2));
        if (QFontMetricsF(valueFont).horizontalAdvance(number) + unitGap
                + QFontMetricsF(unitFont).horizontalAdvance(unit)
            <= valueRoom)
            break;
    }
    const QFontMetricsF vfm(uiFont(24, QFont::Bold));
    const qreal baseline = y + vfm.ascent() + 2;
    if (shownValue) {
        // the latest known figure of an earlier period is greyed: not this period's
        p.setFont(valueFont);
        p.setPen(m_figure.value ? m_theme.text : m_theme.muted);
        p.drawText(QPointF(left, baseline), number);
        const qreal nx = left + QFontMetricsF(valueFont).horizontalAdvance(number);
        p.setFont(unitFont);
        p.setPen(m_theme.muted);
        p.drawText(QPointF(nx + unitGap, baseline), unit);
    } else {
        // said in words, as large as fits the line
        const QString none = ind.frequency == Frequency::Realtime
                                 ? tr("No reading kept for this day")
                                 : m_fmt.statusText(Status::NoData);
        QFont noneFont = uiFont(16, QFont::DemiBold);
        while (noneFont.pointSizeF() > 9 && QFontMetricsF(noneFont).horizontalAdvance(none) > width)
            noneFont.setPointSizeF(noneFont.pointSizeF() - 1);
        p.setFont(noneFont);
        p.setPen(m_theme.muted);
        p.drawText(QPointF(left, baseline),
                   QFontMetricsF(noneFont).elidedText(none, Qt::ElideRight, width));
    }
    if (!statusWord.isEmpty()) {
        const QRectF badge(right - badgeW, baseline - vfm.ascent() + 4, badgeW, 26);
        QPainterPath badgePath;
        badgePath.addRoundedRect(badge, 13, 13);
        QColor badgeFill = statusColor;
        badgeFill.setAlpha(m_theme.name == QLatin1String("dark") ? 60 : 34);
        p.fillPath(badgePath, badgeFill);
        paintStatusIcon(&p, QRectF(badge.left() + 7, badge.top() + 5, 16, 16), status, m_theme);
        p.setFont(badgeFont);
        p.setPen(m_theme.name == QLatin1String("dark") ? statusColor : statusColor.darker(120));
        p.drawText(badge.adjusted(27, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, statusWord);
    }
    y = baseline + vfm.descent() + 2;

    const QFont small = uiFont(9.5);
    const QFontMetricsF sfm(small);
    p.setFont(small);
    if (!entityLine.isEmpty()) {
        p.setPen(m_theme.text);
        p.drawText(QRectF(left, y, width, sfm.height()), Qt::AlignLeft,
                   sfm.elidedText(entityLine, Qt::ElideRight, width));
        y += sfm.lineSpacing();
    }

    p.setPen(m_theme.text);
    // sparkline and "as of" along the bottom
    const qreal bottom = card.bottom() - 8;
    const qreal sparkWidth = std::min<qreal>(130, width * 0.3);
    const QRectF spark(right - sparkWidth, bottom - 30, sparkWidth, 28);

    // the facts wrap into the lines above "as of", a line beside the sparkline made shorter so
    // that nothing runs under it (the tooltip and the accessible name carry them whole)
    // laid out once per figure and size, not on every paint; facts that do not fit whole are
    // left out from the last (the comparison the status judged comes first and stays), never
    // cut in the middle of a phrase (the tooltip and the accessible name carry them all)
    const QRectF factsBox(left, y, width, bottom - 18 - y);
    if (!m_factsLayout || m_factsBox != factsBox) {
        m_factsBox = factsBox;
        for (qsizetype shown = m_facts.size(); shown >= 0; --shown) {
            const QString text = m_facts.mid(0, shown).join(QStringLiteral(" · "));
            m_factsLayout = std::make_unique<QTextLayout>(text, small);
            QTextOption wrap;
            wrap.setWrapMode(QTextOption::WordWrap);
            m_factsLayout->setTextOption(wrap);
            m_factsLayout->beginLayout();
            int laidOut = 0;
            for (qreal ly = y; ly + sfm.lineSpacing() <= bottom - 18 + 1;) {
                QTextLine line = m_factsLayout->createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(ly + sfm.lineSpacing() > spark.top() ? width - spark.width() - 8
                                                                       : width);
                line.setPosition(QPointF(0, ly - y));
                laidOut = line.textStart() + line.textLength();
                ly += sfm.lineSpacing();
            }
            m_factsLayout->endLayout();
            if (laidOut >= text.size() || shown <= 1)
                break;
        }
    }
    p.setPen(m_theme.text);
    m_factsLayout->draw(&p, QPointF(left, y));
    QVector<QPointF> pts;
    double lo = 0, hi = 0;
    bool first = true;
    for (const TrendPoint &t : m_trend) {
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
        const qreal x = spark.left() + spark.width() * (i - from) / std::max(1, count - from - 1);
        const qreal fy = hi > lo ? (*t.actual - lo) / (hi - lo) : 0.5;
        pts << QPointF(x, spark.bottom() - fy * spark.height());
    }
    if (pts.size() >= 2) {
        p.setPen(QPen(m_theme.accent, 2));
        p.drawPolyline(pts.constData(), int(pts.size()));
        p.setBrush(m_theme.accent);
        p.setPen(Qt::NoPen);
        p.drawEllipse(pts.last(), 3, 3);
    }
    p.setFont(uiFont(9));
    p.setPen(m_theme.muted);
    QString asOf;
    const qreal room = width - spark.width() - 8;
    if (m_figure.asOf.isValid()) {
        // the date matters more than the words around it: drop the words before the date
        const QString date = m_fmt.date(toCityTime(m_figure.asOf).date());
        asOf = tr("As of %1").arg(date);
        if (QFontMetricsF(uiFont(9)).horizontalAdvance(asOf) > room)
            asOf = date;
    }
    p.drawText(QRectF(left, bottom - 18, room, 18), Qt::AlignLeft | Qt::AlignBottom, asOf);

    if (hasFocus()) {
        p.setPen(QPen(m_theme.accent, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6);
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
