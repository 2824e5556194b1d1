// The boundaries reader (a --boundaries FILE), on any bytes.
#include "fuzzsupport.h"
#include "geo.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    (void)ioc::GeoReader::read(bytes, &ioc::fuzz::entities(), &error);
    (void)ioc::GeoReader::read(bytes, nullptr, &error);
    return 0;
}
