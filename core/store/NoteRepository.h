#pragma once

#include "Repository.h"
#include "domain/Note.h"

namespace careerdesk {

class NoteRepository : public Repository<NoteRepository, Note>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("notes"); }
    static QString orderBy() { return QStringLiteral("created_at DESC, id DESC"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Note& note);
    static Result<Note> fromRecord(const QSqlRecord& record);
};

} // namespace careerdesk
