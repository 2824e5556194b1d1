#include "periodbar.h"

#include "screenpage.h"
#include "theme.h"

#include <QComboBox>
#include <QLabel>
#include <QEvent>
#include <QMenu>
#include <QToolButton>

namespace ioc {

PeriodBar::PeriodBar(QWidget *parent)
    : QToolBar(parent)
    , m_mode(new QComboBox)
    , m_compare(new QComboBox)
    , m_compareLabel(new QLabel)
    , m_previous(new QToolButton)
    , m_period(new QToolButton)
    , m_next(new QToolButton)
{
    setObjectName(QStringLiteral("period"));
    setMovable(false);
    setFloatable(false);
    m_mode->setObjectName(QStringLiteral("periodMode"));
    m_mode->setFont(uiFont(textSize::control));
    m_previous->setText(QStringLiteral("◀"));
    m_next->setText(QStringLiteral("▶"));
    m_period->setObjectName(QStringLiteral("periodPicker"));
    m_period->setFont(uiFont(textSize::heading, QFont::DemiBold));
    m_period->setMinimumWidth(260);
    m_period->setPopupMode(QToolButton::InstantPopup);
    m_period->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *picker = new QMenu(m_period);
    picker->setObjectName(QStringLiteral("periodMenu"));
    m_period->setMenu(picker);
    connect(picker, &QMenu::aboutToShow, this, &PeriodBar::fillPicker);
    addWidget(m_mode);
    addWidget(m_previous);
    addWidget(m_period);
    addWidget(m_next);
    // what the tiles compare each figure with, beside the comparison its status judged
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_compare->setFont(uiFont(textSize::control));
    m_compareLabel->setFont(uiFont(textSize::control));
    m_compareLabel->setBuddy(m_compare);
    m_compareLabel->setContentsMargins(12, 0, 4, 0);
    addWidget(m_compareLabel);
    addWidget(m_compare);
    connect(m_compare, &QComboBox::activated, this, [this](int index) {
        m_with = CompareWith(m_compare->itemData(index).toInt());
        emit compareWithChosen(m_with);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        emit modeChosen(Selection::Mode(m_mode->itemData(index).toInt()));
    });
    refresh();
}

void PeriodBar::setSelection(const Selection &selection, const PeriodRange &range,
                             const Formatter &fmt)
{
    m_selection = selection;
    m_range = range;
    m_fmt = fmt;
    refresh();
}

void PeriodBar::setCompareWith(CompareWith with)
{
    m_with = with;
    refresh();
}

QString PeriodBar::label(const Selection &selection, const Formatter &fmt)
{
    if (!selection.asOf.isValid())
        return {};
    // a whole month or quarter is named; year to date, or a period not over yet, says its day
    const Selection whole = selection.stepped(-1).stepped(+1);
    if (selection.mode != Selection::Mode::YearToDate && whole.asOf == selection.asOf)
        return ScreenPage::windowLabel(selection, fmt);
    return tr("%1 · to %2").arg(ScreenPage::windowLabel(selection, fmt), fmt.date(selection.asOf));
}

QVector<Selection> PeriodBar::choices() const
{
    return m_range.choices(m_selection.mode, m_selection.mode == Selection::Mode::Quarter
                                                 ? kQuartersListed
                                                 : kMonthsListed);
}

QStringList PeriodBar::choiceLabels() const
{
    QStringList labels;
    for (const Selection &s : choices())
        labels << label(s, m_fmt);
    return labels;
}

void PeriodBar::fillPicker()
{
    QMenu *picker = m_period->menu();
    picker->clear();
    for (const Selection &s : choices()) {
        QAction *a = picker->addAction(label(s, m_fmt));
        a->setCheckable(true);
        a->setChecked(s == m_selection);
        connect(a, &QAction::triggered, this, [this, s] { emit periodChosen(s); });
    }
}

void PeriodBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolBar::changeEvent(event);
}

void PeriodBar::refresh()
{
    const QSignalBlocker blocker(m_mode);
    m_mode->clear();
    m_mode->addItem(tr("Month"), int(Selection::Mode::Month));
    m_mode->addItem(tr("Quarter"), int(Selection::Mode::Quarter));
    m_mode->addItem(tr("Year to date"), int(Selection::Mode::YearToDate));
    m_mode->setCurrentIndex(m_mode->findData(int(m_selection.mode)));
    m_mode->setToolTip(tr("The period every screen shows"));
    {
        const QSignalBlocker quiet(m_compare);
        m_compare->clear();
        m_compare->addItem(tr("everything"), int(CompareWith::Everything));
        m_compare->addItem(tr("the previous period"), int(CompareWith::Previous));
        m_compare->addItem(tr("the same period last year"), int(CompareWith::LastYear));
        m_compare->addItem(tr("the plan"), int(CompareWith::Plan));
        m_compare->setCurrentIndex(m_compare->findData(int(m_with)));
    }
    m_compareLabel->setText(tr("Compare with:"));
    m_compare->setToolTip(tr("What each tile compares its figure with, beside the comparison "
                             "its status was judged on"));
    m_period->setText(label(m_selection, m_fmt));
    m_period->setToolTip(tr("Choose the period"));
    m_period->setAccessibleName(tr("Period: %1").arg(label(m_selection, m_fmt)));
    m_previous->setToolTip(tr("Previous period (Ctrl+PgUp)"));
    m_next->setToolTip(tr("Next period (Ctrl+PgDown)"));
    // the arrows are named for a screen reader (it would say "◀")
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setAccessibleName(tr("Next period"));
    m_next->setEnabled(m_range.step(m_selection, +1).has_value());
    setWindowTitle(tr("Period"));
}

} // namespace ioc
