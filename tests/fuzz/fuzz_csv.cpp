// The CSV report reader and the importer behind it, on any bytes.
#include "csv.h"
#include "fuzzsupport.h"
#include "reportimport.h"

#include <QByteArray>
#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ioc::Csv::parse(QString::fromUtf8(bytes), u',');
    const ioc::ReportImporter importer(ioc::fuzz::catalog(), ioc::fuzz::entities());
    (void)importer.read(bytes, QStringLiteral("fuzz.csv"),
                        QDateTime(QDate(2026, 4, 20), QTime(12, 0), Qt::UTC));
    return 0;
}
