#include "NoteModel.h"

namespace careerdesk {

NoteModel::NoteModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.notes(), parent)
{
    setColumns({
        column(tr("Title"), EditorKind::Text),
        column(tr("Added by"), EditorKind::Text, ReadOnly),
        column(tr("Added"), EditorKind::DateTime, ReadOnly),
        column(tr("Text"), EditorKind::LongText),
    });
}

QString NoteModel::itemName(int row) const
{
    return tr("note “%1”").arg(entityAt(row).title);
}

bool NoteModel::canChange(int row) const
{
    return EntityTableModel::canChange(row) && entityAt(row).createdBy == addedBy();
}

Result<QList<Note>> NoteModel::load() const
{
    return m_workspace.notes().getUserNotes(m_userId);
}

Result<Note> NoteModel::fetch(qint64 id) const
{
    return m_workspace.notes().getNote(m_userId, id);
}

QVariant NoteModel::value(const Note& note, int column) const
{
    switch (column) {
    case Title:
        return note.title;
    case AddedBy:
        return personName(note.createdBy);
    case Added:
        return note.createdAt;
    case Content:
        return note.content;
    default:
        return {};
    }
}

bool NoteModel::assign(Note& note, int column, const QVariant& value) const
{
    switch (column) {
    case Title:
        note.title = value.toString();
        return true;
    case Content:
        note.content = value.toString();
        return true;
    default:
        return false;
    }
}

Note NoteModel::blank() const
{
    Note note;
    note.title = tr("New note");
    note.createdBy = addedBy();
    return note;
}

Result<Note> NoteModel::create(const Note& note)
{
    return m_workspace.notes().createNote(m_userId, note);
}

Result<Note> NoteModel::save(const Note& note)
{
    return m_workspace.notes().updateNote(m_userId, note);
}

Status NoteModel::erase(qint64 id)
{
    return m_workspace.notes().deleteNote(m_userId, id);
}

} // namespace careerdesk
