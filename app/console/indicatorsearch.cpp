#include "indicatorsearch.h"

#include "format.h"
#include "theme.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <optional>

namespace ioc {

namespace {

// How well the query's words match a name: 2 when each is a whole word of it, 1 when each
// begins one, 0 otherwise (an empty query matches everything, as 1).
int wordRank(const QStringList &query, const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList words = foldText(name).split(separators, Qt::SkipEmptyParts);
    int rank = 2;
    for (const QString &q : query) {
        int best = 0;
        for (const QString &w : words) {
            if (w == q) {
                best = 2;
                break;
            }
            if (w.startsWith(q))
                best = 1;
        }
        rank = std::min(rank, best);
    }
    return query.isEmpty() ? 1 : rank;
}

// The rank of a thing with a code and names, or 0 when it does not match.
int rankOf(const QString &folded, const QStringList &words, const QString &code,
           const QStringList &names)
{
    if (!folded.isEmpty() && code.toLower().startsWith(folded))
        return 3;
    int rank = 0;
    for (const QString &n : names)
        rank = std::max(rank, wordRank(words, n));
    return rank;
}

} // namespace

IndicatorSearch::IndicatorSearch(const Catalog &catalog, const QVector<ScreenDefinition> &screens,
                                 const EntityRegistry &entities, const QString &lang,
                                 QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_screens(screens)
    , m_entities(entities)
    , m_lang(lang)
    , m_query(new QLineEdit)
    , m_results(new QListWidget)
{
    setWindowTitle(tr("Find an indicator, a screen or a place"));
    auto *layout = new QVBoxLayout(this);
    m_query->setPlaceholderText(tr("Code or name, with or without diacritics (e.g. A09.01, giai "
                                   "ngan, hong bang)"));
    m_query->setFont(uiFont(textSize::heading));
    m_results->setFont(uiFont(textSize::control));
    m_results->setUniformItemSizes(true);
    auto *hint = new QLabel(
        tr("Enter opens the indicator or the screen chosen, or shows every screen for the place "
           "chosen; Esc closes."));
    hint->setWordWrap(true);
    hint->setFont(uiFont(textSize::small));
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(720, 480);
    connect(m_query, &QLineEdit::textChanged, this, &IndicatorSearch::refresh);
    connect(m_query, &QLineEdit::returnPressed, this, &IndicatorSearch::choose);
    connect(m_results, &QListWidget::itemActivated, this, &IndicatorSearch::choose);
    m_query->installEventFilter(this);
    refresh();
}

QVector<IndicatorSearch::Hit> IndicatorSearch::find(const Catalog &catalog,
                                                    const QVector<ScreenDefinition> &screens,
                                                    const EntityRegistry &entities,
                                                    const QString &query, bool placesOnly,
                                                    const QStringList &views)
{
    const QString folded = foldText(query).trimmed();
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVector<QVector<Hit>> groups(4);
    for (const Indicator &ind : placesOnly ? QVector<Indicator>() : catalog.indicators()) {
        if (const int r = rankOf(folded, words, ind.code,
                                 {ind.nameVi, ind.nameEn, ind.subgroupVi, ind.subgroupEn}))
            groups[0] << Hit{Kind::Indicator, ind.code, r};
    }
    for (const ScreenDefinition &s : placesOnly ? QVector<ScreenDefinition>() : screens) {
        if (const int r = rankOf(folded, words, s.code, {s.titleVi, s.titleEn}))
            groups[1] << Hit{Kind::Screen, s.code, r};
    }
    if (!folded.isEmpty() || placesOnly) { // too many to list unasked among the others
        // the communes, wards and special zones, then investors/PMUs, projects and stations
        for (const Entity *e : entities.communes()) {
            if (const int r = rankOf(folded, words, e->code, {e->nameVi, e->nameEn}))
                groups[2] << Hit{Kind::Place, e->code, r};
        }
        for (const Entity &e : entities.all()) {
            if (e.kind != EntityKind::Unit && e.kind != EntityKind::Project
                && e.kind != EntityKind::Station)
                continue;
            if (const int r = rankOf(folded, words, e.code, {e.nameVi, e.nameEn}))
                groups[2] << Hit{Kind::Place, e.code, r};
        }
    }
    for (const QString &name : placesOnly ? QStringList() : views) {
        if (const int r = rankOf(folded, words, QString(), {name}))
            groups[3] << Hit{Kind::View, name, r};
    }
    const auto best = [](const QVector<Hit> &g) {
        int r = 0;
        for (const Hit &h : g)
            r = std::max(r, h.rank);
        return r;
    };
    for (QVector<Hit> &g : groups)
        std::stable_sort(g.begin(), g.end(),
                         [](const Hit &a, const Hit &b) { return a.rank > b.rank; });
    std::stable_sort(
        groups.begin(), groups.end(),
        [&best](const QVector<Hit> &a, const QVector<Hit> &b) { return best(a) > best(b); });
    QVector<Hit> out;
    for (const QVector<Hit> &g : std::as_const(groups))
        out << g;
    return out;
}

QStringList IndicatorSearch::search(const Catalog &catalog, const QString &query)
{
    QStringList codes;
    for (const Hit &h : find(catalog, {}, EntityRegistry(), query))
        codes << h.code;
    return codes;
}

void IndicatorSearch::setQuery(const QString &query)
{
    m_query->setText(query);
}

void IndicatorSearch::setViews(const QStringList &names)
{
    m_views = names;
    refresh();
}

void IndicatorSearch::setPlacesOnly(bool on)
{
    m_placesOnly = on;
    setWindowTitle(on ? tr("Show every screen for a place") : windowTitle());
    m_query->setPlaceholderText(on ? tr("A commune, ward, investor, project or station (e.g. "
                                        "hong bang)")
                                   : m_query->placeholderText());
    refresh();
}

QStringList IndicatorSearch::shownCodes() const
{
    QStringList out;
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->flags() & Qt::ItemIsSelectable)
            out << m_results->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

QStringList IndicatorSearch::shownGroups() const
{
    QStringList out;
    for (int i = 0; i < m_results->count(); ++i) {
        if (!(m_results->item(i)->flags() & Qt::ItemIsSelectable))
            out << m_results->item(i)->text();
    }
    return out;
}

QString IndicatorSearch::label(const Hit &hit) const
{
    switch (hit.kind) {
    case Kind::Indicator:
        return QStringLiteral("%1   %2").arg(hit.code, m_catalog.find(hit.code)->name(m_lang));
    case Kind::Screen:
        for (const ScreenDefinition &s : m_screens)
            if (s.code == hit.code)
                return QStringLiteral("%1   %2").arg(s.code, s.title(m_lang));
        break;
    case Kind::View:
        return hit.code; // its name
    case Kind::Place: {
        // a commune's name says what it is; the others' kind is added
        const Entity *e = m_entities.find(hit.code);
        switch (e->kind) {
        case EntityKind::Unit:
            return tr("%1 (investor or unit)").arg(e->name(m_lang));
        case EntityKind::Project:
            return tr("%1 (project)").arg(e->name(m_lang));
        case EntityKind::Station:
            return tr("%1 (station)").arg(e->name(m_lang));
        default:
            return e->name(m_lang);
        }
    }
    }
    return hit.code;
}

void IndicatorSearch::refresh()
{
    m_results->clear();
    const QString headings[] = {tr("Indicators"), tr("Screens"), tr("Places"), tr("Saved views")};
    std::optional<Kind> group;
    for (const Hit &hit :
         find(m_catalog, m_screens, m_entities, m_query->text(), m_placesOnly, m_views)) {
        if (group != hit.kind) {
            group = hit.kind;
            auto *heading = new QListWidgetItem(headings[int(hit.kind)], m_results);
            heading->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
            QFont bold = m_results->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        auto *item = new QListWidgetItem(QStringLiteral("    ") + label(hit), m_results);
        item->setData(Qt::UserRole, hit.code);
        item->setData(Qt::UserRole + 1, int(hit.kind));
    }
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->flags() & Qt::ItemIsSelectable) {
            m_results->setCurrentRow(i);
            break;
        }
    }
}

bool IndicatorSearch::eventFilter(QObject *watched, QEvent *event)
{
    // the arrows move through the results while typing goes on in the field
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void IndicatorSearch::choose()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    emit chosen(Kind(item->data(Qt::UserRole + 1).toInt()), item->data(Qt::UserRole).toString());
    accept();
}

} // namespace ioc
