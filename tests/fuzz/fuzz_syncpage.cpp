// A page of GET /observations as the sync engine checks it, on any bytes.
#include "fuzzsupport.h"
#include "syncengine.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;
    (void)ioc::SyncEngine::parsePage(bytes, ioc::fuzz::catalog(), ioc::fuzz::entities(), &problem);
    return 0;
}
