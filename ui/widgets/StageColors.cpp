#include "StageColors.h"

#include "Theme.h"

#include <QPalette>

namespace careerdesk {

namespace {

int hueOf(ApplicationStatus stage)
{
    switch (stage) {
    case ApplicationStatus::Saved:
        return 210; // slate, drawn with little saturation
    case ApplicationStatus::Applied:
        return 215; // blue
    case ApplicationStatus::Screening:
        return 180; // teal
    case ApplicationStatus::Interviewing:
        return 265; // violet
    case ApplicationStatus::Offer:
        return 40; // amber
    case ApplicationStatus::Rejected:
        return 0; // red
    case ApplicationStatus::Withdrawn:
        return 30; // brown-grey, drawn with little saturation
    case ApplicationStatus::Accepted:
        return 130; // green
    }
    return 0;
}

bool isMuted(ApplicationStatus stage)
{
    return stage == ApplicationStatus::Saved || stage == ApplicationStatus::Withdrawn;
}

} // namespace

QColor StageColors::accent(ApplicationStatus stage, const QPalette& palette)
{
    const int saturation = isMuted(stage) ? 40 : 170;
    return QColor::fromHsl(hueOf(stage), saturation, Theme::isDark(palette) ? 150 : 110);
}

QColor StageColors::chip(ApplicationStatus stage, const QPalette& palette)
{
    const int saturation = isMuted(stage) ? 25 : 120;
    return QColor::fromHsl(hueOf(stage), saturation, Theme::isDark(palette) ? 70 : 225);
}

QColor StageColors::chipText(const QPalette& palette)
{
    return Theme::isDark(palette) ? QColor(0xf1, 0xf3, 0xf4) : QColor(0x20, 0x21, 0x24);
}

QColor StageColors::attention(const QPalette& palette)
{
    return Theme::isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

} // namespace careerdesk
