// The report workbook reader and the importer behind it, on any bytes.
#include "fuzzsupport.h"
#include "reportimport.h"
#include "xlsxreader.h"

#include <QByteArray>
#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto sheets = ioc::XlsxReader::read(bytes, &error)) {
        for (const ioc::XlsxSheet &s : *sheets)
            (void)s.cell(s.rowCount(), s.columnCount(s.rowCount()));
    }
    const ioc::ReportImporter importer(ioc::fuzz::catalog(), ioc::fuzz::entities());
    (void)importer.read(bytes, QStringLiteral("fuzz.xlsx"),
                        QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
    return 0;
}
