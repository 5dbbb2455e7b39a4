#pragma once

#include "AreaTab.h"

namespace careerdesk {

class PromptAnswerModel;
class PromptModel;
class TabHost;

// Manage Prompts: questions with a cadence; the journal of dated answers under the selected one
// (Edit › Answer Prompt, Ctrl+R); the prompts due for reflection are counted in the tab's title.
class PromptsTab : public AreaTab
{
    Q_OBJECT

public:
    explicit PromptsTab(TabHost& host, QWidget* parent = nullptr);

    std::optional<Attention> attention() const override;
    void showPerson(qint64 userId) override;

private:
    void addStarterPrompts();
    void addJournal();
    void answerPrompt();

    TabHost& m_host;
    PromptModel* m_prompts;
    PromptAnswerModel* m_answers;
};

} // namespace careerdesk
