#include "alertdock.h"

#include "look.h"
#include "acknowledgedialog.h"
#include "alertpanel.h"
#include "screenrepository.h"
#include "settings.h"

#include <QEvent>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>

namespace ioc {

AlertDock::AlertDock(const Catalog &catalog, const EntityRegistry &entities,
                     ScreenRepository *repository, bool readOnly, QWidget *parent)
    : QDockWidget(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_repository(repository)
    , m_readOnly(readOnly)
    , m_panel(new AlertPanel(catalog, entities))
    , m_button(new QToolButton)
{
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) { setLook(fmt, theme); });
    setObjectName(QStringLiteral("alerts"));
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                | QDockWidget::DockWidgetFloatable);
    setWindowTitle(tr("Alerts"));
    m_panel->setReadOnly(readOnly);
    m_button->setAutoRaise(true);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (isVisible())
            hide();
        else
            showAlerts();
    });
    connect(m_panel, &AlertPanel::acknowledgeRequested, this, &AlertDock::acknowledge);
    connect(m_panel, &AlertPanel::indicatorActivated, this, &AlertDock::indicatorActivated);
    connect(m_repository, &ScreenRepository::alertsJournaled, this, &AlertDock::onJournaled);
    connect(m_repository, &ScreenRepository::alertsLoaded, this,
            [this](const QVector<Alert> &alerts, const QString &error) {
                if (!error.isEmpty()) {
                    // a damaged journal is said, never shown as an empty one
                    m_panel->setProblem(error);
                    emit problem(tr("Alerts: %1").arg(error));
                    return;
                }
                m_panel->model()->setAlerts(alerts);
                updateCount();
            });
    connect(m_repository, &ScreenRepository::alertAcknowledged, this,
            [this](const Alert &alert, const QString &error) {
                if (!error.isEmpty()) {
                    QMessageBox box(QMessageBox::Warning, tr("Acknowledge alert"),
                                    tr("The acknowledgement could not be stored: %1").arg(error),
                                    QMessageBox::NoButton, this);
                    box.addButton(tr("Close"), QMessageBox::AcceptRole);
                    box.exec();
                    return;
                }
                m_panel->model()->updateAlert(alert);
                updateCount();
                emit acknowledged(alert);
            });
    updateCount();
}

QVector<Alert> AlertDock::alerts() const
{
    return m_panel->model()->alerts();
}

void AlertDock::setLook(const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    m_panel->setFormatter(fmt);
    m_panel->setTheme(theme);
    updateCount();
}

void AlertDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Alerts"));
        m_panel->retranslate();
        updateCount();
    }
    QDockWidget::changeEvent(event);
}

void AlertDock::showAlerts()
{
    show();
    raise();
    m_panel->view()->setFocus();
}

void AlertDock::setJudging(const QDate &latest, std::function<QDateTime()> clock)
{
    m_latest = latest;
    m_clock = std::move(clock);
}

void AlertDock::judge()
{
    if (m_latest.isValid() && m_repository->isOpen())
        m_repository->journalAlerts({Selection::Mode::Month, m_latest}, m_clock());
}

void AlertDock::screenShown()
{
    if (std::exchange(m_pending, false))
        judge();
}

void AlertDock::onJournaled(const QVector<Alert> &raised)
{
    if (!raised.isEmpty()) {
        m_panel->model()->addAlerts(raised);
        updateCount();
    }
    // Group D (emergencies) at once; the window says where
    for (const Alert &a : raised) {
        const Indicator *ind = m_catalog.find(a.indicator);
        if (!ind || ind->group != QLatin1Char('D'))
            continue;
        const QString text = AlertTableModel::describe(a, m_catalog, m_entities, m_fmt);
        emit emergency(text);
        if (a.status == Status::Critical)
            emit critical(text);
    }
    if (!raised.isEmpty())
        emit this->raised(raised);
    emit journaled(int(raised.size()));
}

void AlertDock::updateCount()
{
    const int open = m_panel->model()->unacknowledgedCount();
    m_button->setText(tr("Alerts: %1").arg(open));
    m_button->setToolTip(tr("%n alert(s) not acknowledged (Ctrl+Shift+A)", nullptr, open));
    bool critical = false;
    for (const Alert &a : m_panel->model()->alerts())
        critical = critical || (!a.acknowledged() && a.status == Status::Critical);
    QFont f = m_button->font();
    f.setBold(open > 0);
    m_button->setFont(f);
    QPalette pal = m_button->palette();
    pal.setColor(QPalette::ButtonText, critical   ? m_theme.status(Status::Critical)
                                       : open > 0 ? m_theme.status(Status::Warn)
                                                  : palette().color(QPalette::ButtonText));
    m_button->setPalette(pal);
}

void AlertDock::acknowledge(const Alert &alert)
{
    if (m_readOnly || alert.acknowledged())
        return;
    AcknowledgeDialog dialog(AlertTableModel::describe(alert, m_catalog, m_entities, m_fmt),
                             Settings::operatorName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setOperatorName(dialog.operatorName());
    m_repository->acknowledgeAlert(alert.id, dialog.operatorName(), dialog.note(),
                                   QDateTime::currentDateTime());
}

} // namespace ioc
