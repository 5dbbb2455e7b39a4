#pragma once

#include "Repository.h"
#include "domain/PromptAnswer.h"

namespace careerdesk {

class PromptAnswerRepository : public Repository<PromptAnswerRepository, PromptAnswer>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("prompt_answers"); }
    static QString orderBy() { return QStringLiteral("answered_at, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const PromptAnswer& answer);
    static Result<PromptAnswer> fromRecord(const QSqlRecord& record);

    Result<QList<PromptAnswer>> findByPrompt(qint64 promptId) const;
    // How many answers a person wrote from `since` on, to all their prompts.
    Result<int> countByUserSince(qint64 userId, const QDateTime& since) const;
};

} // namespace careerdesk
