// What the data-readiness view reads from the cache, and the import journal (schemas 6, 7): part of
// Cache, the only code with SQL.
#include "cache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ioc {

Cache::Receipt Cache::latestReceipt(const QString &indicator, const QDateTime &before) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT max(period), max(fetched_at) FROM observations WHERE "
                             "indicator = ? AND fetched_at <= ?"));
    q.addBindValue(indicator);
    q.addBindValue(before.toSecsSinceEpoch());
    Receipt r;
    if (q.exec() && q.next() && !q.value(0).isNull()) {
        r.latestPeriod = q.value(0).toString();
        r.lastArrival = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::OffsetFromUTC,
                                                      kCityUtcOffsetSeconds);
    }
    return r;
}

QVector<Cache::PeriodArrivals> Cache::arrivalsSince(const QString &indicator,
                                                    const QString &fromPeriod,
                                                    const QDateTime &before) const
{
    QVector<PeriodArrivals> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // the indicator's entities one seek each (e), then each entity's rows from fromPeriod on
    // through the key (indicator, entity, period): never the whole history
    q.prepare(QStringLiteral(
        "WITH RECURSIVE e(x) AS (SELECT min(entity) FROM observations WHERE indicator = :ind "
        "UNION ALL SELECT (SELECT min(entity) FROM observations WHERE indicator = :ind AND "
        "entity > e.x) FROM e WHERE e.x IS NOT NULL) "
        "SELECT o.period, min(o.fetched_at), max(o.fetched_at), count(DISTINCT o.entity) FROM e "
        "JOIN observations o ON o.indicator = :ind AND o.entity = e.x AND o.period >= :from "
        "WHERE e.x IS NOT NULL AND o.fetched_at <= :before GROUP BY o.period ORDER BY o.period"));
    q.bindValue(QStringLiteral(":ind"), indicator);
    q.bindValue(QStringLiteral(":from"), fromPeriod);
    q.bindValue(QStringLiteral(":before"), before.toSecsSinceEpoch());
    if (!q.exec())
        return out;
    auto at = [](const QVariant &v) {
        return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::OffsetFromUTC,
                                             kCityUtcOffsetSeconds);
    };
    while (q.next())
        out.append({q.value(0).toString(), at(q.value(1)), at(q.value(2)), q.value(3).toInt()});
    return out;
}

bool Cache::recordImport(const ImportRecord &record, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // a server's submission is kept once, however often it is listed
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO import_journal (at, file, sheets, imported, "
                             "rows, problems, origin, server_id, sender, sources) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.at.toMSecsSinceEpoch());
    q.addBindValue(record.file);
    // never NULL: an empty list is an empty text
    q.addBindValue(QString(QStringLiteral("") + record.sheets.join(QLatin1Char('\n'))));
    q.addBindValue(int(record.imported));
    q.addBindValue(record.rows);
    q.addBindValue(QString(QStringLiteral("") + record.problems.join(QLatin1Char('\n'))));
    q.addBindValue(QString(QStringLiteral("") + record.origin));
    q.addBindValue(record.origin.isEmpty() ? QVariant() : QVariant(record.serverId));
    q.addBindValue(QString(QStringLiteral("") + record.sender));
    q.addBindValue(QString(QStringLiteral("") + record.sources.join(QLatin1Char('\n'))));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVector<ImportRecord> Cache::importJournal(const QDateTime &since, QString *error) const
{
    QVector<ImportRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT at, file, sheets, imported, rows, problems, origin, "
                             "server_id, sender, sources FROM import_journal WHERE at >= ? ORDER "
                             "BY at DESC, id DESC"));
    q.addBindValue(since.toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ImportRecord r;
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::OffsetFromUTC,
                                              kCityUtcOffsetSeconds);
        r.file = q.value(1).toString();
        r.sheets = q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.imported = q.value(3).toBool();
        r.rows = q.value(4).toInt();
        r.problems = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.origin = q.value(6).toString();
        r.serverId = q.value(7).toLongLong();
        r.sender = q.value(8).toString();
        r.sources = q.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        out << r;
    }
    return out;
}

} // namespace ioc
