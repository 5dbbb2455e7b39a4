#pragma once

#include "AreaTab.h"

namespace careerdesk {

class TabHost;

// A person's notes, and those their coach adds for them (only whoever added a note changes it).
class NotesTab : public AreaTab
{
    Q_OBJECT

public:
    explicit NotesTab(TabHost& host, QWidget* parent = nullptr);
};

} // namespace careerdesk
