#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ioc {

// What a PDF says about itself beyond what QPdfWriter (Qt 6.4) can set: its author, subject and
// language, and a creation date that is the document's own rather than the clock's.
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString language; // BCP 47: "vi-VN", "en-GB"
    QDateTime created;
};

// Finishes a PDF written by QPdfWriter: its CreationDate is rewritten in place (same width, so
// every offset holds) and an incremental update (PDF 1.4, section 3.4.5) replaces the document
// information dictionary (title, author, subject, creator, dates) and adds the catalog's /Lang.
// The same bytes and info give the same output. False, with the reason, when the PDF is not
// shaped as QPdfWriter writes it.
bool finishPdf(QByteArray *pdf, const PdfInfo &info, QString *error);

} // namespace ioc
