#pragma once

#include "AreaTab.h"

namespace careerdesk {

class ActionItemModel;
class TabHost;

// Manage Action Items: tasks with a due date; the overdue ones are counted in the tab's title and the
// status bar; Ctrl+Return marks one complete.
class ActionItemsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit ActionItemsTab(TabHost& host, QWidget* parent = nullptr);

    QString rowActionText() const override;
    bool offersRowAction(int row) const override;
    void runRowAction(int row) override;
    std::optional<Attention> attention() const override;

private:
    ActionItemModel* m_items;
};

} // namespace careerdesk
