#include "indicatorsearch.h"

#include "format.h"
#include "theme.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ioc {

IndicatorSearch::IndicatorSearch(const Catalog &catalog, const QString &lang, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_lang(lang)
    , m_query(new QLineEdit)
    , m_results(new QListWidget)
{
    setWindowTitle(tr("Find an indicator"));
    auto *layout = new QVBoxLayout(this);
    m_query->setPlaceholderText(
        tr("Code or name, with or without diacritics (e.g. A09.01, giai ngan)"));
    m_query->setFont(uiFont(textSize::heading));
    m_results->setFont(uiFont(textSize::control));
    m_results->setUniformItemSizes(true);
    auto *hint = new QLabel(tr("Enter opens the indicator; Esc closes."));
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

QStringList IndicatorSearch::search(const Catalog &catalog, const QString &query)
{
    const QString q = foldText(query);
    const QStringList words = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList byCode, byName;
    for (const Indicator &ind : catalog.indicators()) {
        const QString code = ind.code.toLower();
        if (!q.isEmpty() && code.startsWith(q)) {
            byCode << ind.code;
            continue;
        }
        const QString haystack = code + QLatin1Char(' ') + foldText(ind.nameVi) + QLatin1Char(' ')
                                 + foldText(ind.nameEn) + QLatin1Char(' ')
                                 + foldText(ind.subgroupVi) + QLatin1Char(' ')
                                 + foldText(ind.subgroupEn);
        bool all = true;
        for (const QString &w : words)
            all = all && haystack.contains(w);
        if (all)
            byName << ind.code;
    }
    return byCode + byName;
}

void IndicatorSearch::setQuery(const QString &query)
{
    m_query->setText(query);
}

QStringList IndicatorSearch::shownCodes() const
{
    QStringList out;
    for (int i = 0; i < m_results->count(); ++i)
        out << m_results->item(i)->data(Qt::UserRole).toString();
    return out;
}

void IndicatorSearch::refresh()
{
    m_results->clear();
    for (const QString &code : search(m_catalog, m_query->text())) {
        const Indicator *ind = m_catalog.find(code);
        auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(code, ind->name(m_lang)),
                                         m_results);
        item->setData(Qt::UserRole, code);
        item->setToolTip(ind->subgroup(m_lang));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
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
    if (!item)
        return;
    emit chosen(item->data(Qt::UserRole).toString());
    accept();
}

} // namespace ioc
