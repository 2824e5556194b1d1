#include "briefingdialog.h"

#include "briefingpack.h"
#include "look.h"
#include "periodbar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
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
        // the month shown and the 23 whole months before it, as the period picker lists them
        m_months = new QListWidget;
        auto *right = m_right = new QVBoxLayout;
        auto *monthsLabel = new QLabel(tr("&Months:"));
        monthsLabel->setBuddy(m_months);
        right->addWidget(monthsLabel);
        Selection month{Selection::Mode::Month, current.asOf};
        for (int i = 0; i < PeriodBar::kMonthsListed; ++i, month = month.stepped(-1)) {
            auto *item = new QListWidgetItem(PeriodBar::label(month, fmt), m_months);
            item->setData(Qt::UserRole, selectionKey(month));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(i == 0 ? Qt::Checked : Qt::Unchecked);
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

void BriefingDialog::setViews(const QStringList &names, const QStringList &ticked)
{
    if (!m_right || names.isEmpty())
        return;
    m_views = new QListWidget;
    m_views->setObjectName(QStringLiteral("views"));
    auto *label = new QLabel(tr("Saved &views to carry:"));
    label->setBuddy(m_views);
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_views);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_right->addWidget(label);
    m_right->addWidget(m_views, 1);
}

QStringList BriefingDialog::views() const
{
    QStringList out;
    for (int i = 0; m_views && i < m_views->count(); ++i) {
        if (m_views->item(i)->checkState() == Qt::Checked)
            out << m_views->item(i)->text();
    }
    return out;
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

ReadinessDialog::ReadinessDialog(const Readiness &readiness, const Catalog &catalog,
                                 const EntityRegistry &entities, const Formatter &fmt,
                                 QWidget *parent)
    : QDialog(parent)
    , m_verdict(new QLabel(readiness.verdict()))
    , m_table(new QTableWidget(int(readiness.coverage.size()), 7))
{
    setWindowTitle(tr("Readiness of the briefing pack"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    const Theme &theme = Look::current().theme();
    m_verdict->setStyleSheet(
        QStringLiteral("color: %1")
            .arg((readiness.ready() ? theme.status(Status::Ok) : theme.status(Status::Critical))
                     .name()));
    m_table->setHorizontalHeaderLabels({tr("Screen"), tr("Period"), tr("Figures"),
                                        tr("Oldest figure"), tr("Reports not received"),
                                        tr("Stale sources"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int r = 0; r < readiness.coverage.size(); ++r) {
        const Readiness::Coverage &c = readiness.coverage.at(r);
        QString oldest;
        if (c.oldest) {
            const Indicator *ind = catalog.find(c.oldest->indicator);
            oldest = tr("%1, %2").arg(c.oldest->indicator, fmt.dateTime(c.oldest->asOf));
            if (ind)
                oldest += QLatin1Char('\n') + ind->sourceText(fmt.lang());
        }
        const QStringList cells{
            c.screen,
            selectionLabel(c.selection, fmt),
            tr("%1/%2").arg(c.present).arg(c.expected)
                + (c.missing.isEmpty()
                       ? QString()
                       : QLatin1Char('\n')
                             + tr("none: %1").arg(c.missing.join(QStringLiteral(", ")))),
            oldest,
            c.reportsMissing.isEmpty() ? tr("none") : c.reportsMissing.join(QStringLiteral(" ")),
            c.staleSources.isEmpty() ? tr("none") : c.staleSources.join(QStringLiteral(" ")),
            c.verdict()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == cells.size() - 1)
                item->setForeground(c.ready() ? theme.status(Status::Ok).darker(120)
                                              : theme.status(Status::Critical));
            m_table->setItem(r, col, item);
        }
    }
    // the screen, its period and its count as wide as they are; the rest shares the width and wraps
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int col : {0, 1, 2})
        m_table->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // rows as tall as their wrapped text once the columns have their widths
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);
    // the findings in words, wrapped at the dialog's edge
    QStringList lines = readiness.summary(catalog, entities, fmt);
    lines.removeFirst(); // the verdict, shown above
    auto *details = new QPlainTextEdit(lines.join(QLatin1Char('\n')));
    details->setReadOnly(true);
    details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 2);
    layout->addWidget(details, 1);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Save pack…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 640);
}

QString ReadinessDialog::verdict() const
{
    return m_verdict->text();
}

} // namespace ioc
