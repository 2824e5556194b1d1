#include "readinesspage.h"

#include "sourcereadinessmodel.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ioc {

ReadinessPage::ReadinessPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_rules(new QLabel)
    , m_table(new QTableView)
    , m_refusedTitle(new QLabel)
    , m_refused(new QTableWidget(0, 5))
    , m_model(new SourceReadinessModel(this))
    , m_delegate(new StatusDelegate(SourceReadinessModel::StatusRole, this))
{
    setObjectName(QStringLiteral("readinessPage"));
    m_title->setFont(uiFont(textSize::title, QFont::DemiBold));
    m_summary->setFont(uiFont(textSize::heading, QFont::DemiBold));
    m_rules->setWordWrap(true);
    m_rules->setFont(uiFont(textSize::body));
    m_refusedTitle->setFont(uiFont(textSize::heading, QFont::DemiBold));
    m_table->setObjectName(QStringLiteral("sourceReadiness"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SourceReadinessModel::State, m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setFont(uiFont(textSize::body));
    m_refused->setObjectName(QStringLiteral("refusedFiles"));
    m_refused->verticalHeader()->hide();
    m_refused->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refused->horizontalHeader()->setStretchLastSection(true);
    m_refused->setWordWrap(true);
    m_refused->setFont(uiFont(textSize::body));
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_title);
    box->addWidget(m_summary);
    box->addWidget(m_rules);
    box->addWidget(m_table, 3);
    box->addWidget(m_refusedTitle);
    box->addWidget(m_refused, 1);
    retranslate();
}

void ReadinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReadinessPage::retranslate()
{
    m_title->setText(tr("Data readiness by department"));
    QStringList rules;
    for (Frequency f : {Frequency::Realtime, Frequency::Daily, Frequency::Weekly,
                        Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly})
        rules << SourceReadiness::ruleText(f);
    m_rules->setText(tr("When each figure is due: %1. The departments report to the Department "
                        "of Science and Technology every Thursday.")
                         .arg(rules.join(QStringLiteral("; "))));
    m_refusedTitle->setText(tr("Report files refused this month"));
    m_refused->setHorizontalHeaderLabels(
        {tr("File"), tr("Received"), tr("Refused by"), tr("Department"), tr("Problems")});
    m_summary->setText(summaryText());
}

QString ReadinessPage::summaryText() const
{
    const SourceReadiness &r = m_model->readiness();
    if (r.rows.isEmpty())
        return r.error.isEmpty() ? QString() : tr("The cache could not be read: %1").arg(r.error);
    const int late = r.lateCount();
    const int incomplete = int(std::count_if(r.rows.cbegin(), r.rows.cend(), [](const auto &row) {
        return row.onTime() && !row.complete();
    }));
    const int refused = r.refusedFiles();
    return tr("%1 of %2 sources late · %3 incomplete · %4 · as of %5")
        .arg(late)
        .arg(r.rows.size())
        .arg(incomplete)
        .arg(tr("%n file(s) refused this month", nullptr, refused))
        .arg(m_fmt.dateTime(r.at));
}

void ReadinessPage::setReadiness(const SourceReadiness &readiness, const Formatter &fmt,
                                 const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    m_delegate->setTheme(theme);
    m_model->setReadiness(readiness, fmt);
    m_table->resizeColumnsToContents();
    // long lists of codes and names stay readable beside the rest (their tooltips hold all)
    m_table->setColumnWidth(SourceReadinessModel::Source,
                            std::min(m_table->columnWidth(SourceReadinessModel::Source), 430));
    m_table->setColumnWidth(SourceReadinessModel::Indicators,
                            std::min(m_table->columnWidth(SourceReadinessModel::Indicators), 200));
    m_summary->setStyleSheet(
        QStringLiteral("color: %1")
            .arg((readiness.lateCount() > 0 ? theme.critical : theme.ok).name()));
    // every refused file, its department's first
    QVector<QPair<QString, ImportRecord>> files;
    for (const auto &row : readiness.rows) {
        for (const ImportRecord &rec : row.rejected)
            files.append({row.name(fmt.lang()), rec});
    }
    for (const ImportRecord &rec : readiness.unmatched)
        files.append({rec.sheets.isEmpty()
                          ? tr("not known (no sheet names a department)")
                          : tr("not in the catalog: %1").arg(rec.sheets.join(QStringLiteral(", "))),
                      rec});
    m_refused->setRowCount(int(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        const ImportRecord &rec = files.at(i).second;
        // imported here, or sent to a data server by a department with its token
        const QString where = rec.origin.isEmpty() ? tr("this console (import)")
                                                   : tr("data server %1\nsent with the token '%2'")
                                                         .arg(QUrl(rec.origin).host(), rec.sender);
        const QStringList cells{
            rec.file, fmt.dateTime(rec.at), where, files.at(i).first,
            rec.problems.mid(0, 5).join(QLatin1Char('\n'))
                + (rec.problems.size() > 5
                       ? QLatin1Char('\n') + tr("… and %1 more").arg(rec.problems.size() - 5)
                       : QString())};
        for (int c = 0; c < cells.size(); ++c)
            m_refused->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (files.isEmpty()) {
        m_refused->setRowCount(1);
        m_refused->setItem(0, 0,
                           new QTableWidgetItem(tr("No report file was refused this month.")));
    }
    m_refused->resizeColumnsToContents();
    m_refused->resizeRowsToContents();
    m_summary->setText(summaryText());
}

} // namespace ioc
