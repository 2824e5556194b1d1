#pragma once

#include "entity.h"
#include "figures.h"
#include "format.h"
#include "screens.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace ioc {

// A saved view (a bookmark): a screen with its period, place filter, the unit picked out on it
// and the "compare with" choice, under a name. Kept by the console (Settings) and exported as
// a small JSON file another console opens (format "ioc-view/1"); a file that is malformed, from
// a newer version, or names a screen, period or place this console does not know is refused
// with the reason.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(ioc::SavedView)

public:
    static constexpr char kFormat[] = "ioc-view/1";
    static constexpr qint64 kMaxFileBytes = 64 * 1024;

    QString name;
    QString screen;
    Selection selection;
    QString place;        // empty: the whole city
    QString selectedUnit; // the unit picked out (empty: none)
    CompareWith compareWith = CompareWith::Everything;

    QJsonObject toJson() const;
    QByteArray toFile() const;
    // nullopt and *error the reason when the object is not a view this console can show
    static std::optional<SavedView> fromJson(const QJsonObject &o,
                                             const QVector<ScreenDefinition> &screens,
                                             const EntityRegistry &entities, QString *error);
    static std::optional<SavedView> fromFile(const QByteArray &bytes,
                                             const QVector<ScreenDefinition> &screens,
                                             const EntityRegistry &entities, QString *error);
    static std::optional<SavedView> readFile(const QString &path,
                                             const QVector<ScreenDefinition> &screens,
                                             const EntityRegistry &entities, QString *error);
};

} // namespace ioc
