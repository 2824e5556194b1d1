#include "importdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ioc {

ImportDialog::ImportDialog(const QVector<ImportOutcome> &outcomes, QWidget *parent)
    : QDialog(parent)
    , m_outcomes(outcomes)
    , m_summary(new QLabel)
    , m_problems(new QTableWidget)
    , m_copy(new QPushButton(tr("Copy the problems")))
{
    setWindowTitle(tr("Import report"));
    setObjectName(QStringLiteral("importDialog"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(summaryText());

    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Sheet"), tr("Cell"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    for (const ImportOutcome &o : m_outcomes) {
        for (const ImportProblem &p : o.result.problems) {
            const int row = m_problems->rowCount();
            m_problems->insertRow(row);
            const QStringList cells{p.file, p.sheet, p.cell(), p.message};
            for (int c = 0; c < cells.size(); ++c)
                m_problems->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
        if (!o.storeError.isEmpty()) {
            const int row = m_problems->rowCount();
            m_problems->insertRow(row);
            m_problems->setItem(row, 0, new QTableWidgetItem(o.result.file));
            m_problems->setItem(row, 3, new QTableWidgetItem(o.storeError));
        }
    }
    m_problems->resizeColumnsToContents();
    m_problems->setColumnWidth(3, std::max(m_problems->columnWidth(3), 420));
    m_problems->resizeRowsToContents();
    m_problems->setVisible(problemCount() > 0);
    m_copy->setVisible(problemCount() > 0);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(problemsText()); });

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    // Qt ships no Vietnamese for its own buttons: name it here
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(problemCount() > 0 ? QSize(1000, 520) : QSize(560, 180));
}

int ImportDialog::problemCount() const
{
    int n = 0;
    for (const ImportOutcome &o : m_outcomes)
        n += int(o.result.problems.size()) + (o.storeError.isEmpty() ? 0 : 1);
    return n;
}

QString ImportDialog::summaryText() const
{
    QStringList lines;
    for (const ImportOutcome &o : m_outcomes) {
        if (o.imported()) {
            QString line = tr("%1: %n figure(s) imported", nullptr,
                              o.stats.added + o.stats.changed + o.stats.unchanged)
                               .arg(o.result.file);
            line += QStringLiteral(" (")
                    + tr("%1 new, %2 changed, %3 already up to date")
                          .arg(o.stats.added)
                          .arg(o.stats.changed)
                          .arg(o.stats.unchanged)
                    + u')';
            if (!o.result.sheets.isEmpty())
                line += QStringLiteral(" · ")
                        + tr("sheets: %1").arg(o.result.sheets.join(QStringLiteral(", ")));
            if (!o.result.hiddenSheets.isEmpty())
                line += QStringLiteral(" · ")
                        + tr("hidden sheets, not imported: %1")
                              .arg(o.result.hiddenSheets.join(QStringLiteral(", ")));
            lines << line;
        } else if (!o.storeError.isEmpty()) {
            lines << tr("%1: nothing was imported; the data cache could not be written.")
                         .arg(o.result.file);
        } else {
            QString line = tr("%1: nothing was imported; %n problem(s) to correct in the file, "
                              "then import it again.",
                              nullptr, int(o.result.problems.size()))
                               .arg(o.result.file);
            if (o.result.truncated)
                line += u' '
                        + tr("Only the first %1 problems are listed.")
                              .arg(ReportImporter::kMaxProblems);
            lines << line;
        }
    }
    return lines.join(u'\n');
}

QString ImportDialog::problemsText() const
{
    QStringList lines{QStringList{tr("File"), tr("Sheet"), tr("Cell"), tr("Problem")}.join(u'\t')};
    for (int r = 0; r < m_problems->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_problems->columnCount(); ++c)
            cells << (m_problems->item(r, c) ? m_problems->item(r, c)->text() : QString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace ioc
