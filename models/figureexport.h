#pragma once

#include "catalog.h"
#include "entity.h"
#include "format.h"
#include "screendata.h"

#include <QCoreApplication>

namespace ioc {

// The figures of screens for people who work on in Excel: every headline figure and every
// figure by commune, unit, project or station, one row each, with raw numbers (not text),
// the status, "as of" and the source. Both files are written through QSaveFile.
class FigureExport
{
    Q_DECLARE_TR_FUNCTIONS(ioc::FigureExport)
public:
    FigureExport(const QVector<ScreenDefinition> &screens, const EntityRegistry &entities,
                 const Formatter &fmt);
    void setSource(const QString &source) { m_source = source; }
    void setPackHash(const QString &hash) { m_packHash = hash; }

    QStringList header() const;
    // The rows, numbers as text in the C locale ("1234.5"): for CSV and tests.
    QVector<QStringList> rows(const QVector<ScreenData> &data) const;
    // CSV: UTF-8 with a byte-order mark (Excel reads the Vietnamese), RFC 4180.
    bool writeCsv(const QString &file, const QVector<ScreenData> &data, QString *error) const;
    // .xlsx (libxlsxwriter): a sheet of figures (numbers as numbers, a filter, the header
    // frozen) and a sheet saying as of when, from where, and the pack's hash.
    bool writeXlsx(const QString &file, const QVector<ScreenData> &data, QString *error) const;

private:
    struct Row
    {
        const ScreenDefinition *screen;
        const Figure *figure;
    };
    QVector<Row> collect(const QVector<ScreenData> &data) const;

    QVector<ScreenDefinition> m_screens;
    const EntityRegistry &m_entities;
    Formatter m_fmt;
    QString m_source;
    QString m_packHash;
};

} // namespace ioc
