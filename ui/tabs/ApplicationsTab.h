#pragma once

#include "AreaTab.h"

class QListWidget;

namespace careerdesk {

class ApplicationModel;
class FollowUpPanel;
class OpportunityModel;
class TabHost;

// Manage Gigs: the person's applications as a table and as a board with a column per stage (drag a
// card to move it on), each with its stage history, its follow-up, and its dossier to export and print.
class ApplicationsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit ApplicationsTab(TabHost& host, QWidget* parent = nullptr);

    ApplicationModel* applications() const { return m_applications; }
    // Edit › New offers the postings of `postings` (what the Opportunities tab shows) not yet applied to.
    void choosePostingsFrom(const OpportunityModel* postings) { m_postings = postings; }

    qint64 addNew() override;
    std::optional<DocumentRequest> currentDocument() const override;
    std::optional<Attention> attention() const override;
    void showPerson(qint64 userId) override;

private:
    void addBoard();
    void addHistory();
    void showHistory(QListWidget* history);
    void addFollowUps();

    TabHost& m_host;
    ApplicationModel* m_applications;
    const OpportunityModel* m_postings = nullptr;
    FollowUpPanel* m_followUps = nullptr;
};

} // namespace careerdesk
