#include "playlistdialog.h"

#include "presentation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ioc {

PlaylistDialog::PlaylistDialog(const QVector<ScreenDefinition> &screens, const QStringList &views,
                               const Formatter &fmt, const QStringList &playlist, int interval,
                               const QString &display, const QString &theme, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_interval(new QSpinBox)
    , m_display(new QComboBox)
    , m_theme(new QComboBox)
{
    setWindowTitle(tr("Presentation playlist"));
    m_list->setObjectName(QStringLiteral("playlist"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // every screen, then every saved view: (key, text)
    QVector<std::pair<QString, QString>> all;
    for (const ScreenDefinition &s : screens)
        all.append({s.code, QStringLiteral("%1  %2").arg(s.code, s.title(fmt.lang()))});
    for (const QString &name : views)
        all.append({PlaylistItem::viewKey(name), tr("View: %1").arg(name)});
    // the playlist's items first, in its order, ticked; then the others, unticked
    QVector<std::pair<QString, QString>> order;
    for (const QString &key : playlist) {
        for (const auto &item : std::as_const(all)) {
            if (item.first == key && !order.contains(item))
                order << item;
        }
    }
    for (const auto &item : std::as_const(all)) {
        if (!order.contains(item))
            order << item;
    }
    for (const auto &[key, text] : std::as_const(order)) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(playlist.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);

    auto *up = new QPushButton(tr("Move &up"));
    auto *down = new QPushButton(tr("Move &down"));
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(+1); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_list, 1);
    lists->addLayout(buttons);

    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(0, 3600);
    m_interval->setValue(interval);
    m_interval->setSuffix(tr(" s"));
    m_interval->setSpecialValueText(tr("presenter advances"));
    m_display->setObjectName(QStringLiteral("display"));
    m_display->addItem(tr("This window's display"), QString());
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QSize size = screen->size();
        m_display->addItem(
            tr("%1 (%2×%3)").arg(screen->name()).arg(size.width()).arg(size.height()),
            screen->name());
    }
    m_display->setCurrentIndex(std::max(0, m_display->findData(display)));
    auto *form = new QFormLayout;
    form->addRow(tr("Each screen for"), m_interval);
    form->addRow(tr("Show on"), m_display);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Dark, high contrast (the wall's default)"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    form->addRow(tr("Theme"), m_theme);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Tick the screens and saved views to show and drag them into order. A view shows "
           "its own period and place. In the presentation: "
           "→ Space PageDown next, ← PageUp previous, Home first, B blank, Esc leave."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(lists, 1);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(520, 560);
}

void PlaylistDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

QStringList PlaylistDialog::playlist() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

int PlaylistDialog::interval() const
{
    return m_interval->value();
}

QString PlaylistDialog::theme() const
{
    return m_theme->currentData().toString();
}

QString PlaylistDialog::display() const
{
    return m_display->currentData().toString();
}

} // namespace ioc
