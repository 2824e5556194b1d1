#include "catalog.h"
#include "csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ioc {

QString CatalogError::toString() const
{
    QString where = Catalog::tr("line %1").arg(line);
    if (!indicator.isEmpty())
        where += QStringLiteral(", ") + indicator;
    if (!column.isEmpty())
        where += QStringLiteral(", ") + column;
    if (position > 0)
        where += QStringLiteral(", ") + Catalog::tr("position %1").arg(position);
    return where + QStringLiteral(": ") + message;
}

const QStringList &Catalog::columns()
{
    static const QStringList cols = {QStringLiteral("code"),
                                     QStringLiteral("group"),
                                     QStringLiteral("subgroup_code"),
                                     QStringLiteral("subgroup_vi"),
                                     QStringLiteral("subgroup_en"),
                                     QStringLiteral("name_vi"),
                                     QStringLiteral("name_en"),
                                     QStringLiteral("unit"),
                                     QStringLiteral("frequency"),
                                     QStringLiteral("source"),
                                     QStringLiteral("source_kind"),
                                     QStringLiteral("geo_level"),
                                     QStringLiteral("direction"),
                                     QStringLiteral("has_plan"),
                                     QStringLiteral("warn_rule"),
                                     QStringLiteral("critical_rule"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("aggregation"),
                                     QStringLiteral("entity_set"),
                                     QStringLiteral("source_vi"),
                                     QStringLiteral("not_applicable_vi"),
                                     QStringLiteral("not_applicable_en")};
    return cols;
}

namespace {

bool refersToPlan(const RuleClause &c)
{
    return c.metric == QLatin1String("pct_of_plan") || c.rhs.ref == QLatin1String("plan");
}

bool isChange(const QString &metric)
{
    return metric.startsWith(QLatin1String("chg_"));
}

bool warnsWhenLow(CompareOp op)
{
    return op == CompareOp::Less || op == CompareOp::LessEqual;
}
bool warnsWhenHigh(CompareOp op)
{
    return op == CompareOp::Greater || op == CompareOp::GreaterEqual;
}

} // namespace

StatusKind Catalog::classify(const Indicator &ind, QString *problem)
{
    problem->clear();
    if (ind.isInformational())
        return StatusKind::Informational;
    bool usesPlan = false, usesYoy = false;
    for (const Rule *rule : {&ind.warnRule, &ind.criticalRule}) {
        for (const auto &conj : rule->disjuncts()) {
            for (const RuleClause &c : conj) {
                usesPlan |= refersToPlan(c);
                usesYoy |= c.metric == QLatin1String("chg_yoy_pct");
            }
        }
    }
    if (usesPlan && !ind.hasPlan) {
        *problem = tr("the rules compare with the plan but has_plan is 'no'");
        return StatusKind::Informational;
    }
    if (usesPlan) {
        switch (ind.direction) {
        case Direction::Up:
            return StatusKind::PlanHigher;
        case Direction::Down:
            return StatusKind::PlanLower;
        case Direction::Target:
            return StatusKind::PlanTarget;
        }
    }
    const RuleClause *primary
        = (ind.warnRule.isNone() ? ind.criticalRule : ind.warnRule).primaryClause();
    if (!primary) {
        *problem = tr("the rules judge only other indicators, not this one's figure");
        return StatusKind::Informational;
    }
    if (ind.sourceKind == SourceKind::Sensor || ind.group == QLatin1Char('D'))
        return StatusKind::Sensor;
    if (isChange(primary->metric)) {
        if (!ind.hasPlan)
            return StatusKind::Change;
        if (usesYoy && ind.direction == Direction::Down)
            return StatusKind::ReduceVsSamePeriod;
        *problem = tr(
            "has_plan is 'yes' but the rules judge a change, not the plan: say whether the plan is "
            "the "
            "same period last year (direction 'down', rule on chg_yoy_pct) or compare with 'plan'");
        return StatusKind::Informational;
    }
    // a constant target (NPL below 3%, on-time 98%) or a band
    const bool band = primary->rhs.ref.startsWith(QLatin1String("band_"));
    if (!band) {
        if (ind.direction == Direction::Target) {
            *problem = tr("direction 'target' with a one-sided rule on a constant: say whether "
                          "higher or lower "
                          "is better");
            return StatusKind::Informational;
        }
        if ((ind.direction == Direction::Up && !warnsWhenLow(primary->op)
             && primary->op != CompareOp::Equal)
            || (ind.direction == Direction::Down && !warnsWhenHigh(primary->op))) {
            *problem
                = tr("direction '%1' but the rule '%2' warns on the other side of its target")
                      .arg(directionKey(ind.direction),
                           ind.warnRule.isNone() ? ind.criticalRule.text() : ind.warnRule.text());
            return StatusKind::Informational;
        }
    }
    return StatusKind::TargetRate;
}

Catalog Catalog::builtIn(QVector<CatalogError> *errors)
{
    QFile csv(QStringLiteral(":/catalog/indicators.csv"));
    QFile meta(QStringLiteral(":/catalog/catalog.json"));
    if (!csv.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly)) {
        errors->append({0, {}, {}, 0, tr("the built-in catalog resource is missing")});
        return {};
    }
    return load(QString::fromUtf8(csv.readAll()), meta.readAll(), errors);
}

namespace {

// One row of indicators.csv as it is read: its fields by column name, and its problems said
// with line, code and column.
struct RowReader
{
    const CsvRow &row;
    const QStringList &columns;
    QVector<CatalogError> &found;
    QString code;

    QString field(const char *name) const
    {
        return row.fields.at(columns.indexOf(QLatin1String(name))).trimmed();
    }
    void err(const QString &column, const QString &message, int position = 0) const
    {
        found.append({row.line, code, column, position, message});
    }
    // a key of a closed list (unit, frequency, …) into its value, or a problem naming it
    template <typename T, typename FromKey>
    void key(const char *column, FromKey fromKey, T *into, const QString &unknown) const
    {
        if (auto v = fromKey(field(column)))
            *into = *v;
        else
            err(QLatin1String(column), unknown.arg(field(column)));
    }
};

// code, group, sub-group and names
void readIdentity(const RowReader &in, const QHash<QString, int> &known, Indicator *ind)
{
    static const QRegularExpression codeRe(QStringLiteral(R"(^[A-D]\d{2}\.\d{2}$)"));
    const QString &code = in.code;
    ind->code = code;
    if (!codeRe.match(code).hasMatch())
        in.err(QStringLiteral("code"),
               Catalog::tr("'%1' is not an indicator code like A01.01").arg(code));
    else if (known.contains(code))
        in.err(QStringLiteral("code"), Catalog::tr("the code appears twice"));
    const QString group = in.field("group");
    if (group.size() != 1 || code.isEmpty() || group.at(0) != code.at(0))
        in.err(QStringLiteral("group"),
               Catalog::tr("group '%1' does not match the code").arg(group));
    else
        ind->group = group.at(0);
    ind->subgroupCode = in.field("subgroup_code");
    if (!code.startsWith(ind->subgroupCode) || ind->subgroupCode.size() != 3)
        in.err(QStringLiteral("subgroup_code"),
               Catalog::tr("sub-group '%1' does not match the code").arg(ind->subgroupCode));
    ind->subgroupVi = in.field("subgroup_vi");
    ind->subgroupEn = in.field("subgroup_en");
    ind->nameVi = in.field("name_vi");
    ind->nameEn = in.field("name_en");
    if (ind->nameVi.isEmpty() || ind->nameEn.isEmpty())
        in.err(QStringLiteral("name_vi"),
               Catalog::tr("both names (Vietnamese and English) are required"));
}

// unit, frequency, source, geographic level, direction, plan and aggregation
void readKinds(const RowReader &in, Indicator *ind)
{
    in.key("unit", unitFromKey, &ind->unit, Catalog::tr("unknown unit '%1'"));
    in.key("frequency", frequencyFromKey, &ind->frequency, Catalog::tr("unknown frequency '%1'"));
    ind->source = in.field("source");
    ind->sourceVi = in.field("source_vi");
    in.key("source_kind", sourceKindFromKey, &ind->sourceKind,
           Catalog::tr("unknown source kind '%1'"));
    in.key("geo_level", geoLevelFromKey, &ind->geoLevel,
           Catalog::tr("unknown geographic level '%1'"));
    in.key("direction", directionFromKey, &ind->direction, Catalog::tr("unknown direction '%1'"));
    const QString hasPlan = in.field("has_plan");
    if (hasPlan != QLatin1String("yes") && hasPlan != QLatin1String("no"))
        in.err(QStringLiteral("has_plan"),
               Catalog::tr("has_plan must be 'yes' or 'no', not '%1'").arg(hasPlan));
    ind->hasPlan = hasPlan == QLatin1String("yes");
    in.key("aggregation", aggregationFromKey, &ind->aggregation,
           Catalog::tr("unknown aggregation '%1'"));
}

// the status rules, their parameters (band_lo, band_hi in the notes), the entity set and why
// a rule does not apply
void readRules(const RowReader &in, Indicator *ind)
{
    static const QRegularExpression paramRe(
        QStringLiteral(R"((band_lo|band_hi)=(-?\d+(?:\.\d+)?))"));
    for (const char *col : {"warn_rule", "critical_rule"}) {
        Rule::ParseError pe;
        const auto rule = Rule::parse(in.field(col), &pe);
        if (!rule) {
            in.err(QLatin1String(col), pe.message, pe.position);
            continue;
        }
        (qstrcmp(col, "warn_rule") == 0 ? ind->warnRule : ind->criticalRule) = *rule;
    }
    ind->notes = in.field("notes");
    for (auto it = paramRe.globalMatch(ind->notes); it.hasNext();) {
        const auto m = it.next();
        ind->parameters.insert(m.captured(1), m.captured(2).toDouble());
    }
    ind->entitySet = in.field("entity_set");
    const bool needsSet = ind->geoLevel == GeoLevel::Unit || ind->geoLevel == GeoLevel::Project
                          || ind->geoLevel == GeoLevel::Station;
    if (needsSet && ind->entitySet.isEmpty())
        in.err(QStringLiteral("entity_set"),
               Catalog::tr("a %1 row must name its entity set").arg(in.field("geo_level")));
    ind->notApplicableVi = in.field("not_applicable_vi");
    ind->notApplicableEn = in.field("not_applicable_en");
    if (ind->notApplicableVi.isEmpty() != ind->notApplicableEn.isEmpty())
        in.err(QStringLiteral("not_applicable_vi"),
               Catalog::tr("the reason a rule does not apply needs both languages"));
}

// Rules may only name indicators that exist, and band references need bands.
void checkReferences(const Indicator &ind, int line, const QHash<QString, int> &known,
                     QVector<CatalogError> *found)
{
    for (const Rule *rule : {&ind.warnRule, &ind.criticalRule}) {
        const QString column
            = rule == &ind.warnRule ? QStringLiteral("warn_rule") : QStringLiteral("critical_rule");
        for (const QString &ref : rule->referencedIndicators()) {
            if (!known.contains(ref))
                found->append({line, ind.code, column, int(rule->text().indexOf(ref)) + 1,
                               Catalog::tr("the rule refers to unknown indicator %1").arg(ref)});
        }
        for (const auto &conj : rule->disjuncts()) {
            for (const RuleClause &c : conj) {
                if (c.rhs.ref.startsWith(QLatin1String("band_"))
                    && !ind.parameters.contains(c.rhs.ref))
                    found->append(
                        {line, ind.code, column, c.position,
                         Catalog::tr("%1 is used but not set in the notes").arg(c.rhs.ref)});
            }
        }
    }
}

} // namespace

void Catalog::readMeta(const QByteArray &metaJson, QVector<CatalogError> *found)
{
    QJsonParseError jsonError;
    const QJsonObject meta = QJsonDocument::fromJson(metaJson, &jsonError).object();
    if (jsonError.error != QJsonParseError::NoError) {
        found->append({0,
                       {},
                       QStringLiteral("catalog.json"),
                       0,
                       tr("catalog metadata is not valid JSON: %1").arg(jsonError.errorString())});
        return;
    }
    m_revision = meta.value(QStringLiteral("revision")).toString();
    if (m_revision.isEmpty())
        found->append(
            {0, {}, QStringLiteral("catalog.json"), 0, tr("the catalog has no revision")});
    const QJsonObject refs = meta.value(QStringLiteral("references")).toObject();
    for (auto it = refs.begin(); it != refs.end(); ++it)
        m_references.insert(it.key(), it.value().toDouble());
}

Catalog Catalog::load(const QString &csvText, const QByteArray &metaJson,
                      QVector<CatalogError> *errors)
{
    QVector<CatalogError> found;
    Catalog catalog;
    catalog.readMeta(metaJson, &found);

    const CsvResult parsed = Csv::parse(csvText);
    if (!parsed.error.isEmpty()) {
        found.append({parsed.errorLine, {}, {}, 0, parsed.error});
        *errors = found;
        return {};
    }
    const QStringList &cols = columns();
    if (parsed.rows.isEmpty() || parsed.rows.first().fields != cols) {
        found.append({1, {}, {}, 0, tr("the header must be: %1").arg(cols.join(QLatin1Char(',')))});
        *errors = found;
        return {};
    }
    for (int r = 1; r < parsed.rows.size(); ++r) {
        const CsvRow &row = parsed.rows.at(r);
        const RowReader in{row, cols, found, row.fields.value(0).trimmed()};
        if (row.fields.size() != cols.size()) {
            in.err({}, tr("expected %1 fields, found %2").arg(cols.size()).arg(row.fields.size()));
            continue;
        }
        Indicator ind;
        readIdentity(in, catalog.m_index, &ind);
        readKinds(in, &ind);
        readRules(in, &ind);
        QString kindProblem;
        ind.statusKind = classify(ind, &kindProblem);
        if (!kindProblem.isEmpty())
            in.err(QStringLiteral("warn_rule"),
                   tr("the kind of status is ambiguous: %1").arg(kindProblem));
        catalog.m_index.insert(ind.code, catalog.m_indicators.size());
        catalog.m_indicators << ind;
    }
    for (int r = 0; r < catalog.m_indicators.size(); ++r)
        checkReferences(catalog.m_indicators.at(r), parsed.rows.at(r + 1).line, catalog.m_index,
                        &found);
    if (catalog.m_indicators.isEmpty() && found.isEmpty())
        found.append({1, {}, {}, 0, tr("the catalog has no indicators")});

    *errors = found;
    if (!found.isEmpty())
        return {};
    catalog.m_csv = csvText;
    catalog.m_meta = metaJson;
    return catalog;
}

bool Catalog::isLaterRevision(const QString &a, const QString &b)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QVector<qint64> pa, pb;
    for (auto it = number.globalMatch(a); it.hasNext();)
        pa << it.next().captured().toLongLong();
    for (auto it = number.globalMatch(b); it.hasNext();)
        pb << it.next().captured().toLongLong();
    for (int i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        if (pa.at(i) != pb.at(i))
            return pa.at(i) > pb.at(i);
    }
    return pa.size() > pb.size();
}

Catalog Catalog::preferred(const Catalog &builtIn, const QByteArray &publishedJson,
                           const QStringList &requiredCodes, QString *note)
{
    note->clear();
    if (publishedJson.isEmpty())
        return builtIn;
    QVector<CatalogError> errors;
    Catalog published = fromJson(publishedJson, &errors);
    if (!published.isValid()) {
        *note = tr("The server's catalog is not valid (%1); the built-in revision %2 is used.")
                    .arg(errors.isEmpty() ? QString() : errors.first().toString(),
                         builtIn.revision());
        return builtIn;
    }
    if (!isLaterRevision(published.revision(), builtIn.revision()))
        return builtIn;
    QStringList missing;
    for (const QString &code : requiredCodes) {
        if (!published.find(code))
            missing << code;
    }
    if (!missing.isEmpty()) {
        *note = tr("The server's catalog revision %1 lacks indicators the screens show (%2); the "
                   "built-in "
                   "revision %3 is used.")
                    .arg(published.revision(), missing.join(QStringLiteral(", ")),
                         builtIn.revision());
        return builtIn;
    }
    *note = tr("Indicator catalog revision %1, published by the server (built in: %2).")
                .arg(published.revision(), builtIn.revision());
    return published;
}

Catalog Catalog::fromJson(const QByteArray &json, QVector<CatalogError> *errors)
{
    QJsonParseError pe;
    QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError
        || !root.value(QStringLiteral("indicators")).isArray()) {
        *errors
            = {{0, {}, {}, 0, tr("the catalog is not a JSON object with an 'indicators' list")}};
        return {};
    }
    // The same rows as the built-in CSV, so one validation serves both.
    QString csv = Csv::joinRow(columns()) + QLatin1Char('\n');
    QVector<CatalogError> typeErrors;
    int n = 0;
    for (const QJsonValue v : root.take(QStringLiteral("indicators")).toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        QStringList fields;
        for (const QString &c : columns()) {
            const QJsonValue f = o.value(c);
            if (!f.isString() && !f.isUndefined() && !f.isNull())
                typeErrors.append(
                    {n + 1, o.value(QStringLiteral("code")).toString(), c, 0, tr("must be text")});
            fields << f.toString();
        }
        csv += Csv::joinRow(fields) + QLatin1Char('\n');
    }
    if (!typeErrors.isEmpty()) {
        *errors = typeErrors;
        return {};
    }
    return load(csv, QJsonDocument(root).toJson(QJsonDocument::Compact), errors);
}

const Indicator *Catalog::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_indicators.at(*it);
}

std::optional<double> Catalog::reference(const QString &name) const
{
    const auto it = m_references.constFind(name);
    if (it == m_references.cend())
        return std::nullopt;
    return *it;
}

} // namespace ioc
