#include "savedview.h"

#include "briefingpack.h"
#include "keytable.h"
#include "screendata.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace ioc {

namespace {

const KeyTable<CompareWith, 4> kCompareKeys = {{
    {"everything", CompareWith::Everything},
    {"previous", CompareWith::Previous},
    {"last_year", CompareWith::LastYear},
    {"plan", CompareWith::Plan},
}};

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("screen"), screen},
                  {QStringLiteral("period"), selectionKey(selection)},
                  {QStringLiteral("compare_with"), keyOf(kCompareKeys, compareWith)}};
    if (!place.isEmpty())
        o.insert(QStringLiteral("place"), place);
    if (!selectedUnit.isEmpty())
        o.insert(QStringLiteral("selected"), selectedUnit);
    return o;
}

QByteArray SavedView::toFile() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &o,
                                             const QVector<ScreenDefinition> &screens,
                                             const EntityRegistry &entities, QString *error)
{
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kFormat)) {
        *error = format.startsWith(QLatin1String("ioc-view/"))
                     ? tr("it is a view of a newer version (%1); this console reads %2.")
                           .arg(format, QLatin1String(kFormat))
                     : tr("it is not a saved view of the IOC console.");
        return std::nullopt;
    }
    SavedView v;
    v.name = o.value(QStringLiteral("name")).toString().trimmed();
    v.screen = o.value(QStringLiteral("screen")).toString();
    if (v.name.isEmpty()) {
        *error = tr("it has no name.");
        return std::nullopt;
    }
    if (std::none_of(screens.cbegin(), screens.cend(),
                     [&](const ScreenDefinition &s) { return s.code == v.screen; })) {
        *error = tr("it names a screen this console does not have: '%1'.").arg(v.screen);
        return std::nullopt;
    }
    const QString period = o.value(QStringLiteral("period")).toString();
    const std::optional<Selection> sel = selectionFromKey(period);
    if (!sel || !sel->asOf.isValid()) {
        *error = tr("its period cannot be read: '%1'.").arg(period);
        return std::nullopt;
    }
    v.selection = *sel;
    for (const auto &[key, field] : {std::pair{"place", &v.place}, {"selected", &v.selectedUnit}}) {
        *field = o.value(QLatin1String(key)).toString();
        if (!field->isEmpty() && !ScreenLoader::isPlace(entities, *field)) {
            *error = tr("it names a place this console does not know: '%1'.").arg(*field);
            return std::nullopt;
        }
    }
    const QString with = o.value(QStringLiteral("compare_with")).toString();
    const std::optional<CompareWith> compare
        = with.isEmpty() ? std::optional<CompareWith>(CompareWith::Everything)
                         : lookupKey(kCompareKeys, with);
    if (!compare) {
        *error = tr("its comparison cannot be read: '%1'.").arg(with);
        return std::nullopt;
    }
    v.compareWith = *compare;
    return v;
}

std::optional<SavedView> SavedView::fromFile(const QByteArray &bytes,
                                             const QVector<ScreenDefinition> &screens,
                                             const EntityRegistry &entities, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("it is not a saved view of the IOC console.");
        return std::nullopt;
    }
    return fromJson(doc.object(), screens, entities, error);
}

std::optional<SavedView> SavedView::readFile(const QString &path,
                                             const QVector<ScreenDefinition> &screens,
                                             const EntityRegistry &entities, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("it cannot be read: %1").arg(f.errorString());
        return std::nullopt;
    }
    if (f.size() > kMaxFileBytes) {
        *error = tr("it is too large to be a saved view.");
        return std::nullopt;
    }
    return fromFile(f.read(kMaxFileBytes), screens, entities, error);
}

} // namespace ioc
