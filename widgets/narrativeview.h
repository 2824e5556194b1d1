#pragma once

#include "narrative.h"
#include "theme.h"

#include <QFrame>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace ioc {

// The briefing in words as a document: each narrative a heading ("S01 Tổng quan điều hành —
// Tháng 4/2026, đến 20/04/2026") and a list of its sentences; each sentence carries the figures
// it cites as its tooltip and as a link ("cite:<narrative>/<sentence>").
void fillNarrativeDocument(QTextDocument *doc, const QVector<Narrative> &narratives,
                           const NarrativeWriter &writer, const Theme &theme);
// The same as an editable OpenDocument text (QTextDocumentWriter), written whole or not at all.
bool writeNarrativeOdt(const QString &file, const QVector<Narrative> &narratives,
                       const NarrativeWriter &writer, QString *error);

// The current screen's briefing text (the "Tóm tắt" dock's). Hovering a sentence shows the figures
// it states; clicking it lists them under the text.
class NarrativePanel : public QFrame
{
    Q_OBJECT
public:
    explicit NarrativePanel(const EntityRegistry &entities, QWidget *parent = nullptr);

    // The screen's text for its figures (a screen still loading: a notice, no sentence).
    void setScreen(const ScreenDefinition &def, const ScreenData &data);
    const Narrative &narrative() const { return m_narrative; }
    // What clicking sentence i shows: each cited figure, one per line.
    QString citations(int sentence) const;

private:
    void show(const Formatter &fmt, const Theme &theme);
    void showCitations(const QUrl &link);

    const EntityRegistry &m_entities;
    ScreenDefinition m_def;
    ScreenData m_data;
    Narrative m_narrative;
    QTextBrowser *m_text;
    QLabel *m_cited;
};

} // namespace ioc
