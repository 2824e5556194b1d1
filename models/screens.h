#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc {

// One dashboard screen, as data: which indicators, in which group, which one is charted.
struct ScreenDefinition
{
    QString code;  // S01..S17
    QString group; // overview, economy, society, projects, emergency
    QString titleVi;
    QString titleEn;
    QString trendIndicator;
    QStringList indicators;

    QString title(const QString &lang) const { return lang == QLatin1String("en") ? titleEn : titleVi; }
};

class ScreenCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ioc::ScreenCatalog)
public:
    static QVector<ScreenDefinition> load(const QByteArray &json, QString *error);
    static QVector<ScreenDefinition> builtIn(QString *error);
    static QStringList groups();
    static QString groupTitle(const QString &group);
};

} // namespace ioc
