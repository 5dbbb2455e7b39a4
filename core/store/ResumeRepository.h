#pragma once

#include "Repository.h"
#include "domain/Resume.h"

namespace careerdesk {

class ResumeRepository : public Repository<ResumeRepository, Resume>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("resumes"); }
    static QString orderBy() { return QStringLiteral("name, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Resume& resume);
    static Result<Resume> fromRecord(const QSqlRecord& record);

    Result<std::optional<Resume>> findDefault(qint64 userId) const;
    // Clears the user's default; run with making another one default in a transaction.
    Status clearDefault(qint64 userId) const;
};

} // namespace careerdesk
