#include "NoteRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString NoteRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("NoteRepository", "Note %1").arg(id);
}

SqlRow NoteRepository::toRow(const Note& note)
{
    return {
        {QStringLiteral("user_id"), note.userId},
        {QStringLiteral("title"), SqlValues::fromText(note.title)},
        {QStringLiteral("content"), SqlValues::fromText(note.content)},
        {QStringLiteral("created_by"), SqlValues::fromId(note.createdBy)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(note.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(note.updatedAt)},
    };
}

Result<Note> NoteRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Note note;
    note.id = read.id();
    note.userId = read.id("user_id");
    note.title = read.text("title");
    note.content = read.text("content");
    note.createdBy = read.id("created_by");
    note.createdAt = read.time("created_at");
    note.updatedAt = read.time("updated_at");
    return read.finish(note);
}

} // namespace careerdesk
