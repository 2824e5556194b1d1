#pragma once

#include "alert.h"
#include "catalog.h"
#include "entity.h"
#include "format.h"
#include "packsigning.h"
#include "savedview.h"
#include "geo.h"
#include "screendata.h"
#include "screens.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace ioc {

class BackgroundTasks;
class PackWriter;

// File → Prepare briefing, Export screens as PDF, Export figures, and a table as CSV: the
// dialogs, then the work in the background (reading the figures, checking and writing the pack,
// saving the files); the window stays live, and nothing here touches the cache or a file on the
// window's thread. What the window shows now comes from `current` each time.
class BriefingActions : public QObject
{
    Q_OBJECT
public:
    struct Current
    {
        Selection selection;
        QDateTime now;     // the clock figures are judged by
        QDateTime knownAt; // a past day's view: the cache as known at its end
        QString cachePath;
        QString boundariesPath;
        Formatter fmt{QStringLiteral("vi")};
        const MapGeometry *geometry = nullptr;
        bool demo = true;
        QString sourceName; // for a pack's manifest: "demo" or the server
        QString sourceText; // "Nguồn: …" for the footers
        QString packHash;   // a pack's figures: its hash on every page
        PackSeal packSeal;  // and who signed it
        QVector<Alert> journal;
        QString place;            // the place filter shown (empty: the whole city)
        QVector<SavedView> views; // the saved views a pack may carry
    };

    BriefingActions(QWidget *window, const Catalog &catalog, const EntityRegistry &entities,
                    const QVector<ScreenDefinition> &screens, std::function<Current()> current,
                    QObject *parent = nullptr);
    // waits for the work still running (it reads this object's members) before they go
    ~BriefingActions() override;

    // with their dialogs
    void prepareBriefing();
    void exportScreensPdf();
    void exportFigures();
    // Saves a table's CSV bytes to a file the user chooses.
    void exportTable(const QString &suggestedName, const QByteArray &csv);

    // without dialogs: the screens of the current period into path; done(error) when written
    void writePdf(const QString &path, const QStringList &screens, bool appendix,
                  std::function<void(const QString &error)> done = {});
    void writeFigures(const QString &path, const QStringList &screens,
                      std::function<void(const QString &error)> done = {});
    bool busy() const;

signals:
    void message(const QString &text); // for the status bar
    void busyChanged(bool busy);

private:
    // on a worker thread: the screens' figures as the window shows them
    QVector<ScreenData> readScreens(const Current &now, const QStringList &codes) const;
    void computeScreens(const QStringList &codes,
                        std::function<void(const QVector<ScreenData> &)> then);
    void writePack(std::shared_ptr<PackWriter> writer, const Current &now, const QString &path);
    void warn(const QString &title, const QString &text);

    QWidget *m_window;
    const Catalog &m_catalog;
    const EntityRegistry &m_entities;
    QVector<ScreenDefinition> m_screens;
    std::function<Current()> m_current;
    BackgroundTasks *m_tasks;
};

} // namespace ioc
