#pragma once

#include "catalog.h"
#include "entity.h"
#include "screens.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ioc {

// Ctrl+K: find an indicator, a screen or a place (a commune, ward or special zone, an investor
// or unit, a project, a station) by code or name, in Vietnamese or English, with or without
// diacritics ("giai ngan" finds "giải ngân", "hong bang" finds Phường Hồng Bàng), listed in
// labelled groups. Each word typed must begin a word of the name; whole words rank before
// beginnings, a code typed ranks first. Enter opens the chosen indicator or screen, or filters
// every screen to the chosen place.
class IndicatorSearch : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Indicator, Screen, Place, View };
    struct Hit
    {
        Kind kind;
        QString code;
        int rank; // 3: a code begins so; 2: every word whole; 1: every word begins a word
    };

    IndicatorSearch(const Catalog &catalog, const QVector<ScreenDefinition> &screens,
                    const EntityRegistry &entities, const QString &lang, QWidget *parent = nullptr);

    // Everything matching the query, group by group (the group with the best match first; then
    // indicators, screens, places), best first within a group. An empty query lists the screens
    // and the indicators.
    static QVector<Hit> find(const Catalog &catalog, const QVector<ScreenDefinition> &screens,
                             const EntityRegistry &entities, const QString &query,
                             bool placesOnly = false, const QStringList &views = {});
    // The indicators alone, as codes.
    static QStringList search(const Catalog &catalog, const QString &query);
    void setQuery(const QString &query);
    // only places, all of them listed (the place filter's "Choose a place…")
    void setPlacesOnly(bool on);
    // the saved views' names, listed in a group of their own (a hit's code is the name)
    void setViews(const QStringList &names);
    QStringList shownCodes() const;  // what can be chosen, in order
    QStringList shownGroups() const; // the groups' headings, in order

signals:
    void chosen(ioc::IndicatorSearch::Kind kind, const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void choose();
    QString label(const Hit &hit) const;

    const Catalog &m_catalog;
    const QVector<ScreenDefinition> &m_screens;
    const EntityRegistry &m_entities;
    QString m_lang;
    bool m_placesOnly = false;
    QStringList m_views;
    QLineEdit *m_query;
    QListWidget *m_results;
};

} // namespace ioc
