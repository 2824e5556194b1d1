#pragma once

#include "indicator.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace ioc {

// One problem found while loading a catalog, precise enough to fix the file.
struct CatalogError
{
    int line = 0;      // line in the CSV
    QString indicator; // code of the row, when known
    QString column;    // column name, when known
    int position = 0;  // 1-based character position inside a rule, when relevant
    QString message;

    QString toString() const;
};

// The indicator catalog: loaded whole or not at all.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Catalog)
public:
    // Columns every catalog must have, in this order (the spec's, then ours).
    static const QStringList &columns();
    // The kind of status a row gives (rules.md's table), or a problem when its direction, plan
    // and rules do not say one kind clearly.
    static StatusKind classify(const Indicator &ind, QString *problem);

    static Catalog load(const QString &csvText, const QByteArray &metaJson,
                        QVector<CatalogError> *errors);
    // A catalog as the IOC Data API publishes it (docs/api.md), validated the same way.
    static Catalog fromJson(const QByteArray &json, QVector<CatalogError> *errors);
    // The catalog compiled into the application.
    static Catalog builtIn(QVector<CatalogError> *errors);
    // Whether revision a is later than b ("2026.06.01-1" > "2025.12.30-2"): numbers compared
    // as numbers, part by part.
    static bool isLaterRevision(const QString &a, const QString &b);
    // The catalog to work with: a server's published catalog (as synced into the cache) when it
    // is valid, later than the built-in one and still has every code in requiredCodes (the
    // screens'); otherwise builtIn. note says which, and why a published one was not taken.
    static Catalog preferred(const Catalog &builtIn, const QByteArray &publishedJson,
                             const QStringList &requiredCodes, QString *note);

    bool isValid() const { return !m_indicators.isEmpty(); }
    const QVector<Indicator> &indicators() const { return m_indicators; }
    const Indicator *find(const QString &code) const;
    QString revision() const { return m_revision; }
    // The texts this catalog was loaded from (Catalog::load takes them back): a briefing pack
    // carries them.
    QString csvText() const { return m_csv; }
    QByteArray metaJson() const { return m_meta; }
    // Catalog-wide references such as bf_6.
    std::optional<double> reference(const QString &name) const;

private:
    void readMeta(const QByteArray &metaJson, QVector<CatalogError> *found);
    QVector<Indicator> m_indicators;
    QHash<QString, int> m_index;
    QString m_revision;
    QHash<QString, double> m_references;
    QString m_csv;
    QByteArray m_meta;
};

} // namespace ioc
