#pragma once

#include "AreaTab.h"
#include "domain/Enums.h"

namespace careerdesk {

class IntroEmailModel;
class TabHost;

// Write Intro Email: drafts written for their purpose and posting (at once for an email without text,
// on Write Draft for one with text), to save as .eml, open in the mail program or copy; Ctrl+Return marks
// one as sent.
class IntroEmailsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit IntroEmailsTab(TabHost& host, QWidget* parent = nullptr);

    QString rowActionText() const override;
    bool offersRowAction(int row) const override;
    void runRowAction(int row) override;

private:
    void addEmailButtons();
    void writeDraft(bool askFirst);
    void followChoices();
    void saveEmail();
    void openInMailProgram();
    void copyEmail();

    TabHost& m_host;
    IntroEmailModel* m_emails;
    // What the selected email was for when last seen: a new choice of purpose or posting writes it.
    struct Choice
    {
        qint64 id = 0;
        EmailPurpose purpose = EmailPurpose::Networking;
        qint64 opportunityId = 0;
    } m_seen;
};

} // namespace careerdesk
