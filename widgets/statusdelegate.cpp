#include "statusdelegate.h"
#include "statusbadge.h"

#include <QPainter>

namespace ioc {

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent), m_statusRole(statusRole)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Status s = Status(index.data(m_statusRole).toInt());
    opt.text.clear();
    QStyledItemDelegate::paint(painter, opt, index);
    const QRectF r = option.rect;
    const qreal icon = std::min<qreal>(16, r.height() - 6);
    paintStatusIcon(painter, QRectF(r.left() + 6, r.center().y() - icon / 2, icon, icon), s, m_theme);
    painter->save();
    painter->setPen(m_theme.name == QLatin1String("dark") ? m_theme.status(s) : m_theme.status(s).darker(115));
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    painter->setFont(f);
    painter->drawText(r.adjusted(icon + 12, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 28);
    return s;
}

} // namespace ioc
