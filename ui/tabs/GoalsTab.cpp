#include "GoalsTab.h"

#include "TabHost.h"
#include "models/GoalModel.h"

namespace careerdesk {

GoalsTab::GoalsTab(TabHost& host, QWidget* parent)
    : AreaTab(new GoalModel(host.workspace()), QStringLiteral("goals"), tr("Goals"),
              QStringLiteral("emblem-favorite"), parent)
    , m_goals(static_cast<GoalModel*>(model()))
{
    setEmptyState(tr("Where you want your search to take you: a role, a salary, a skill, people to meet. "
                     "Give each a target date and mark it complete when you get there."),
                  {newStep(tr("New Goal"))});
}

QString GoalsTab::rowActionText() const
{
    return tr("Mark &Complete");
}

bool GoalsTab::offersRowAction(int row) const
{
    return m_goals->entityAt(row).status != GoalStatus::Completed;
}

void GoalsTab::runRowAction(int row)
{
    m_goals->markComplete(row);
}

} // namespace careerdesk
