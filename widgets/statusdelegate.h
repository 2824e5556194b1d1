#pragma once

#include "theme.h"

#include <QStyledItemDelegate>

namespace ioc {

// Paints a table's status cell as icon + word, in the status colour.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StatusDelegate(int statusRole, QObject *parent = nullptr);
    void setTheme(const Theme &theme) { m_theme = theme; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
    Theme m_theme = Theme::light();
};

} // namespace ioc
