#include "NoteService.h"

#include "Validator.h"

namespace careerdesk {

Status NoteService::validate(const Note& note) const
{
    Validator validator;
    validator.required(tr("Title"), note.title)
        .maxLength(tr("Title"), note.title)
        .maxLength(tr("Text"), note.content, Validator::longTextLimit);
    if (note.createdBy > 0 && note.createdBy != note.userId)
        validator.merge(UserRepository(database()).exists(note.createdBy));
    return validator.status();
}

void NoteService::applyRules(const Note* before, Note& note) const
{
    if (before)
        note.createdBy = before->createdBy; // a save never changes who wrote it
    else if (note.createdBy == note.userId)
        note.createdBy = 0; // the person's own
}

} // namespace careerdesk
