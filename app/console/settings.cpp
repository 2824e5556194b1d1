#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "secretstore.h"

#include <QFile>
#include <QSettings>

#include <algorithm>

namespace ioc {

QString Settings::language()
{
    const QString lang
        = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("vi");
}

void Settings::setLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), lang);
}

QString Settings::theme()
{
    const QString t
        = QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString();
    return t == QLatin1String("dark") ? t : QStringLiteral("light");
}

void Settings::setTheme(const QString &theme)
{
    QSettings().setValue(QStringLiteral("ui/theme"), theme);
}

} // namespace ioc

namespace ioc {

QUrl Settings::server()
{
    return QSettings().value(QStringLiteral("data/server")).toUrl();
}

void Settings::setServer(const QUrl &url)
{
    QSettings().setValue(QStringLiteral("data/server"), url);
}

QString Settings::token()
{
    QSettings settings;
    // an earlier version kept it in this file, in clear: moved to the secret store, then gone
    if (settings.contains(QStringLiteral("data/token"))) {
        QString old = settings.value(QStringLiteral("data/token")).toString();
        QString error;
        if (SecretStore::write(QStringLiteral("access-token"), old, &error)) {
            settings.remove(QStringLiteral("data/token"));
            settings.sync();
        }
        return old;
    }
    return SecretStore::read(QStringLiteral("access-token"));
}

bool Settings::setToken(const QString &token, QString *error)
{
    QSettings().remove(QStringLiteral("data/token"));
    return SecretStore::write(QStringLiteral("access-token"), token, error);
}

ServerTrust Settings::serverTrust(const QUrl &server)
{
    const QSettings settings;
    ServerTrust trust;
    trust.authorities
        = ServerTrust::fromPem(settings.value(QStringLiteral("data/caCertificates")).toByteArray());
    const QUrl allowed = settings.value(QStringLiteral("data/plainHttpServer")).toUrl();
    trust.plainHttpAllowed = !server.isEmpty() && allowed == server;
    return trust;
}

void Settings::setServerTrust(const QUrl &server, const ServerTrust &trust)
{
    QSettings settings;
    settings.setValue(QStringLiteral("data/caCertificates"), trust.authoritiesPem());
    if (trust.plainHttpAllowed)
        settings.setValue(QStringLiteral("data/plainHttpServer"), server);
    else if (settings.value(QStringLiteral("data/plainHttpServer")).toUrl() == server)
        settings.remove(QStringLiteral("data/plainHttpServer"));
}

QString Settings::place()
{
    return QSettings().value(QStringLiteral("view/place")).toString();
}

void Settings::setPlace(const QString &entity)
{
    QSettings().setValue(QStringLiteral("view/place"), entity);
}

int Settings::compareWith()
{
    return QSettings().value(QStringLiteral("view/compareWith"), 0).toInt();
}

void Settings::setCompareWith(int with)
{
    QSettings().setValue(QStringLiteral("view/compareWith"), with);
}

QList<QJsonObject> Settings::savedViews()
{
    QList<QJsonObject> out;
    const QJsonArray all
        = QJsonDocument::fromJson(QSettings().value(QStringLiteral("view/saved")).toByteArray())
              .array();
    for (const QJsonValue v : all)
        out << v.toObject();
    return out;
}

void Settings::setSavedViews(const QList<QJsonObject> &views)
{
    QJsonArray all;
    for (const QJsonObject &v : views)
        all << v;
    QSettings().setValue(QStringLiteral("view/saved"),
                         QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void Settings::keepSavedView(const QJsonObject &view)
{
    const QString name = view.value(QStringLiteral("name")).toString();
    QList<QJsonObject> views = savedViews();
    views.erase(std::remove_if(views.begin(), views.end(),
                               [&name](const QJsonObject &o) {
                                   return o.value(QStringLiteral("name")).toString() == name;
                               }),
                views.end());
    views << view;
    setSavedViews(views);
}

bool Settings::offline()
{
    return QSettings().value(QStringLiteral("data/offline"), false).toBool();
}

void Settings::setOffline(bool offline)
{
    QSettings().setValue(QStringLiteral("data/offline"), offline);
}

QStringList Settings::presentationPlaylist()
{
    return QSettings().value(QStringLiteral("presentation/playlist")).toStringList();
}

void Settings::setPresentationPlaylist(const QStringList &codes)
{
    QSettings().setValue(QStringLiteral("presentation/playlist"), codes);
}

int Settings::presentationInterval()
{
    return std::clamp(QSettings().value(QStringLiteral("presentation/interval"), 0).toInt(), 0,
                      3600);
}

void Settings::setPresentationInterval(int seconds)
{
    QSettings().setValue(QStringLiteral("presentation/interval"), seconds);
}

void Settings::keepPrivate()
{
    const QString file = QSettings().fileName();
    if (QFile::exists(file))
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

QString Settings::presentationTheme()
{
    const QString t = QSettings()
                          .value(QStringLiteral("presentation/theme"), QStringLiteral("dark"))
                          .toString();
    return t == QLatin1String("light") ? t : QStringLiteral("dark");
}

void Settings::setPresentationTheme(const QString &theme)
{
    QSettings().setValue(QStringLiteral("presentation/theme"), theme);
}

QString Settings::presentationScreen()
{
    return QSettings().value(QStringLiteral("presentation/screen")).toString();
}

void Settings::setPresentationScreen(const QString &name)
{
    QSettings().setValue(QStringLiteral("presentation/screen"), name);
}

} // namespace ioc

namespace ioc {

QString Settings::operatorName()
{
    return QSettings().value(QStringLiteral("alerts/operator")).toString();
}

void Settings::setOperatorName(const QString &name)
{
    QSettings().setValue(QStringLiteral("alerts/operator"), name.trimmed());
}

} // namespace ioc
