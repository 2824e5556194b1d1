#pragma once

#include "reportimport.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QPushButton;

namespace ioc {

// What an import did, file by file: the figures taken in, or every problem that stopped a file,
// with its sheet and cell so the operator can correct the report and import it again.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QVector<ImportOutcome> &outcomes, QWidget *parent = nullptr);

    int problemCount() const;
    QString summaryText() const;
    // The problems as tab-separated text (file, sheet, cell, problem), as the copy button gives.
    QString problemsText() const;

private:
    QVector<ImportOutcome> m_outcomes;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_copy;
};

} // namespace ioc
