#include "statusline.h"

#include "look.h"
#include "commands.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace ioc {

StatusLine::StatusLine(QStatusBar *bar, DataSource *data, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_connection(new QLabel)
    , m_source(new QLabel)
    , m_asOfLabel(new QLabel)
    , m_progressLabel(new QLabel)
    , m_progress(new QProgressBar)
{
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) { setLook(fmt, theme); });
    for (QLabel *l : {m_source, m_asOfLabel, m_progressLabel})
        l->setFont(uiFont(textSize::body));
    m_connection->setFont(uiFont(textSize::body, QFont::DemiBold));
    bar->addWidget(m_connection);
    bar->addWidget(m_source);
    bar->addWidget(m_asOfLabel);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progress);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_progressLabel->hide();
    connect(m_data, &DataSource::changed, this, &StatusLine::update);
    connect(m_data, &DataSource::activity, this, &StatusLine::showActivity);
    connect(m_data, &DataSource::activityFailed, this,
            [this](DataSource::Activity, const QString &error) {
                m_failed = true;
                m_progressLabel->setText(tr("Demo data could not be prepared: %1").arg(error));
                m_progressLabel->show();
                m_progress->hide();
            });
    connect(m_data, &DataSource::idle, this, [this] {
        m_progress->hide();
        if (!m_failed)
            m_progressLabel->hide();
    });
}

void StatusLine::setLook(const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    update();
}

void StatusLine::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    update();
}

void StatusLine::setPack(const QString &file, const QString &hash, const PackSeal &seal)
{
    m_packFile = file;
    m_packHash = hash;
    m_packSeal = seal;
    update();
}

QString StatusLine::connectionText() const
{
    switch (m_data->connection()) {
    case DataSource::Connection::Demo:
        return tr("Demo data");
    case DataSource::Connection::Cached:
        return tr("Cached figures");
    case DataSource::Connection::Syncing:
        return m_data->isLive() ? tr("Live") : tr("Syncing");
    case DataSource::Connection::Online:
        return m_data->isLive() ? tr("Live") : tr("Online");
    case DataSource::Connection::Offline:
        return tr("Offline");
    case DataSource::Connection::Pack:
        return tr("Briefing pack, read-only, no network");
    }
    return {};
}

QString StatusLine::sourceText() const
{
    return m_source->text();
}

QString StatusLine::wallText() const
{
    return m_wallText;
}

void StatusLine::update()
{
    using Connection = DataSource::Connection;
    const Connection c = m_data->connection();
    const bool live = m_data->isLive() && (c == Connection::Online || c == Connection::Syncing);
    const QColor dot = c == Connection::Online || live ? m_theme.ok
                       : c == Connection::Offline      ? m_theme.critical
                       : c == Connection::Syncing      ? m_theme.accent
                       : c == Connection::Cached       ? m_theme.muted
                                                       : m_theme.demoBadge;
    m_connection->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(dot.name(), connectionText()));
    QString tip = m_data->syncError();
    if (live)
        tip = tr("Real-time readings (Group D) arrive as the server takes them.");
    else if (m_data->syncs() && !m_data->liveError().isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
               + tr("Real-time readings are polled every 30 s: %1").arg(m_data->liveError());
    m_connection->setToolTip(tip);
    QStringList parts;
    parts << commands::sourceLine(m_data->isDemo(), m_data->name());
    if (!m_data->isDemo()) {
        if (m_data->lastSync().isValid())
            parts << tr("last successful sync %1").arg(m_fmt.dateTime(m_data->lastSync()));
        if (c == Connection::Offline)
            parts << tr("showing the figures kept from the last sync");
        const DataSource::Source &source = m_data->source();
        if (!source.pack && !ServerTrust::sendsToken(source.server))
            parts << tr("plain HTTP allowed: not encrypted, no access token sent");
    }
    // a later catalog arrived by sync; it applies at the next start
    if (!m_data->laterCatalog().isEmpty())
        parts << tr("The server published indicator catalog revision %1; it applies when the "
                    "console is started again.")
                     .arg(m_data->laterCatalog());
    if (!m_packFile.isEmpty())
        parts
            << tr("pack %1, SHA-256 %2…").arg(QFileInfo(m_packFile).fileName(), m_packHash.left(12))
            << m_packSeal.text();
    const QString source = parts.join(QStringLiteral(" · "));
    m_source->setText(source);
    m_asOfLabel->setText(m_asOf.isValid() ? tr("Figures as of %1").arg(m_fmt.date(m_asOf))
                                          : QString());
    // the wall has no status bar: its footer says first that the readings are live
    const QString wall = live ? tr("Live") + QStringLiteral(" · ") + source : source;
    if (wall != m_wallText) {
        m_wallText = wall;
        emit wallTextChanged(wall);
    }
}

void StatusLine::showActivity(DataSource::Activity activity, qint64 done, qint64 total,
                              const QString &subject)
{
    const QLocale &l = m_fmt.locale();
    QString text;
    switch (activity) {
    case DataSource::Activity::Syncing:
        text = done < 0    ? tr("Syncing…")
               : total < 0 ? tr("Syncing: %1 rows").arg(l.toString(done))
                           : tr("Syncing: %1 of %2 rows").arg(l.toString(done), l.toString(total));
        break;
    case DataSource::Activity::PreparingDemo:
        text = done < 0 ? tr("Preparing demo data…")
                        : tr("Preparing demo data: %1 rows").arg(l.toString(done));
        break;
    case DataSource::Activity::DemoByCommune:
        text = tr("Demo data by commune: %1 rows").arg(l.toString(done));
        break;
    case DataSource::Activity::Importing:
        text = tr("Importing %1…").arg(QFileInfo(subject).fileName());
        break;
    }
    m_failed = false;
    m_progressLabel->setText(text);
    m_progressLabel->show();
    if (activity == DataSource::Activity::Syncing && done >= 0 && total >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->show();
}

} // namespace ioc
