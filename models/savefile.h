#pragma once

#include <QByteArray>
#include <QString>

namespace ioc {

enum class FileAccess { Default, OwnerOnly };

// Writes the file whole or not at all (QSaveFile), creating its folder; OwnerOnly (secrets,
// tokens, keys): readable and writable by its owner alone whatever the umask. The problem, naming
// the file, in error.
bool saveWhole(const QString &path, const QByteArray &bytes, QString *error,
               FileAccess access = FileAccess::Default);

} // namespace ioc
