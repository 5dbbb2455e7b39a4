#include "InterestsTab.h"

#include "TabHost.h"
#include "models/InterestModel.h"

namespace careerdesk {

InterestsTab::InterestsTab(TabHost& host, QWidget* parent)
    : AreaTab(new InterestModel(host.workspace()), QStringLiteral("interests"), tr("Interests"),
              QStringLiteral("user-bookmarks"), parent)
{
    setEmptyState(tr("The industries, roles, technologies, skills and companies you care about, each with a "
                     "priority. A JSON Resume you import adds its skills here."),
                  {newStep(tr("New Interest"))});
}

} // namespace careerdesk
