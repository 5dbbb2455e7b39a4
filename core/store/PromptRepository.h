#pragma once

#include "Repository.h"
#include "domain/Prompt.h"

#include <QHash>

namespace careerdesk {

class PromptRepository : public Repository<PromptRepository, Prompt>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("prompts"); }
    static QString orderBy() { return QStringLiteral("id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Prompt& prompt);
    static Result<Prompt> fromRecord(const QSqlRecord& record);

    // For each of the user's prompts that has answers, when it was last answered.
    Result<QHash<qint64, QDateTime>> lastAnswered(qint64 userId) const;
};

} // namespace careerdesk
