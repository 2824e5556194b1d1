#pragma once

#include "figures.h"
#include "format.h"
#include "screens.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;

namespace ioc {

// Chooses the screens (and, for a briefing pack, the months; for a PDF, the appendix) of a
// briefing, from a checkable list with every screen checked.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Pack, Pdf, Figures };
    BriefingDialog(Purpose purpose, const QVector<ScreenDefinition> &screens,
                   const Selection &current, const Formatter &fmt, QWidget *parent = nullptr);

    QStringList screens() const;
    QVector<Selection> selections() const; // the months checked (a pack), else the current period
    bool appendix() const;

private:
    QListWidget *m_screens;
    QListWidget *m_months = nullptr;
    QCheckBox *m_appendix = nullptr;
    Selection m_current;
};

// The readiness check of a pack before it is written: the summary, and Save or Cancel.
class ReadinessDialog : public QDialog
{
    Q_OBJECT
public:
    ReadinessDialog(const QStringList &lines, QWidget *parent = nullptr);
};

} // namespace ioc
