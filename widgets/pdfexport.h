#pragma once

#include "format.h"
#include "geo.h"
#include "packsigning.h"
#include "screendata.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDateTime>

class QIODevice;
class QPainter;

namespace ioc {

class PageFlow;
struct PrintTable;

// The briefing handout, laid out for A4 portrait rather than painted from the screens: a
// cover (title, period, meeting date, source, pack SHA-256, readiness verdict), a one-page
// summary of every indicator (figure, comparison, status as a traffic light), the briefing in
// words, then each screen on as many pages as it needs: its trend charts with every series in
// a legend, its map, and its tables complete (every unit; the header repeated, "(tiếp theo)" on
// the pages a table continues onto). Text is never under 8 pt; footers wrap. Vector output,
// fonts embedded by Qt's PDF engine; the document's title, author, subject and language set.
// The same figures and the same issue time give the same bytes. Written through QSaveFile.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PdfExporter)
public:
    PdfExporter(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                const MapGeometry *geometry, const Formatter &fmt);

    void setSource(const QString &source) { m_source = source; } // "Nguồn: …"
    void setPackHash(const QString &hash) { m_packHash = hash; } // empty: not from a pack
    // who signed the pack, on the cover and every footer ("Verified: …", "Not verified …")
    void setPackSeal(const PackSeal &seal) { m_packSeal = seal; }
    void setDemo(bool demo) { m_demo = demo; }
    // the figures' sources and times of every screen as tables at the end
    void setAppendix(bool on) { m_appendix = on; }
    // the operator who prepares the briefing: the document's author
    void setPreparedBy(const QString &name) { m_preparedBy = name; }
    // when the handout is issued: a pack's frozen clock (never the wall clock for a pack); the
    // cover's date and the document's creation date
    void setIssued(const QDateTime &at) { m_issued = at; }

    // data: the screens in order (each period after the other). pages: how many were written.
    bool write(const QString &file, const QVector<ScreenData> &data, QString *error,
               int *pages = nullptr);
    bool render(QIODevice *out, const QVector<ScreenData> &data, QString *error,
                int *pages = nullptr);

private:
    void layOut(PageFlow &flow, const QVector<ScreenData> &data) const;
    void cover(PageFlow &flow, const QVector<ScreenData> &data) const;
    void groupRow(PrintTable *table, const ScreenData &d) const;
    void summary(PageFlow &flow, const QVector<ScreenData> &data) const;
    void narrative(PageFlow &flow, const QVector<ScreenData> &data) const;
    void screen(PageFlow &flow, const ScreenDefinition &def, const ScreenData &data) const;
    void breakdownTable(PageFlow &flow, const QString &title, const QVector<Figure> &figures) const;
    void compositionTable(PageFlow &flow, const ScreenPanel &panel, const ScreenData &data) const;
    void map(PageFlow &flow, const ScreenPanel &panel, const ScreenData &data) const;
    // each camera's last picture, three to a row, with its junction, state and time
    void cameras(PageFlow &flow, const QString &title, const CameraBoard &board) const;
    void appendix(PageFlow &flow, const QVector<ScreenData> &data) const;
    void footer(QPainter &p, const QRectF &area, const ScreenData &data, int page, int pages) const;
    const ScreenDefinition *definition(const QString &code) const;

    QVector<ScreenDefinition> m_screens;
    const EntityRegistry &m_entities;
    const MapGeometry *m_geometry;
    Formatter m_fmt;
    Theme m_theme = Theme::light(); // paper is light
    QString m_source;
    QString m_packHash;
    PackSeal m_packSeal; // said only for a pack's figures (a hash)
    QString m_preparedBy;
    QDateTime m_issued;
    bool m_demo = false;
    bool m_appendix = false;
};

} // namespace ioc
