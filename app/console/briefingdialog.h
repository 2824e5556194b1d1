#pragma once

#include "figures.h"
#include "format.h"
#include "screens.h"

#include <QDialog>

class QLabel;
class QTableWidget;

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QVBoxLayout;

namespace ioc {

class Catalog;
class EntityRegistry;
class Formatter;
struct Readiness;

// Chooses the screens (and, for a briefing pack, the months and the saved views it carries; for
// a PDF, the appendix) of a briefing, from a checkable list with every screen checked.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Pack, Pdf, Figures };
    BriefingDialog(Purpose purpose, const QVector<ScreenDefinition> &screens,
                   const Selection &current, const Formatter &fmt, QWidget *parent = nullptr);

    // A pack: the saved views it may carry (below the months), those named in `ticked` ticked.
    void setViews(const QStringList &names, const QStringList &ticked);
    QStringList screens() const;
    QStringList views() const;             // the ticked views' names
    QVector<Selection> selections() const; // the months checked (a pack), else the current period
    bool appendix() const;

private:
    QListWidget *m_screens;
    QListWidget *m_months = nullptr;
    QListWidget *m_views = nullptr;
    QVBoxLayout *m_right = nullptr;
    QCheckBox *m_appendix = nullptr;
    Selection m_current;
};

// The readiness check of a pack before it is written: the verdict ("Sẵn sàng" / "Chưa sẵn
// sàng: …"), a table of the screens (figures present, the oldest figure and its source,
// reports missing, stale sources, each screen's verdict), the findings in words, and Save or
// Cancel.
class ReadinessDialog : public QDialog
{
    Q_OBJECT
public:
    ReadinessDialog(const Readiness &readiness, const Catalog &catalog,
                    const EntityRegistry &entities, const Formatter &fmt,
                    QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QString verdict() const;

private:
    QLabel *m_verdict;
    QTableWidget *m_table;
};

} // namespace ioc
