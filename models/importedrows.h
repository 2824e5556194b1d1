#pragma once

#include "observation.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ioc {

// The figures of a report file, kept compactly (each code, period and sheet name once, however
// many rows carry it; a 300 000-row file costs about 12 MB, not the 200 MB its observations
// would) and handed out as observations with their provenance: sourceKind "import" (or what
// setSourceKind says), sourceRef the file, sourceDetail "sheet!cell", fetchedAt the import time.
class ImportedRows
{
public:
    ImportedRows() = default;
    ImportedRows(const QString &file, const QDateTime &importedAt);

    // A string's number among the rows' strings (added when new): rows carry codes by number.
    qint32 intern(const QString &text);
    // One figure: indicator, entity, period and sheet by their numbers from intern(); row and
    // column are the value's cell.
    void add(qint32 indicator, qint32 entity, qint32 period, double value,
             std::optional<double> plan, std::optional<double> annualPlan, qint32 sheet, int row,
             int column);
    void setSourceKind(const QString &kind) { m_sourceKind = kind; }
    void clear();

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    Observation at(int i) const;
    Observation first() const { return at(0); }
    // count observations from the i-th (fewer at the end)
    QVector<Observation> mid(int from, int count) const;
    QVector<Observation> toVector() const { return mid(0, size()); }

    class const_iterator
    {
    public:
        const_iterator(const ImportedRows *rows, int i)
            : m_rows(rows)
            , m_i(i)
        {}
        Observation operator*() const { return m_rows->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const ImportedRows *m_rows;
        int m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    struct Row
    {
        qint32 indicator, entity, period, sheet; // into m_strings
        qint32 row, column;                      // of the value's cell, 1-based
        double value;
        double plan, annualPlan;
        bool hasPlan, hasAnnualPlan;
    };
    QString m_file;
    QDateTime m_importedAt;
    QString m_sourceKind = QStringLiteral("import");
    QStringList m_strings;
    QHash<QString, qint32> m_index; // into m_strings
    QVector<Row> m_rows;
};

} // namespace ioc
