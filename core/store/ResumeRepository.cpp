#include "ResumeRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString ResumeRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("ResumeRepository", "Resume %1").arg(id);
}

SqlRow ResumeRepository::toRow(const Resume& resume)
{
    return {
        {QStringLiteral("user_id"), resume.userId},
        {QStringLiteral("name"), SqlValues::fromText(resume.name)},
        {QStringLiteral("content"), SqlValues::fromText(resume.content)},
        {QStringLiteral("json_resume"), SqlValues::fromText(resume.jsonResume)},
        {QStringLiteral("format"), enumKey(resume.format)},
        {QStringLiteral("is_default"), resume.isDefault},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(resume.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(resume.updatedAt)},
    };
}

Result<Resume> ResumeRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Resume resume;
    resume.id = read.id();
    resume.userId = read.id("user_id");
    resume.name = read.text("name");
    resume.content = read.text("content");
    resume.jsonResume = read.text("json_resume");
    resume.format = read.enumValue<ResumeFormat>("format");
    resume.isDefault = read.boolean("is_default");
    resume.createdAt = read.time("created_at");
    resume.updatedAt = read.time("updated_at");
    return read.finish(resume);
}

Result<std::optional<Resume>> ResumeRepository::findDefault(qint64 userId) const
{
    auto resumes = selectWhere(QStringLiteral("user_id = ? AND is_default = ?"), {userId, true});
    if (!resumes)
        return resumes.error();
    if (resumes.value().isEmpty())
        return std::optional<Resume>();
    return std::optional<Resume>(resumes.value().constFirst());
}

Status ResumeRepository::clearDefault(qint64 userId) const
{
    auto query = SqlQuery::run(
        connection(),
        QStringLiteral("UPDATE resumes SET is_default = ? WHERE user_id = ? AND is_default = ?"),
        {false, userId, true});
    if (!query)
        return query.error();
    return {};
}

} // namespace careerdesk
