#pragma once

#include "format.h"
#include "sourcereadiness.h"
#include "theme.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace ioc {

class SourceReadinessModel;
class StatusDelegate;

// The data-readiness view for the Data Analysis Team: every department and source system with
// its indicators, the last figure received, whether it is on time, how many units reported, the
// files refused this month and the on-time trend by week, the late and incomplete at the top;
// below, the refused files with their problems.
class ReadinessPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReadinessPage(QWidget *parent = nullptr);
    void setReadiness(const SourceReadiness &readiness, const Formatter &fmt, const Theme &theme);
    QTableView *table() const { return m_table; }
    QTableWidget *refused() const { return m_refused; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_rules;
    QTableView *m_table;
    QLabel *m_refusedTitle;
    QTableWidget *m_refused;
    SourceReadinessModel *m_model;
    StatusDelegate *m_delegate;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
};

} // namespace ioc
