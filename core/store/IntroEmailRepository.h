#pragma once

#include "Repository.h"
#include "domain/IntroEmail.h"

namespace careerdesk {

class IntroEmailRepository : public Repository<IntroEmailRepository, IntroEmail>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("intro_emails"); }
    static QString orderBy() { return QStringLiteral("updated_at DESC, id DESC"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const IntroEmail& email);
    static Result<IntroEmail> fromRecord(const QSqlRecord& record);
};

} // namespace careerdesk
