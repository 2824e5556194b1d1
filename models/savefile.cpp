#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ioc {

bool saveWhole(const QString &path, const QByteArray &bytes, QString *error, FileAccess access)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    const bool opened = out.open(QIODevice::WriteOnly);
    if (opened && access == FileAccess::OwnerOnly)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

} // namespace ioc
