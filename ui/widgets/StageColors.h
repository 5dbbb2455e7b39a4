#pragma once

#include "domain/Enums.h"

#include <QColor>

class QPalette;

namespace careerdesk {

// The colour of each application stage, for chips in tables and the stripe of a card: one hue per stage,
// light or deep as the theme's palette is light or dark, so that text on it reads in both. The stage's name
// is always shown with it: colour is never the only sign.
class StageColors
{
public:
    static QColor accent(ApplicationStatus stage, const QPalette& palette); // a stripe, a dot
    static QColor chip(ApplicationStatus stage, const QPalette& palette);   // behind the stage's name
    static QColor chipText(const QPalette& palette);
    // Text that needs attention (overdue, due): red that reads on the palette's base.
    static QColor attention(const QPalette& palette);
};

} // namespace careerdesk
