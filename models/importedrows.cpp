#include "importedrows.h"

#include "xlsxreader.h"

namespace ioc {

ImportedRows::ImportedRows(const QString &file, const QDateTime &importedAt)
    : m_file(file)
    , m_importedAt(importedAt)
{}

qint32 ImportedRows::intern(const QString &text)
{
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return *it;
    m_strings << text;
    const auto id = qint32(m_strings.size() - 1);
    m_index.insert(text, id);
    return id;
}

void ImportedRows::add(qint32 indicator, qint32 entity, qint32 period, double value,
                       std::optional<double> plan, std::optional<double> annualPlan, qint32 sheet,
                       int row, int column)
{
    m_rows.append(Row{indicator, entity, period, sheet, row, column, value, plan.value_or(0),
                      annualPlan.value_or(0), plan.has_value(), annualPlan.has_value()});
}

void ImportedRows::clear()
{
    m_rows = {};
    m_strings = {};
    m_index = {};
}

Observation ImportedRows::at(int i) const
{
    const Row &r = m_rows.at(i);
    Observation o;
    o.indicator = m_strings.at(r.indicator);
    o.entity = m_strings.at(r.entity);
    o.period = m_strings.at(r.period);
    o.value = r.value;
    if (r.hasPlan)
        o.plan = r.plan;
    if (r.hasAnnualPlan)
        o.annualPlan = r.annualPlan;
    o.sourceKind = m_sourceKind;
    o.sourceRef = m_file;
    const QString &sheet = m_strings.at(r.sheet);
    const QString cell = XlsxReader::cellName(r.row, r.column);
    o.sourceDetail = sheet.isEmpty() ? cell : sheet + u'!' + cell;
    o.fetchedAt = m_importedAt;
    return o;
}

QVector<Observation> ImportedRows::mid(int from, int count) const
{
    QVector<Observation> out;
    const int last = std::min(size(), from + count);
    out.reserve(std::max(0, last - from));
    for (int i = from; i < last; ++i)
        out << at(i);
    return out;
}

} // namespace ioc
