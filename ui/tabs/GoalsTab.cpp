#include "GoalsTab.h"

#include "TabHost.h"
#include "models/GoalModel.h"

namespace careerdesk {

GoalsTab::GoalsTab(TabHost& host, QWidget* parent)
    : AreaTab(new GoalModel(host.workspace()), QStringLiteral("goals"), tr("Goals"),
              QStringLiteral("emblem-favorite"), parent)
    , m_goals(static_cast<GoalModel*>(model()))
{}

QString GoalsTab::rowActionText() const
{
    return tr("Mark &Complete");
}

void GoalsTab::runRowAction(int row)
{
    m_goals->markComplete(row);
}

} // namespace careerdesk
