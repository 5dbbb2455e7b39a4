#include "Theme.h"

#include "CachedIconStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace careerdesk {

namespace {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor dimmed(0x8a, 0x8f, 0x96);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window.lighter(108));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(115));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.lighter(140));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(140));
    return palette;
}

} // namespace

void Theme::followPreferences()
{
    static bool following = false;
    apply(Preferences::shared().theme());
    if (!qobject_cast<CachedIconStyle*>(QApplication::style()))
        QApplication::setStyle(new CachedIconStyle(QApplication::style()->name()));
    if (!following)
        QObject::connect(&Preferences::shared(), &Preferences::changed, qApp,
                         [] { apply(Preferences::shared().theme()); });
    following = true;
}

void Theme::apply(Preferences::Theme theme)
{
    // What the desktop gave, kept from before the first change, for System.
    static const QString desktopStyle = QApplication::style()->name();
    static const QPalette desktopPalette = QApplication::palette();
    static Preferences::Theme applied = Preferences::Theme::System;
    if (theme == applied)
        return;
    applied = theme;
    switch (theme) {
    case Preferences::Theme::System:
        QApplication::setStyle(new CachedIconStyle(desktopStyle));
        QApplication::setPalette(desktopPalette);
        break;
    case Preferences::Theme::Light:
        QApplication::setStyle(new CachedIconStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Preferences::Theme::Dark:
        QApplication::setStyle(new CachedIconStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace careerdesk
