#pragma once

#include "format.h"
#include "geo.h"
#include "screendata.h"
#include "theme.h"

#include <QCoreApplication>

class QIODevice;
class QPainter;
class QWidget;

namespace ioc {

class ScreenPage;

// A briefing on paper: one A4 landscape page per screen, painted as vectors (the screen's own
// widgets render into the PDF painter; the maps' units as paths), fonts embedded by Qt's PDF
// engine, and on every page a footer with the "as of" date, the source, page n/N and the
// briefing pack's hash. Optionally an appendix with the figures of every screen as tables.
// Written through QSaveFile: the file is whole or left as it was.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PdfExporter)
public:
    PdfExporter(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                const MapGeometry *geometry, const Formatter &fmt);
    ~PdfExporter();

    void setSource(const QString &source) { m_source = source; } // "Nguồn: …"
    void setPackHash(const QString &hash) { m_packHash = hash; } // empty: not from a pack
    void setDemo(bool demo) { m_demo = demo; }
    void setAppendix(bool on) { m_appendix = on; }

    // data: one per page, in order. pages: how many were written. The file is replaced whole
    // or not at all.
    bool write(const QString &file, const QVector<ScreenData> &data, QString *error,
               int *pages = nullptr);
    // The same PDF into out (a window renders on its own thread, then saves the bytes on a
    // worker: its pages are drawn from widgets).
    bool render(QIODevice *out, const QVector<ScreenData> &data, QString *error,
                int *pages = nullptr);

private:
    struct AppendixLine
    {
        int screen;
        QStringList cells; // empty: the screen's heading
    };
    QVector<QVector<AppendixLine>> appendixPages(const QVector<ScreenData> &data,
                                                 int perPage) const;
    void paintAppendixPage(QPainter &painter, const QRectF &body, qreal rowHeight,
                           const QVector<ScreenData> &data,
                           const QVector<AppendixLine> &lines) const;
    ScreenPage *stagePage(const ScreenData &data);
    void paintScreen(QPainter &painter, const QRectF &area, ScreenPage *page);
    void paintFooter(QPainter &painter, const QRectF &area, const ScreenData &data, int page,
                     int pages);
    QVector<QStringList> appendixRows(const ScreenData &data) const;

    QVector<ScreenDefinition> m_screens;
    const EntityRegistry &m_entities;
    const MapGeometry *m_geometry;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    QString m_source;
    QString m_packHash;
    bool m_demo = false;
    bool m_appendix = false;
    QWidget *m_stage;
};

} // namespace ioc
