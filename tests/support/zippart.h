#pragma once
// One part of a zip file (a pack, an .xlsx, an .odt), read with libzip: another reader than the
// one that wrote it. Empty when the file or the part cannot be read.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zip.h>

namespace ioc::test {

inline QByteArray zipPart(const QString &file, const QString &part)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY, &err);
    if (!z)
        return {};
    QByteArray bytes;
    zip_stat_t st;
    if (zip_stat(z, part.toUtf8().constData(), 0, &st) == 0) {
        if (zip_file_t *f = zip_fopen(z, part.toUtf8().constData(), 0)) {
            bytes.resize(qsizetype(st.size));
            if (zip_fread(f, bytes.data(), st.size) != zip_int64_t(st.size))
                bytes.clear();
            zip_fclose(f);
        }
    }
    zip_discard(z);
    return bytes;
}

} // namespace ioc::test
