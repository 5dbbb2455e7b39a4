#pragma once

#include "AreaTab.h"

namespace careerdesk {

class GoalModel;
class TabHost;

// Manage My Goals: short and long-term goals with a target date; Ctrl+Return marks one complete.
class GoalsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit GoalsTab(TabHost& host, QWidget* parent = nullptr);

    QString rowActionText() const override;
    bool offersRowAction(int row) const override;
    void runRowAction(int row) override;

private:
    GoalModel* m_goals;
};

} // namespace careerdesk
