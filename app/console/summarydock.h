#pragma once

#include "entity.h"
#include "screens.h"

#include <QDockWidget>

namespace ioc {

class NarrativePanel;
class Workspace;

// "Tóm tắt": the briefing text of the screen on show, beside it (View → Summary). Follows the
// workspace: a new screen, new figures, another period.
class SummaryDock : public QDockWidget
{
    Q_OBJECT
public:
    SummaryDock(const EntityRegistry &entities, const QVector<ScreenDefinition> &screens,
                Workspace *workspace, QWidget *parent = nullptr);

    NarrativePanel *panel() const { return m_panel; }
    void retranslate();

private:
    void follow(const QString &code);

    QVector<ScreenDefinition> m_screens;
    Workspace *m_workspace;
    NarrativePanel *m_panel;
};

} // namespace ioc
