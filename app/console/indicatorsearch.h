#pragma once

#include "catalog.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ioc {

// Ctrl+K: find any of the 86 indicators by code or name, in Vietnamese or English, with or
// without diacritics ("giai ngan" finds "giải ngân"). Enter opens the chosen one's detail.
class IndicatorSearch : public QDialog
{
    Q_OBJECT
public:
    IndicatorSearch(const Catalog &catalog, const QString &lang, QWidget *parent = nullptr);

    // Codes matching the query, best first: code prefix, then every word found in a name.
    static QStringList search(const Catalog &catalog, const QString &query);
    void setQuery(const QString &query);
    QStringList shownCodes() const;

signals:
    void chosen(const QString &indicatorCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void choose();

    const Catalog &m_catalog;
    QString m_lang;
    QLineEdit *m_query;
    QListWidget *m_results;
};

} // namespace ioc
