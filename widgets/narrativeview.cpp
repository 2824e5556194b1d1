#include "narrativeview.h"

#include "look.h"

#include <QBuffer>
#include <QLabel>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QToolTip>
#include <QVBoxLayout>

namespace ioc {

namespace {

QString citationsOf(const NarrativeSentence &s, const NarrativeWriter &writer)
{
    QStringList lines;
    for (const Figure &f : s.cites)
        lines << writer.citation(f);
    return lines.join(QLatin1Char('\n'));
}

QColor weightColour(NarrativeSentence::Weight w, const Theme &theme)
{
    switch (w) {
    case NarrativeSentence::Weight::Critical:
        return theme.status(Status::Critical);
    case NarrativeSentence::Weight::Warning:
        return theme.status(Status::Warn);
    default:
        return theme.text;
    }
}

} // namespace

void fillNarrativeDocument(QTextDocument *doc, const QVector<Narrative> &narratives,
                           const NarrativeWriter &writer, const Theme &theme)
{
    doc->clear();
    doc->setDefaultFont(uiFont(textSize::body));
    QTextCursor cursor(doc);
    QTextCharFormat heading;
    heading.setFont(uiFont(textSize::heading, QFont::Bold));
    heading.setForeground(theme.text);
    for (qsizetype n = 0; n < narratives.size(); ++n) {
        const Narrative &narrative = narratives.at(n);
        QTextBlockFormat headingBlock;
        headingBlock.setHeadingLevel(narrative.screen.isEmpty() ? 1 : 2);
        headingBlock.setTopMargin(n == 0 ? 0 : space::section);
        headingBlock.setBottomMargin(space::gap);
        if (n == 0)
            cursor.setBlockFormat(headingBlock);
        else
            cursor.insertBlock(headingBlock);
        cursor.insertText((narrative.screen.isEmpty()
                               ? narrative.title
                               : narrative.screen + QLatin1Char(' ') + narrative.title)
                              + QStringLiteral(" — ") + narrative.period,
                          heading);
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        QTextList *items = nullptr;
        for (qsizetype i = 0; i < narrative.sentences.size(); ++i) {
            const NarrativeSentence &s = narrative.sentences.at(i);
            cursor.insertBlock(QTextBlockFormat());
            if (!items)
                items = cursor.createList(list);
            else
                items->add(cursor.block());
            QTextCharFormat text;
            text.setFont(uiFont(textSize::body));
            text.setForeground(weightColour(s.weight, theme));
            text.setToolTip(citationsOf(s, writer));
            text.setAnchor(true);
            text.setAnchorHref(QStringLiteral("cite:%1/%2").arg(n).arg(i));
            cursor.insertText(s.text, text);
        }
    }
}

bool writeNarrativeOdt(const QString &file, const QVector<Narrative> &narratives,
                       const NarrativeWriter &writer, QString *error)
{
    QTextDocument doc;
    fillNarrativeDocument(&doc, narratives, writer, Theme::light());
    // the ODF writer closes the device it writes to: into memory first, then the file whole
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QTextDocumentWriter odt(&bytes, "odf");
    if (!odt.write(&doc)) {
        *error = NarrativePanel::tr("the document was not written");
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data()) != bytes.data().size()
        || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

NarrativePanel::NarrativePanel(const EntityRegistry &entities, QWidget *parent)
    : QFrame(parent)
    , m_entities(entities)
    , m_text(new QTextBrowser(this))
    , m_cited(new QLabel(this))
{
    setObjectName(QStringLiteral("narrativePanel"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_cited->setWordWrap(true);
    m_cited->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cited->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(space::panelH, space::panelV, space::panelH, space::panelV);
    layout->setSpacing(space::gap);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cited);
    connect(m_text, &QTextBrowser::anchorClicked, this, &NarrativePanel::showCitations);
    connect(m_text, &QTextBrowser::highlighted, this, [this](const QUrl &link) {
        const QStringList at = link.path().split(QLatin1Char('/'));
        const QString tip = at.size() == 2 ? citations(at.at(1).toInt()) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tip, m_text);
    });
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) { show(fmt, theme); });
    show(Look::current().fmt(), Look::current().theme());
}

void NarrativePanel::setScreen(const ScreenDefinition &def, const ScreenData &data)
{
    m_def = def;
    m_data = data;
    m_cited->hide();
    show(Look::current().fmt(), Look::current().theme());
}

QString NarrativePanel::citations(int sentence) const
{
    if (sentence < 0 || sentence >= m_narrative.sentences.size())
        return {};
    const NarrativeWriter writer(m_entities, Look::current().fmt());
    return citationsOf(m_narrative.sentences.at(sentence), writer);
}

void NarrativePanel::showCitations(const QUrl &link)
{
    const QStringList at = link.path().split(QLatin1Char('/'));
    const QString text = at.size() == 2 ? citations(at.at(1).toInt()) : QString();
    m_cited->setText(text);
    m_cited->setVisible(!text.isEmpty());
}

void NarrativePanel::show(const Formatter &fmt, const Theme &theme)
{
    m_cited->setFont(uiFont(textSize::note));
    const NarrativeWriter writer(m_entities, fmt);
    if (m_def.code.isEmpty() || m_data.figures.isEmpty()) {
        m_narrative = {};
        m_text->setPlainText(tr("The summary is written once the screen's figures are loaded."));
        return;
    }
    m_narrative = writer.screen(m_def, m_data);
    fillNarrativeDocument(m_text->document(), {m_narrative}, writer, theme);
}

} // namespace ioc
