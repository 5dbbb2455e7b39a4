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

Result<int> PromptAnswerRepository::countByUserSince(qint64 userId, const QDateTime& since) const
{
    auto counted = SqlQuery::scalar(
        connection(),
        QStringLiteral(
            "SELECT count(*) FROM prompt_answers JOIN prompts ON prompts.id = prompt_answers.prompt_id"
            " WHERE prompts.user_id = ? AND prompt_answers.answered_at >= ?"),
        {userId, SqlValues::fromDateTime(since)});
    if (!counted)
        return counted.error();
    return counted->toInt();
}

} // namespace careerdesk
