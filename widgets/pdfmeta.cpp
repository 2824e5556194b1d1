#include "pdfmeta.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ioc {

namespace {

// A text string as UTF-16BE with its byte order mark, in hex: <FEFF…>.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &at)
{
    return "D:" + at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

QByteArray xrefEntry(qint64 offset)
{
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
}

} // namespace

bool finishPdf(QByteArray *pdf, const PdfInfo &info, QString *error)
{
    const QByteArray created = pdfDate(info.created);
    static const QRegularExpression dateRe(QStringLiteral("/CreationDate \\((D:\\d{14}Z)\\)"));
    const QString head = QString::fromLatin1(pdf->left(8192));
    const QRegularExpressionMatch date = dateRe.match(head);
    static const QRegularExpression trailerRe(
        QStringLiteral("trailer\\s*<<\\s*/Size (\\d+)\\s*/Info (\\d+) 0 R\\s*/Root (\\d+) 0 R\\s*>>"
                       "\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"));
    const QRegularExpressionMatch trailer = trailerRe.match(QString::fromLatin1(pdf->right(512)));
    if (!date.hasMatch() || !trailer.hasMatch() || created.size() != date.capturedLength(1)) {
        *error = QStringLiteral("the PDF is not shaped as QPdfWriter writes it");
        return false;
    }
    pdf->replace(date.capturedStart(1), created.size(), created);
    const QByteArray root = trailer.captured(3).toLatin1();
    const QByteArray infoObj = trailer.captured(2).toLatin1();
    static const QRegularExpression pagesRe(QStringLiteral("/Type /Catalog\\s*/Pages (\\d+) 0 R"));
    const QRegularExpressionMatch pages = pagesRe.match(
        QString::fromLatin1(pdf->mid(pdf->indexOf(QByteArray(root + " 0 obj")), 200)));
    if (!pages.hasMatch()) {
        *error = QStringLiteral("the PDF's catalog is not where QPdfWriter puts it");
        return false;
    }
    if (!pdf->endsWith('\n'))
        pdf->append('\n');
    const qint64 infoAt = pdf->size();
    pdf->append(infoObj + " 0 obj\n<<\n/Title " + textString(info.title) + "\n/Author "
                + textString(info.author) + "\n/Subject " + textString(info.subject) + "\n/Creator "
                + textString(info.creator) + "\n/Producer "
                + textString(QStringLiteral("Qt " QT_VERSION_STR)) + "\n/CreationDate (" + created
                + ")\n/ModDate (" + created + ")\n>>\nendobj\n");
    const qint64 rootAt = pdf->size();
    pdf->append(root + " 0 obj\n<<\n/Type /Catalog\n/Pages " + pages.captured(1).toLatin1()
                + " 0 R\n/Lang " + textString(info.language)
                + "\n/ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n");
    const qint64 xrefAt = pdf->size();
    // the two objects are consecutive in Qt's numbering (Info 1, Catalog 2); say each apart
    pdf->append("xref\n" + infoObj + " 1\n" + xrefEntry(infoAt) + root + " 1\n" + xrefEntry(rootAt)
                + "trailer\n<<\n/Size " + trailer.captured(1).toLatin1() + "\n/Info " + infoObj
                + " 0 R\n/Root " + root + " 0 R\n/Prev " + trailer.captured(4).toLatin1()
                + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n");
    return true;
}

} // namespace ioc
