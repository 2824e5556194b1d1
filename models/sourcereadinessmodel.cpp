#include "sourcereadinessmodel.h"

#include "status.h"

#include <cmath>

namespace ioc {

SourceReadinessModel::SourceReadinessModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceReadinessModel::setReadiness(const SourceReadiness &readiness, const Formatter &fmt)
{
    beginResetModel();
    m_readiness = readiness;
    m_fmt = fmt;
    endResetModel();
}

int SourceReadinessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_readiness.rows.size());
}

int SourceReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceReadinessModel::sparkline(const QVector<double> &weeks)
{
    static const QChar bars[] = {QChar(0x2581), QChar(0x2582), QChar(0x2583), QChar(0x2584),
                                 QChar(0x2585), QChar(0x2586), QChar(0x2587), QChar(0x2588)};
    QString out;
    for (double share : weeks)
        out += bars[std::clamp(int(std::lround(share * 7)), 0, 7)];
    return out;
}

QString SourceReadinessModel::stateText(const SourceReadiness::Row &r) const
{
    if (!r.onTime())
        return tr("Late");
    if (!r.complete())
        return tr("Incomplete");
    if (!r.rejected.isEmpty())
        return tr("Files refused");
    return tr("On time");
}

QString SourceReadinessModel::cell(const SourceReadiness::Row &r, int column) const
{
    switch (column) {
    case State:
        return stateText(r);
    case Source:
        return r.name(m_fmt.lang());
    case Indicators:
        return r.indicators.join(QStringLiteral(", "));
    case LastReceived:
        return r.lastReceived.isValid() ? m_fmt.dateTime(r.lastReceived) : tr("none yet");
    case OnTime:
        if (r.onTime())
            return tr("on time");
        return tr("%1 of %2 late, since %3")
            .arg(r.late.size())
            .arg(r.indicators.size())
            .arg(m_fmt.dateTime(r.lateSince));
    case Completeness:
        return tr("%1/%2 (%3)")
            .arg(r.unitsReported)
            .arg(r.unitsExpected)
            .arg(m_fmt.percent(100.0 * r.completeness, 0));
    case Rejected:
        return r.rejected.isEmpty() ? QStringLiteral("0") : QString::number(r.rejected.size());
    case Trend: // the weeks' shape, and the last week's share in words (a full bar alone reads
                // as a black block from the back of the room)
        return r.weeks.isEmpty() ? QString()
                                 : sparkline(r.weeks) + QLatin1Char(' ')
                                       + m_fmt.percent(100.0 * r.weeks.last(), 0);
    default:
        break;
    }
    return {};
}

QString SourceReadinessModel::tip(const SourceReadiness::Row &r, int column) const
{
    switch (column) {
    case OnTime: {
        QStringList rules;
        for (Frequency f : r.frequencies)
            rules << SourceReadiness::ruleText(f);
        QString t = tr("Due: %1").arg(rules.join(QStringLiteral("; ")));
        if (!r.onTime())
            t += QLatin1Char('\n') + tr("Late: %1").arg(r.late.join(QStringLiteral(", ")));
        return t;
    }
    case Rejected: {
        QStringList lines;
        for (const ImportRecord &rec : r.rejected)
            lines << QStringLiteral("%1 (%2): %3")
                         .arg(rec.file, m_fmt.dateTime(rec.at),
                              rec.problems.mid(0, 3).join(QStringLiteral("; ")));
        return lines.join(QLatin1Char('\n'));
    }
    case Trend: {
        QStringList weeks;
        for (double share : r.weeks)
            weeks << m_fmt.percent(100.0 * share, 0);
        return tr("On time at the end of each of the last %1 weeks, oldest first: %2")
            .arg(r.weeks.size())
            .arg(weeks.join(QStringLiteral(" · ")));
    }
    case Indicators:
    case Source:
        return cell(r, column);
    default:
        break;
    }
    return {};
}

QVariant SourceReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SourceReadiness::Row &r = m_readiness.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cell(r, index.column());
    case Qt::ToolTipRole:
        return tip(r, index.column());
    case StatusRole:
        return int(!r.onTime()                              ? Status::Critical
                   : !r.complete() || !r.rejected.isEmpty() ? Status::Warn
                                                            : Status::Ok);
    case Qt::TextAlignmentRole:
        if (index.column() == Rejected || index.column() == Completeness)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SourceReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Source:
        return tr("Department and source system");
    case Indicators:
        return tr("Indicators");
    case LastReceived:
        return tr("Last figure received");
    case OnTime:
        return tr("On time");
    case Completeness:
        return tr("Units reported");
    case Rejected:
        return tr("Files refused this month");
    case Trend:
        return tr("On time, last 8 weeks");
    default:
        break;
    }
    return {};
}

} // namespace ioc
