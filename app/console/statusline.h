#pragma once

#include "datasource.h"
#include "format.h"
#include "packsigning.h"
#include "theme.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace ioc {

// The window's status bar, as the data layer stands: the connection (a coloured dot and a word),
// the source with its last successful sync or a briefing pack's hash, "as of", and the progress
// of work in the background (syncing, preparing the demo data, importing).
class StatusLine : public QObject
{
    Q_OBJECT
public:
    StatusLine(QStatusBar *bar, DataSource *data, QObject *parent = nullptr);

    void setLook(const Formatter &fmt, const Theme &theme);
    void setAsOf(const QDate &asOf);
    void setPack(const QString &file, const QString &hash, const PackSeal &seal); // a pack's
    QString connectionText() const;
    QString sourceText() const; // the source line as shown
    // what a presentation's footer says of the source: the source line, "Live" first while
    // the real-time readings are live
    QString wallText() const;
    void update();

signals:
    void wallTextChanged(const QString &text);

private:
    void showActivity(DataSource::Activity activity, qint64 done, qint64 total,
                      const QString &subject);

    DataSource *m_data;
    Formatter m_fmt{QStringLiteral("vi")};
    Theme m_theme = Theme::light();
    QDate m_asOf;
    QString m_packFile;
    QString m_packHash;
    QString m_wallText;
    PackSeal m_packSeal;
    bool m_failed = false; // the progress label keeps saying why
    QLabel *m_connection;
    QLabel *m_source;
    QLabel *m_asOfLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
};

} // namespace ioc
