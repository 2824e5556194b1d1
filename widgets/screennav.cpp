#include "screennav.h"

#include "theme.h"

#include <QEvent>

namespace ioc {

ScreenNav::ScreenNav(const QVector<ScreenDefinition> &screens, const QString &mapCode,
                     const QString &camerasCode, const QString &readinessCode, QWidget *parent)
    : QTreeWidget(parent)
    , m_screens(screens)
    , m_mapCode(mapCode)
    , m_camerasCode(camerasCode)
    , m_readinessCode(readinessCode)
{
    setObjectName(QStringLiteral("navigation"));
    setHeaderHidden(true);
    setFont(uiFont(textSize::control));
    setMinimumWidth(330);
    setMaximumWidth(420);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            emit chosen(item->data(0, Qt::UserRole).toString());
    });
    rebuild();
}

void ScreenNav::setLanguage(const QString &lang)
{
    m_lang = lang;
    rebuild();
}

void ScreenNav::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

void ScreenNav::select(const QString &code)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == code && currentItem() != *it) {
            const QSignalBlocker blocker(this);
            setCurrentItem(*it);
        }
    }
}

QString ScreenNav::selected() const
{
    return currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void ScreenNav::rebuild()
{
    const QString current = selected();
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &group : ScreenCatalog::groups()) {
        auto *groupItem = new QTreeWidgetItem(this, {ScreenCatalog::groupTitle(group)});
        groupItem->setFlags(Qt::ItemIsEnabled);
        groupItem->setFont(0, uiFont(textSize::body, QFont::DemiBold));
        // the group names recede: the palette's placeholder colour is the theme's muted one
        groupItem->setForeground(0, palette().color(QPalette::PlaceholderText));
        for (const ScreenDefinition &s : std::as_const(m_screens)) {
            if (s.group != group)
                continue;
            auto *item = new QTreeWidgetItem(
                groupItem, {QStringLiteral("%1  %2").arg(s.code, s.title(m_lang))});
            item->setData(0, Qt::UserRole, s.code);
            item->setToolTip(0, s.title(m_lang));
        }
        if (group == ScreenCatalog::groups().first()) {
            auto *item = new QTreeWidgetItem(groupItem, {tr("Map  Administrative map")});
            item->setData(0, Qt::UserRole, m_mapCode);
            item->setToolTip(0, tr("Any indicator reported by commune on the map (Ctrl+M)"));
            auto *cameras = new QTreeWidgetItem(groupItem, {tr("CAM  Traffic cameras")});
            cameras->setData(0, Qt::UserRole, m_camerasCode);
            cameras->setToolTip(
                0, tr("The latest picture of each junction camera, and one camera live"));
            auto *data = new QTreeWidgetItem(groupItem, {tr("DATA  Data readiness")});
            data->setData(0, Qt::UserRole, m_readinessCode);
            data->setToolTip(0, tr("Which department is late, incomplete or sending files that "
                                   "fail"));
        }
    }
    expandAll();
    select(current);
}

} // namespace ioc
