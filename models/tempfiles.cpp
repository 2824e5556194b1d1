#include "tempfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace ioc::tempfiles {

namespace {

const QString kWork = QStringLiteral("ioc-console-");
const QString kSnapshot = QStringLiteral(".snapshot-");

bool running(qint64 pid)
{
    if (pid <= 0)
        return true; // not ours to judge
    if (pid == qint64(::getpid()))
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString pattern(const QString &dir, const QString &prefix)
{
    return QDir(dir).filePath(prefix + QString::number(::getpid()) + QStringLiteral("-XXXXXX"));
}

QString workFolderPattern()
{
    return pattern(QDir::tempPath(), kWork);
}

int sweep(const QString &dir, const QString &marker)
{
    const QRegularExpression re(QRegularExpression::escape(marker) + QStringLiteral("(\\d+)-"));
    int removed = 0;
    const QFileInfoList entries = QDir(dir).entryInfoList(
        {QLatin1Char('*') + marker + QLatin1Char('*')},
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch m = re.match(entry.fileName());
        if (!m.hasMatch() || running(m.captured(1).toLongLong()) || !entry.isWritable())
            continue;
        const bool gone = entry.isDir() ? QDir(entry.absoluteFilePath()).removeRecursively()
                                        : QFile::remove(entry.absoluteFilePath());
        removed += gone ? 1 : 0;
    }
    return removed;
}

int sweepLeftovers(const QString &dataDir)
{
    return sweep(QDir::tempPath(), kWork) + sweep(dataDir, kSnapshot);
}

} // namespace ioc::tempfiles
