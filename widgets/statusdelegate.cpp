#include "statusdelegate.h"
#include "statusbadge.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <cmath>

namespace ioc {

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Status s = Status(index.data(m_statusRole).toInt());
    // the background and selection without the text (QStyledItemDelegate::paint would fill
    // the text in again from the model, under the icon and the coloured word drawn below)
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRectF r = option.rect;
    const qreal icon = std::min<qreal>(16, r.height() - 6);
    paintStatusIcon(painter, QRectF(r.left() + 6, r.center().y() - icon / 2, icon, icon), s,
                    m_theme);
    painter->save();
    // on a selected row, the selection's text colour: a status colour on the selection's
    // blue would not be read (the icon still tells the status apart)
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                             : m_theme.status(s).darker(m_theme.statusTextDarker));
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    painter->setFont(f);
    painter->drawText(r.adjusted(icon + 12, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // what paint() draws: a gap, the icon, a gap, the word in the bolder face, a gap
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    const qreal icon = std::min<qreal>(16, s.height() - 6);
    const qreal word = QFontMetricsF(f).horizontalAdvance(index.data(Qt::DisplayRole).toString());
    s.setWidth(int(std::ceil(6 + icon + 6 + word + 4 + 6)));
    return s;
}

} // namespace ioc
