#pragma once

#include "AreaTab.h"

namespace careerdesk {

class TabHost;

// Manage My Interests: industries, roles, technologies, skills and companies, each with a priority.
class InterestsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit InterestsTab(TabHost& host, QWidget* parent = nullptr);
};

} // namespace careerdesk
