#include "PromptService.h"

#include "Validator.h"

namespace careerdesk {

PromptService::PromptService(const Database& database, const Clock& clock, QObject* parent)
    : OwnedEntityService(database, clock, parent)
    , m_answers(database)
{}

Status PromptService::validate(const Prompt& prompt) const
{
    Validator validator;
    validator.required(tr("Prompt text"), prompt.text).maxLength(tr("Prompt text"), prompt.text);
    for (const QString& tag : prompt.tags)
        validator.check(!tag.trimmed().isEmpty(), tr("A tag is empty")).maxLength(tr("Tag"), tag, 200);
    return validator.status();
}

Result<PromptAnswer> PromptService::answerPrompt(qint64 userId, qint64 promptId, const QString& answer)
{
    if (auto prompt = getFor(userId, promptId); !prompt)
        return prompt.error();
    if (Status valid = Validator()
                           .required(tr("Answer"), answer)
                           .maxLength(tr("Answer"), answer, Validator::longTextLimit)
                           .status();
        !valid)
        return valid.error();
    PromptAnswer entry;
    entry.promptId = promptId;
    entry.answer = answer;
    entry.answeredAt = now();
    auto inserted = m_answers.insert(entry);
    if (inserted)
        announce(&EntityService::changed, promptId);
    return inserted;
}

Result<QList<PromptAnswer>> PromptService::getPromptAnswers(qint64 userId, qint64 promptId) const
{
    if (auto prompt = getFor(userId, promptId); !prompt)
        return prompt.error();
    return m_answers.findByPrompt(promptId);
}

Status PromptService::deletePromptAnswer(qint64 userId, qint64 answerId)
{
    auto answer = m_answers.get(answerId);
    if (!answer)
        return answer.error();
    if (auto prompt = getFor(userId, answer->promptId); !prompt)
        return PromptAnswerRepository::notFound(answerId);
    if (Status removedRow = m_answers.remove(answerId); !removedRow)
        return removedRow;
    announce(&EntityService::changed, answer->promptId);
    return {};
}

QDateTime PromptService::nextDue(PromptCadence cadence, const QDateTime& lastAnswered)
{
    if (!lastAnswered.isValid())
        return cadence == PromptCadence::None ? QDateTime() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    switch (cadence) {
    case PromptCadence::None:
        return {};
    case PromptCadence::Daily:
        return lastAnswered.addDays(1);
    case PromptCadence::Weekly:
        return lastAnswered.addDays(7);
    case PromptCadence::Monthly:
        return lastAnswered.addMonths(1);
    }
    return {};
}

Result<QList<Prompt>> PromptService::getPromptsDue(qint64 userId) const
{
    auto prompts = listFor(userId);
    if (!prompts)
        return prompts;
    auto lastAnswered = lastAnsweredTimes(userId);
    if (!lastAnswered)
        return lastAnswered.error();
    const QDateTime current = now();
    QList<Prompt> due;
    for (const Prompt& prompt : prompts.value()) {
        const QDateTime next = nextDue(prompt.cadence, lastAnswered->value(prompt.id));
        if (next.isValid() && next <= current)
            due << prompt;
    }
    return due;
}

Result<int> PromptService::countAnswersSince(qint64 userId, const QDateTime& since) const
{
    return m_answers.countByUserSince(userId, since);
}

} // namespace careerdesk
