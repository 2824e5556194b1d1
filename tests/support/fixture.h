#pragma once
// The setup the tests share: the built-in definitions, a demo cache, the console's translation.
// Each helper returns the problem (empty when all went well), for QVERIFY2 in the test.

#include "cache.h"
#include "catalog.h"
#include "demodata.h"
#include "demoseeder.h"
#include "entity.h"
#include "screens.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QTranslator>

#include <optional>

namespace ioc::test {

// The built-in catalog and areas, and the 17 screen definitions when screens is given.
inline QString loadBuiltins(Catalog *catalog, EntityRegistry *entities,
                            QVector<ScreenDefinition> *screens = nullptr)
{
    QVector<CatalogError> errors;
    *catalog = Catalog::builtIn(&errors);
    if (!catalog->isValid() || !errors.isEmpty()) {
        QStringList lines;
        for (const CatalogError &e : errors)
            lines << e.toString();
        return QStringLiteral("the built-in catalog: ") + lines.join(QLatin1Char('\n'));
    }
    QString error;
    *entities = EntityRegistry::builtIn(&error);
    if (!entities->isValid())
        return QStringLiteral("the built-in areas: ") + error;
    if (screens) {
        *screens = ScreenCatalog::builtIn(&error);
        if (screens->size() != 17)
            return QStringLiteral("the built-in screens: ") + error;
    }
    return {};
}

// A cache at path holding the demo dataset up to now: one part of it, or all of it.
inline QString seedDemoCache(const QString &path, const Catalog &catalog,
                             const EntityRegistry &entities, const QDateTime &now,
                             std::optional<DemoGenerator::Part> part = std::nullopt)
{
    Cache cache;
    QString error;
    if (!cache.open(path, &error))
        return error;
    const DemoGenerator gen(catalog, entities, DemoGenerator::kDefaultSeed, now);
    const bool seeded = part ? DemoSeeder::seed(cache, gen, *part, {}, nullptr, &error)
                             : DemoSeeder::seedAll(cache, gen, &error);
    return seeded ? QString() : error;
}

#ifdef IOC_QM_DIR
// The console's own translation, from the build, switched by language.
class Translation
{
public:
    bool install(const QString &lang)
    {
        QCoreApplication::removeTranslator(&m_translator);
        if (!m_translator.load(QStringLiteral(IOC_QM_DIR "/ioc_%1.qm").arg(lang)))
            return false;
        QCoreApplication::installTranslator(&m_translator);
        return true;
    }

private:
    QTranslator m_translator;
};
#endif

// Records every cache opened on the application's (UI) thread while it lives: a window must
// leave the cache to its worker threads (Cache::open says so in the ioc.cache category).
class UiThreadCacheWatch
{
public:
    UiThreadCacheWatch()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("ioc.cache.debug=true"));
        s_opened().clear();
        s_previous() = qInstallMessageHandler(&UiThreadCacheWatch::handle);
    }
    ~UiThreadCacheWatch()
    {
        qInstallMessageHandler(s_previous());
        QLoggingCategory::setFilterRules(QStringLiteral("ioc.cache.debug=false"));
    }
    // what was opened on the UI thread, one line each
    QStringList opened() const
    {
        QMutexLocker lock(&s_mutex());
        return s_opened();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (context.category && qstrcmp(context.category, "ioc.cache") == 0) {
            if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
                QMutexLocker lock(&s_mutex());
                s_opened() << text;
            }
            return;
        }
        if (QtMessageHandler previous = s_previous())
            previous(type, context, text);
    }
    static QStringList &s_opened()
    {
        static QStringList list;
        return list;
    }
    static QMutex &s_mutex()
    {
        static QMutex mutex;
        return mutex;
    }
    static QtMessageHandler &s_previous()
    {
        static QtMessageHandler previous = nullptr;
        return previous;
    }
};

} // namespace ioc::test
