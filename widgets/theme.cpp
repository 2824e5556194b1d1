#include "theme.h"

#include <QApplication>
#include <QProxyStyle>

#include <cmath>

#include <algorithm>

namespace ioc {

Theme Theme::light()
{
    Theme t;
    t.name = QStringLiteral("light");
    t.window = QColor(0xf2, 0xf4, 0xf7);
    t.surface = Qt::white;
    t.border = QColor(0xd5, 0xda, 0xe1);
    t.text = QColor(0x1a, 0x20, 0x2c);
    t.muted = QColor(0x5a, 0x65, 0x75);
    t.accent = QColor(0x0b, 0x5c, 0xad);
    t.plan = QColor(0x8a, 0x94, 0xa6);
    t.ok = QColor(0x1e, 0x7b, 0x3a);
    t.warn = QColor(0xc2, 0x7c, 0x0e);
    t.critical = QColor(0xc0, 0x2b, 0x2b);
    t.noPlan = QColor(0x6b, 0x4f, 0xbb);
    t.stale = QColor(0x6e, 0x76, 0x81);
    t.info = QColor(0x2c, 0x6f, 0xbb);
    t.noData = QColor(0x9a, 0xa3, 0xae);
    t.demoBadge = QColor(0xb4, 0x5f, 0x06);
    t.badgeFillAlpha = 34;
    t.badgeTextDarker = 120; // the status colour a shade darker on a pale badge
    t.statusTextDarker = 115;
    t.mapSea = QColor(0xe4, 0xee, 0xf6);
    t.mapBoundary = QColor(0x37, 0x41, 0x51);
    t.mapNoData = QColor(0xf4, 0xf5, 0xf7);
    t.mapLabel = QColor(0x1a, 0x20, 0x2c);
    t.mapLabelHalo = QColor(255, 255, 255, 210);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.name = QStringLiteral("dark");
    t.window = QColor(0x0b, 0x0f, 0x16);
    t.surface = QColor(0x16, 0x1c, 0x26);
    t.border = QColor(0x33, 0x3d, 0x4d);
    t.text = QColor(0xf5, 0xf7, 0xfa);
    t.muted = QColor(0xb4, 0xbe, 0xcc);
    t.accent = QColor(0x5c, 0xb3, 0xff);
    t.plan = QColor(0xa0, 0xaa, 0xba);
    t.ok = QColor(0x3d, 0xd6, 0x6b);
    t.warn = QColor(0xff, 0xb3, 0x2e);
    t.critical = QColor(0xff, 0x5c, 0x5c);
    t.noPlan = QColor(0xb3, 0x9d, 0xff);
    t.stale = QColor(0x9a, 0xa4, 0xb2);
    t.info = QColor(0x6c, 0xb6, 0xff);
    t.noData = QColor(0x7d, 0x87, 0x94);
    t.demoBadge = QColor(0xff, 0x9f, 0x1c);
    t.badgeFillAlpha = 60;
    t.badgeTextDarker = 100; // bright enough on a dark badge as it is
    t.statusTextDarker = 100;
    t.mapSea = QColor(0x0e, 0x1a, 0x2b);
    t.mapBoundary = QColor(0x0b, 0x0f, 0x16);
    t.mapNoData = QColor(0x2a, 0x31, 0x3c);
    t.mapLabel = QColor(0xf5, 0xf7, 0xfa);
    t.mapLabelHalo = QColor(0, 0, 0, 200);
    return t;
}

namespace {

QVector<QColor> colours(std::initializer_list<QRgb> rgb)
{
    QVector<QColor> out;
    for (QRgb c : rgb)
        out << QColor::fromRgb(c);
    return out;
}

// n of a scale's colours, spread over it (for fewer classes than the scale has)
QVector<QColor> spread(const QVector<QColor> &scale, int n)
{
    if (n >= scale.size())
        return scale;
    QVector<QColor> out;
    for (int i = 0; i < n; ++i)
        out << scale.at(n == 1 ? scale.size() / 2 : i * (scale.size() - 1) / (n - 1));
    return out;
}

} // namespace

QVector<QColor> Theme::sequential(int classes)
{
    switch (classes) {
    case 5:
        return colours({0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494});
    case 6:
        return colours({0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494});
    case 7:
        return colours({0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84});
    default:
        return spread(sequential(5), std::clamp(classes, 0, 5));
    }
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QVector<QColor> Theme::mapClasses(int classes) const
{
    QVector<QColor> out = sequential(classes);
    constexpr double kNonText = 3.0;
    // on a light background the palest class is set apart by the units' dark boundaries
    if (contrast(window, Qt::black) >= kNonText)
        return out;
    for (QColor &c : out) {
        for (int i = 0;
             i < 40 && (contrast(c, window) < kNonText || contrast(c, mapSea) < kNonText); ++i)
            c = c.lighter(106);
    }
    return out;
}

QVector<QColor> Theme::diverging(int classes)
{
    switch (classes) {
    case 5:
        return colours({0xe66101, 0xfdb863, 0xf7f7f7, 0xb2abd2, 0x5e3c99});
    case 6:
        return colours({0xb35806, 0xf1a340, 0xfee0b6, 0xd8daeb, 0x998ec3, 0x542788});
    case 7:
        return colours({0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788});
    default:
        return spread(diverging(5), std::clamp(classes, 0, 5));
    }
}

Theme Theme::byName(const QString &name)
{
    return name == QLatin1String("dark") ? dark() : light();
}

QColor Theme::status(Status s) const
{
    switch (s) {
    case Status::Ok:
        return ok;
    case Status::Warn:
        return warn;
    case Status::Critical:
        return critical;
    case Status::NoPlan:
        return noPlan;
    case Status::NotApplicable:
        return noData; // grey: the rules say nothing now
    // an informational row has no status colour: the neutral grey of "no data"
    case Status::Info:
        return noData;
    case Status::Stale:
        return stale;
    case Status::NoData:
        return noData;
    }
    return noData;
}

QColor Theme::part(int i) const
{
    const bool darkTheme = name == QLatin1String("dark");
    const QColor light[] = {accent, QColor(0x00, 0x79, 0x6b), QColor(0x6a, 0x3d, 0x9a)};
    const QColor dark[] = {accent, QColor(0x4d, 0xd0, 0xbf), QColor(0xc3, 0x9b, 0xff)};
    return (darkTheme ? dark : light)[i % 3];
}

Qt::BrushStyle Theme::partPattern(int i)
{
    const Qt::BrushStyle styles[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::CrossPattern};
    return styles[i % 3];
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, surface);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, surface);
    p.setColor(QPalette::ToolTipBase, surface);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    return p;
}

QFont uiFont(qreal pointSize, int weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setWeight(QFont::Weight(weight));
    return f;
}

namespace {

// The application's own style, but for when tooltips wake up.
class QuickToolTipStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_ToolTip_WakeUpDelay)
            return kToolTipDelayMs;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

void useQuickToolTips()
{
    if (!dynamic_cast<QuickToolTipStyle *>(QApplication::style()))
        QApplication::setStyle(new QuickToolTipStyle(QApplication::style()->name()));
}

} // namespace ioc
