#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc {

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
struct CsvRow
{
    int line = 0; // 1-based line where the row starts
    QStringList fields;
};

struct CsvResult
{
    QVector<CsvRow> rows;
    QString error; // empty when the text parsed
    int errorLine = 0;
};

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Csv)
public:
    static CsvResult parse(const QString &text, QChar delimiter = u',');
    static QString escape(const QString &field);
    static QString joinRow(const QStringList &fields);
    // Rows as a file for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads the
    // Vietnamese), CRLF line ends, every field inert.
    static QByteArray document(const QList<QStringList> &rows);
    // A field a spreadsheet shows as text, never runs: one that begins with = + - @ or a tab or
    // carriage return and is not a number ("=HYPERLINK(…)" from a report's sheet name) gets a
    // leading apostrophe (OWASP, CSV injection); "-0.5" stays a number.
    static QString inert(const QString &field);
    // Writes the whole file or nothing (QSaveFile); error says why not.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace ioc
