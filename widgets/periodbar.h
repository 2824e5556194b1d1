#pragma once

#include "figures.h"
#include "format.h"

#include <QToolBar>

class QComboBox;
class QLabel;
class QToolButton;

namespace ioc {

// The period every screen shows: month, quarter or year to date, the window it covers and the
// day it runs to, with arrows to the previous and next period (named for a screen reader). It
// only shows and asks; the window decides what a step means (a briefing pack has its own
// periods). Retranslates itself on a language change.
class PeriodBar : public QToolBar
{
    Q_OBJECT
public:
    explicit PeriodBar(QWidget *parent = nullptr);

    // next is enabled while the selection is before latest
    void setSelection(const Selection &selection, const QDate &latest, const Formatter &fmt);

signals:
    void modeChosen(ioc::Selection::Mode mode);
    void stepRequested(int direction); // -1 previous, +1 next

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Selection m_selection;
    QDate m_latest;
    Formatter m_fmt{QStringLiteral("vi")};
    QComboBox *m_mode;
    QToolButton *m_previous;
    QLabel *m_label;
    QToolButton *m_next;
};

} // namespace ioc
