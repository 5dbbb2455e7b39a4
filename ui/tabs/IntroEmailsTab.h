#pragma once

#include "AreaTab.h"

namespace careerdesk {

class IntroEmailModel;
class TabHost;

// Write Intro Email: drafts to save as .eml, open in the mail program or copy; Ctrl+Return marks one
// as sent.
class IntroEmailsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit IntroEmailsTab(TabHost& host, QWidget* parent = nullptr);

    QString rowActionText() const override;
    void runRowAction(int row) override;

private:
    void addEmailButtons();
    void saveEmail();
    void openInMailProgram();
    void copyEmail();

    TabHost& m_host;
    IntroEmailModel* m_emails;
};

} // namespace careerdesk
