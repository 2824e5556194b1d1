#include "figuretablemodel.h"

#include "csv.h"

#include <limits>

namespace ioc {

FigureTableModel::FigureTableModel(const EntityRegistry &entities, QObject *parent)
    : QAbstractTableModel(parent)
    , m_entities(entities)
{}

void FigureTableModel::setFigures(const ScreenData &data, const Formatter &formatter)
{
    beginResetModel();
    m_formatter = formatter;
    m_figures = data.figures;
    m_byEntity = false;
    endResetModel();
}

void FigureTableModel::setBreakdown(const QVector<Figure> &figures, const Formatter &formatter,
                                    const QHash<QString, int> &ranks)
{
    beginResetModel();
    m_formatter = formatter;
    m_figures = figures;
    m_byEntity = true;
    m_ranks = ranks;
    endResetModel();
}

const Figure *FigureTableModel::figureAt(int row) const
{
    return row >= 0 && row < m_figures.size() ? &m_figures.at(row) : nullptr;
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_figures.at(index.row());
    const Indicator &ind = *f.indicator;
    const QString lang = m_formatter.lang();
    if (role == StatusRole)
        return int(f.status.effective());
    if (role == IndicatorCodeRole)
        return ind.code;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Value || index.column() == VsPrevious
                             || index.column() == VsLastYear;
        return QVariant::fromValue(Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter));
    }
    // a missing figure sorts below every real one, in either direction
    auto optional = [](const std::optional<double> &v) {
        return QVariant(v ? *v : std::numeric_limits<double>::lowest());
    };
    if (m_byEntity && (role == Qt::DisplayRole || role == SortRole)
        && (index.column() == Code || index.column() == Name)) {
        const Entity *entity = m_entities.find(f.entity);
        return index.column() == Code ? f.entity : entity ? entity->name(lang) : f.entity;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Code:
            return ind.code;
        case Name:
            return ind.name(lang);
        case Value:
            return optional(f.value);
        case Comparison:
            return optional(f.pctOfPlan());
        case VsPrevious:
            return optional(f.changeVsPrevious());
        case VsLastYear:
            return optional(f.changeVsLastYear());
        case StatusColumn:
            return severity(f.status.effective());
        case AsOf:
            return f.asOf;
        case Source:
            return ind.sourceRefText(f.sourceRef, lang);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) { // every cell: the whole figure, where a panel elides it
        const Entity *e = m_entities.find(f.entity);
        return m_formatter.figureTip(f,
                                     e && e->kind != EntityKind::City ? e->name(lang) : QString());
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString dash = QStringLiteral("–");
    switch (index.column()) {
    case Code:
        return ind.code;
    case Name: {
        const Entity *e = m_entities.find(f.entity);
        if (e && e->kind != EntityKind::City)
            return QStringLiteral("%1 (%2)").arg(ind.name(lang), e->name(lang));
        return ind.name(lang);
    }
    case Value:
        return f.value ? m_formatter.value(ind, *f.value) : m_formatter.statusText(Status::NoData);
    case Comparison: {
        const QString text = m_formatter.comparisonText(f);
        return text.isEmpty() ? dash : text;
    }
    case VsPrevious: {
        const auto c = f.changeVsPrevious();
        return c ? m_formatter.signedChange(*c, f.changeInPoints()) : dash;
    }
    case VsLastYear: {
        const auto c = f.changeVsLastYear();
        return c ? m_formatter.signedChange(*c, f.changeInPoints()) : dash;
    }
    case StatusColumn:
        return m_formatter.statusText(f.status);
    case AsOf:
        return f.asOf.isValid() ? m_formatter.date(toCityTime(f.asOf).date()) : dash;
    case Source:
        return ind.sourceRefText(f.sourceRef, lang);
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && !m_ranks.isEmpty()) {
        // the unit's rank by value, as its tile says it ("hạng 33/114"), not the row's place
        // in the worst-first order
        const Figure *f = figureAt(section);
        const int rank = f ? m_ranks.value(f->entity) : 0;
        return rank > 0 ? QVariant(m_formatter.number(rank, 0)) : QVariant(QStringLiteral("–"));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return m_byEntity ? tr("Unit") : tr("Indicator");
    case Value:
        return tr("Actual");
    case Comparison:
        return tr("Comparison");
    case VsPrevious:
        return tr("vs previous period");
    case VsLastYear:
        return tr("vs same period last year");
    case StatusColumn:
        return tr("Status");
    case AsOf:
        return tr("As of");
    case Source:
        return tr("Source");
    }
    return {};
}

QString FigureTableModel::toTsv(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << data(index(r, c)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray FigureTableModel::toCsv(const QList<int> &rows) const
{
    QList<QStringList> lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header;
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << data(index(r, c)).toString();
        lines << cells;
    }
    return Csv::document(lines);
}

} // namespace ioc
