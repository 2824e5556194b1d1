#include "screens.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc {

QVector<ScreenDefinition> ScreenCatalog::load(const QByteArray &json, QString *error)
{
    QVector<ScreenDefinition> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("screen definitions: %1").arg(pe.errorString());
        return {};
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("screens")).toArray()) {
        const QJsonObject o = v.toObject();
        ScreenDefinition s;
        s.code = o.value(QStringLiteral("code")).toString();
        s.group = o.value(QStringLiteral("group")).toString();
        s.titleVi = o.value(QStringLiteral("title_vi")).toString();
        s.titleEn = o.value(QStringLiteral("title_en")).toString();
        s.trendIndicator = o.value(QStringLiteral("trend")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("indicators")).toArray())
            s.indicators << c.toString();
        if (s.code.isEmpty() || s.indicators.isEmpty() || !groups().contains(s.group)) {
            *error = tr("screen definitions: screen '%1' is incomplete").arg(s.code);
            return {};
        }
        out << s;
    }
    return out;
}

QVector<ScreenDefinition> ScreenCatalog::builtIn(QString *error)
{
    QFile f(QStringLiteral(":/screens/screens.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("the built-in screen definitions are missing");
        return {};
    }
    return load(f.readAll(), error);
}

QStringList ScreenCatalog::groups()
{
    return {QStringLiteral("overview"), QStringLiteral("economy"), QStringLiteral("society"),
            QStringLiteral("projects"), QStringLiteral("emergency")};
}

QString ScreenCatalog::groupTitle(const QString &group)
{
    if (group == QLatin1String("overview"))
        return tr("Overview");
    if (group == QLatin1String("economy"))
        return tr("Economy (group A)");
    if (group == QLatin1String("society"))
        return tr("Society (group B)");
    if (group == QLatin1String("projects"))
        return tr("Projects and public investment (group C)");
    if (group == QLatin1String("emergency"))
        return tr("Emergencies (group D)");
    return group;
}

} // namespace ioc
