// The traffic cameras in the cache (schema 5): part of Cache, the only code with SQL.
#include "cache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ioc {

namespace {

QVariant msOf(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::OffsetFromUTC,
                                                       kCityUtcOffsetSeconds);
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool Cache::storeCameras(const QVector<Camera> &list, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto fail = [&] {
        failed(q, error);
        db.rollback();
        return false;
    };
    QStringList ids;
    for (const Camera &c : list)
        ids << c.id;
    // cameras the server no longer lists go, with their pictures
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < ids.size(); ++i)
        placeholders += QStringLiteral(",?");
    for (const char *table : {"cameras", "camera_frames"}) {
        const QString column
            = qstrcmp(table, "cameras") == 0 ? QStringLiteral("id") : QStringLiteral("camera");
        q.prepare(ids.isEmpty() ? QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))
                                : QStringLiteral("DELETE FROM %1 WHERE %2 NOT IN (%3)")
                                      .arg(QLatin1String(table), column, placeholders));
        for (const QString &id : std::as_const(ids))
            q.addBindValue(id);
        if (!q.exec())
            return fail();
    }
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO cameras (id, junction_vi, junction_en, commune, online, "
        "last_frame_at, congestion, congestion_at, demo, listed_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const Camera &c : list) {
        q.addBindValue(c.id);
        q.addBindValue(c.junctionVi);
        q.addBindValue(c.junctionEn);
        q.addBindValue(c.commune.isNull() ? QStringLiteral("") : c.commune);
        q.addBindValue(int(c.online));
        q.addBindValue(msOf(c.lastFrameAt));
        q.addBindValue(c.congestion ? QVariant(*c.congestion)
                                    : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(msOf(c.congestionAt));
        q.addBindValue(int(c.demo));
        q.addBindValue(msOf(c.listedAt.isValid() ? c.listedAt : QDateTime::currentDateTime()));
        if (!q.exec())
            return fail();
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

QVector<Camera> Cache::cameras(QString *error) const
{
    QVector<Camera> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, junction_vi, junction_en, commune, online, "
                               "last_frame_at, congestion, congestion_at, demo, listed_at FROM "
                               "cameras ORDER BY id"))) {
        failed(q, error);
        return list;
    }
    while (q.next()) {
        Camera c;
        c.id = q.value(0).toString();
        c.junctionVi = q.value(1).toString();
        c.junctionEn = q.value(2).toString();
        c.commune = q.value(3).toString();
        c.online = q.value(4).toBool();
        c.lastFrameAt = timeOf(q.value(5));
        if (!q.value(6).isNull())
            c.congestion = q.value(6).toDouble();
        c.congestionAt = timeOf(q.value(7));
        c.demo = q.value(8).toBool();
        c.listedAt = timeOf(q.value(9));
        list << c;
    }
    return list;
}

bool Cache::storeCameraFrame(const CameraFrame &frame, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // the newer picture wins: one from a slow poll never replaces the live stream's
    q.prepare(QStringLiteral(
        "INSERT INTO camera_frames (camera, taken_at, jpeg) VALUES (?, ?, ?) ON CONFLICT (camera) "
        "DO UPDATE SET taken_at = excluded.taken_at, jpeg = excluded.jpeg WHERE excluded.taken_at "
        "> camera_frames.taken_at"));
    q.addBindValue(frame.camera);
    q.addBindValue(frame.at.toMSecsSinceEpoch());
    q.addBindValue(frame.jpeg);
    return q.exec() || failed(q, error);
}

QVector<CameraFrame> Cache::cameraFrames(QString *error) const
{
    QVector<CameraFrame> frames;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT camera, taken_at, jpeg FROM camera_frames ORDER BY "
                               "camera"))) {
        failed(q, error);
        return frames;
    }
    while (q.next())
        frames << CameraFrame{
            q.value(0).toString(), timeOf(q.value(1)), q.value(2).toByteArray(), {}};
    return frames;
}

} // namespace ioc
