#pragma once

#include <QString>
#include <QUrl>

namespace ioc {

// The only code that touches QSettings: the user's language and theme.
class Settings
{
public:
    static QString language();
    static void setLanguage(const QString &lang);
    static QString theme();
    static void setTheme(const QString &theme);
    // The IOC Data API server (empty: the built-in demo data), its token, and whether to work
    // offline. The token stays in the user's settings: never in logs, caches or packs.
    static QUrl server();
    static void setServer(const QUrl &url);
    static QString token();
    static void setToken(const QString &token);
    static bool offline();
    static void setOffline(bool offline);

};

} // namespace ioc
