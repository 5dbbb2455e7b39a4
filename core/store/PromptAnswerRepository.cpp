#include "PromptAnswerRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString PromptAnswerRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("PromptAnswerRepository", "Answer %1").arg(id);
}

SqlRow PromptAnswerRepository::toRow(const PromptAnswer& answer)
{
    return {
        {QStringLiteral("prompt_id"), answer.promptId},
        {QStringLiteral("answer"), SqlValues::fromText(answer.answer)},
        {QStringLiteral("answered_at"), SqlValues::fromDateTime(answer.answeredAt)},
    };
}

Result<PromptAnswer> PromptAnswerRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    PromptAnswer answer;
    answer.id = read.id();
    answer.promptId = read.id("prompt_id");
    answer.answer = read.text("answer");
    answer.answeredAt = read.time("answered_at");
    return read.finish(answer);
}

Result<QList<PromptAnswer>> PromptAnswerRepository::findByPrompt(qint64 promptId) const
{
    return selectWhere(QStringLiteral("prompt_id = ?"), {promptId});
}

} // namespace careerdesk
