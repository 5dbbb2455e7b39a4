#pragma once

#include "AreaTab.h"

namespace careerdesk {

class ApplicationModel;
class OpportunityExplorer;
class OpportunitySearchBar;
class OpportunityModel;
class TabHost;

// Search for Gig and Explore Gig Instance: the search bar over the posting index, the ranked results,
// the selected posting in full beside them (Save, Apply), and cover letters written for the selected
// postings (Edit › Generate Cover Letters, Ctrl+G).
class OpportunitiesTab : public AreaTab
{
    Q_OBJECT

public:
    // Save and Apply add to `applications` (the Applications tab's rows), as one undo step each.
    OpportunitiesTab(TabHost& host, ApplicationModel* applications, QWidget* parent = nullptr);

    OpportunityModel* postings() const { return m_postings; }
    void showPerson(qint64 userId) override;

protected:
    bool isNarrowed() const override;

private:
    void addSearchBar();
    void addExplorer(ApplicationModel* applications);
    void generateCoverLetters();

    TabHost& m_host;
    OpportunityModel* m_postings;
    OpportunityExplorer* m_explorer = nullptr;
    OpportunitySearchBar* m_searchBar = nullptr;
};

} // namespace careerdesk
