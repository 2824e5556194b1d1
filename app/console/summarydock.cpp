#include "summarydock.h"

#include "narrativeview.h"
#include "workspace.h"

namespace ioc {

SummaryDock::SummaryDock(const EntityRegistry &entities, const QVector<ScreenDefinition> &screens,
                         Workspace *workspace, QWidget *parent)
    : QDockWidget(parent)
    , m_screens(screens)
    , m_workspace(workspace)
    , m_panel(new NarrativePanel(entities, this))
{
    setObjectName(QStringLiteral("summaryDock"));
    setWidget(m_panel);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    // a sentence of a dozen words to a line
    m_panel->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    connect(workspace, &Workspace::screenFilled, this, [this](const ScreenData &data) {
        if (data.screen == m_workspace->currentScreen())
            follow(data.screen);
    });
    connect(workspace, &Workspace::screenPainted, this, &SummaryDock::follow);
    // written when it is opened, not for every screen shown while it is closed
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            follow(m_workspace->currentScreen());
    });
    retranslate();
}

void SummaryDock::retranslate()
{
    setWindowTitle(tr("Summary"));
    toggleViewAction()->setText(tr("&Summary"));
}

void SummaryDock::follow(const QString &code)
{
    if (!isVisible() || code != m_workspace->currentScreen())
        return;
    const auto data = m_workspace->loaded(code);
    for (const ScreenDefinition &def : std::as_const(m_screens)) {
        if (def.code == code)
            m_panel->setScreen(def, data.value_or(ScreenData{}));
    }
}

} // namespace ioc
