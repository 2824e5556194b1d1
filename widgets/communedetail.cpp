#include "communedetail.h"

#include "look.h"
#include "screenpage.h"
#include "statusdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace ioc {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QVariantList values = index.data(m_role).toList();
    double lo = 0, hi = 0;
    bool first = true;
    for (const QVariant &v : values) {
        if (!v.isValid())
            continue;
        const double d = v.toDouble();
        lo = first ? d : std::min(lo, d);
        hi = first ? d : std::max(hi, d);
        first = false;
    }
    if (first || values.size() < 2)
        return;
    const QRectF r = QRectF(option.rect).adjusted(6, 5, -10, -5);
    QVector<QPointF> pts;
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i).isValid())
            continue;
        const double f = hi > lo ? (values.at(i).toDouble() - lo) / (hi - lo) : 0.5;
        pts << QPointF(r.left() + r.width() * i / (values.size() - 1), r.bottom() - f * r.height());
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_theme.accent, 1.6));
    painter->drawPolyline(pts.constData(), int(pts.size()));
    painter->setBrush(m_theme.accent);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(pts.last(), 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(110, 26));
}

CommuneDetail::CommuneDetail(const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
    , m_back(new QPushButton)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_model(new CommuneTableModel(this))
    , m_statusDelegate(new StatusDelegate(CommuneTableModel::StatusRole, this))
    , m_sparkDelegate(new SparklineDelegate(CommuneTableModel::TrendRole, this))
{
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) {
        if (!entity().isEmpty())
            setData(data(), fmt, theme);
    });
    setObjectName(QStringLiteral("communeDetail"));
    setAutoFillBackground(true);
    m_back->setFont(uiFont(textSize::control));
    connect(m_back, &QPushButton::clicked, this, &CommuneDetail::back);
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left),
          QKeySequence(Qt::Key_Backspace)}) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, &CommuneDetail::back);
        addAction(a);
    }
    m_title->setFont(uiFont(textSize::title, QFont::Bold));
    m_subtitle->setFont(uiFont(textSize::control));
    m_summary->setFont(uiFont(textSize::control));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("communeTable"));
    m_table->setModel(m_model);
    m_table->setFont(uiFont(textSize::bodyLarge));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(CommuneTableModel::StatusColumn, m_statusDelegate);
    m_table->setItemDelegateForColumn(CommuneTableModel::Trend, m_sparkDelegate);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CommuneTableModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit indicatorActivated(index.data(CommuneTableModel::IndicatorCodeRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(space::pageH, space::pageV, space::pageH, space::pageV);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void CommuneDetail::showHeader(const Formatter &fmt, const Theme &theme)
{
    const Entity *e = m_entities.find(m_entity);
    m_title->setText(e ? e->name(fmt.lang()) : m_entity);
    m_back->setText(tr("← Back"));
    m_back->setToolTip(tr("Back (Esc, Alt+Left)"));
    QPalette pal = theme.palette();
    setPalette(pal);
    m_statusDelegate->setTheme(theme);
    m_sparkDelegate->setTheme(theme);
    if (e)
        m_subtitle->setText(tr("Code %1 · area %2 km²").arg(e->code, fmt.number(e->areaKm2, 2)));
}

void CommuneDetail::setLoading(const QString &entity, const Formatter &fmt, const Theme &theme)
{
    m_entity = entity;
    CommuneData empty;
    empty.entity = entity;
    m_model->setCommune(empty, fmt);
    showHeader(fmt, theme);
    m_summary->setText(tr("Loading the figures of this unit…"));
}

void CommuneDetail::setData(const CommuneData &data, const Formatter &fmt, const Theme &theme)
{
    m_entity = data.entity;
    m_model->setCommune(data, fmt);
    showHeader(fmt, theme);
    int alarms = 0, valued = 0;
    for (const CommuneData::Row &r : data.rows) {
        valued += r.figure.value.has_value();
        const Status s = r.figure.status.effective();
        alarms += s == Status::Warn || s == Status::Critical;
    }
    QString summary = tr("%1 · %2 of %3 indicators reported by commune have a figure here; %4 in "
                         "warning or worse.")
                          .arg(ScreenPage::windowLabel(data.selection, fmt))
                          .arg(valued)
                          .arg(data.rows.size())
                          .arg(alarms);
    if (!data.error.isEmpty())
        summary = tr("The figures of this unit could not be read: %1").arg(data.error);
    m_summary->setText(summary);
    m_table->resizeColumnsToContents();
}

} // namespace ioc
