#pragma once

#include "alerttablemodel.h"
#include "theme.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ioc {

class StatusDelegate;

// The alert journal: every rise of an (indicator, entity) to warn or critical, newest first,
// filtered by group and severity, with the acknowledgement and its note.
class AlertPanel : public QWidget
{
    Q_OBJECT
public:
    AlertPanel(const Catalog &catalog, const EntityRegistry &entities, QWidget *parent = nullptr);

    AlertTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setFormatter(const Formatter &formatter);
    void setTheme(const Theme &theme);
    // A briefing pack's journal is shown as it was frozen: nothing can be acknowledged.
    void setReadOnly(bool readOnly);
    // The journal could not be read: said in place of the count, and nothing can be acknowledged.
    void setProblem(const QString &problem);
    // group: "A".."D" or empty; minimum: Status::Warn (all) or Status::Critical
    void setFilter(const QString &group, Status minimum, bool unacknowledgedOnly);
    void retranslate();

signals:
    void acknowledgeRequested(const ioc::Alert &alert);
    void indicatorActivated(const QString &code);

private:
    void applyFilter();
    void updateButtons();

    AlertTableModel *m_model;
    QTableView *m_view;
    StatusDelegate *m_delegate;
    QComboBox *m_group;
    QComboBox *m_severity;
    QCheckBox *m_open;
    QPushButton *m_acknowledge;
    QLabel *m_count;
    QLabel *m_groupLabel;
    QLabel *m_severityLabel;
    bool m_readOnly = false;
    QString m_problem;
};

} // namespace ioc
