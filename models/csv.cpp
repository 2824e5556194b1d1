#include "csv.h"

#include <QSaveFile>

namespace ioc {

CsvResult Csv::parse(const QString &text, QChar delimiter)
{
    CsvResult result;
    CsvRow row;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    row.line = 1;
    int quoteStartLine = 0;

    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank)
            result.rows << row;
        row = CsvRow();
    };

    const int n = text.size();
    int i = (n > 0 && text.at(0) == QChar(0xFEFF)) ? 1 : 0; // skip a BOM
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.error = tr("a quote inside an unquoted field");
                result.errorLine = line;
                return result;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // tolerated before \n
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            row.line = line;
        } else {
            if (fieldWasQuoted) {
                result.error = tr("text after a closing quote");
                result.errorLine = line;
                return result;
            }
            field += c;
        }
    }
    if (inQuotes) {
        result.error = tr("a quoted field is never closed");
        result.errorLine = quoteStartLine;
        return result;
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || fieldWasQuoted)
        endRow();
    return result;
}

QString Csv::escape(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::joinRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << escape(f);
    return escaped.join(QLatin1Char(','));
}

QString Csv::inert(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (field.isEmpty() || !triggers.contains(field.front()))
        return field;
    bool number = false;
    field.toDouble(&number); // "-0.5" stays a number
    return number ? field : QLatin1Char('\'') + field;
}

QByteArray Csv::document(const QList<QStringList> &rows)
{
    QByteArray out = "\xEF\xBB\xBF";
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &f : row)
            fields << inert(f);
        out += joinRow(fields).toUtf8() + "\r\n";
    }
    return out;
}

bool Csv::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ioc
