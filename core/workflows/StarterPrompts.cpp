#include "StarterPrompts.h"

#include "services/Workspace.h"

#include <QSet>

namespace careerdesk {

QList<StarterPrompts::Question> StarterPrompts::questions()
{
    using C = PromptCategory;
    using R = PromptCadence;
    return {
        {tr("Tell me about a project you are proud of. What was your part, and what changed because of it?"),
         C::Interview, R::None},
        {tr("Describe a time you disagreed with a colleague. What did you do, and what did you learn?"),
         C::Interview, R::None},
        {tr("Why this company, and why now?"), C::Interview, R::None},
        {tr("What is a mistake you made at work, and what do you do differently since?"), C::Interview,
         R::None},
        {tr("What gave me energy this week, and what drained it?"), C::Reflection, R::Weekly},
        {tr("What did I learn this week about the work I want next?"), C::Reflection, R::Weekly},
        {tr("Which of my goals still matters to me, and which should I let go?"), C::Coaching, R::Monthly},
        {tr("What would I try next if I knew it could not fail?"), C::Coaching, R::Monthly},
    };
}

Result<RowRefs> StarterPrompts::add(Workspace& workspace, qint64 userId)
{
    auto existing = workspace.prompts().getUserPrompts(userId);
    if (!existing)
        return existing.error();
    QSet<QString> asked;
    for (const Prompt& prompt : *existing)
        asked.insert(prompt.text.simplified().toCaseFolded());
    return workspace.inTransaction([&]() -> Result<RowRefs> {
        RowRefs added;
        for (const Question& question : questions()) {
            if (asked.contains(question.text.simplified().toCaseFolded()))
                continue;
            Prompt prompt;
            prompt.text = question.text;
            prompt.category = question.category;
            prompt.cadence = question.cadence;
            prompt.tags = {tr("starter")};
            auto created = workspace.prompts().createPrompt(userId, prompt);
            if (!created)
                return created.error();
            added.append({workspace.prompts().table(), created->id});
        }
        return added;
    });
}

} // namespace careerdesk
