#pragma once

#include "figures.h"
#include "format.h"

#include <QToolBar>

class QComboBox;
class QLabel;
class QMenu;
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

    static constexpr int kMonthsListed = 24;  // the picker: two years of months,
    static constexpr int kQuartersListed = 8; // of quarters, and of year-to-date month ends

    // next is enabled while the selection is before the range's latest day; the picker lists
    // the range's periods of the selection's mode
    void setSelection(const Selection &selection, const PeriodRange &range, const Formatter &fmt);
    void setCompareWith(CompareWith with);
    CompareWith compareWith() const { return m_with; }
    // The picker's entries, newest first, as they read.
    QStringList choiceLabels() const;
    // "Tháng 11/2026", or "Tháng 12/2026 · đến 05/12/2026" for a period not over yet.
    static QString label(const Selection &selection, const Formatter &fmt);

signals:
    void modeChosen(ioc::Selection::Mode mode);
    void stepRequested(int direction); // -1 previous, +1 next
    void periodChosen(const ioc::Selection &selection);
    void compareWithChosen(ioc::CompareWith with); // the "compare with" choice

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QVector<Selection> choices() const;
    void fillPicker();

    Selection m_selection;
    PeriodRange m_range;
    Formatter m_fmt{QStringLiteral("vi")};
    QComboBox *m_mode;
    QComboBox *m_compare;
    QLabel *m_compareLabel;
    CompareWith m_with = CompareWith::Everything;
    QToolButton *m_previous;
    QToolButton *m_period; // shows the period; opens the picker
    QToolButton *m_next;
};

} // namespace ioc
