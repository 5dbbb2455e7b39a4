#include "InterestsTab.h"

#include "TabHost.h"
#include "models/InterestModel.h"

namespace careerdesk {

InterestsTab::InterestsTab(TabHost& host, QWidget* parent)
    : AreaTab(new InterestModel(host.workspace()), QStringLiteral("interests"), tr("Interests"),
              QStringLiteral("user-bookmarks"), parent)
{}

} // namespace careerdesk
