#pragma once

#include "format.h"
#include "theme.h"

#include <QObject>

namespace ioc {

// The console's look: the formats of its language and its theme, one for the application (the
// language's translator and the palette are the application's too). The window sets it; every
// widget that shows figures follows its changed() signal and shows what it holds again in the
// new look by itself, so a change of language or theme pushes no data through the window.
class Look : public QObject
{
    Q_OBJECT
public:
    static Look &current();

    const Formatter &fmt() const { return m_fmt; }
    const Theme &theme() const { return m_theme; }
    // changed() when the language or the theme differs from the current one
    void set(const Formatter &fmt, const Theme &theme);
    // Calls restyle(fmt, theme) whenever the look changes, while receiver lives.
    template <typename Restyle> static void follow(QObject *receiver, Restyle restyle)
    {
        connect(&current(), &Look::changed, receiver,
                [restyle] { restyle(current().fmt(), current().theme()); });
    }

signals:
    void changed();

private:
    Look() = default;

    Formatter m_fmt{QStringLiteral("vi")};
    Theme m_theme = Theme::light();
};

} // namespace ioc
