#include "CoverLetterRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString CoverLetterRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("CoverLetterRepository", "Cover letter %1").arg(id);
}

SqlRow CoverLetterRepository::toRow(const CoverLetter& letter)
{
    return {
        {QStringLiteral("user_id"), letter.userId},
        {QStringLiteral("opportunity_id"), SqlValues::fromId(letter.opportunityId)},
        {QStringLiteral("title"), SqlValues::fromText(letter.title)},
        {QStringLiteral("content"), SqlValues::fromText(letter.content)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(letter.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(letter.updatedAt)},
    };
}

Result<CoverLetter> CoverLetterRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    CoverLetter letter;
    letter.id = read.id();
    letter.userId = read.id("user_id");
    letter.opportunityId = read.id("opportunity_id");
    letter.title = read.text("title");
    letter.content = read.text("content");
    letter.createdAt = read.time("created_at");
    letter.updatedAt = read.time("updated_at");
    return read.finish(letter);
}

} // namespace careerdesk
