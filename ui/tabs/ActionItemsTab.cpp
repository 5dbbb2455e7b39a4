#include "ActionItemsTab.h"

#include "TabHost.h"
#include "models/ActionItemModel.h"

namespace careerdesk {

ActionItemsTab::ActionItemsTab(TabHost& host, QWidget* parent)
    : AreaTab(new ActionItemModel(host.workspace()), QStringLiteral("actionItems"), tr("Action Items"),
              QStringLiteral("x-office-calendar"), parent)
    , m_items(static_cast<ActionItemModel*>(model()))
{
    setEmptyState(tr("Things to do for your search, each with a day it is due: follow-ups, preparation, "
                     "calls to make. Overdue ones stand out here and in the status bar."),
                  {newStep(tr("New Action Item"))});
}

QString ActionItemsTab::rowActionText() const
{
    return tr("Mark &Complete");
}

bool ActionItemsTab::offersRowAction(int row) const
{
    return m_items->entityAt(row).status != ActionItemStatus::Completed;
}

void ActionItemsTab::runRowAction(int row)
{
    m_items->markComplete(row);
}

std::optional<AreaTab::Attention> ActionItemsTab::attention() const
{
    return Attention{m_items->overdueCount(), tr("Overdue action items: %1"), true, 0};
}

} // namespace careerdesk
