#include "reportdrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

namespace ioc {

ReportDrop::ReportDrop(QWidget *target, std::function<bool()> busy)
    : QObject(target)
    , m_busy(std::move(busy))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ReportDrop::isReportFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv");
}

QStringList ReportDrop::reportFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &u : mime->urls()) {
        if (u.isLocalFile() && isReportFile(u.toLocalFile()))
            files << u.toLocalFile();
    }
    return files;
}

bool ReportDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        const qsizetype urls = enter->mimeData()->urls().size();
        if (urls > 0 && reportFiles(enter->mimeData()).size() == urls && !m_busy())
            enter->acceptProposedAction();
        else
            enter->ignore();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = reportFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            emit dropped(files);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ioc
