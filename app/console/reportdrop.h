#pragma once

#include <QObject>

#include <functional>

class QMimeData;
class QWidget;

namespace ioc {

// Report files dropped on a window are imported: a drag is accepted when every file it
// carries is a report (.xlsx, .csv) and no import runs (busy), and the drop hands them on.
class ReportDrop : public QObject
{
    Q_OBJECT
public:
    ReportDrop(QWidget *target, std::function<bool()> busy);

    static bool isReportFile(const QString &path);
    static QStringList reportFiles(const QMimeData *mime); // the local report files it names

signals:
    void dropped(const QStringList &files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool()> m_busy;
};

} // namespace ioc
