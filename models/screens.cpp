#include "screens.h"
#include "catalog.h"
#include "keytable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <optional>

namespace ioc {

namespace {

const KeyTable<ScreenPanel::Kind, 8> kPanelKinds = {{
    {"tiles", ScreenPanel::Kind::Tiles},
    {"trend", ScreenPanel::Kind::Trend},
    {"bars", ScreenPanel::Kind::Bars},
    {"ranked", ScreenPanel::Kind::Ranked},
    {"composition", ScreenPanel::Kind::Composition},
    {"stations", ScreenPanel::Kind::Stations},
    {"map", ScreenPanel::Kind::Map},
    {"cameras", ScreenPanel::Kind::Cameras},
}};

std::optional<ScreenPanel> parsePanel(const QJsonObject &o, QString *why)
{
    ScreenPanel p;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto k = lookupKey(kPanelKinds, kind);
    if (!k) {
        *why = ScreenCatalog::tr("unknown panel kind '%1'").arg(kind);
        return std::nullopt;
    }
    p.kind = *k;
    if (o.contains(QStringLiteral("indicator")))
        p.indicators << o.value(QStringLiteral("indicator")).toString();
    if (o.contains(QStringLiteral("whole")))
        p.indicators << o.value(QStringLiteral("whole")).toString();
    for (const char *list : {"parts", "indicators"}) {
        for (const QJsonValue c : o.value(QLatin1String(list)).toArray())
            p.indicators << c.toString();
    }
    p.titleVi = o.value(QStringLiteral("title_vi")).toString();
    p.titleEn = o.value(QStringLiteral("title_en")).toString();
    p.restVi = o.value(QStringLiteral("rest_vi")).toString();
    p.restEn = o.value(QStringLiteral("rest_en")).toString();
    p.span = std::max(1, o.value(QStringLiteral("span")).toInt(1));
    p.limit = std::max(0, o.value(QStringLiteral("limit")).toInt(0));
    const QString order = o.value(QStringLiteral("order")).toString(QStringLiteral("value"));
    if (order != QLatin1String("value") && order != QLatin1String("worst")) {
        *why = ScreenCatalog::tr("unknown order '%1' (value or worst)").arg(order);
        return std::nullopt;
    }
    p.worstFirst = order == QLatin1String("worst") || p.kind == ScreenPanel::Kind::Ranked;
    const bool one = p.kind == ScreenPanel::Kind::Trend || p.kind == ScreenPanel::Kind::Bars
                     || p.kind == ScreenPanel::Kind::Ranked || p.kind == ScreenPanel::Kind::Cameras;
    if ((one && p.indicators.size() != 1)
        || (p.kind == ScreenPanel::Kind::Composition && p.indicators.size() < 2)
        || ((p.kind == ScreenPanel::Kind::Stations || p.kind == ScreenPanel::Kind::Map)
            && p.indicators.isEmpty())
        || (p.kind == ScreenPanel::Kind::Tiles && !p.indicators.isEmpty())) {
        *why = ScreenCatalog::tr("a '%1' panel with the wrong indicators").arg(kind);
        return std::nullopt;
    }
    if (p.kind == ScreenPanel::Kind::Composition && (p.restVi.isEmpty() || p.restEn.isEmpty())) {
        *why = ScreenCatalog::tr("a composition panel must name the rest of its whole");
        return std::nullopt;
    }
    return p;
}

} // namespace

QString ScreenPanel::kindKey(Kind k)
{
    return keyOf(kPanelKinds, k);
}

QStringList ScreenDefinition::breakdownIndicators() const
{
    QStringList out;
    for (const ScreenPanel &p : panels) {
        if (p.kind != ScreenPanel::Kind::Bars && p.kind != ScreenPanel::Kind::Ranked
            && p.kind != ScreenPanel::Kind::Stations && p.kind != ScreenPanel::Kind::Map)
            continue;
        // a map shows one indicator at a time: the others are loaded when chosen
        const QStringList shown
            = p.kind == ScreenPanel::Kind::Map ? p.indicators.mid(0, 1) : p.indicators;
        for (const QString &c : shown) {
            if (!out.contains(c))
                out << c;
        }
    }
    return out;
}

namespace {

// "narrative": {"context": [codes], "in_which": {"whole": [parts]}}; composition panels add
// their whole and parts.
void parseNarrative(const QJsonObject &o, ScreenDefinition *s)
{
    for (const QJsonValue c : o.value(QStringLiteral("context")).toArray())
        s->context << c.toString();
    const QJsonObject inWhich = o.value(QStringLiteral("in_which")).toObject();
    for (auto it = inWhich.begin(); it != inWhich.end(); ++it) {
        for (const QJsonValue c : it.value().toArray())
            s->inWhich[it.key()] << c.toString();
    }
    for (const ScreenPanel &p : std::as_const(s->panels)) {
        if (p.kind != ScreenPanel::Kind::Composition || p.indicators.size() < 2)
            continue;
        QStringList &parts = s->inWhich[p.indicators.first()];
        for (const QString &c : p.indicators.mid(1)) {
            if (!parts.contains(c))
                parts << c;
        }
    }
}

} // namespace

QVector<ScreenDefinition> ScreenCatalog::load(const QByteArray &json, QString *error)
{
    QVector<ScreenDefinition> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("screen definitions: %1").arg(pe.errorString());
        return {};
    }
    for (const QJsonValue v : doc.object().value(QStringLiteral("screens")).toArray()) {
        const QJsonObject o = v.toObject();
        ScreenDefinition s;
        s.code = o.value(QStringLiteral("code")).toString();
        s.group = o.value(QStringLiteral("group")).toString();
        s.titleVi = o.value(QStringLiteral("title_vi")).toString();
        s.titleEn = o.value(QStringLiteral("title_en")).toString();
        s.columns = std::clamp(o.value(QStringLiteral("columns")).toInt(2), 1, 4);
        for (const QJsonValue c : o.value(QStringLiteral("indicators")).toArray())
            s.indicators << c.toString();
        if (s.code.isEmpty() || s.indicators.isEmpty() || !groups().contains(s.group)) {
            *error = tr("screen definitions: screen '%1' is incomplete").arg(s.code);
            return {};
        }
        for (const QJsonValue pv : o.value(QStringLiteral("panels")).toArray()) {
            QString why;
            const auto panel = parsePanel(pv.toObject(), &why);
            if (!panel) {
                *error = tr("screen definitions: screen '%1': %2").arg(s.code, why);
                return {};
            }
            s.panels << *panel;
        }
        if (s.panels.isEmpty()) {
            ScreenPanel trend;
            trend.kind = ScreenPanel::Kind::Trend;
            trend.indicators << s.indicators.first();
            s.panels << ScreenPanel{} << trend;
        }
        parseNarrative(o.value(QStringLiteral("narrative")).toObject(), &s);
        if (s.panels.first().kind != ScreenPanel::Kind::Tiles) {
            *error = tr("screen definitions: screen '%1' must begin with its tiles").arg(s.code);
            return {};
        }
        for (const ScreenPanel &p : std::as_const(s.panels)) {
            if (p.kind == ScreenPanel::Kind::Trend && s.trendIndicator.isEmpty())
                s.trendIndicator = p.indicators.first();
        }
        if (s.trendIndicator.isEmpty())
            s.trendIndicator = s.indicators.first();
        out << s;
    }
    return out;
}

QStringList ScreenCatalog::check(const QVector<ScreenDefinition> &screens, const Catalog &catalog)
{
    QStringList problems;
    QStringList codes;
    for (const ScreenDefinition &s : screens) {
        if (codes.contains(s.code))
            problems << tr("%1: the code is used twice").arg(s.code);
        codes << s.code;
        for (const QString &c : s.indicators) {
            if (!catalog.find(c))
                problems << tr("%1: indicator %2 is not in the catalog").arg(s.code, c);
            if (s.indicators.count(c) > 1)
                problems << tr("%1: indicator %2 is listed twice").arg(s.code, c);
        }
        QStringList cited = s.context;
        for (auto it = s.inWhich.cbegin(); it != s.inWhich.cend(); ++it)
            cited << it.key() << it.value();
        for (const QString &c : std::as_const(cited)) {
            if (!catalog.find(c))
                problems << tr("%1: the briefing text cites %2, not in the catalog").arg(s.code, c);
            else if (!s.indicators.contains(c) && !s.context.contains(c))
                problems << tr("%1: the briefing text states %2 with its whole but neither the "
                               "screen nor its context has it")
                                .arg(s.code, c);
        }
        int tiles = 0;
        for (const ScreenPanel &p : s.panels) {
            tiles += p.kind == ScreenPanel::Kind::Tiles;
            const QString kind = ScreenPanel::kindKey(p.kind);
            const Indicator *first
                = p.indicators.isEmpty() ? nullptr : catalog.find(p.indicators.first());
            for (const QString &c : p.indicators) {
                const Indicator *ind = catalog.find(c);
                if (!ind) {
                    problems
                        << tr("%1: the %2 panel names %3, not in the catalog").arg(s.code, kind, c);
                    continue;
                }
                if (!s.indicators.contains(c))
                    problems << tr("%1: the %2 panel shows %3, which the screen does not list")
                                    .arg(s.code, kind, c);
                const bool byEntity = ind->geoLevel != GeoLevel::City;
                if ((p.kind == ScreenPanel::Kind::Bars || p.kind == ScreenPanel::Kind::Ranked)
                    && !byEntity)
                    problems << tr("%1: %3 has only a city figure, nothing to show in a %2 panel")
                                    .arg(s.code, kind, c);
                if ((p.kind == ScreenPanel::Kind::Stations || p.kind == ScreenPanel::Kind::Cameras)
                    && ind->geoLevel != GeoLevel::Station)
                    problems << tr("%1: %2 is not read at stations").arg(s.code, c);
                if (p.kind == ScreenPanel::Kind::Composition && first && ind->unit != first->unit)
                    problems << tr("%1: %2 is not in the unit of %3, it cannot be part of it")
                                    .arg(s.code, c, first->code);
                if (p.kind == ScreenPanel::Kind::Map && ind->geoLevel != GeoLevel::Commune)
                    problems << tr("%1: %2 is not reported by commune, it cannot be mapped")
                                    .arg(s.code, c);
            }
        }
        if (tiles != 1)
            problems << tr("%1: a screen has one tile grid").arg(s.code);
        // every indicator reported by commune can be chosen on the screen's map
        QStringList mapped;
        for (const ScreenPanel &p : s.panels) {
            if (p.kind == ScreenPanel::Kind::Map)
                mapped += p.indicators;
        }
        for (const QString &c : s.indicators) {
            const Indicator *ind = catalog.find(c);
            if (ind && ind->geoLevel == GeoLevel::Commune && !mapped.contains(c))
                problems << tr("%1: %2 is reported by commune but not on the screen's map")
                                .arg(s.code, c);
        }
    }
    return problems;
}

QVector<ScreenDefinition> ScreenCatalog::builtIn(QString *error)
{
    QFile f(builtInPath());
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
