#pragma once

#include "Repository.h"
#include "domain/CoverLetter.h"

namespace careerdesk {

class CoverLetterRepository : public Repository<CoverLetterRepository, CoverLetter>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("cover_letters"); }
    static QString orderBy() { return QStringLiteral("updated_at DESC, id DESC"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const CoverLetter& letter);
    static Result<CoverLetter> fromRecord(const QSqlRecord& record);
};

} // namespace careerdesk
