#pragma once

#include <QVector>

namespace ioc {

struct QtString
{
    const char *context; // Qt's class: "QFileDialog", "QPlatformTheme" …
    const char *source;  // its English text, as Qt asks to translate it
};

// The strings of Qt itself that the console's windows and dialogs show (qtstrings.cpp).
const QVector<QtString> &qtStringsShown();

} // namespace ioc
