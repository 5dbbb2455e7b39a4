#include "PromptRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString PromptRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("PromptRepository", "Prompt %1").arg(id);
}

SqlRow PromptRepository::toRow(const Prompt& prompt)
{
    return {
        {QStringLiteral("user_id"), prompt.userId},
        {QStringLiteral("text"), SqlValues::fromText(prompt.text)},
        {QStringLiteral("category"), enumKey(prompt.category)},
        {QStringLiteral("tags"), SqlValues::fromStringList(prompt.tags)},
        {QStringLiteral("cadence"), enumKey(prompt.cadence)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(prompt.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(prompt.updatedAt)},
    };
}

Result<Prompt> PromptRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Prompt prompt;
    prompt.id = read.id();
    prompt.userId = read.id("user_id");
    prompt.text = read.text("text");
    prompt.category = read.enumValue<PromptCategory>("category");
    prompt.tags = read.list("tags");
    prompt.cadence = read.enumValue<PromptCadence>("cadence");
    prompt.createdAt = read.time("created_at");
    prompt.updatedAt = read.time("updated_at");
    return read.finish(prompt);
}

Result<QHash<qint64, QDateTime>> PromptRepository::lastAnswered(qint64 userId) const
{
    auto query = SqlQuery::run(connection(),
                               QStringLiteral("SELECT a.prompt_id, max(a.answered_at) FROM prompt_answers a"
                                              " JOIN prompts p ON p.id = a.prompt_id"
                                              " WHERE p.user_id = ? GROUP BY a.prompt_id"),
                               {userId});
    if (!query)
        return query.error();
    QHash<qint64, QDateTime> last;
    while (query.value().next())
        last.insert(query.value().value(0).toLongLong(), SqlValues::toDateTime(query.value().value(1)));
    return last;
}

} // namespace careerdesk
