#pragma once

#include "format.h"
#include "screens.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace ioc {

// Edits presentation mode's playlist: which screens and saved views, in which order (drag, or the
// Up and Down buttons), how long each stays, on which display it is shown, and in which theme.
class PlaylistDialog : public QDialog
{
    Q_OBJECT
public:
    PlaylistDialog(const QVector<ScreenDefinition> &screens, const QStringList &views,
                   const Formatter &fmt, const QStringList &playlist, int interval,
                   const QString &display, const QString &theme = QStringLiteral("dark"),
                   QWidget *parent = nullptr);

    // the ticked items (screen codes, PlaylistItem::viewKey of views), in the order listed
    QStringList playlist() const;
    int interval() const;    // seconds; 0: the presenter advances
    QString display() const; // the chosen display's name (empty: the window's own)
    QString theme() const;   // "dark" (the wall's default) or "light"

private:
    void move(int by);

    QListWidget *m_list;
    QSpinBox *m_interval;
    QComboBox *m_display;
    QComboBox *m_theme;
};

} // namespace ioc
