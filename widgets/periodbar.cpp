#include "periodbar.h"

#include "screenpage.h"
#include "theme.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QToolButton>

namespace ioc {

PeriodBar::PeriodBar(QWidget *parent)
    : QToolBar(parent)
    , m_mode(new QComboBox)
    , m_previous(new QToolButton)
    , m_label(new QLabel)
    , m_next(new QToolButton)
{
    setObjectName(QStringLiteral("period"));
    setMovable(false);
    setFloatable(false);
    m_mode->setObjectName(QStringLiteral("periodMode"));
    m_mode->setFont(uiFont(textSize::control));
    m_previous->setText(QStringLiteral("◀"));
    m_next->setText(QStringLiteral("▶"));
    m_label->setFont(uiFont(textSize::heading, QFont::DemiBold));
    m_label->setMinimumWidth(260);
    m_label->setAlignment(Qt::AlignCenter);
    addWidget(m_mode);
    addWidget(m_previous);
    addWidget(m_label);
    addWidget(m_next);
    connect(m_previous, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        emit modeChosen(Selection::Mode(m_mode->itemData(index).toInt()));
    });
    refresh();
}

void PeriodBar::setSelection(const Selection &selection, const QDate &latest, const Formatter &fmt)
{
    m_selection = selection;
    m_latest = latest;
    m_fmt = fmt;
    refresh();
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
    m_label->setText(
        m_selection.asOf.isValid()
            ? tr("%1 · to %2")
                  .arg(ScreenPage::windowLabel(m_selection, m_fmt), m_fmt.date(m_selection.asOf))
            : QString());
    m_previous->setToolTip(tr("Previous period (Ctrl+PgUp)"));
    m_next->setToolTip(tr("Next period (Ctrl+PgDown)"));
    // the arrows are named for a screen reader (it would say "◀")
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setAccessibleName(tr("Next period"));
    m_next->setEnabled(m_selection.asOf < m_latest);
    setWindowTitle(tr("Period"));
}

} // namespace ioc
