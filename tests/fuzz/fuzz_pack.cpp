// The briefing pack reader, on any bytes (written to a file: packs are opened from files).
#include "briefingpack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::temp().filePath(
        QStringLiteral("ioc-fuzz-%1.iocpack").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    ioc::OpenedPack pack;
    QString error;
    (void)ioc::PackReader::open(path, &pack, &error);
    return 0;
}
