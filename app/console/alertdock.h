#pragma once

#include "alert.h"
#include "catalog.h"
#include "entity.h"
#include "format.h"
#include "theme.h"

#include <QDockWidget>

#include <functional>

class QToolButton;

namespace ioc {

class AlertPanel;
class ScreenRepository;

// The alert journal as the operator sees it (View → Alerts, Ctrl+Shift+A): a dock with the
// journal's table, and a status-bar button with the count not yet acknowledged (bold when any,
// in the status's colour). It shows what the repository journals and reads, and acknowledges
// through it (asking for the operator, kept in the settings, and a note).
class AlertDock : public QDockWidget
{
    Q_OBJECT
public:
    AlertDock(const Catalog &catalog, const EntityRegistry &entities, ScreenRepository *repository,
              bool readOnly, QWidget *parent = nullptr);

    AlertPanel *panel() const { return m_panel; }
    QToolButton *button() const { return m_button; }
    QVector<Alert> alerts() const;
    void setLook(const Formatter &fmt, const Theme &theme);
    void showAlerts(); // shown, raised, the table focused
    // The journal judges the figures of the month running to `latest` after each change of the
    // data (judge), by the given clock; a newly opened cache once its first screen is shown
    // (judgeLater, then screenShown: judging every indicator must not hold up that paint).
    // Only the live console judges: never a past day, a pack or a scripted render.
    void setJudging(const QDate &latest, std::function<QDateTime()> clock);
    void judge();
    void judgeLater() { m_pending = true; }
    void screenShown();
    void acknowledge(const ioc::Alert &alert);

signals:
    // a pass of the journal over the data ended, adding this many alerts (often none)
    void journaled(int raised);
    void raised(const QVector<ioc::Alert> &alerts); // the alerts a pass added, when any
    // a Group D (emergency) figure rose to warn or critical: the sentence to show at once (in
    // the status bar); a critical one also as a banner over a running presentation
    void emergency(const QString &text);
    void critical(const QString &text);
    void acknowledged(const ioc::Alert &alert);
    void problem(const QString &text); // the journal cannot be read
    void indicatorActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onJournaled(const QVector<ioc::Alert> &raised);
    void updateCount();

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    ScreenRepository *m_repository;
    bool m_readOnly;
    Formatter m_fmt{QStringLiteral("vi")};
    Theme m_theme = Theme::light();
    AlertPanel *m_panel;
    QDate m_latest; // invalid: never judges
    std::function<QDateTime()> m_clock;
    bool m_pending = false;
    QToolButton *m_button;
};

} // namespace ioc
