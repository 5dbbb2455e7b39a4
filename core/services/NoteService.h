#pragma once

#include "OwnedEntityService.h"
#include "domain/Note.h"
#include "store/NoteRepository.h"

namespace careerdesk {

// A person's notes, and those their coach adds for them. Who added a note stays as it was created.
class NoteService : public OwnedEntityService<NoteRepository, Note>
{
    Q_DECLARE_TR_FUNCTIONS(NoteService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<Note>> getUserNotes(qint64 userId) const { return listFor(userId); }
    Result<Note> getNote(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<Note> createNote(qint64 userId, const Note& note) { return createFor(userId, note); }
    Result<Note> updateNote(qint64 userId, const Note& note) { return updateFor(userId, note); }
    Status deleteNote(qint64 userId, qint64 id) { return deleteFor(userId, id); }

protected:
    Status validate(const Note& note) const override;
    void applyRules(const Note* before, Note& note) const override;
};

} // namespace careerdesk
