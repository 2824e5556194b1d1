#pragma once

#include "screendata.h"

#include <QHash>
#include <QObject>

#include <functional>

class QThread;

namespace ioc {

// The figures the windows show, computed from a cache on a thread of the repository's own (one
// ScreenLoader there). Requests are typed and asynchronous: each answer comes back on the
// asker's thread, to the reply given with the request, while the context object still lives.
// Answers from a cache the repository no longer reads (another data source) are dropped, and so
// is the answer to a detail or commune request once a newer one of its kind was made.
class ScreenRepository : public QObject
{
    Q_OBJECT
public:
    template <typename Data> using Reply = std::function<void(const Data &)>;

    ScreenRepository(const Catalog &catalog, const EntityRegistry &entities,
                     const QVector<ScreenDefinition> &screens, QObject *parent = nullptr);
    ~ScreenRepository() override;

    // Reads this cache from now on, as it was known at knownAt (invalid: as it is).
    void open(const QString &cachePath, const QDateTime &knownAt = {});
    bool isOpen() const { return m_loader != nullptr; }

    // place: a place filter's entity, or empty for the city (ScreenLoader::compute)
    void screen(const QString &code, const Selection &sel, const QString &place,
                const QDateTime &now, QObject *context, Reply<ScreenData> reply);
    void detail(const QString &indicator, const Selection &sel, const QDateTime &now,
                QObject *context, Reply<DetailData> reply);
    void breakdown(const QString &indicator, const Selection &sel, const QDateTime &now,
                   QObject *context, Reply<BreakdownData> reply);
    void commune(const QString &entity, const Selection &sel, const QDateTime &now,
                 QObject *context, Reply<CommuneData> reply);
    // the traffic cameras as kept, and the congestion history of historyOf's junction
    void cameras(const QString &historyOf, const QDateTime &now, QObject *context,
                 Reply<CameraBoard> reply);
    void sourceReadiness(const QDateTime &now, QObject *context, Reply<SourceReadiness> reply);

    // The alert journal: judge the latest period (alertsJournaled), read it (alertsLoaded),
    // acknowledge one alert (alertAcknowledged).
    void journalAlerts(const Selection &latest, const QDateTime &now);
    void loadAlerts();
    void acknowledgeAlert(qint64 id, const QString &by, const QString &note, const QDateTime &at);

signals:
    void alertsJournaled(const QVector<ioc::Alert> &raised);
    void alertsLoaded(const QVector<ioc::Alert> &alerts, const QString &error);
    void alertAcknowledged(const ioc::Alert &alert, const QString &error);

private:
    enum class Latest { Any, Detail, Commune }; // Any: every answer is delivered
    template <typename Data>
    void ask(Latest kind, QObject *context, std::function<Data(ScreenLoader &)> compute,
             Reply<Data> reply);
    void stop();

    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    QThread *m_thread = nullptr;
    ScreenLoader *m_loader = nullptr; // lives on m_thread
    quint64 m_generation = 0;         // one per cache opened
    QHash<int, quint64> m_latest;     // per Latest kind: the newest request's ticket
};

} // namespace ioc
