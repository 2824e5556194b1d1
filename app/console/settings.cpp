#include "settings.h"

#include <QSettings>

namespace ioc {

QString Settings::language()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("vi");
}

void Settings::setLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), lang);
}

QString Settings::theme()
{
    const QString t = QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString();
    return t == QLatin1String("dark") ? t : QStringLiteral("light");
}

void Settings::setTheme(const QString &theme)
{
    QSettings().setValue(QStringLiteral("ui/theme"), theme);
}

} // namespace ioc

