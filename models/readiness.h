#pragma once

#include "catalog.h"
#include "entity.h"
#include "figures.h"
#include "format.h"
#include "screens.h"
#include "sourcereadiness.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace ioc {

struct ScreenData;

// What a briefing pack would show, checked before it is written: how many figures each screen
// has, the oldest figure, monthly reports not received for the period, real-time sources gone
// stale.
struct Readiness
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Readiness)

public:
    struct Item // one indicator (and entity) named by a finding
    {
        QString indicator;
        QString entity;
        QString period;
        QDateTime asOf;
        QString source; // kind and reference, or the department's report
    };
    struct Coverage // one screen for one period
    {
        QString screen;
        Selection selection;
        int present = 0;     // figures with a value
        int expected = 0;    // indicators on the screen
        QStringList missing; // codes without a value
        std::optional<Item> oldest;
        QStringList reportsMissing; // its monthly indicators without the month's report
        QStringList staleSources;   // its real-time indicators gone stale
        bool ready() const
        {
            return present == expected && reportsMissing.isEmpty() && staleSources.isEmpty();
        }
        // "Sẵn sàng" / "Chưa sẵn sàng: thiếu 2/16 số liệu; 1 báo cáo tháng chưa nhận"
        QString verdict() const;
    };
    QVector<Coverage> coverage;
    std::optional<Item> oldest;
    QVector<Item> missingReports; // monthly indicators without the month the selection ends in
    QVector<Item> staleSources;   // real-time figures older than twice their frequency
    // the departments and source systems of the packed screens that are late, incomplete or
    // sent files refused this month (SourceReadiness), the late first
    QVector<SourceReadiness::Row> sources;
    // Keeps the rows of `all` that feed these indicators and are not in order.
    void setSources(const SourceReadiness &all, const QStringList &indicators);

    // Counts what one screen's figures for one period show.
    void add(const ScreenDefinition &def, const ScreenData &data);
    int present() const;
    int expected() const;
    // every figure present, every monthly report in, no real-time source stale
    bool ready() const;
    // "Sẵn sàng" / "Chưa sẵn sàng: 2/46 số liệu chưa có; …"
    QString verdict() const;
    // Lines for people: a summary, then each finding.
    QStringList summary(const Catalog &catalog, const EntityRegistry &entities,
                        const Formatter &fmt) const;
    QJsonObject toJson() const;

private:
    QSet<QString> m_seen; // findings already counted (a report, a stale station)
};

QString selectionKey(const Selection &s); // "month:2026-04-20", "quarter:…", "ytd:…"
std::optional<Selection> selectionFromKey(const QString &key);
// "Tháng 4/2026, đến 20/04/2026"
QString selectionLabel(const Selection &s, const Formatter &fmt);

} // namespace ioc
