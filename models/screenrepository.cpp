#include "screenrepository.h"

#include <QPointer>
#include <QThread>

namespace ioc {

ScreenRepository::ScreenRepository(const Catalog &catalog, const EntityRegistry &entities,
                                   const QVector<ScreenDefinition> &screens, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_screens(screens)
{
    qRegisterMetaType<QVector<ioc::Alert>>();
    qRegisterMetaType<ioc::Alert>();
}

ScreenRepository::~ScreenRepository()
{
    stop();
}

void ScreenRepository::stop()
{
    if (!m_thread)
        return;
    // the answer being computed is posted to this object and dropped (another generation)
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the loader was deleted with the thread's last events
    m_thread = nullptr;
    m_loader = nullptr;
}

void ScreenRepository::open(const QString &cachePath, const QDateTime &knownAt)
{
    stop();
    ++m_generation;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("screen-loader"));
    m_loader = new ScreenLoader(m_catalog, m_entities, m_screens, cachePath);
    m_loader->setKnownAt(knownAt);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
}

template <typename Data>
void ScreenRepository::ask(Latest kind, QObject *context,
                           std::function<Data(ScreenLoader &)> compute, Reply<Data> reply)
{
    if (!m_loader)
        return;
    const quint64 generation = m_generation;
    const quint64 ticket = ++m_latest[int(kind)];
    ScreenLoader *loader = m_loader;
    QPointer<QObject> asker(context);
    // On the loader's thread; the answer is posted back to this object, which outlives the
    // thread (stop() waits for it).
    QMetaObject::invokeMethod(
        loader,
        [this, loader, compute, reply, asker, generation, ticket, kind] {
            Data data = compute(*loader);
            QMetaObject::invokeMethod(
                this,
                [this, data = std::move(data), reply, asker, generation, ticket, kind] {
                    if (generation != m_generation || !asker
                        || (kind != Latest::Any && ticket != m_latest.value(int(kind))))
                        return;
                    reply(data);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ScreenRepository::screen(const QString &code, const Selection &sel, const QString &place,
                              const QDateTime &now, QObject *context, Reply<ScreenData> reply)
{
    ask<ScreenData>(
        Latest::Any, context, [=](ScreenLoader &l) { return l.compute(code, sel, now, place); },
        std::move(reply));
}

void ScreenRepository::detail(const QString &indicator, const Selection &sel, const QDateTime &now,
                              QObject *context, Reply<DetailData> reply)
{
    ask<DetailData>(
        Latest::Detail, context,
        [=](ScreenLoader &l) { return l.computeDetail(indicator, sel, now); }, std::move(reply));
}

void ScreenRepository::breakdown(const QString &indicator, const Selection &sel,
                                 const QDateTime &now, QObject *context, Reply<BreakdownData> reply)
{
    ask<BreakdownData>(
        Latest::Any, context,
        [=](ScreenLoader &l) { return l.computeBreakdown(indicator, sel, now); }, std::move(reply));
}

void ScreenRepository::commune(const QString &entity, const Selection &sel, const QDateTime &now,
                               QObject *context, Reply<CommuneData> reply)
{
    ask<CommuneData>(
        Latest::Commune, context,
        [=](ScreenLoader &l) { return l.computeCommune(entity, sel, now); }, std::move(reply));
}

void ScreenRepository::cameras(const QString &historyOf, const QDateTime &now, QObject *context,
                               Reply<CameraBoard> reply)
{
    ask<CameraBoard>(
        Latest::Any, context, [=](ScreenLoader &l) { return l.computeCameras(historyOf, now); },
        std::move(reply));
}

void ScreenRepository::sourceReadiness(const QDateTime &now, QObject *context,
                                       Reply<SourceReadiness> reply)
{
    ask<SourceReadiness>(
        Latest::Any, context, [=](ScreenLoader &l) { return l.computeSourceReadiness(now); },
        std::move(reply));
}

void ScreenRepository::journalAlerts(const Selection &latest, const QDateTime &now)
{
    using Outcome = QPair<QVector<Alert>, QString>;
    ask<Outcome>(
        Latest::Any, this,
        [=](ScreenLoader &l) {
            QString error;
            const QVector<Alert> raised = l.journalAlerts(latest, now, &error);
            return Outcome(raised, error);
        },
        [this](const Outcome &o) {
            if (!o.second.isEmpty()) {
                qWarning("alert journal: %s", qPrintable(o.second));
                return;
            }
            emit alertsJournaled(o.first);
        });
}

void ScreenRepository::loadAlerts()
{
    using Outcome = QPair<QVector<Alert>, QString>;
    ask<Outcome>(
        Latest::Any, this,
        [](ScreenLoader &l) {
            QString error;
            const QVector<Alert> alerts = l.alerts(&error);
            return Outcome(alerts, error);
        },
        [this](const Outcome &o) { emit alertsLoaded(o.first, o.second); });
}

void ScreenRepository::acknowledgeAlert(qint64 id, const QString &by, const QString &note,
                                        const QDateTime &at)
{
    using Outcome = QPair<Alert, QString>;
    ask<Outcome>(
        Latest::Any, this,
        [=](ScreenLoader &l) {
            QString error;
            const Alert updated = l.acknowledgeAlert(id, by, note, at, &error);
            return Outcome(updated, error);
        },
        [this](const Outcome &o) { emit alertAcknowledged(o.first, o.second); });
}

} // namespace ioc
