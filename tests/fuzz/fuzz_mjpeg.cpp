// A live camera stream (multipart/x-mixed-replace) as the console reads it, and a camera list,
// on any bytes: split in two feeds at a point the input chooses.
#include "cameras.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ioc::MjpegReader reader("b", 64 * 1024);
    QVector<ioc::CameraFrame> frames;
    const qsizetype cut = bytes.isEmpty() ? 0 : quint8(bytes.at(0)) * bytes.size() / 256;
    if (reader.feed(bytes.left(cut), &frames))
        reader.feed(bytes.mid(cut), &frames);
    for (const ioc::CameraFrame &f : frames)
        (void)ioc::cameras::jpegProblem(f.jpeg);
    QString error;
    (void)ioc::cameras::parseList(bytes, &error);
    return 0;
}
