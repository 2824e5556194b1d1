#include "mappage.h"

#include "look.h"
#include "screenpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>

namespace ioc {

MapPage::MapPage(const Catalog &catalog, const EntityRegistry &entities,
                 const MapGeometry *geometry, const QString &problem, const QStringList &warnings,
                 QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_title(new QLabel)
    , m_note(new QLabel)
    , m_indicator(new QComboBox)
    , m_method(new QComboBox)
    , m_classes(new QSpinBox)
    , m_stations(new QCheckBox)
    , m_projects(new QCheckBox)
    , m_problem(problem)
    , m_warnings(warnings)
{
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) { setLook(fmt, theme); });
    setObjectName(QStringLiteral("mapPage"));
    m_title->setFont(uiFont(textSize::title, QFont::Bold));
    m_note->setWordWrap(true);
    m_note->setFont(uiFont(textSize::body));
    m_indicator->setObjectName(QStringLiteral("mapIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(40);
    m_classes->setRange(5, 7);
    m_classes->setValue(5);
    m_stations->setChecked(true);
    m_projects->setChecked(true);
    for (QWidget *w : {static_cast<QWidget *>(m_indicator), static_cast<QWidget *>(m_method),
                       static_cast<QWidget *>(m_classes), static_cast<QWidget *>(m_stations),
                       static_cast<QWidget *>(m_projects)})
        w->setFont(uiFont(textSize::bodyLarge));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(space::pageH, space::pageV, space::pageH, space::pageV);
    layout->addWidget(m_title);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_indicator, 1);
    bar->addWidget(m_method);
    bar->addWidget(m_classes);
    bar->addWidget(m_stations);
    bar->addWidget(m_projects);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    if (geometry) {
        m_map = new MapView(*geometry, entities);
        m_map->setObjectName(QStringLiteral("map"));
        layout->addWidget(m_map, 1);
        // a click picks a unit out, a double-click or Enter opens it
        connect(m_map, &MapView::unitSelected, m_map, &MapView::setHighlighted);
        connect(m_map, &MapView::unitActivated, this, &MapPage::communeActivated);
        connect(m_map, &MapView::placeWanted, this, &MapPage::placeWanted);
    } else {
        layout->addStretch(1);
    }
    for (const Indicator &ind : catalog.indicators()) {
        if (ind.geoLevel == GeoLevel::Commune)
            m_indicator->addItem(QString(), ind.code);
    }
    connect(m_indicator, qOverload<int>(&QComboBox::activated), this,
            [this] { showIndicator(indicator()); });
    connect(m_method, qOverload<int>(&QComboBox::activated), this, &MapPage::applyMethod);
    connect(m_classes, qOverload<int>(&QSpinBox::valueChanged), this, &MapPage::applyMethod);
    connect(m_stations, &QCheckBox::toggled, this, &MapPage::updatePoints);
    connect(m_projects, &QCheckBox::toggled, this, &MapPage::updatePoints);
    retranslate();
    updatePoints();
}

void MapPage::retranslate()
{
    m_title->setText(tr("Administrative map"));
    for (int i = 0; i < m_indicator->count(); ++i) {
        const Indicator *ind = m_catalog.find(m_indicator->itemData(i).toString());
        m_indicator->setItemText(i,
                                 QStringLiteral("%1 %2").arg(ind->code, ind->name(m_fmt.lang())));
    }
    const int method = std::max(0, m_method->currentIndex());
    m_method->clear();
    m_method->addItems({tr("Quantiles"), tr("Equal intervals"), tr("Against plan")});
    m_method->setCurrentIndex(method);
    m_method->setToolTip(tr("How the units are put into classes"));
    m_classes->setSuffix(tr(" classes"));
    m_stations->setText(tr("Stations"));
    m_projects->setText(tr("Projects"));
    QStringList notes;
    if (!m_map)
        notes << tr("The map is not available: %1").arg(m_problem);
    notes += m_warnings;
    notes << tr(
        "Station and project positions are approximate. Boundaries: 2025 units, "
        "thanglequoc/vietnamese-provinces-database (MIT), from the national reference map.");
    m_note->setText(notes.join(QLatin1Char('\n')));
}

void MapPage::setLook(const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    setPalette(theme.palette());
    setAutoFillBackground(true);
    retranslate();
    if (m_map)
        m_map->setLook(fmt, theme);
    showIndicator(indicator());
}

void MapPage::setSelection(const Selection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    m_breakdowns.clear();
    showIndicator(indicator());
}

void MapPage::setBreakdown(const BreakdownData &data)
{
    if (data.selection != m_selection)
        return;
    m_breakdowns.insert(data.indicator, data.figures);
    if (data.indicator == indicator())
        showIndicator(data.indicator);
}

QString MapPage::indicator() const
{
    return m_indicator->currentData().toString();
}

void MapPage::setIndicator(const QString &code)
{
    const int i = m_indicator->findData(code);
    if (i >= 0) {
        m_indicator->setCurrentIndex(i);
        showIndicator(code);
    }
}

MapPage::Method MapPage::method() const
{
    return Method(std::max(0, m_method->currentIndex()));
}

void MapPage::setMethod(Method method)
{
    m_method->setCurrentIndex(int(method));
    applyMethod();
}

void MapPage::applyMethod()
{
    // "against plan" only for an indicator with a plan; chosen for one without, quantiles show
    const Indicator *ind = m_catalog.find(indicator());
    const bool hasPlan = ind && ind->hasPlan;
    if (auto *items = qobject_cast<QStandardItemModel *>(m_method->model())) {
        if (QStandardItem *item = items->item(VsPlan))
            item->setEnabled(hasPlan);
    }
    if (!hasPlan && method() == VsPlan)
        m_method->setCurrentIndex(Quantile);
    if (!m_map)
        return;
    m_map->setShading(method() == VsPlan ? MapView::Shading::VsPlan : MapView::Shading::Value);
    m_map->setClassification(method() == EqualInterval ? ClassBreaks::Method::EqualInterval
                                                       : ClassBreaks::Method::Quantile,
                             m_classes->value());
}

void MapPage::showIndicator(const QString &code)
{
    const Indicator *ind = m_catalog.find(code);
    if (!m_map || !ind || !m_selection.asOf.isValid())
        return;
    const auto it = m_breakdowns.constFind(code);
    m_map->setFigures(ind, it == m_breakdowns.cend() ? QVector<Figure>() : *it);
    applyMethod();
    if (it == m_breakdowns.cend())
        emit breakdownWanted(code);
}

void MapPage::updatePoints()
{
    if (!m_map)
        return;
    QVector<MapPoint> points;
    for (const Entity &e : m_entities.all()) {
        const bool wanted = (e.kind == EntityKind::Station && m_stations->isChecked())
                            || (e.kind == EntityKind::Project && m_projects->isChecked());
        if (!wanted || std::isnan(e.latitude))
            continue;
        MapPoint p;
        p.code = e.code;
        p.kind = e.kind;
        p.coordinate = QGeoCoordinate(e.latitude, e.longitude);
        points << p;
    }
    m_map->setPoints(points);
}

} // namespace ioc
