#pragma once

#include "figures.h"
#include "format.h"
#include "screendata.h"
#include "screens.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace ioc {

// One sentence of the briefing text, with the figures it states (what hovering it shows).
struct NarrativeSentence
{
    // What matters first: critical, then warnings, then notable gains, then the rest, and last
    // what has no figure.
    enum class Weight { Critical, Warning, Gain, Fact, Gap };
    Weight weight = Weight::Fact;
    QString text;
    QVector<Figure> cites; // in the order the sentence states them
    QString screen;
};

// The briefing text of one screen, or of the whole briefing.
struct Narrative
{
    QString screen; // empty: the whole briefing
    QString title;  // "Tổng quan điều hành" / "Tóm tắt giao ban"
    QString period; // "Tháng 4/2026, đến 20/04/2026"
    QVector<NarrativeSentence> sentences;

    // The sentences as one paragraph.
    QString paragraph() const;
};

// Drafts the briefing text from the figures and the rules, as the Department of Science and
// Technology writes it ("Tổng thu ngân sách nhà nước trên địa bàn đạt 56.363 tỷ đồng, vượt kế
// hoạch tháng; trong đó …"). Deterministic: the same figures give the same words, in
// Vietnamese or English (the formatter's language). Every number comes from a figure it cites;
// a figure without a value is named as a gap, a stale one says so.
class NarrativeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::NarrativeWriter)
public:
    NarrativeWriter(const EntityRegistry &entities, const Formatter &fmt);

    Narrative screen(const ScreenDefinition &def, const ScreenData &data) const;
    // What matters across the screens (each figure once): every critical figure and warning,
    // then the first eight notable gains in screen order.
    Narrative briefing(const QVector<Narrative> &screens) const;

    // What one cited figure is, for a tooltip or a footnote: "A09.01 · Tổng thu … · 56.363 tỷ
    // đồng · Tháng 4/2026 · Dữ liệu mẫu – …"
    QString citation(const Figure &f) const;
    // The text of a whole briefing: its summary, then each screen under its title.
    static QString plainText(const QVector<Narrative> &narratives);

private:
    struct Draft;
    void figureSentence(const Figure &f, const ScreenDefinition &def, const ScreenData &data,
                        Draft *draft) const;
    void breakdownSentences(const Figure &headline, const QVector<Figure> &entities,
                            Draft *draft) const;
    QString statusClause(const Figure &f, const Selection &sel) const;
    QString planClause(const Figure &f, const Selection &sel) const;
    QString changeClause(const Figure &f, const Selection &sel) const;
    QString amount(const Figure &f) const;
    QString name(const Indicator &ind, bool sentenceStart) const;

    const EntityRegistry &m_entities;
    const Formatter &m_fmt;
};

} // namespace ioc
