#pragma once

#include <QString>

namespace ioc {

// The only code that touches QSettings: the user's language and theme.
class Settings
{
public:
    static QString language();
    static void setLanguage(const QString &lang);
    static QString theme();
    static void setTheme(const QString &theme);

};

} // namespace ioc
