#include "briefingdialog.h"

#include "briefingpack.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ioc {

BriefingDialog::BriefingDialog(Purpose purpose, const QVector<ScreenDefinition> &screens,
                               const Selection &current, const Formatter &fmt, QWidget *parent)
    : QDialog(parent)
    , m_screens(new QListWidget)
    , m_current(current)
{
    setWindowTitle(purpose == Purpose::Pack  ? tr("Prepare briefing")
                   : purpose == Purpose::Pdf ? tr("Export screens as PDF")
                                             : tr("Export figures"));
    auto *layout = new QVBoxLayout(this);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *screensLabel = new QLabel(tr("&Screens:"));
    screensLabel->setBuddy(m_screens);
    left->addWidget(screensLabel);
    for (const ScreenDefinition &s : screens) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(s.code, s.title(fmt.lang())),
                                         m_screens);
        item->setData(Qt::UserRole, s.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_screens->setMinimumWidth(380);
    left->addWidget(m_screens, 1);
    auto *all = new QHBoxLayout;
    auto *checkAll = new QPushButton(tr("&All"));
    auto *checkNone = new QPushButton(tr("&None"));
    for (auto [button, state] :
         {std::pair{checkAll, Qt::Checked}, std::pair{checkNone, Qt::Unchecked}}) {
        const Qt::CheckState s = state;
        connect(button, &QPushButton::clicked, this, [this, s] {
            for (int i = 0; i < m_screens->count(); ++i)
                m_screens->item(i)->setCheckState(s);
        });
        all->addWidget(button);
    }
    all->addStretch(1);
    left->addLayout(all);
    lists->addLayout(left, 2);

    if (purpose == Purpose::Pack) {
        // the month shown and the five before it
        m_months = new QListWidget;
        auto *right = new QVBoxLayout;
        auto *monthsLabel = new QLabel(tr("&Months:"));
        monthsLabel->setBuddy(m_months);
        right->addWidget(monthsLabel);
        QDate end = current.asOf;
        for (int i = 0; i < 6; ++i) {
            const Selection month{Selection::Mode::Month, end};
            auto *item = new QListWidgetItem(selectionLabel(month, fmt), m_months);
            item->setData(Qt::UserRole, selectionKey(month));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(i == 0 ? Qt::Checked : Qt::Unchecked);
            end = QDate(end.year(), end.month(), 1).addDays(-1);
        }
        right->addWidget(m_months, 1);
        lists->addLayout(right, 1);
    } else {
        layout->addWidget(new QLabel(tr("Period: %1").arg(selectionLabel(current, fmt))));
    }
    layout->addLayout(lists, 1);
    if (purpose == Purpose::Pdf) {
        m_appendix
            = new QCheckBox(tr("Add an &appendix with the figures of each screen as tables"));
        layout->addWidget(m_appendix);
    }
    auto *buttons = new QDialogButtonBox;
    QPushButton *ok
        = buttons->addButton(purpose == Purpose::Pack ? tr("Check readiness") : tr("Export…"),
                             QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, ok] {
        ok->setEnabled(!this->screens().isEmpty() && !selections().isEmpty());
    };
    connect(m_screens, &QListWidget::itemChanged, this, updateOk);
    if (m_months)
        connect(m_months, &QListWidget::itemChanged, this, updateOk);
    layout->addWidget(buttons);
    resize(720, 520);
}

QStringList BriefingDialog::screens() const
{
    QStringList out;
    for (int i = 0; i < m_screens->count(); ++i) {
        if (m_screens->item(i)->checkState() == Qt::Checked)
            out << m_screens->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

QVector<Selection> BriefingDialog::selections() const
{
    if (!m_months)
        return {m_current};
    QVector<Selection> out;
    for (int i = 0; i < m_months->count(); ++i) {
        if (m_months->item(i)->checkState() == Qt::Checked) {
            if (const auto s = selectionFromKey(m_months->item(i)->data(Qt::UserRole).toString()))
                out << *s;
        }
    }
    return out;
}

bool BriefingDialog::appendix() const
{
    return m_appendix && m_appendix->isChecked();
}

ReadinessDialog::ReadinessDialog(const QStringList &lines, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Readiness of the briefing pack"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QPlainTextEdit(lines.join(QLatin1Char('\n')));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Save pack…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace ioc
