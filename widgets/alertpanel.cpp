#include "alertpanel.h"

#include "statusdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ioc {

AlertPanel::AlertPanel(const Catalog &catalog, const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertTableModel(catalog, entities, this))
    , m_view(new QTableView(this))
    , m_delegate(new StatusDelegate(AlertTableModel::StatusRole, this))
    , m_group(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_open(new QCheckBox(this))
    , m_acknowledge(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_groupLabel(new QLabel(this))
    , m_severityLabel(new QLabel(this))
{
    auto *filters = new QHBoxLayout;
    m_groupLabel->setBuddy(m_group);
    m_severityLabel->setBuddy(m_severity);
    filters->addWidget(m_groupLabel);
    filters->addWidget(m_group);
    filters->addWidget(m_severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_open);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_acknowledge);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AlertTableModel::Severity, m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(space::gap, space::gap, space::gap, space::gap);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    const auto filterChanged = [this] {
        applyFilter();
    };
    connect(m_group, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_severity, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_open, &QCheckBox::toggled, this, filterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertPanel::updateButtons);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (const Alert *a = rows.isEmpty() ? nullptr : m_model->alertAt(rows.first().row()))
            emit acknowledgeRequested(*a);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Alert *a = m_model->alertAt(index.row()))
            emit indicatorActivated(a->indicator);
    });
    retranslate();
}

void AlertPanel::retranslate()
{
    const QSignalBlocker groupBlock(m_group);
    const QSignalBlocker severityBlock(m_severity);
    const int group = std::max(0, m_group->currentIndex());
    const int severity = std::max(0, m_severity->currentIndex());
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    // the catalog's four groups of indicators
    m_group->addItem(tr("A — Economic direction and administration"), QStringLiteral("A"));
    m_group->addItem(tr("B — Social security, traffic, health, education"), QStringLiteral("B"));
    m_group->addItem(tr("C — Key projects"), QStringLiteral("C"));
    m_group->addItem(tr("D — Emergencies"), QStringLiteral("D"));
    m_group->setCurrentIndex(group);
    m_severity->clear();
    m_severity->addItem(tr("Warning and critical"), int(Status::Warn));
    m_severity->addItem(tr("Critical only"), int(Status::Critical));
    m_severity->setCurrentIndex(severity);
    m_groupLabel->setText(tr("&Group:"));
    m_severityLabel->setText(tr("&Severity:"));
    m_open->setText(tr("&Not acknowledged only"));
    m_acknowledge->setText(tr("&Acknowledge…"));
    m_acknowledge->setToolTip(tr("Record that you have seen the selected alert, with a note"));
    updateButtons();
}

void AlertPanel::setFormatter(const Formatter &formatter)
{
    m_model->setFormatter(formatter);
    m_view->resizeColumnsToContents();
}

void AlertPanel::setTheme(const Theme &theme)
{
    m_delegate->setTheme(theme);
    m_view->viewport()->update();
}

void AlertPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_acknowledge->setVisible(!readOnly);
    updateButtons();
}

void AlertPanel::setProblem(const QString &problem)
{
    m_problem = problem;
    updateButtons();
}

void AlertPanel::setFilter(const QString &group, Status minimum, bool unacknowledgedOnly)
{
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(minimum))));
    m_open->setChecked(unacknowledgedOnly);
    applyFilter();
}

void AlertPanel::applyFilter()
{
    m_model->setFilter(m_group->currentData().toString(), Status(m_severity->currentData().toInt()),
                       m_open->isChecked());
}

void AlertPanel::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Alert *a = rows.isEmpty() ? nullptr : m_model->alertAt(rows.first().row());
    m_acknowledge->setEnabled(!m_readOnly && m_problem.isEmpty() && a && !a->acknowledged());
    if (!m_problem.isEmpty()) {
        m_count->setText(m_problem);
        return;
    }
    m_count->setText(tr("%n shown, %1 not acknowledged", nullptr, m_model->rowCount())
                         .arg(m_model->unacknowledgedCount()));
}

} // namespace ioc
