#include "look.h"

namespace ioc {

Look &Look::current()
{
    static Look look;
    return look;
}

void Look::set(const Formatter &fmt, const Theme &theme)
{
    if (fmt.lang() == m_fmt.lang() && theme.name == m_theme.name)
        return;
    m_fmt = fmt;
    m_theme = theme;
    emit changed();
}

} // namespace ioc
