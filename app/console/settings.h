#pragma once

#include "servertrust.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
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
    // kept in the secret store (SecretStore), never in the settings file
    static bool setToken(const QString &token, QString *error);
    // the place filter (an entity's code; empty: the whole city), kept across runs
    static QString place();
    static void setPlace(const QString &entity);
    // the "compare with" choice (CompareWith, as a number), kept across runs
    static int compareWith();
    static void setCompareWith(int with);
    // the saved views (SavedView::toJson each), in the order saved
    static QList<QJsonObject> savedViews();
    static void setSavedViews(const QList<QJsonObject> &views);
    // one view more, in place of a view of the same name
    static void keepSavedView(const QJsonObject &view);
    static bool offline();
    static void setOffline(bool offline);
    // How the console may talk to that server: the certificate authorities trusted besides the
    // system's (PEM, from the data-source dialog or --ca-cert), and plain HTTP when it was
    // allowed for this very server (another server does not inherit it).
    static ServerTrust serverTrust(const QUrl &server);
    static void setServerTrust(const QUrl &server, const ServerTrust &trust);
    // Presentation mode: the playlist (screen codes in order; empty: all 17), the seconds each
    // screen stays (0: the presenter advances), and the display by its name (empty: the window's).
    static QStringList presentationPlaylist();
    static void setPresentationPlaylist(const QStringList &codes);
    static int presentationInterval();
    static void setPresentationInterval(int seconds);
    static QString presentationScreen();
    // The settings file (it holds the access token) readable by the user alone, also when an
    // earlier version wrote it 0644.
    static void keepPrivate();
    // the wall's theme: "dark" unless the playlist chose "light"
    static QString presentationTheme();
    static void setPresentationTheme(const QString &theme);
    static void setPresentationScreen(const QString &name);
    // Who acknowledges alerts at this workstation (asked the first time, then kept).
    static QString operatorName();
    static void setOperatorName(const QString &name);
};

} // namespace ioc
