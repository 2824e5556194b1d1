#pragma once

#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

namespace ioc {

// Work that must not hold up the window (reading figures, writing a pack or a file) on a thread
// of its own; the continuation runs back on the owner's thread when it is done. No nested event
// loop: the window stays live meanwhile. Destroying the owner waits for the tasks still running,
// so what they write is written whole.
class BackgroundTasks : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTasks(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~BackgroundTasks() override
    {
        for (QThread *t : std::as_const(m_running))
            t->wait();
        qDeleteAll(m_running);
    }

    bool busy() const { return !m_running.isEmpty(); }

    // work() on a worker thread, then done(its result) on this object's thread.
    template <typename Result>
    void run(std::function<Result()> work, std::function<void(const Result &)> done)
    {
        auto result = std::make_shared<Result>();
        QThread *thread = QThread::create([work, result] { *result = work(); });
        thread->setObjectName(QStringLiteral("background-task"));
        m_running.insert(thread);
        connect(thread, &QThread::finished, this, [this, thread, result, done] {
            m_running.remove(thread);
            thread->deleteLater();
            if (m_running.isEmpty())
                emit busyChanged(false);
            done(*result);
        });
        if (m_running.size() == 1)
            emit busyChanged(true);
        thread->start();
    }

signals:
    void busyChanged(bool busy);

private:
    QSet<QThread *> m_running;
};

} // namespace ioc
