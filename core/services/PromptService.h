#pragma once

#include "OwnedEntityService.h"
#include "domain/Prompt.h"
#include "domain/PromptAnswer.h"
#include "store/PromptAnswerRepository.h"
#include "store/PromptRepository.h"

namespace careerdesk {

// Interview, reflection and coaching prompts, and the dated answers kept under each as a journal.
class PromptService : public OwnedEntityService<PromptRepository, Prompt>
{
    Q_DECLARE_TR_FUNCTIONS(PromptService)

public:
    PromptService(const Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<QList<Prompt>> getUserPrompts(qint64 userId) const { return listFor(userId); }
    Result<Prompt> getPrompt(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<Prompt> createPrompt(qint64 userId, const Prompt& prompt) { return createFor(userId, prompt); }
    Result<Prompt> updatePrompt(qint64 userId, const Prompt& prompt) { return updateFor(userId, prompt); }
    Status deletePrompt(qint64 userId, qint64 id) { return deleteFor(userId, id); }

    // Adds a dated answer; announces it as a change of the prompt.
    Result<PromptAnswer> answerPrompt(qint64 userId, qint64 promptId, const QString& answer);
    Result<QList<PromptAnswer>> getPromptAnswers(qint64 userId, qint64 promptId) const;
    Status deletePromptAnswer(qint64 userId, qint64 answerId);
    Result<int> countAnswersSince(qint64 userId, const QDateTime& since) const;
    // When each of the user's prompts was last answered, by prompt id; prompts never answered are absent.
    Result<QHash<qint64, QDateTime>> lastAnsweredTimes(qint64 userId) const
    {
        return m_repository.lastAnswered(userId);
    }
    // Prompts with a cadence whose period has passed since their last answer (or that were never answered).
    Result<QList<Prompt>> getPromptsDue(qint64 userId) const;
    static QDateTime nextDue(PromptCadence cadence, const QDateTime& lastAnswered);

protected:
    Status validate(const Prompt& prompt) const override;

private:
    PromptAnswerRepository m_answers;
};

} // namespace careerdesk
